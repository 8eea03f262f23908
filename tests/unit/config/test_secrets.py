"""The one keyring access (app.config.secret_store) against a real GNOME Keyring on a private D-Bus:
items under the names existing installations have, missing items, a keyring that goes away,
backends that are not the desktop's keyring, and no secret in a log record.

The secrets here are made up for these tests only: the redaction registry is process-wide,
so each test uses values no other test logs."""

from __future__ import annotations

import ast
import logging
from collections.abc import Callable

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.backends.SecretService
import pytest

from app.config import logsafety, secret_store
from app.config.secret_store import (
    ChosenKeyringError,
    NoKeyringError,
    Secret,
    SecretStoreUnavailable,
    delete_secret,
    get_secret,
    set_secret,
)
from app.config.settings import config_dir, data_dir
from app.core.errors import ConfigError, SecretStoreError
from tests.helpers.keyring_session import KeyringSession, files_containing
from tests.helpers.processes import ROOT, run_hearth

URL = "http://ha.secrets.test:8123"
LLM = "http://llm.secrets.test/v1"
KEYRINGS = "GNOME Keyring, KWallet, macOS Keychain or Windows Credential Locker"

#: Every kind of item Hearth keeps, with the keyring username it has always had.
EVERY_SECRET = [
    (secret_store.ha_token(URL + "/"), f"homeassistant:{URL}"),
    (secret_store.caldav_password(URL + "/", "sam"), f"caldav:sam@{URL}"),
    (secret_store.llm_api_key(" " + LLM + "/"), f"llm:{LLM}"),
    (secret_store.PIN, "pin"),
    (secret_store.AUDIT_SEAL, "audit-seal"),
    (secret_store.AUDIT_HEAD, "audit-head"),
]


def every_call(secret: Secret, value: str) -> list[Callable[[], object]]:
    """Reading, keeping *value* for and removing *secret*: each must fail alike."""
    return [
        lambda: get_secret(secret),
        lambda: set_secret(secret, value),
        lambda: delete_secret(secret),
    ]


def test_every_secret_round_trips_under_its_existing_name(secret_service: KeyringSession) -> None:
    for number, (secret, username) in enumerate(EVERY_SECRET):
        value = f"round-trip-value-{number}-7c41e0"
        assert get_secret(secret) is None
        set_secret(secret, value)
        assert get_secret(secret) == value
        # Really in GNOME Keyring, under Hearth's service and the name it always had.
        ((attributes, stored),) = secret_service.items()
        assert (attributes["service"], attributes["username"], stored) == (
            "hearth",
            username,
            value,
        )
        set_secret(secret, value + "-replaced")
        assert get_secret(secret) == value + "-replaced" and len(secret_service.items()) == 1
        assert delete_secret(secret) is True
        assert get_secret(secret) is None and secret_service.items() == []


def test_items_kept_before_the_store_existed_are_found(secret_service: KeyringSession) -> None:
    """What an older Hearth wrote with the keyring library directly is read as it is."""
    for number, (secret, username) in enumerate(EVERY_SECRET):
        keyring.set_password("hearth", username, f"kept-by-an-older-hearth-{number}")
        assert get_secret(secret) == f"kept-by-an-older-hearth-{number}"


def test_a_missing_item_is_none_and_deleting_it_is_no_error(
    secret_service: KeyringSession,
) -> None:
    missing = secret_store.ha_token("http://nowhere.secrets.test:8123")
    assert get_secret(missing) is None
    assert delete_secret(missing) is False
    set_secret(secret_store.ha_token(URL), "another-servers-token-93a1")
    assert get_secret(missing) is None, "another server's token is not this one's"
    assert delete_secret(missing) is False
    assert len(secret_service.items()) == 1


