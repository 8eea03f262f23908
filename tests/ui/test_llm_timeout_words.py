"""The language model's timeout is said in the window's language: the reply bubble of a
request the model did not answer in time, and each kind of timeout (an endpoint, a model file
that did not load, the local model stopped while answering). The core keeps its English for the
command line and the log."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.understanding.llm.client import LLMTimeoutError, LLMUnreachableError
from app.understanding.llm.local import LocalModelCrashedError
from tests.helpers.openai_server import Reply, ScriptedOpenAIServer, tool_reply
from tests.ui.test_llm_thinking import MOVIE, llm_bridge, openai_server, view
from ui.bridge import AssistantBridge, Request
from ui.conversation import ConversationView
from ui.core_words import llm_failure_words, model_failed_reply
from ui.retranslate import switch_language

__all__ = ["llm_bridge", "openai_server", "view"]

ENDPOINT = LLMTimeoutError(
    "the language model at http://gpu-box:5000/v1 did not answer within 2.5 s",
    where="http://gpu-box:5000/v1",
    seconds=2.5,
)
LOAD = LLMTimeoutError(
    "the model file small.gguf did not load within 180 s",
    kind="load",
    where="small.gguf",
    seconds=180,
)
LOCAL = LLMTimeoutError(
    "the local model did not answer within 90 s; it was stopped and loads again with the "
    "next request",
    kind="local",
    seconds=90,
)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QApplication]:
    switch_language(qapp, "de")
    yield qapp
    switch_language(qapp, "en")


def test_in_english_each_timeout_is_the_cores_message() -> None:
    for err in (ENDPOINT, LOAD, LOCAL):
        assert llm_failure_words(err) == str(err)
    assert model_failed_reply(ENDPOINT, None) == f"I couldn't ask the language model: {ENDPOINT}."
    assert (
        model_failed_reply(ENDPOINT, "Sorry, I didn't understand.")
        == f"Sorry, I didn't understand. (The language model could not help: {ENDPOINT}.)"
    )


def test_each_timeout_in_german(german: QApplication) -> None:
    said = {err.kind: llm_failure_words(err) for err in (ENDPOINT, LOAD, LOCAL)}
    for err in (ENDPOINT, LOAD, LOCAL):
        assert said[err.kind] != str(err)
        assert "did not" not in said[err.kind] and "within" not in said[err.kind]
        assert f"{err.seconds:g} s" in said[err.kind]
    assert "http://gpu-box:5000/v1" in said["endpoint"]
    assert "small.gguf" in said["load"]
    reply = model_failed_reply(LOCAL, "Das habe ich nicht verstanden.") or ""
    assert reply.startswith("Das habe ich nicht verstanden. (")
    assert said["local"] in reply and "could not help" not in reply
    alone = model_failed_reply(ENDPOINT, None) or ""
    assert said["endpoint"] in alone and "couldn't ask" not in alone


def test_another_failure_is_said_as_the_core_said_it(german: QApplication) -> None:
    """A failure the window has no words for (here a local worker that ended, or an error
    that names no address) keeps the core's reply whole: never a German sentence around
    English words."""
    crashed = LocalModelCrashedError("the local model's process ended (exit 1) while answering")
    unnamed = LLMUnreachableError("cannot reach the language model at http://x/v1")
    for err in (crashed, unnamed):
        assert llm_failure_words(err) == str(err)
        assert model_failed_reply(err, None) is None
        assert model_failed_reply(err, "Das habe ich nicht verstanden.") is None


def test_the_timeout_bubble_is_in_the_windows_language(
    qtbot: QtBot,
    german: QApplication,
    llm_bridge: AssistantBridge,
    view: ConversationView,
    openai_server: ScriptedOpenAIServer,
) -> None:
    """A request the model does not answer within its time ends with a reply bubble that says
    so in German (it was the core's English: 'did not answer within 0.5 s')."""
    assert llm_bridge.assistant is not None and llm_bridge.assistant.router.llm is not None
    config = llm_bridge.assistant.router.llm.config
    llm_bridge.set_llm(replace(config, timeout=0.5))
    openai_server.script(Reply(tool_reply(MOVIE).body, delay=3))
    with qtbot.waitSignal(llm_bridge.planned, timeout=20_000) as planned:
        request = llm_bridge.submit("get the house ready for movie night")
    done: Request = planned.args[0]
    assert request is not None and done.key == request.key and not done.thinking
    assert not done.plan.steps, done.plan.reply
    reply = done.plan.reply or ""
    german_why = llm_failure_words(LLMTimeoutError("", where=config.base_url, seconds=0.5))
    assert german_why in reply and "(Das Sprachmodell konnte nicht helfen: " in reply
    assert "did not answer" not in reply and "language model could not help" not in reply
    assert view.messages()[-1].text == reply
