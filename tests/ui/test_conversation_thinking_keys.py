"""Esc while the language model is still making a plan (no plan waiting): it stops, as the
thinking card's Cancel does; with a plan waiting, Esc cancels that plan instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.openai_server import Reply, ScriptedOpenAIServer, openai_server, tool_reply
from tests.ui.test_conversation import new_card, send, show_active
from tests.ui.test_llm_thinking import MOVIE, llm_bridge
from ui.bridge import AssistantBridge
from ui.conversation import ConversationView

__all__ = ["llm_bridge", "openai_server"]


def test_escape_stops_the_plan_still_being_made_and_then_the_waiting_one(
    qtbot: QtBot, llm_bridge: AssistantBridge, openai_server: ScriptedOpenAIServer
) -> None:
    view = ConversationView(llm_bridge)
    qtbot.addWidget(view)
    view.resize(820, 700)
    show_active(qtbot, view)
    openai_server.script(Reply(tool_reply(MOVIE).body, delay=3))
    send(qtbot, view, "get the house ready for movie night")
    # The first request loads the model's client library: on a busy machine that takes
    # seconds, while the model's answer (3 s) is only counted from the request's arrival.
    qtbot.waitUntil(lambda: len(openai_server.completions) == 1, timeout=10_000)
    assert view.thinking and view.pending is None
    assert QApplication.focusWidget() is view.command_box
    with qtbot.waitSignal(llm_bridge.cancelled):
        QTest.keyClick(view.command_box, Qt.Key.Key_Escape)
    assert view.thinking == {}
    assert view.messages()[-1].text == "Stopped: nothing was planned."

    send(qtbot, view, "turn on the desk lamp")
    card = new_card(qtbot, view)
    view.command_box.setFocus()
    with qtbot.waitSignal(llm_bridge.cancelled):
        QTest.keyClick(view.command_box, Qt.Key.Key_Escape)
    assert card.state == "cancelled"