def test_a_keyring_that_goes_away_is_one_error_type(secret_service: KeyringSession) -> None:
    token = secret_store.ha_token(URL)
    set_secret(token, "tok-goes-away-4b1f0c")
    secret_service.stop_keyring_daemon()  # the bus is still there, the keyring is not
    for call in every_call(token, "tok-goes-away-4b1f0c"):
        with pytest.raises(SecretStoreUnavailable) as caught:
            call()
        assert str(caught.value).startswith(
            "no usable system keyring: Hearth keeps the Home Assistant token only in the OS "
            f"keyring ({KEYRINGS}). Start or install one, or set HEARTH_HA_TOKEN for this "
            "session. ("
        )
        assert caught.value.secret == token and caught.value.cause
    secret_service.stop()  # now the session bus is gone too
    with pytest.raises(SecretStoreUnavailable):
        set_secret(token, "tok-goes-away-4b1f0c")
    assert files_containing("tok-goes-away-4b1f0c", config_dir(), data_dir()) == []


def test_every_failure_is_a_configuration_error_with_one_message_style(
    secret_service: KeyringSession,
) -> None:
    """One hierarchy: the CLI's exit code 2 (ConfigError) for all of them; each message names
    the secret and the variable that stands in for it, and only that one."""
    secret_service.stop_keyring_daemon()
    messages = {}
    for secret, _ in EVERY_SECRET:
        with pytest.raises(SecretStoreUnavailable) as caught:
            get_secret(secret)
        assert isinstance(caught.value, SecretStoreError) and isinstance(caught.value, ConfigError)
        messages[secret.what] = str(caught.value)
    for what, message in messages.items():
        assert message.startswith(f"no usable system keyring: Hearth keeps {what} only in")
    assert "HEARTH_LLM_API_KEY" in messages["the language model's API key"]
    # The CalDAV password cannot come from HEARTH_HA_TOKEN: its message no longer says so.
    assert "HEARTH_HA_TOKEN" not in messages["the CalDAV password"]
    assert "Start or install one. (" in messages["the CalDAV password"]


@pytest.mark.parametrize("backend", [keyring.backends.null.Keyring, keyring.backends.fail.Keyring])
def test_a_backend_chosen_by_the_environment_is_no_keyring(
    secret_service: KeyringSession,
    monkeypatch: pytest.MonkeyPatch,
    backend: type[keyring.backend.KeyringBackend],
) -> None:
    """The null backend would answer "nothing kept" and keep nothing: a token "kept" would be
    lost and a PIN read as "not set". Neither it nor the failing one is asked at all."""
    token = secret_store.ha_token(URL)
    set_secret(token, "tok-in-the-desktop-keyring-e2d8")
    name = f"{backend.__module__}.Keyring"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", name)
    keyring.set_keyring(backend())  # as the variable makes it
    calls = every_call(token, "tok-never-kept-0a7e")
    calls.append(lambda: get_secret(secret_store.PIN))
    for call in calls:
        with pytest.raises(ChosenKeyringError) as caught:
            call()
        assert isinstance(caught.value, SecretStoreUnavailable)
        assert caught.value.cause == (
            f"PYTHON_KEYRING_BACKEND chose {backend.__module__}, not the desktop's keyring"
        )
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    keyring.set_keyring(keyring.backends.SecretService.Keyring())  # type: ignore[no-untyped-call]
    assert get_secret(token) == "tok-in-the-desktop-keyring-e2d8", "nothing was deleted"


