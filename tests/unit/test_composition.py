"""The composition root (app/composition.py): one place builds the assistant for the command
line and the window, and closes what it opened in reverse order, also after an exception or a
cancellation. Observed on the real parts: the SQLite files (a second connection can leave WAL
mode only once no other connection has the file open), the scheduler's task, the calls made."""

from __future__ import annotations

import ast
import asyncio
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from app.bootstrap import history_path, reminders_path
from app.composition import Parts, compose
from app.config.settings import Settings
from app.core.home import Home
from app.core.plan import Plan
from app.core.results import Approval
from app.policy import risk
from app.records.history import History
from integrations.reminders import ReminderStore
from ui.app import make_connect, parse

ROOT = Path(__file__).resolve().parents[2]
SCHEDULER_TASK = "hearth-reminder-scheduler"


@pytest.fixture(autouse=True)
def _no_keyring(no_keyring: None) -> None:
    """As on a machine without a keyring: the audit trail is unsealed, the LLM off."""


def alone(path: Path) -> bool:
    """Whether no other connection has the SQLite file *path* open: leaving WAL mode needs
    the file to itself (SQLITE_BUSY otherwise)."""
    db = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        return str(db.execute("PRAGMA journal_mode=DELETE").fetchone()[0]) == "delete"
    except sqlite3.OperationalError:
        return False
    finally:
        db.close()


async def approve_all(plan: Plan, _decisions: list[risk.StepDecision]) -> Approval:
    steps = set(range(len(plan.steps)))
    return Approval(steps, steps, by="test")


def open_parts(**options: Any) -> Any:
    return compose(
        Settings(), demo=True, area="living_room", on_reminder=lambda _r: None, **options
    )


async def start_scheduler(parts: Parts) -> asyncio.Task[Any]:
    assert parts.scheduler is not None
    await parts.scheduler.start()
    (task,) = [t for t in asyncio.all_tasks() if t.get_name() == SCHEDULER_TASK]
    return task


def assert_closed(task: asyncio.Task[Any]) -> None:
    assert task.done()
    assert alone(history_path())
    assert alone(reminders_path())


def test_the_root_builds_an_assistant_that_plans_and_runs_on_the_demo_home() -> None:
    async def main() -> None:
        async with compose(Settings(), demo=True, area="living_room") as parts:
            outcome = await parts.assistant.handle(
                "dim the sofa lamp to 30 percent", approve_all, source="cli"
            )
            assert outcome.ok, outcome
            lamp = parts.assistant.home.get("light.sofa_lamp")
            assert lamp is not None and lamp.attributes["brightness"] == 76
            (record,) = parts.history.recent(limit=5)
            assert (record.text, record.outcome) == ("dim the sofa lamp to 30 percent", "succeeded")
            assert parts.scheduler is None  # no deliveries asked for: reminders are stored only
            assert not alone(history_path())  # open while the block runs

    asyncio.run(main())
    assert alone(history_path())


def test_the_root_closes_in_the_reverse_order_of_opening(monkeypatch: pytest.MonkeyPatch) -> None:
    """History, the reminder store, the adapter, the assistant and the scheduler open in that
    order (the SQLite files as SQLite reports them); they close the other way round, the two
    stores off the loop's thread (where the profile below does not look: they say so)."""
    closing = (
        "Scheduler.stop",
        "Assistant.close",
        "Assistant.aclose",
        "AdapterHub.close",
        "ReminderStore.close",
        "History.close",
    )
    calls: list[str] = []
    connected: list[str] = []
    recording = True

    def audit(event: str, args: tuple[Any, ...]) -> None:
        if recording and event == "sqlite3.connect":
            connected.append(Path(str(args[0])).name)

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        name = frame.f_code.co_qualname
        if event == "call" and name in closing and name not in calls:
            calls.append(name)  # first call only: a coroutine "calls" again when it resumes

    for cls in (ReminderStore, History):
        real = cls.close

        def close(self: Any, real: Any = real, name: str = f"{cls.__name__}.close") -> None:
            if name not in calls:
                calls.append(name)
            real(self)

        monkeypatch.setattr(cls, "close", close)
    sys.addaudithook(audit)  # audit hooks stay for the process: recording limits this one

    async def main() -> asyncio.Task[Any]:
        async with open_parts() as parts:
            task = await start_scheduler(parts)
            sys.setprofile(profile)
        sys.setprofile(None)
        return task

    try:
        task = asyncio.run(main())
    finally:
        sys.setprofile(None)
        recording = False
    opened = [name for name in connected if name.endswith(".sqlite3")]
    assert opened[:2] == [history_path().name, reminders_path().name]
    assert calls == list(closing)
    assert_closed(task)


