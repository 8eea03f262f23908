"""The redacting log filter and the logging set-up of the entry points (app.config.logsafety).

The secrets here are made up for these tests only: the registry is process-wide, so each test
uses values no other test logs."""

from __future__ import annotations

import base64
import io
import json
import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest

from app.config import logsafety
from app.config.logsafety import REDACTED, RedactingFilter
from tests.helpers.keyring_session import KeyringSession

TOKEN = "tok-logsafety-5f0c2a9e71b34d8c"
KEYRING_BACKEND = "keyring.backends.SecretService.Keyring"
SEAL = bytes(range(200, 232))  # not UTF-8: only its repr, base64 and hex forms can be logged


@pytest.fixture
def log() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A logger whose only handler writes to a buffer through the redacting filter."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter(logsafety.FORMAT))
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("tests.logsafety")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        yield logger, out
    finally:
        logger.removeHandler(handler)
        logger.propagate = True


def _forms(secret: str | bytes) -> list[str]:
    raw = secret.encode() if isinstance(secret, str) else secret
    forms = [repr(raw)[2:-1], base64.b64encode(raw).decode(), raw.hex(), raw.hex().upper()]
    forms.append(base64.urlsafe_b64encode(raw).decode().rstrip("="))
    if isinstance(secret, str):
        forms.append(secret)
    return forms


def _assert_hidden(text: str, *secrets: str | bytes) -> None:
    for secret in secrets:
        for form in _forms(secret):
            assert form not in text, f"{form!r} reached the log:\n{text}"


def test_secrets_in_arguments_are_replaced(log: tuple[logging.Logger, io.StringIO]) -> None:
    logger, out = log
    logsafety.remember(TOKEN)
    logsafety.remember(SEAL)
    logger.debug("Setting Future result: %s", TOKEN)
    logger.debug("Setting Future result: %r", SEAL)  # what qasync printed: b'\xc8\xc9...'
    logger.info("config %s", {"api_key": TOKEN, "model": "m"})
    logger.info("base64 %s hex %s", base64.b64encode(SEAL).decode(), SEAL.hex())
    logger.warning(f"formatted before logging: Bearer {TOKEN}")
    text = out.getvalue()
    _assert_hidden(text, TOKEN, SEAL)
    assert text.count(REDACTED) == 6
    assert "DEBUG tests.logsafety: Setting Future result: [secret]" in text
    assert "'model': 'm'" in text  # the rest of the line is still there


