"""The calendar and reminders from the command line against real parts: a CalDAV account on a
real Radicale server (password to a real Secret Service), events made by saying so, the agenda
reading the local calendar and CalDAV together, reminders listed."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import tomllib
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest

from app.cli.common import EXIT_OK, EXIT_USAGE
from app.cli.main import main
from app.config.settings import config_dir, get_caldav_password
from integrations.calendar.dav import CalDavCalendar
from tests.helpers.keyring_session import KeyringSession, files_containing
from tests.helpers.radicale import RadicaleServer

pytestmark = pytest.mark.integration

PASSWORD = "caldav-secret-9d1e"
UTC = ZoneInfo("UTC")


def _hearth(
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_connect_a_caldav_account_and_use_it_by_name(
    radicale_server_factory: Callable[..., RadicaleServer],
    secret_service: KeyringSession,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = radicale_server_factory({"sam": PASSWORD})
    server.make_calendar("sam", PASSWORD, "Work", "work")
    monkeypatch.setenv("TZ", "UTC")

    code, _, err = _hearth(
        ["calendar", "connect", "--url", server.url, "--username", "sam", "--password-stdin"],
        capsys,
        monkeypatch,
        "wrong-password\n",
    )
    assert code == EXIT_USAGE and "did not work" in err and "wrong-password" not in err

    code, out, _ = _hearth(
        ["calendar", "connect", "--url", server.url, "--username", "sam", "--password-stdin"],
        capsys,
        monkeypatch,
        PASSWORD + "\n",
    )
    assert code == EXIT_OK and "Work" in out
    assert get_caldav_password(server.url, "sam") == PASSWORD
    saved = tomllib.loads((config_dir() / "settings.toml").read_text(encoding="utf-8"))
    assert saved["calendar"]["caldav_url"] == server.url
    assert files_containing(PASSWORD, config_dir()) == []

    code, out, err = _hearth(
        ["do", "--demo", "--yes", "add quarterly review to the work calendar tomorrow at 10"],
        capsys,
        monkeypatch,
    )
    assert code == EXIT_OK, err
    assert "verified" in out

    async def on_server() -> list[str]:
        account = CalDavCalendar(server.url, "sam", PASSWORD, tz=UTC)
        try:
            start = dt.datetime.now(UTC)
            events = await account.events(
                "calendar.caldav_work", start, start + dt.timedelta(days=3)
            )
        finally:
            await account.close()
        return [f"{e.summary} {e.start.hour}" for e in events]

    assert asyncio.run(on_server()) == ["Quarterly review 10"]

    code, out, _ = _hearth(
        ["do", "--demo", "--yes", "add dentist to my calendar tomorrow at 8"], capsys, monkeypatch
    )
    assert code == EXIT_OK
    code, out, _ = _hearth(["agenda", "tomorrow"], capsys, monkeypatch)
    assert code == EXIT_OK
    assert "Dentist" in out and "Quarterly review" in out  # the local calendar and CalDAV

    code, out, _ = _hearth(
        ["do", "--demo", "--yes", "remind me tomorrow at 7 to pack the laptop"],
        capsys,
        monkeypatch,
    )
    assert code == EXIT_OK
    code, out, _ = _hearth(["reminders"], capsys, monkeypatch)
    assert "pack the laptop — tomorrow at 07:00" in out