def test_the_null_backend_no_longer_swallows_a_key_on_the_command_line(
    secret_service: KeyringSession,
) -> None:
    """`hearth llm set-key` with the null backend chosen used to say "The API key ... is in
    the system keyring" (exit 0) and keep nothing; now it is a configuration error."""
    null = {**secret_service.env, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    done = run_hearth("llm", "set-key", "--url", LLM, "--stdin", stdin="sk-null-1e5b\n", env=null)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "is in the system keyring" not in done.stdout
    assert "no usable system keyring" in done.stderr
    assert "PYTHON_KEYRING_BACKEND chose keyring.backends.null" in done.stderr
    assert "sk-null-1e5b" not in done.stdout + done.stderr and "Traceback" not in done.stderr
    real = {
        **secret_service.env,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
    }
    done = run_hearth("llm", "set-key", "--url", LLM, "--stdin", stdin="sk-real-5c2d\n", env=real)
    assert done.returncode == 0, done.stderr
    assert [secret for _, secret in secret_service.items()] == ["sk-real-5c2d"]


def test_a_backend_that_cannot_be_loaded_is_a_message_not_a_traceback(
    secret_service: KeyringSession,
) -> None:
    """A misspelt PYTHON_KEYRING_BACKEND used to end `hearth pin set` with the keyring
    library's ModuleNotFoundError (exit 1); the PIN is not set and nothing else breaks."""
    bad = {**secret_service.env, "PYTHON_KEYRING_BACKEND": "keyring.backends.nope.Keyring"}
    done = run_hearth("pin", "set", "--stdin", stdin="583107\n", env=bad)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert (
        "no usable system keyring: Hearth keeps the PIN's hash only in the OS keyring"
        in done.stderr
    )
    assert "PYTHON_KEYRING_BACKEND chose a backend that cannot be loaded" in done.stderr
    assert secret_service.items() == []
    lamp = run_hearth("do", "--demo", "--yes", "turn on the desk lamp", env=bad)
    assert lamp.returncode == 0, lamp.stderr  # the audit trail is kept unsealed


def test_no_keyring_at_all_is_no_keyring(no_keyring: None) -> None:
    token = secret_store.ha_token(URL)
    for call in every_call(token, "tok-nowhere-77c3"):
        with pytest.raises(NoKeyringError) as caught:
            call()
        assert str(caught.value).endswith("for this session. (NoKeyringError)")


def test_a_secret_is_registered_for_redaction_where_it_is_read(
    secret_service: KeyringSession,
) -> None:
    """Read, not only written, by Hearth: the value is hidden from then on. The PIN's record
    and the audit head are not secrets as a whole (app.policy.pin registers the hash itself)."""
    kept = {
        secret_store.llm_api_key(LLM): "sk-read-then-hidden-6f20",
        secret_store.AUDIT_SEAL: "c2VhbC1yZWFkLXRoZW4taGlkZGVu",
        secret_store.AUDIT_HEAD: "3:head-not-a-secret-91d4:aa",
    }
    for secret, value in kept.items():
        keyring.set_password("hearth", secret.key, value)
        assert logsafety.redact(value) == value  # never seen yet
        assert get_secret(secret) == value
    assert logsafety.redact(kept[secret_store.llm_api_key(LLM)]) == logsafety.REDACTED
    assert logsafety.redact(kept[secret_store.AUDIT_SEAL]) == logsafety.REDACTED
    assert logsafety.redact(kept[secret_store.AUDIT_HEAD]) == kept[secret_store.AUDIT_HEAD]
    written = "tok-written-then-hidden-3e99"
    set_secret(secret_store.ha_token(URL), written)
    assert logsafety.redact(written) == logsafety.REDACTED


def test_no_secret_in_any_log_record_at_debug(
    secret_service: KeyringSession, caplog: pytest.LogCaptureFixture
) -> None:
    """Every logger at DEBUG (the keyring libraries too), no redaction: the value itself
    reaches no record, whether the call works or fails."""
    caplog.set_level(logging.DEBUG)
    for name in ("keyring", "secretstorage", "jeepney", "app"):
        caplog.set_level(logging.DEBUG, logger=name)
    value = "tok-never-logged-5d8a2c"
    secret = Secret("homeassistant:http://debug.secrets.test", "the Home Assistant token")
    set_secret(secret, value)
    assert get_secret(secret) == value
    assert delete_secret(secret) is True
    secret_service.stop_keyring_daemon()
    with pytest.raises(SecretStoreUnavailable) as caught:
        set_secret(secret, value)
    assert value not in str(caught.value)
    assert caplog.records, "nothing was logged at all: the check would prove nothing"
    for record in caplog.records:
        text = record.getMessage() + (caplog.text or "")
        assert value not in text, f"{record.name}: {text}"


def test_only_the_secret_store_imports_keyring() -> None:
    """Every import, also one inside a function, in app/, ui/ and integrations/."""
    allowed = ROOT / "app" / "config" / "secret_store.py"
    found = []
    for package in ("app", "ui", "integrations"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path == allowed:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names = [node.module]
                else:
                    continue
                if any(name.split(".")[0] in ("keyring", "secretstorage") for name in names):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == [], "the keyring is reached only through app.config.secret_store"