def test_secrets_in_tracebacks_and_stacks_are_replaced(
    log: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, out = log
    logsafety.remember(TOKEN)
    try:
        raise ValueError(f"rejected token {TOKEN!r}")
    except ValueError:
        logger.exception("the call failed")
    logger.debug("where %s", TOKEN, stack_info=True)
    text = out.getvalue()
    _assert_hidden(text, TOKEN)
    assert "Traceback (most recent call last)" in text
    assert "ValueError: rejected token '[secret]'" in text
    assert "Stack (most recent call last)" in text


def test_a_message_that_does_not_fit_its_arguments_shows_no_secret(
    log: tuple[logging.Logger, io.StringIO], capsys: pytest.CaptureFixture[str]
) -> None:
    logger, out = log
    logsafety.remember(TOKEN)
    # logging itself would print the arguments raw
    logger.info("two values: %s %s", TOKEN)  # noqa: PLE1206 - the mistake under test
    text = out.getvalue() + capsys.readouterr().err
    _assert_hidden(text, TOKEN)
    assert "did not fit" in text


def test_short_values_are_not_secrets() -> None:
    logsafety.remember("12")
    logsafety.remember("")
    logsafety.remember(None)
    assert logsafety.redact("12 lights, 0 errors") == "12 lights, 0 errors"


def test_a_pin_is_hidden() -> None:
    logsafety.remember("480213")
    assert logsafety.redact("checked 480213 in 0.25 s") == f"checked {REDACTED} in 0.25 s"


def _run(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )


def test_verbose_logs_hearths_debug_but_not_qasyncs() -> None:
    """The layer that does not depend on knowing the secret: qasync's debug lines (every
    future's result) and other libraries' debug lines stay out even with -v."""
    result = _run(
        """
        import logging
        from app.config import logsafety
        logsafety.configure_logging(verbose=True)
        logging.getLogger("qasync._QThreadWorker").debug("Setting Future result: unknown-key")
        logging.getLogger("urllib3.connectionpool").debug("GET /?token=unknown-key")
        logging.getLogger("homeassistant_api.websocket").info("Received event unknown-key")
        logging.getLogger("app.understanding.sentences").debug("Loaded 53 intents for en")
        logging.getLogger("integrations.homeassistant").debug("retrying")
        logging.getLogger("openai").warning("a warning still shows")
        """
    )
    assert result.returncode == 0, result.stderr
    assert "unknown-key" not in result.stderr
    assert "DEBUG app.understanding.sentences: Loaded 53 intents for en" in result.stderr
    assert "DEBUG integrations.homeassistant: retrying" in result.stderr
    assert "WARNING openai: a warning still shows" in result.stderr


def test_without_verbose_only_warnings_show() -> None:
    result = _run(
        """
        import logging
        from app.config import logsafety
        logsafety.configure_logging(verbose=False)
        logging.getLogger("app.x").info("not shown")
        logging.getLogger("app.x").warning("shown")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "WARNING app.x: shown\n"


def test_uncaught_exceptions_are_printed_without_the_secret() -> None:
    result = _run(
        f"""
        import threading
        from app.config import logsafety
        logsafety.configure_logging(verbose=False)
        logsafety.remember({TOKEN!r})
        thread = threading.Thread(target=lambda: int({TOKEN!r}))
        thread.start()
        thread.join()
        raise RuntimeError("token was " + {TOKEN!r})
        """
    )
    assert result.returncode == 1
    _assert_hidden(result.stderr, TOKEN)
    assert "Exception in thread" in result.stderr
    assert "ValueError: invalid literal for int() with base 10: '[secret]'" in result.stderr
    assert "RuntimeError: token was [secret]" in result.stderr


def test_warnings_go_through_the_redaction() -> None:
    result = _run(
        f"""
        import warnings
        from app.config import logsafety
        logsafety.configure_logging(verbose=False)
        logsafety.remember({TOKEN!r})
        warnings.warn("insecure request with " + {TOKEN!r})
        """
    )
    assert result.returncode == 0, result.stderr
    _assert_hidden(result.stderr, TOKEN)
    assert "insecure request with [secret]" in result.stderr


def test_every_secret_hearth_reads_from_the_keyring_is_hidden(
    secret_service: KeyringSession,
) -> None:
    """A fresh process that only *reads* the secrets (put in the keyring beforehand, not by
    Hearth) hides each of them: the registration is where Hearth reads, not only where it
    writes. The PIN is typed: it is hidden once checked."""
    import keyring

    from app.config.secret_store import PIN, SERVICE
    from app.policy import pin

    url, llm = "http://ha.test:8123", "http://llm.test/v1"
    seal = base64.b64encode(bytes(range(100, 132))).decode()
    items = {
        f"homeassistant:{url}": "ha-token-read-probe-61c0e8",
        f"llm:{llm}": "sk-read-probe-0d93b7",
        f"caldav:sam@{url}": "caldav-read-probe-2e7f",
        "audit-seal": seal,
    }
    for key, value in items.items():
        keyring.set_password(SERVICE, key, value)
    pin.set_pin("583107")
    stored_pin = keyring.get_password(SERVICE, PIN.key)
    assert stored_pin is not None
    pin_hash = json.loads(stored_pin)["hash"] if stored_pin.startswith("{") else stored_pin
    secrets = [*items.values(), base64.b64decode(seal).hex(), "583107", pin_hash]
    result = _run(
        f"""
        from app.config import logsafety, settings
        from app.policy import pin
        from app.records import audit
        from app.understanding.llm import config
        settings.get_token({url!r}), settings.get_caldav_password({url!r}, "sam")
        config.get_api_key({llm!r}), audit.seal_key(create=False), pin.verify("583107")
        print(logsafety.redact({" ".join(secrets)!r}))
        """,
        env={**os.environ, **secret_service.env, "PYTHON_KEYRING_BACKEND": KEYRING_BACKEND},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [REDACTED] * len(secrets)
