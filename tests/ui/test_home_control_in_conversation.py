"""A switch in the Home view that runs at once leaves a line in the conversation, not a plan
card: the Assistant page's waiting plan (Enter approves it) stays the one waiting. A control
that waits for a decision still gets its card there."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from integrations.virtual_home import VirtualHome
from ui.bridge import AssistantBridge
from ui.conversation import FROM_HOME_VIEW, ConversationView
from ui.home_view import SOURCE, HomeView


def _pages(qtbot: QtBot, bridge: AssistantBridge) -> tuple[ConversationView, HomeView]:
    conversation = ConversationView(bridge)
    qtbot.addWidget(conversation)
    home = HomeView(bridge)
    qtbot.addWidget(home)
    home.resize(1000, 640)
    home.show()
    qtbot.waitExposed(home)
    return conversation, home


def test_a_switch_that_runs_at_once_leaves_a_line_and_the_waiting_plan_waits(
    qtbot: QtBot, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    assert SOURCE == FROM_HOME_VIEW
    conversation, home = _pages(qtbot, demo_bridge)
    conversation.command_box.setText("dim the sofa lamp to 30 percent")
    conversation.command_box.submit()
    qtbot.waitUntil(lambda: conversation.pending is not None)
    waiting = conversation.pending
    assert waiting is not None

    assert home.select_entity("light.desk_lamp")
    assert home.controls is not None and home.controls.power_button is not None
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000) as finished:
        QTest.mouseClick(home.controls.power_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].approved_by == FROM_HOME_VIEW
    assert virtual_home.home.entities["light.desk_lamp"].state == "on"
    qtbot.waitUntil(lambda: len(conversation.messages()) == 2)

    assert [m.text for m in conversation.messages()] == [
        "dim the sofa lamp to 30 percent",
        "Turn on Desk Lamp (from the Home view)",
    ]
    assert list(conversation.cards.values()) == [waiting]  # no card for the switch
    assert conversation.pending is waiting and waiting.awaiting_decision
    assert virtual_home.home.entities["light.sofa_lamp"].attributes["brightness"] != 76


def test_a_control_that_waits_for_a_decision_gets_its_card(
    qtbot: QtBot, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    """A security device never acts from the list: its plan waits here, as a card."""
    conversation, home = _pages(qtbot, demo_bridge)
    unlocking = asyncio.ensure_future(
        virtual_home.call_service("lock", "unlock", ["lock.back_door"], {})
    )
    qtbot.waitUntil(unlocking.done)
    virtual_home.calls.clear()
    assert home.select_entity("lock.back_door")
    controls = home.controls
    assert controls is not None and controls.lock_button is not None
    with qtbot.waitSignal(demo_bridge.planned):
        QTest.mouseClick(controls.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: conversation.pending is not None)
    card = conversation.pending
    assert card is not None and card.request.source == FROM_HOME_VIEW
    assert card.awaiting_decision and card.request.approved_by is None
    assert conversation.messages() == [] or all(
        "from the Home view" not in m.text for m in conversation.messages()
    )
    assert virtual_home.calls == []
    assert virtual_home.home.entities["lock.back_door"].state == "unlocked"
