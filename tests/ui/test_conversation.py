"""The conversation view end to end: typed commands, plan cards, keys, the virtual home's real
state, failures, the high-risk confirmation, undo, auto-run, and a GUI thread that stays free.

One test runs against the real Home Assistant test server (``ha_server``).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPaintEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.results import StepResult, StepStatus
from integrations.base import RejectedError
from integrations.virtual_home import VirtualHome
from tests.helpers.ha_bridge import bridge_on
from tests.helpers.ha_server import HomeAssistantServer
from tests.helpers.keyring_session import KeyringSession
from tests.ui.test_plan_card import dark_palette
from ui.bridge import AssistantBridge, Request
from ui.conversation import VOICE_UNAVAILABLE, ConversationView, MessageBubble
from ui.main_window import MainWindow
from ui.plan_card import PlanCard

ENTER = Qt.Key.Key_Return


@pytest.fixture
def view(qtbot: QtBot, demo_bridge: AssistantBridge) -> ConversationView:
    view = ConversationView(demo_bridge)
    qtbot.addWidget(view)
    view.resize(820, 720)
    show_active(qtbot, view)
    return view


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Show *widget* as the active window, so the keyboard focus is real."""
    widget.show()
    qtbot.waitExposed(widget)
    handle = widget.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(widget.isActiveWindow)


def send(qtbot: QtBot, view: ConversationView, text: str) -> None:
    """Type *text* into the command box and press Enter, as a person would."""
    view.command_box.setFocus()
    QTest.keyClicks(view.command_box, text)
    QTest.keyClick(view.command_box, ENTER)


def new_card(qtbot: QtBot, view: ConversationView, count: int = 1) -> PlanCard:
    """The newest card once there are *count* cards and it has settled (asks, or runs)."""
    qtbot.waitUntil(lambda: len(view.cards) >= count)
    card = list(view.cards.values())[-1]
    qtbot.waitUntil(lambda: card.state != "new")
    return card


def key(qtbot: QtBot, key: Qt.Key) -> None:
    """Press *key* on whatever has the keyboard focus."""
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, key)


