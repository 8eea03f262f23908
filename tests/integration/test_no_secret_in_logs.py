"""No secret in any log: every entry point run with -v, as a real `hearth` process, against a
real keyring (GNOME Keyring on a private bus) holding a language-model key, a Home Assistant
token, a CalDAV password, the audit seal key and a PIN, with a real Home Assistant, a real
CalDAV server and the scripted OpenAI-compatible server.

Each run must show debug output (so a run that merely logged nothing would fail) and none of
the secrets, in any of the forms a log line could carry them (as they are, ``repr`` of bytes,
base64, hex)."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from app.config.settings import LLMSettings, Settings
from tests.helpers.ha_server import HomeAssistantServer
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.openai_server import (  # noqa: F401 - the fixture
    MODEL,
    ScriptedOpenAIServer,
    openai_server,
    tool_reply,
)
from tests.helpers.processes import run_hearth
from tests.helpers.radicale import RadicaleServer

pytestmark = pytest.mark.integration

LLM_KEY = "sk-log-probe-3b9e41c7d2a8f605"
CALDAV_PASSWORD = "caldav-log-probe-71f2e9"
PIN = "604918"
HEARTH_DEBUG = "DEBUG app."
"""Hearth's own debug lines: -v still shows them."""
PLANNER_DEBUG = "DEBUG app.understanding.sentences: Loaded"


def _forms(secret: str) -> set[str]:
    """*secret* as a log line could show it; a base64 value (the seal key) also decoded."""
    raw = secret.encode()
    forms = {secret, base64.b64encode(raw).decode(), raw.hex()}
    try:
        decoded = base64.b64decode(secret, validate=True)
    except (binascii.Error, ValueError):
        return forms
    return forms | {repr(decoded)[2:-1], decoded.hex(), base64.b64encode(decoded).decode()}