def test_the_root_closes_everything_after_an_exception_in_the_block() -> None:
    tasks: list[asyncio.Task[Any]] = []

    async def main() -> None:
        async with open_parts() as parts:
            tasks.append(await start_scheduler(parts))
            raise LookupError("the command failed")

    with pytest.raises(LookupError, match="the command failed"):
        asyncio.run(main())
    assert_closed(tasks[0])


def test_the_root_closes_everything_when_cancelled() -> None:
    async def main() -> asyncio.Task[Any]:
        started: asyncio.Future[asyncio.Task[Any]] = asyncio.get_running_loop().create_future()

        async def run() -> None:
            async with open_parts() as parts:
                started.set_result(await start_scheduler(parts))
                await asyncio.Event().wait()  # until cancelled, as the window's quit does

        running = asyncio.ensure_future(run())
        scheduler = await started
        running.cancel()
        with pytest.raises(asyncio.CancelledError):
            await running
        return scheduler

    assert_closed(asyncio.run(main()))


def test_the_root_closes_what_it_opened_when_building_fails() -> None:
    """A home refused half-way (the command line's unknown area): the history, the reminder
    store and the adapter opened before it are closed."""

    def refuse(_home: Home) -> None:
        raise LookupError("unknown area")

    async def main() -> None:
        async with open_parts(check_home=refuse):
            raise AssertionError("not reached")

    with pytest.raises(LookupError, match="unknown area"):
        asyncio.run(main())
    assert alone(history_path())
    assert alone(reminders_path())


def test_the_window_opens_the_assistant_through_the_root() -> None:
    """The bridge's connect (``hearth --demo``): the root's assistant, closed with it."""
    settings = Settings(area="living_room")

    async def main() -> None:
        async with make_connect(settings, parse(["--demo"]))() as parts:
            assert parts.assistant.plan("turn off the kitchen light").steps
            assert not alone(history_path())

    asyncio.run(main())
    assert alone(history_path())
    assert alone(reminders_path())


def _builds_assistant(tree: ast.AST) -> bool:
    """Whether *tree* calls ``Assistant(...)`` or hands ``Assistant`` to a call to build
    (``asyncio.to_thread(Assistant, ...)``, ``partial(Assistant, ...)``)."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for candidate in (node.func, *node.args):
            name = getattr(candidate, "id", None) or getattr(candidate, "attr", None)
            if name == "Assistant":
                return True
    return False


def _calls(tree: ast.AST, name: str) -> bool:
    return any(
        isinstance(node, ast.Call) and getattr(node.func, "id", None) == name
        for node in ast.walk(tree)
    )


def _modules() -> Iterator[tuple[str, ast.AST]]:
    for folder in ("app", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def test_only_the_root_builds_the_assistant_and_the_cli_and_window_use_it() -> None:
    modules = dict(_modules())
    assert [name for name, tree in modules.items() if _builds_assistant(tree)] == [
        "app/composition.py"
    ]
    assert _calls(modules["app/cli/common.py"], "compose")
    assert _calls(modules["ui/app.py"], "compose")
