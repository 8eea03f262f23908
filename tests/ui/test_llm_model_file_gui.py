"""The window with a model file Hearth runs itself: the model starts loading when the window
starts (or when the file is applied in Settings), so the first request does not wait for it;
a request made while it still loads says "Loading the model…" and counts the load apart from
the answer's budget. Real widgets (offscreen), the real bridge, assistant and worker process;
the worker's backend is the stand-in (tests/helpers/local_llm_backend.py) because
llama-cpp-python is compiled from source and is not in CI."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from app.assistant import Assistant
from app.config.settings import LLMSettings, Settings
from app.records.history import History
from app.understanding.llm.config import LOCAL_FILE, LLMConfig
from app.understanding.llm.local import ModelPhase, ModelStatus
from integrations.virtual_home import VirtualHome
from tests.helpers import local_llm_backend
from ui.bridge import AssistantBridge
from ui.conversation import ConversationView
from ui.llm_settings import LLMSection
from ui.settings_view import SettingsPage

MOVIE = json.dumps(
    {
        "calls": [
            {
                "name": "scene",
                "arguments": {"service": "turn_on", "entity_ids": ["scene.movie_night"]},
            }
        ]
    }
)
TEXT = "get the house ready for movie night"
#: Where the settings page's renders go when the folder is there.
SHOTS = Path("/tmp/shots-llm2")


def _config(path: Path) -> LLMConfig:
    return LLMConfig(
        base_url=LOCAL_FILE, model=str(path), timeout=30, local=True, output="json_schema"
    )


@pytest.fixture
def file_bridge(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    virtual_home: VirtualHome,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[AssistantBridge, list[ModelStatus]]]:
    monkeypatch.setenv("HEARTH_LLM_BACKEND", local_llm_backend.__file__)
    path = local_llm_backend.model_file(tmp_path / "m.gguf", load_s=0.5, answers=[MOVIE])

    async def connect() -> Assistant:
        home = await virtual_home.load_home()
        history = History(tmp_path / "history.sqlite3")
        return Assistant(home, virtual_home, area="living_room", history=history, llm=_config(path))

    settings = Settings(area="living_room", llm=LLMSettings(base_url=LOCAL_FILE, model=str(path)))
    bridge = AssistantBridge(settings, connect)
    statuses: list[ModelStatus] = []
    bridge.llm_status.connect(statuses.append)
    with qtbot.waitSignal(bridge.ready, timeout=10_000):
        bridge.start()
    yield bridge, statuses
    if bridge.assistant is not None:
        bridge.assistant.close()
        closing = asyncio.ensure_future(bridge.assistant.aclose())
        qtbot.waitUntil(closing.done, timeout=10_000)
        if bridge.assistant.history is not None:
            bridge.assistant.history.close()


def _phase(bridge: AssistantBridge) -> ModelPhase | None:
    status = bridge.llm_model_status()
    return status.phase if status is not None else None


def test_the_model_file_loads_when_the_window_starts(
    qtbot: QtBot, file_bridge: tuple[AssistantBridge, list[ModelStatus]]
) -> None:
    bridge, statuses = file_bridge
    qtbot.waitUntil(lambda: _phase(bridge) is ModelPhase.READY, timeout=10_000)
    assert [s.phase for s in statuses] == [
        ModelPhase.NOT_LOADED,
        ModelPhase.LOADING,
        ModelPhase.READY,
    ]
    view = ConversationView(bridge)
    qtbot.addWidget(view)
    view.show()
    request = bridge.submit(TEXT)
    assert request is not None
    card = view.thinking[request.key]
    # Loaded already: the card counts the answer at once.
    assert card.label.text().startswith("Asking the language model for a plan… 0 s")
    assert card.label.text().endswith(" s of up to 30 s") and card.bar.maximum() == 30
    with qtbot.waitSignal(bridge.planned, timeout=10_000) as planned:
        pass
    assert [s.action for s in planned.args[0].plan.steps] == ["scene.turn_on"]
    assert bridge.assistant is not None and bridge.assistant.router.llm is not None
    client = bridge.assistant.router.llm.client
    assert getattr(client, "loads", None) == 1


def test_a_request_while_the_model_loads_counts_the_load_apart(
    qtbot: QtBot,
    file_bridge: tuple[AssistantBridge, list[ModelStatus]],
    tmp_path: Path,
) -> None:
    bridge, statuses = file_bridge
    slow = local_llm_backend.model_file(
        tmp_path / "slow.gguf", load_s=2.5, delay_s=2.5, answers=[MOVIE]
    )
    bridge.set_llm(_config(slow))  # as Settings' Apply does: loading starts now
    qtbot.waitUntil(lambda: _phase(bridge) is ModelPhase.LOADING, timeout=5_000)
    view = ConversationView(bridge)
    qtbot.addWidget(view)
    view.show()
    request = bridge.submit(TEXT)
    assert request is not None
    card = view.thinking[request.key]
    assert card.label.text().startswith("Loading the model… ")
    assert card.label.text().endswith("(then up to 30 s for the answer)")
    assert card.bar.maximum() == 0  # busy: the load is not the answer's time
    # Once loaded, the card counts the answer from 0 against its own budget.
    qtbot.waitUntil(
        lambda: card.label.text().startswith("Asking the language model for a plan… "),
        timeout=10_000,
    )
    assert card.bar.maximum() == 30 and card.bar.value() <= 1
    with qtbot.waitSignal(bridge.planned, timeout=10_000):
        pass
    assert ModelPhase.ANSWERING in [s.phase for s in statuses]


def test_the_settings_page_says_where_the_model_file_stands(
    qtbot: QtBot,
    file_bridge: tuple[AssistantBridge, list[ModelStatus]],
    tmp_path: Path,
) -> None:
    bridge, _statuses = file_bridge
    page = SettingsPage(bridge)
    qtbot.addWidget(page)
    page.resize(900, 760)
    page.show()
    page.show_section("llm")
    section = page.sections["llm"]
    assert isinstance(section, LLMSection)
    note = section.load_note
    qtbot.waitUntil(lambda: note.text().startswith("Model file loaded in 0."), timeout=10_000)
    assert note.text().endswith(": ready") and note.isVisible()
    section.ensureWidgetVisible(note)
    if SHOTS.is_dir():  # for a person to look at (tests/ui/README: screenshots)
        page.grab().save(str(SHOTS / "llm-settings-loaded.png"))
    # Another file applied: loading, then why it could not be loaded.
    broken = local_llm_backend.model_file(
        tmp_path / "broken.gguf", load_s=1.0, load_error="not enough memory for 2.0 GB"
    )
    bridge.set_llm(_config(broken))
    seen: list[str] = []
    bridge.llm_status.connect(lambda _status: seen.append(note.text()))
    qtbot.waitUntil(lambda: "Loading the model file (up to 180 s)…" in seen, timeout=5_000)
    qtbot.waitUntil(lambda: "not enough memory for 2.0 GB" in note.text(), timeout=10_000)
    assert note.text().startswith("Not loaded:")
    # The file it replaced, closed meanwhile, never spoke over the new one.
    assert not [text for text in seen if "closed" in text]
    if SHOTS.is_dir():
        page.grab().save(str(SHOTS / "llm-settings-failed.png"))