class Hearth:
    """`hearth -v` as a process with the keyring's bus, the test's folders, no secret in its
    environment (the keyring is the only source), and every run's output kept."""

    def __init__(self, keyring: KeyringSession) -> None:
        self.env = {
            **keyring.env,
            "HOME": str(keyring.root / "home"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
            "QT_QPA_PLATFORM": "offscreen",
            **dict.fromkeys(("HEARTH_NO_LLM", "HEARTH_HA_TOKEN", "HEARTH_LLM_API_KEY"), ""),
            "OPENAI_LOG": "",
        }
        self.outputs: dict[str, str] = {}

    def __call__(self, *args: str, stdin: str = "", expect: int = 0) -> str:
        result = run_hearth("-v", *args, stdin=stdin, env=self.env)
        output = result.stdout + result.stderr
        assert result.returncode == expect, f"hearth -v {' '.join(args)}:\n{output}"
        assert HEARTH_DEBUG in result.stderr, f"no debug output from hearth -v {args}"
        self.outputs[" ".join(args)] = output
        return output

    def assert_never_shown(self, secrets: dict[str, str]) -> None:
        for command, output in self.outputs.items():
            for name, secret in secrets.items():
                for form in _forms(secret):
                    assert form not in output, f"the {name} ({form!r}) in hearth -v {command}"


def test_no_entry_point_logs_a_secret_with_verbose(
    secret_service: KeyringSession,
    ha_server: HomeAssistantServer,
    radicale_server_factory: Callable[..., RadicaleServer],
    openai_server: ScriptedOpenAIServer,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    caldav = radicale_server_factory({"sam": CALDAV_PASSWORD})
    caldav.make_calendar("sam", CALDAV_PASSWORD, "Work", "work")
    Settings(llm=LLMSettings(base_url=openai_server.base_url, model=MODEL)).save()
    hearth = Hearth(secret_service)

    # Every secret goes into the keyring through the command line, with -v.
    hearth("llm", "set-key", "--stdin", stdin=LLM_KEY + "\n")
    hearth("connect", "--url", ha_server.url, "--token-stdin", stdin=ha_server.token + "\n")
    hearth(
        "calendar",
        "connect",
        "--url",
        caldav.url,
        "--username",
        "sam",
        "--password-stdin",
        stdin=CALDAV_PASSWORD + "\n",
    )
    hearth("pin", "set", "--stdin", stdin=f"{PIN}\n{PIN}\n")

    # ... and comes back out of it in every entry point.
    assert PLANNER_DEBUG in hearth("plan", "turn off the kitchen light")
    assert PLANNER_DEBUG in hearth("do", "--demo", "--yes", "turn on the sofa lamp")
    hearth("do", "--yes", "turn on the ceiling lights")  # the real Home Assistant
    hearth("do", "--demo", "--yes", "add dentist to the work calendar tomorrow at 10")
    openai_server.script(
        tool_reply(("light", {"service": "turn_on", "entity_ids": ["light.test_lamp"]}))
    )
    hearth("llm", "test")
    assert openai_server.completions[0].headers["authorization"] == f"Bearer {LLM_KEY}"
    hearth("audit", "verify")
    hearth("history")
    window = hearth("--demo", "--screenshot", str(tmp_path / "window.png"))
    assert PLANNER_DEBUG in window and (tmp_path / "window.png").stat().st_size > 0
    kept = {attributes["username"]: secret for attributes, secret in secret_service.items()}
    pin_hash = re.search(r"scrypt\$[^\"]+", kept["pin"])
    assert pin_hash is not None
    hearth("pin", "clear", "--stdin", stdin=f"{PIN}\n")

    assert kept[f"llm:{openai_server.base_url}"] == LLM_KEY
    assert kept[f"homeassistant:{ha_server.url}"] == ha_server.token
    assert kept[f"caldav:sam@{caldav.url.rstrip('/')}"] == CALDAV_PASSWORD
    hearth.assert_never_shown(
        {
            "language-model key": LLM_KEY,
            "Home Assistant token": ha_server.token,
            "CalDAV password": CALDAV_PASSWORD,
            "audit seal key": kept["audit-seal"],
            "PIN": PIN,
            "PIN's keyring item": kept["pin"],
            "PIN's hash": pin_hash.group(),
        }
    )


def test_a_url_with_a_password_in_it_is_refused_and_never_shown(
    secret_service: KeyringSession, ha_server: HomeAssistantServer, tmp_path: Path
) -> None:
    # A password typed into the address, for Home Assistant, a CalDAV account and the
    # language model: refused before anything connects, the message shows the address
    # without it, and neither the settings file nor the keyring keeps it.
    hearth = Hearth(secret_service)
    password = "url-probe-5c1d8e07"
    with_password = ha_server.url.replace("://", f"://admin:{password}@")
    done = run_hearth(
        "-v", "connect", "--url", with_password, "--token-stdin",
        stdin=ha_server.token + "\n", env=hearth.env,
    )  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    assert "user name or password" in done.stderr and ha_server.url in done.stderr
    caldav = run_hearth(
        "calendar", "connect", "--url", f"https://sam:{password}@cloud.example.org/dav",
        "--username", "sam", "--password-stdin", stdin="pw\n", env=hearth.env,
    )  # fmt: skip
    assert caldav.returncode == 2 and "user name or password" in caldav.stderr, caldav.stderr
    settings = Settings.load()
    settings.llm = LLMSettings(base_url=f"http://me:{password}@127.0.0.1:9/v1", model=MODEL)
    settings.save()
    llm = run_hearth("-v", "llm", "show", env=hearth.env)
    assert llm.returncode == 2 and "user name or password" in llm.stderr, llm.stderr
    for result in (done, caldav, llm):
        assert "Traceback" not in result.stderr
        assert password not in result.stdout + result.stderr
    assert secret_service.items() == []  # no token was kept for the address with a password
    settings_file = tmp_path / "config" / "settings.toml"
    assert f"admin:{password}" not in settings_file.read_text(encoding="utf-8")
