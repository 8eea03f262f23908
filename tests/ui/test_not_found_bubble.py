"""The window's reply bubble says what the home does not have ("There's no printer in this
home."), with no plan card and nothing run: the real conversation view on the demo home,
offscreen."""

from __future__ import annotations

import os

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.test_conversation import send, show_active
from ui.bridge import AssistantBridge
from ui.conversation import ConversationView


@pytest.fixture
def view(qtbot: QtBot, demo_bridge: AssistantBridge) -> ConversationView:
    view = ConversationView(demo_bridge)
    qtbot.addWidget(view)
    view.resize(820, 720)
    show_active(qtbot, view)
    return view


def test_the_reply_bubble_says_what_the_home_does_not_have(
    qtbot: QtBot, view: ConversationView, demo_bridge: AssistantBridge
) -> None:
    send(qtbot, view, "turn on the printer")
    qtbot.waitUntil(lambda: len(view.messages()) == 2, timeout=60_000)
    assert view.messages()[1].text == "There's no printer in this home."
    assert not view.messages()[1].mine

    send(qtbot, view, "turn on the attic lights")
    qtbot.waitUntil(lambda: len(view.messages()) == 4, timeout=60_000)
    assert view.messages()[3].text == "I don't know an area called 'attic'."
    assert not view.cards
    shot = os.environ.get("HEARTH_NOT_FOUND_SHOT")
    if shot:  # for looking at it: HEARTH_NOT_FOUND_SHOT=/tmp/x.png
        qtbot.wait(500)
        view.grab().save(shot)
