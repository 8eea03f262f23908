"""The GUI while the language model plans: a thinking card that can be cancelled, then the
plan card in its place; confident local commands never wait. Real widgets (offscreen), the
real bridge and assistant on the virtual demo home, the real ``openai`` client against the
scripted server."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.assistant import Assistant
from app.config.settings import Settings
from app.core.plan import PlannerName
from app.records.history import History
from app.understanding.llm.config import LLMConfig
from integrations.virtual_home import VirtualHome
from tests.helpers.openai_server import (
    API_KEY,
    MODEL,
    Reply,
    ScriptedOpenAIServer,
    openai_server,
    tool_reply,
)
from ui.bridge import AssistantBridge, Request
from ui.conversation import ConversationView, MessageBubble, ThinkingCard
from ui.plan_card import PlanCard

__all__ = ["openai_server"]
MOVIE = ("scene", {"service": "turn_on", "entity_ids": ["scene.movie_night"]})


@pytest.fixture
def llm_bridge(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    virtual_home: VirtualHome,
    openai_server: ScriptedOpenAIServer,
    tmp_path: Path,
) -> Iterator[AssistantBridge]:
    config = LLMConfig(base_url=openai_server.base_url, model=MODEL, api_key=API_KEY, timeout=5)

    async def connect() -> Assistant:
        home = await virtual_home.load_home()
        history = History(tmp_path / "history.sqlite3")
        return Assistant(home, virtual_home, area="living_room", history=history, llm=config)

    bridge = AssistantBridge(Settings(area="living_room"), connect)
    with qtbot.waitSignal(bridge.ready, timeout=10_000):
        bridge.start()
    yield bridge
    if bridge.assistant is not None:
        bridge.assistant.close()
        closing = asyncio.ensure_future(bridge.assistant.aclose())
        qtbot.waitUntil(closing.done)
        if bridge.assistant.history is not None:
            bridge.assistant.history.close()


@pytest.fixture
def view(qtbot: QtBot, llm_bridge: AssistantBridge) -> ConversationView:
    view = ConversationView(llm_bridge)
    qtbot.addWidget(view)
    view.resize(820, 700)
    view.show()
    return view


def test_the_plan_card_replaces_the_thinking_card(
    qtbot: QtBot,
    llm_bridge: AssistantBridge,
    view: ConversationView,
    openai_server: ScriptedOpenAIServer,
) -> None:
    openai_server.script(Reply(tool_reply(MOVIE).body, delay=0.3))
    statuses: list[str] = []
    llm_bridge.status_changed.connect(statuses.append)
    with qtbot.waitSignal(llm_bridge.thinking) as thinking:
        request = llm_bridge.submit("get the house ready for movie night")
    assert request is not None and request.thinking
    assert thinking.args == [request]
    (card,) = view.thinking.values()
    assert isinstance(card, ThinkingCard) and card in view.entries
    qtbot.waitUntil(card.isVisible)
    assert [m.text for m in view.messages()] == ["get the house ready for movie night"]
    with (
        qtbot.waitSignal(
            llm_bridge.history_changed, timeout=5_000
        ),  # written in the records thread
        qtbot.waitSignal(llm_bridge.planned, timeout=5_000) as planned,
    ):
        pass
    done: Request = planned.args[0]
    assert done.key == request.key and not done.thinking
    assert done.plan.planner is PlannerName.LLM
    assert [s.action for s in done.plan.steps] == ["scene.turn_on"]
    assert view.thinking == {} and card not in view.entries
    assert isinstance(view.cards[request.key], PlanCard)
    assert [m.text for m in view.messages()] == ["get the house ready for movie night"]  # once
    assert statuses[:2] == ["thinking", "connected"]
    assert llm_bridge.assistant is not None and llm_bridge.assistant.history is not None
    (record,) = llm_bridge.assistant.history.recent(limit=5)
    assert record.text == "get the house ready for movie night"


def test_cancel_stops_the_model_and_plans_nothing(
    qtbot: QtBot,
    llm_bridge: AssistantBridge,
    view: ConversationView,
    openai_server: ScriptedOpenAIServer,
) -> None:
    openai_server.script(Reply(tool_reply(MOVIE).body, delay=3))
    request = llm_bridge.submit("get the house ready for movie night")
    assert request is not None
    qtbot.waitUntil(lambda: len(openai_server.completions) == 1, timeout=3_000)
    card = view.thinking[request.key]
    with qtbot.waitSignal(llm_bridge.cancelled) as cancelled:
        card.cancel_button.click()
    assert cancelled.args == [request.key]
    assert view.thinking == {}
    assert isinstance(view.entries[-1], MessageBubble)
    assert view.entries[-1].text == "Stopped: nothing was planned."
    with qtbot.assertNotEmitted(llm_bridge.planned, wait=400):
        pass
    assert llm_bridge.assistant is not None and llm_bridge.assistant.history is not None
    assert llm_bridge.assistant.history.recent(limit=5) == []


def test_a_confident_local_command_never_waits_for_the_model(
    qtbot: QtBot,
    llm_bridge: AssistantBridge,
    view: ConversationView,
    openai_server: ScriptedOpenAIServer,
) -> None:
    with qtbot.assertNotEmitted(llm_bridge.thinking):
        request = llm_bridge.submit("turn on the desk lamp")
    assert request is not None and not request.thinking
    assert request.plan.planner is PlannerName.LOCAL
    assert isinstance(view.cards[request.key], PlanCard)  # shown synchronously
    assert openai_server.requests == []


def _seconds_shown(text: str) -> int:
    """The seconds a thinking card's label counts ("… 3 s of up to 90 s": 3)."""
    head = text.removeprefix("Asking the language model for a plan… ")
    return int(head.split(" ", 1)[0]) if head[:1].isdigit() else -1