def test_enter_approves_and_the_home_really_changes(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    send(qtbot, view, "dim the sofa lamp to 30 percent")
    card = new_card(qtbot, view)
    assert [m.text for m in view.messages()] == ["dim the sofa lamp to 30 percent"]
    assert card.awaiting_decision
    assert QApplication.focusWidget() is card
    (row,) = card.rows
    assert row.summary.text() == "Set Sofa Lamp to 30%"
    assert row.preview.text() == "Sofa Lamp: on 60% → on 30%"
    assert row.risk.text() == "Low risk"
    assert not row.checkbox.isVisible()  # one step: nothing to select

    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        key(qtbot, ENTER)
    assert row.status_text == "✓ Verified"
    assert "checked on the device" in card.outcome.text()
    assert virtual_home.home.entities["light.sofa_lamp"].attributes["brightness"] == 76
    assert virtual_home.calls == [("light.turn_on", ["light.sofa_lamp"], {"brightness_pct": 30})]
    assert QApplication.focusWidget() is view.command_box


def test_escape_cancels_and_nothing_runs(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    send(qtbot, view, "turn on the desk lamp")
    card = new_card(qtbot, view)
    assert QApplication.focusWidget() is card
    with qtbot.waitSignal(demo_bridge.cancelled):
        key(qtbot, Qt.Key.Key_Escape)
    qtbot.wait(200)
    assert virtual_home.calls == []
    assert virtual_home.home.entities["light.desk_lamp"].state == "off"
    assert card.state == "cancelled" and not card.approve_button.isVisible()
    assert card.outcome.text() == "Cancelled: nothing ran."
    assert QApplication.focusWidget() is view.command_box
    key(qtbot, ENTER)  # Enter in the empty command box does nothing either
    qtbot.wait(100)
    assert virtual_home.calls == []


def test_a_rejected_call_shows_the_reason(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    virtual_home.fail_next(RejectedError("the desk lamp's bulb is missing"))
    send(qtbot, view, "turn on the desk lamp")
    card = new_card(qtbot, view)
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        key(qtbot, ENTER)
    (row,) = card.rows
    assert row.status_text == "✗ Failed"
    assert row.reason.isVisible()
    assert row.reason.text() == "Failed: the desk lamp's bulb is missing"
    assert card.outcome.text() == "The step failed."
    assert not card.undo_button.isVisible()  # nothing reached the lamp: nothing to undo


def test_a_dead_device_fails_with_its_name_in_the_reason(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    assert demo_bridge.assistant is not None
    demo_bridge.assistant.executor.verify_timeout = 0.5
    virtual_home.set_unresponsive("light.desk_lamp")
    send(qtbot, view, "turn on the desk lamp")
    card = new_card(qtbot, view)
    statuses: list[StepStatus] = []
    demo_bridge.step_updated.connect(lambda _key, result: statuses.append(result.status))
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        key(qtbot, ENTER)
    assert statuses == [StepStatus.RUNNING, StepStatus.FAILED]
    (row,) = card.rows
    assert row.status_text == "✗ Failed"
    assert row.reason.text() == "Failed: Desk Lamp is off, expected on"


def test_high_risk_needs_a_second_explicit_confirmation(
    qtbot: QtBot,
    view: ConversationView,
    demo_bridge: AssistantBridge,
    virtual_home: VirtualHome,
    secret_service: KeyringSession,  # a working keyring with no PIN set: the typed confirmation
) -> None:
    send(qtbot, view, "unlock the front door")
    card = new_card(qtbot, view)
    assert card.rows[0].risk.text() == "High risk"
    key(qtbot, ENTER)
    # Approving only asks again; the safe answer has the focus, so a second Enter skips.
    assert card.state == "confirming"
    assert card.confirm.isVisible()
    assert "Unlock Front Door?" in card.confirm.question.text()
    assert "security-sensitive" in card.confirm.question.text()
    assert card.confirm.confirm_button.text() == "Yes, unlock Front Door"
    assert QApplication.focusWidget() is card.confirm.decline_button
    with qtbot.waitSignal(demo_bridge.cancelled):
        key(qtbot, ENTER)
    qtbot.wait(200)
    assert virtual_home.calls == []
    assert virtual_home.home.entities["lock.front_door"].state == "locked"

    send(qtbot, view, "unlock the front door")
    card = new_card(qtbot, view, 2)
    key(qtbot, ENTER)
    with (
        qtbot.waitSignal(card.approve_requested) as approved,
        qtbot.waitSignal(demo_bridge.finished, timeout=10_000),
    ):
        QTest.mouseClick(card.confirm.confirm_button, Qt.MouseButton.LeftButton)
    assert approved.args == [{0}, {0}]
    assert card.rows[0].status_text == "✓ Verified"
    assert virtual_home.home.entities["lock.front_door"].state == "unlocked"


def test_skipping_the_high_risk_step_runs_the_rest(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    send(qtbot, view, "turn off the kitchen light and unlock the front door")
    card = new_card(qtbot, view)
    key(qtbot, ENTER)
    assert card.state == "confirming"
    with (
        qtbot.waitSignal(card.approve_requested) as approved,
        qtbot.waitSignal(demo_bridge.finished, timeout=10_000),
    ):
        key(qtbot, Qt.Key.Key_Escape)  # Esc answers "no" to the unlock
    assert approved.args == [{0}, set()]
    assert [row.status_text for row in card.rows] == ["✓ Verified", "– Skipped"]
    assert card.rows[1].reason.text() == "Skipped: not approved"
    assert virtual_home.calls == [("light.turn_off", ["light.kitchen_ceiling"], {})]
    assert virtual_home.home.entities["lock.front_door"].state == "locked"


def test_approve_selected_runs_only_the_checked_steps(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    send(qtbot, view, "turn on the desk lamp and the coffee machine")
    card = new_card(qtbot, view)
    assert [row.checkbox.isVisible() for row in card.rows] == [True, True]
    assert card.approve_button.text() == "Approve"
    QTest.mouseClick(card.rows[1].checkbox, Qt.MouseButton.LeftButton)
    assert card.approve_button.text() == "Approve selected (1 of 2)"
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        QTest.mouseClick(card.approve_button, Qt.MouseButton.LeftButton)
    assert virtual_home.calls == [("light.turn_on", ["light.desk_lamp"], {})]
    assert virtual_home.home.entities["light.desk_lamp"].state == "on"
    assert virtual_home.home.entities["switch.coffee_machine"].state == "off"
    assert [row.status_text for row in card.rows] == ["✓ Verified", "– Skipped"]


def test_unchecking_everything_disables_approve(qtbot: QtBot, view: ConversationView) -> None:
    send(qtbot, view, "turn on the desk lamp and the coffee machine")
    card = new_card(qtbot, view)
    for row in card.rows:
        row.checkbox.setChecked(False)
    assert not card.approve_button.isEnabled()
    key(qtbot, ENTER)
    assert card.state == "deciding"


def test_auto_run_runs_a_low_risk_plan_without_a_click(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    demo_bridge.settings.auto_run_low_risk = True
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        send(qtbot, view, "turn on the desk lamp")
    card = new_card(qtbot, view)
    assert card.state == "finished"
    assert not card.approve_button.isVisible()
    assert card.rows[0].status_text == "✓ Verified"
    assert "auto-run" in card.meta.text()
    assert virtual_home.home.entities["light.desk_lamp"].state == "on"
    assert QApplication.focusWidget() is view.command_box

    send(qtbot, view, "unlock the front door")  # never without asking
    card = new_card(qtbot, view, 2)
    assert card.awaiting_decision
    assert virtual_home.home.entities["lock.front_door"].state == "locked"


def test_up_and_down_recall_earlier_commands(qtbot: QtBot, view: ConversationView) -> None:
    box = view.command_box
    send(qtbot, view, "turn on the desk lamp")
    box.setFocus()
    send(qtbot, view, "is the garage door open?")
    box.setFocus()
    QTest.keyClicks(box, "draft")
    QTest.keyClick(box, Qt.Key.Key_Up)
    assert box.text() == "is the garage door open?"
    QTest.keyClick(box, Qt.Key.Key_Up)
    assert box.text() == "turn on the desk lamp"
    QTest.keyClick(box, Qt.Key.Key_Up)
    assert box.text() == "turn on the desk lamp"
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert box.text() == "is the garage door open?"
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert box.text() == "draft"


def test_ctrl_l_goes_back_to_the_command_box(qtbot: QtBot, view: ConversationView) -> None:
    send(qtbot, view, "turn on the desk lamp")
    card = new_card(qtbot, view)
    assert QApplication.focusWidget() is card
    QTest.keyClick(card, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.command_box
    assert card.awaiting_decision  # still there to decide on later


def test_typing_while_a_plan_has_the_focus_goes_into_the_command_box(
    qtbot: QtBot, view: ConversationView, virtual_home: VirtualHome
) -> None:
    """Found by hand: `hearth send` raised the window on a waiting plan, whose card takes the
    focus (Enter approves it), and the words typed next went nowhere. They go into the command
    box, the plan still waiting, from the card or any of its buttons."""
    send(qtbot, view, "turn on the desk lamp")
    card = new_card(qtbot, view)
    assert QApplication.focusWidget() is card
    QTest.keyClicks(card, "turn of")
    assert view.command_box.text() == "turn of"
    assert QApplication.focusWidget() is view.command_box
    assert card.awaiting_decision
    card.cancel_button.setFocus()
    QTest.keyClicks(card.cancel_button, "x", Qt.KeyboardModifier.ControlModifier)  # no text
    assert view.command_box.text() == "turn of"
    QTest.keyClicks(card.cancel_button, "f")
    assert view.command_box.text() == "turn off"
    assert card.awaiting_decision and virtual_home.calls == []


def test_questions_and_clarifications_are_answered_in_words(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge
) -> None:
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        send(qtbot, view, "what's on the shopping list")
    qtbot.waitUntil(lambda: len(view.messages()) == 2)
    assert view.messages()[1].text == "Shopping List: bread and eggs."
    assert not view.cards

    send(qtbot, view, "turn on the fan")
    qtbot.waitUntil(lambda: len(view.messages()) == 4)
    question = view.messages()[3]
    assert not question.mine
    assert (
        question.text
        == "Which one do you mean: Bedroom Fan in the Bedroom or Office Fan in the Office?"
    )
    assert not view.cards


def test_undo_puts_back_the_brightness(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    send(qtbot, view, "dim the sofa lamp to 30 percent")
    card = new_card(qtbot, view)
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        key(qtbot, ENTER)
    assert virtual_home.home.entities["light.sofa_lamp"].attributes["brightness"] == 76
    assert card.undo_button.isVisible() and card.undo_button.isEnabled()

    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000) as finished:
        QTest.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
    undo: Request = finished.args[0]
    assert undo.undo_of == card.key and undo.approved_by == "undo"
    undo_card = view.cards[undo.key]
    assert undo_card.title.text() == "Undo"
    assert undo_card.rows[0].summary.text() == "Set Sofa Lamp back to 60%"
    assert undo_card.rows[0].preview.text() == "Sofa Lamp: on 30% → on 60%"
    assert undo_card.rows[0].status_text == "✓ Verified"
    assert virtual_home.home.entities["light.sofa_lamp"].attributes["brightness"] == 153
    assert card.undo_button.text() == "Undone" and not card.undo_button.isEnabled()


def test_undo_never_unlocks(
    qtbot: QtBot,
    view: ConversationView,
    demo_bridge: AssistantBridge,
    virtual_home: VirtualHome,
    secret_service: KeyringSession,  # a working keyring with no PIN set: the typed confirmation
) -> None:
    # The back door starts unlocked (someone unlocked it, confirmed twice).
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        request = demo_bridge.submit("unlock the back door")
        assert request is not None
        demo_bridge.approve(request.key, {0}, {0})
    assert virtual_home.home.entities["lock.back_door"].state == "unlocked"

    send(qtbot, view, "lock the back door")
    card = new_card(qtbot, view, 2)
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        key(qtbot, ENTER)
    assert virtual_home.home.entities["lock.back_door"].state == "locked"
    calls = list(virtual_home.calls)
    with qtbot.waitSignal(demo_bridge.undo_unavailable) as refused:
        QTest.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
    assert "never unlocks Back Door" in refused.args[1]
    assert view.messages()[-1].text == refused.args[1]
    assert card.undo_button.text() == "Nothing to undo"
    qtbot.wait(200)
    assert virtual_home.calls == calls
    assert virtual_home.home.entities["lock.back_door"].state == "locked"


class PaintCounter(QWidget):
    """Repaints itself from a timer; counts the paints that really happened."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.paints = 0
        self.timer = QTimer(self)
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.update)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1


def test_the_window_keeps_repainting_during_a_slow_call(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    virtual_home.latency = 1.0  # every service call takes a second
    counter = PaintCounter(view)
    counter.setGeometry(0, 0, 40, 40)
    counter.show()
    counter.timer.start()

    send(qtbot, view, "turn on the desk lamp")
    card = new_card(qtbot, view)
    marks: dict[str, tuple[float, int]] = {}

    def on_step(_key: int, result: StepResult) -> None:
        if result.status is StepStatus.RUNNING:
            marks["running"] = (time.monotonic(), counter.paints)

    demo_bridge.step_updated.connect(on_step)
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        key(qtbot, ENTER)
    started, paints_before = marks["running"]
    elapsed = time.monotonic() - started
    assert elapsed >= 0.9
    assert card.rows[0].status_text == "✓ Verified"
    # A 20 ms timer over about a second: dozens of paints while the call was under way.
    assert counter.paints - paints_before >= 20


def test_the_view_follows_a_switch_to_dark(qtbot: QtBot, view: ConversationView) -> None:
    send(qtbot, view, "turn on the desk lamp")
    card = new_card(qtbot, view)
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def card_background() -> QColor:
        return card.grab().toImage().pixelColor(8, card.height() // 2)

    light = card_background().lightness()
    previous = app.palette()
    try:
        app.setPalette(dark_palette())
        qtbot.waitUntil(lambda: card_background().lightness() < 100)
    finally:
        app.setPalette(previous)
    assert light > 200
    qtbot.waitUntil(lambda: card_background().lightness() > 200)


def test_push_to_talk_is_disabled_and_says_why(view: ConversationView) -> None:
    assert not view.talk_button.isEnabled()
    assert view.talk_button.toolTip() == VOICE_UNAVAILABLE
    assert "speech model" in VOICE_UNAVAILABLE.lower()
    assert view.talk_button.accessibleName() == "Push to talk"


def test_controls_have_accessible_names(qtbot: QtBot, view: ConversationView) -> None:
    send(qtbot, view, "turn on the desk lamp and the coffee machine")
    card = new_card(qtbot, view)
    for widget in (
        view.command_box,
        view.send_button,
        view.talk_button,
        card,
        card.approve_button,
        card.cancel_button,
        *(row.checkbox for row in card.rows),
    ):
        assert widget.accessibleName() or widget.text(), widget  # type: ignore[attr-defined]
    assert card.rows[0].checkbox.accessibleName() == "Include: Turn on Desk Lamp"


def test_old_entries_are_trimmed(
    qtbot: QtBot, view: ConversationView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.conversation.MAX_ENTRIES", 6)
    send(qtbot, view, "turn on the desk lamp")
    waiting = new_card(qtbot, view)
    for _ in range(5):
        send(qtbot, view, "what's the weather like")
    qtbot.wait(100)
    assert len(view.entries) <= 6
    assert waiting in view.entries  # a card that waits for a decision is never dropped
    assert all(isinstance(e, (MessageBubble, PlanCard)) for e in view.entries)


# -- keyboard first: one waiting plan, Enter and Esc from anywhere on the page -------------


def test_enter_in_the_empty_command_box_approves_the_waiting_plan(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    send(qtbot, view, "turn on the desk lamp")
    card = new_card(qtbot, view)
    QTest.keyClick(card, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.command_box
    assert view.command_box.placeholderText().startswith("Enter approves the plan above")
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        key(qtbot, ENTER)
    assert card.rows[0].status_text == "✓ Verified"
    assert virtual_home.home.entities["light.desk_lamp"].state == "on"
    assert QApplication.focusWidget() is view.command_box
    assert not view.command_box.placeholderText().startswith("Enter approves")


def test_escape_cancels_the_waiting_plan_wherever_the_focus_is_on_the_page(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    for focus in (view.command_box, view.send_button, view.scroll_area):
        count = len(view.cards) + 1
        send(qtbot, view, "turn on the desk lamp")
        card = new_card(qtbot, view, count)
        focus.setFocus()
        assert QApplication.focusWidget() is focus
        with qtbot.waitSignal(demo_bridge.cancelled):
            key(qtbot, Qt.Key.Key_Escape)
        assert card.state == "cancelled", focus
    qtbot.wait(100)
    assert virtual_home.calls == []


def test_enter_in_a_command_box_with_text_sends_it_and_the_new_plan_replaces_the_waiting_one(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    send(qtbot, view, "turn on the desk lamp")
    first = new_card(qtbot, view)
    send(qtbot, view, "turn on the coffee machine")
    second = new_card(qtbot, view, 2)
    assert first.state == "cancelled" and not first.awaiting_decision
    assert first.outcome.text() == "Replaced by “turn on the coffee machine”: nothing ran."
    assert second.awaiting_decision and view.pending is second
    assert [c for c in view.cards.values() if c.awaiting_decision] == [second]
    replaced = demo_bridge.request(first.key)
    assert replaced is not None and replaced.cancelled  # recorded as not run
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        key(qtbot, ENTER)
    assert virtual_home.calls == [("switch.turn_on", ["switch.coffee_machine"], {})]
    assert virtual_home.home.entities["light.desk_lamp"].state == "off"


def test_a_question_leaves_the_waiting_plan_waiting(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    send(qtbot, view, "turn on the desk lamp")
    card = new_card(qtbot, view)
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        send(qtbot, view, "is the garage door open?")
    assert card.awaiting_decision and view.pending is card
    view.command_box.setFocus()
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        key(qtbot, ENTER)
    assert virtual_home.home.entities["light.desk_lamp"].state == "on"


def test_enter_from_the_command_box_never_confirms_a_high_risk_step(
    qtbot: QtBot, view: ConversationView, virtual_home: VirtualHome
) -> None:
    send(qtbot, view, "unlock the front door")
    card = new_card(qtbot, view)
    key(qtbot, ENTER)
    assert card.state == "confirming"
    view.command_box.setFocus()
    key(qtbot, ENTER)
    key(qtbot, ENTER)
    qtbot.wait(100)
    assert card.state == "confirming"
    assert virtual_home.calls == []
    key(qtbot, Qt.Key.Key_Escape)  # skips the only step: nothing left to run
    assert card.state == "cancelled"
    assert virtual_home.home.entities["lock.front_door"].state == "locked"


def test_in_the_window_enter_approves_after_ctrl_1_and_esc_cancels_after_a_click(
    qtbot: QtBot, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    window = MainWindow(demo_bridge)
    qtbot.addWidget(window)
    window.resize(1040, 720)
    show_active(qtbot, window)
    view = window.conversation
    send(qtbot, view, "turn on the desk lamp")
    card = new_card(qtbot, view)
    for keys in ("Ctrl+2", "Ctrl+1"):  # away to the Home view and back
        QTest.keySequence(window, QKeySequence(keys))
    focus = QApplication.focusWidget()
    assert view.isVisible() and focus is not None and view.isAncestorOf(focus)
    with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
        key(qtbot, ENTER)
    assert virtual_home.home.entities["light.desk_lamp"].state == "on"

    send(qtbot, view, "turn on the coffee machine")
    card = new_card(qtbot, view, 2)
    QTest.mouseClick(view.command_box, Qt.MouseButton.LeftButton)  # a click in the box
    assert QApplication.focusWidget() is view.command_box
    with qtbot.waitSignal(demo_bridge.cancelled):
        key(qtbot, Qt.Key.Key_Escape)
    assert card.state == "cancelled"
    assert virtual_home.home.entities["switch.coffee_machine"].state == "off"


def tab_walk(view: ConversationView, limit: int = 40) -> list[QWidget]:
    """The widgets Tab visits from the command box until it comes back (or *limit*)."""
    view.command_box.setFocus()
    visited: list[QWidget] = []
    for _ in range(limit):
        key_widget = QApplication.focusWidget()
        assert key_widget is not None
        QTest.keyClick(key_widget, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None
        if focus is view.command_box:
            break
        visited.append(focus)
    return visited


def test_the_waiting_plan_comes_first_in_the_tab_order_and_old_undo_buttons_leave_it(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge
) -> None:
    cards: list[PlanCard] = []
    for text in ("turn on the desk lamp", "turn on the coffee machine"):
        send(qtbot, view, text)
        card = new_card(qtbot, view, len(cards) + 1)
        with qtbot.waitSignal(demo_bridge.finished, timeout=10_000):
            key(qtbot, ENTER)
        cards.append(card)
    old, newest = cards
    assert old.undo_button.isVisible() and newest.undo_button.isVisible()
    send(qtbot, view, "turn off the sofa lamp")
    waiting = new_card(qtbot, view, 3)
    visited = tab_walk(view)
    assert visited[:3] == [waiting, waiting.approve_button, waiting.cancel_button]
    assert old.undo_button not in visited  # still clickable, no longer a Tab stop
    assert newest.undo_button in visited
    assert old not in visited and newest not in visited


def test_a_plan_that_changes_nothing_says_so_and_asks_nothing(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge, virtual_home: VirtualHome
) -> None:
    demo_bridge.settings.auto_run_low_risk = True  # even a plan that may run unasked
    send(qtbot, view, "turn off the desk lamp")  # it is off
    qtbot.waitUntil(lambda: len(view.cards) == 1)
    (card,) = view.cards.values()
    qtbot.wait(100)
    assert card.state == "unchanged" and not card.awaiting_decision
    assert card.outcome.text() == "Nothing to change: Desk Lamp is already off."
    assert not card.approve_button.isVisible()
    assert view.pending is None
    assert virtual_home.calls == []
    request = demo_bridge.request(card.key)
    assert request is not None and request.cancelled and request.approved_by is None
    assert QApplication.focusWidget() is view.command_box
    history = demo_bridge.assistant.history if demo_bridge.assistant else None
    assert history is not None
    # The request is written to the history by a worker thread: its id comes when it is.
    qtbot.waitUntil(lambda: request.outcome.request_id is not None, timeout=10_000)

    def recorded_by() -> list[tuple[str, int]]:
        with sqlite3.connect(history.path) as db:
            rows = db.execute(
                "SELECT approved_by, approved FROM decisions WHERE request_id = ?",
                (request.outcome.request_id,),
            )
            return [(str(by), int(approved)) for by, approved in rows]

    qtbot.waitUntil(lambda: recorded_by() == [("nothing to change", 0)])

    demo_bridge.settings.auto_run_low_risk = False
    send(qtbot, view, "turn on the coffee machine")
    waiting = new_card(qtbot, view, 2)
    send(qtbot, view, "turn on the sofa lamp")  # it is on: the waiting plan keeps waiting
    qtbot.waitUntil(lambda: len(view.cards) == 3)
    assert waiting.awaiting_decision and view.pending is waiting


def test_a_long_reply_wraps_within_a_narrow_window(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge
) -> None:
    view.resize(420, 600)
    send(qtbot, view, "turn on the fan")  # asks which one, in a long sentence
    qtbot.waitUntil(lambda: len(view.messages()) == 2)
    reply = view.messages()[1]

    def fits(bubble: MessageBubble) -> bool:
        viewport = view.scroll_area.viewport()
        right = bubble.mapTo(viewport, bubble.rect().topRight()).x()
        label = bubble.label
        return right <= viewport.width() and label.height() >= label.heightForWidth(label.width())

    qtbot.waitUntil(lambda: fits(reply))
    assert reply.text.startswith("Which one do you mean")
    view.resize(340, 600)  # narrower still: it wraps again
    qtbot.waitUntil(lambda: fits(reply))
    view.resize(900, 600)  # wide: back to one bubble's width, not the window's
    qtbot.waitUntil(lambda: fits(reply) and reply.label.width() <= 560)


# -- the real Home Assistant ---------------------------------------------------------------


@pytest.fixture
def ha_bridge(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    ha_server: HomeAssistantServer,
    tmp_path: Path,
) -> Iterator[AssistantBridge]:
    with bridge_on(qtbot, qloop, ha_server, tmp_path / "history.sqlite3") as bridge:
        yield bridge


@pytest.mark.integration
def test_turn_on_the_ceiling_lights_on_real_home_assistant(
    qtbot: QtBot,
    ha_bridge: AssistantBridge,
    ha_server: HomeAssistantServer,
) -> None:
    ha_server.api("/api/services/light/turn_off", {"entity_id": "light.ceiling_lights"})
    qtbot.waitUntil(
        lambda: ha_server.api("/api/states/light.ceiling_lights")["state"] == "off", timeout=10_000
    )
    home = ha_bridge.home
    assert home is not None
    qtbot.waitUntil(lambda: home.entities["light.ceiling_lights"].state == "off", timeout=10_000)

    view = ConversationView(ha_bridge)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    send(qtbot, view, "turn on the ceiling lights")
    card = new_card(qtbot, view)
    assert card.rows[0].preview.text().startswith("Ceiling Lights: off → on")
    with qtbot.waitSignal(ha_bridge.finished, timeout=30_000):
        key(qtbot, ENTER)
    assert card.rows[0].status_text == "✓ Verified"
    assert ha_server.api("/api/states/light.ceiling_lights")["state"] == "on"
