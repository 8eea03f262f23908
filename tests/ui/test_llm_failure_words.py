"""The language model's other failures are said in the window's language: a server that
cannot be reached, a refused key, a busy server (429), a refused request and an answer Hearth
cannot read, from the kind and address the core's error carries. The core keeps its English
for the command line and the log."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.understanding.llm.client import (
    LLMAuthError,
    LLMClient,
    LLMError,
    LLMRateLimitedError,
    LLMRequestError,
    LLMResponseError,
    LLMUnreachableError,
)
from app.understanding.llm.config import LLMConfig
from tests.helpers.openai_server import ScriptedOpenAIServer, error_reply
from tests.ui.test_llm_settings import section
from tests.ui.test_llm_thinking import llm_bridge, openai_server, view
from ui.bridge import AssistantBridge, Request
from ui.conversation import ConversationView
from ui.core_words import llm_failure_words, model_failed_reply
from ui.llm_settings import LLMSection
from ui.retranslate import switch_language

__all__ = ["llm_bridge", "openai_server", "section", "view"]

WHERE = "http://gpu-box:5000/v1"
ENGLISH_WORDS = ("cannot reach", "refused", "busy", "is not", "answering", "the language model")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QApplication]:
    switch_language(qapp, "de")
    yield qapp
    switch_language(qapp, "en")


async def _failure(server: ScriptedOpenAIServer, status: int, **headers: str) -> LLMError:
    """What the client raises when the scripted server answers *status*."""
    server.script(error_reply(status, headers=headers))
    client = LLMClient(LLMConfig(base_url=server.base_url, model="m", timeout=5, max_retries=0))
    with pytest.raises(LLMError) as caught:
        await client.complete([{"role": "user", "content": "hi"}], [])
    return caught.value


@pytest.mark.anyio
async def test_the_client_names_the_kind_address_status_and_wait(
    openai_server: ScriptedOpenAIServer,
) -> None:
    refused = await _failure(openai_server, 401)
    assert isinstance(refused, LLMAuthError)
    assert (refused.kind, refused.where, refused.status) == ("key", openai_server.base_url, 401)
    busy = await _failure(openai_server, 429, **{"Retry-After": "30"})
    assert isinstance(busy, LLMRateLimitedError)
    assert (busy.kind, busy.status, busy.wait) == ("busy", 429, 30)
    missing = await _failure(openai_server, 404)
    assert isinstance(missing, LLMRequestError) and missing.kind == "refused"
    assert "(404)" in str(missing)  # the command line's English is unchanged
    dead = LLMClient(LLMConfig(base_url="http://127.0.0.1:9/v1", model="m", timeout=5))
    with pytest.raises(LLMUnreachableError) as caught:
        await dead.complete([{"role": "user", "content": "hi"}], [])
    assert caught.value.kind == "unreachable" and caught.value.where == "http://127.0.0.1:9/v1"
    assert str(caught.value).startswith("cannot reach the language model at http://127.0.0.1")


FAILURES = [
    LLMUnreachableError("cannot reach the language model at …", where=WHERE),
    LLMAuthError("… refused the API key (401) …", where=WHERE, status=401),
    LLMRateLimitedError("… is busy (429); it asks to wait 30 s", where=WHERE, status=429, wait=30),
    LLMRateLimitedError("… is busy (429)", where=WHERE, status=429),
    LLMRequestError("… answered 500: boom", where=WHERE, status=500),
    LLMResponseError("the answer from … is not a chat completion", where=WHERE),
    LLMResponseError("the language model's answer has no choices"),
    LLMResponseError("the local model is still answering the previous request", kind="busy"),
]


@pytest.mark.parametrize("err", FAILURES, ids=lambda e: f"{e.kind}-{bool(e.where)}")
def test_each_failure_in_german(german: QApplication, err: LLMError) -> None:
    said = llm_failure_words(err)
    assert said and said != str(err)
    assert not any(word in said for word in ENGLISH_WORDS), said
    if err.where:
        assert WHERE in said
    if err.wait is not None:
        assert "30 s" in said
    if isinstance(err, LLMRequestError):
        assert "500" in said and "boom" not in said  # the server's own English stays out
    reply = model_failed_reply(err, "Das habe ich nicht verstanden.") or ""
    assert reply.startswith("Das habe ich nicht verstanden. (") and said in reply
    alone = model_failed_reply(err, None) or ""
    assert said in alone and "couldn't ask" not in alone


def test_each_failure_differs_from_the_others(german: QApplication) -> None:
    said = [llm_failure_words(err) for err in FAILURES]
    assert len(set(said)) == len(said)


def test_in_english_the_window_says_each_failure_in_english() -> None:
    for err in FAILURES:
        said = llm_failure_words(err)
        assert said and any(word in said for word in ENGLISH_WORDS), said


def test_a_refused_key_bubble_is_in_the_windows_language(
    qtbot: QtBot,
    german: QApplication,
    llm_bridge: AssistantBridge,
    view: ConversationView,
    openai_server: ScriptedOpenAIServer,
) -> None:
    """A request the model refuses (401) ends with a reply bubble that says so in German (it
    was the core's English: '… refused the API key (401): set it with `hearth llm set-key`')."""
    assert llm_bridge.assistant is not None and llm_bridge.assistant.router.llm is not None
    base_url = llm_bridge.assistant.router.llm.config.base_url
    openai_server.script(error_reply(401))
    with qtbot.waitSignal(llm_bridge.planned, timeout=20_000) as planned:
        request = llm_bridge.submit("get the house ready for movie night")
    done: Request = planned.args[0]
    assert request is not None and done.key == request.key and not done.thinking
    assert not done.plan.steps, done.plan.reply
    reply = done.plan.reply or ""
    german_why = llm_failure_words(LLMAuthError("", where=base_url, status=401))
    assert german_why in reply, reply
    assert "refused the API key" not in reply and "hearth llm set-key" not in reply
    assert view.messages()[-1].text == reply


def test_the_settings_test_says_a_refused_key_in_the_windows_language(
    qtbot: QtBot, german: QApplication, section: LLMSection, openai_server: ScriptedOpenAIServer
) -> None:
    """Settings › Language model › Test with a key the endpoint refuses: 'Funktioniert nicht:'
    and why in German (it was the core's '… refused the API key (401): set it with …')."""
    openai_server.script(error_reply(401))
    section.base_url.setText(openai_server.base_url)
    section.model.setText("m")
    section.start_test()
    qtbot.waitUntil(
        lambda: section.status.text().startswith("Funktioniert nicht: "), timeout=15_000
    )
    shown = section.status.text()
    german_why = llm_failure_words(LLMAuthError("", where=openai_server.base_url, status=401))
    assert german_why in shown, shown
    assert "refused the API key" not in shown and "hearth llm set-key" not in shown