def test_a_local_model_shows_the_seconds_waited_and_esc_stops_it(
    qtbot: QtBot,
    llm_bridge: AssistantBridge,
    view: ConversationView,
    openai_server: ScriptedOpenAIServer,
) -> None:
    """A model on this computer may take a minute: the card counts the seconds against the
    endpoint's budget, and Esc (or Cancel) stops the request."""
    assert llm_bridge.assistant is not None and llm_bridge.assistant.router.llm is not None
    config = llm_bridge.assistant.router.llm.config
    llm_bridge.set_llm(replace(config, local=True, timeout=90.0, timeout_source="a test"))
    openai_server.script(Reply(tool_reply(MOVIE).body, delay=8))
    request = llm_bridge.submit("get the house ready for movie night")
    assert request is not None
    card = view.thinking[request.key]
    assert card.budget == 90.0 and card.bar.maximum() == 90
    assert card.label.text().startswith("Asking the language model for a plan… 0 s")
    assert card.label.text().endswith(" s of up to 90 s")
    # a busy machine may run the second's tick late: at least two seconds, label and bar alike
    qtbot.waitUntil(lambda: _seconds_shown(card.label.text()) >= 2, timeout=7_000)
    assert card.bar.value() == _seconds_shown(card.label.text())
    with qtbot.waitSignal(llm_bridge.cancelled) as cancelled:
        QTest.keyClick(view.command_box, Qt.Key.Key_Escape)
    assert cancelled.args == [request.key] and view.thinking == {}
    with qtbot.assertNotEmitted(llm_bridge.planned, wait=400):
        pass
    assert llm_bridge.assistant.history is not None
    assert llm_bridge.assistant.history.recent(limit=5) == []


def test_a_cloud_model_keeps_the_plain_busy_card(
    qtbot: QtBot,
    llm_bridge: AssistantBridge,
    view: ConversationView,
    openai_server: ScriptedOpenAIServer,
) -> None:
    openai_server.script(Reply(tool_reply(MOVIE).body, delay=0.5))
    request = llm_bridge.submit("get the house ready for movie night")
    assert request is not None
    card = view.thinking[request.key]
    assert card.budget is None and card.bar.maximum() == 0  # busy, no count
    assert card.label.text() == "Asking the language model for a plan…"
    with qtbot.waitSignal(llm_bridge.planned, timeout=5_000):
        pass
