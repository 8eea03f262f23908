"""Logs that never show a secret: one logging set-up for every entry point (the command line
and the window), and the registry of the secrets this process has seen.

Two layers, because either alone can fail:

* **Redaction.** Every secret Hearth reads or writes (the Home Assistant token, the language
  model's API key, the CalDAV password, the audit seal key, the PIN and its stored hash, the
  window's instance secret) is handed to :func:`remember` where it passes through Hearth's
  code: the keyring access (:mod:`app.config.secret_store`), the environment, the clients that are
  given one. A filter on the root logger's handlers replaces each of them, and its ``repr``,
  JSON, base64 and hex forms, by ``[secret]`` in the message, its arguments and any
  traceback, whoever logged it. Uncaught exceptions (main thread and other threads) are
  printed through the same redaction.
* **Quiet libraries.** With ``-v`` only Hearth's own loggers (``app``, ``integrations``,
  ``ui``) log at DEBUG; every other library stays at INFO, and those known to echo values
  (qasync logs every future's result, which is how the keys reached the log; the Home
  Assistant websocket client logs each message it sends, the token's too) at WARNING.

The registry is process-wide on purpose: so is logging, and a secret read in one module must
be hidden in every module's log lines. It only holds values the process already has in memory.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import re
import sys
import threading
import traceback
import urllib.parse
from collections.abc import Mapping
from types import TracebackType
from typing import Any

REDACTED = "[secret]"
MIN_SECRET_LENGTH = 4
"""Shorter values are not hidden: hiding "12" in every line would garble the log and protect
nothing (a PIN has at least 4 digits, tokens and keys many more). A short secret that has a
key of its own is hidden by that key instead (:data:`SECRET_FIELDS`)."""

SECRET_FIELDS = frozenset({"code"})
"""Keys whose value is a secret whatever its length: ``code`` is an alarm panel's or a lock's
own code in a service call's data, and a panel takes codes as short as "12", too short to be
hidden by value. :func:`without_secrets` hides them in data before it is put into a message,
and :func:`redact` (so every log line) hides the value after such a key wherever a mapping is
printed (``'code': '12'``, ``"code": "12"``, ``code=12``), whoever logs it: a library echoing
the message it sends included. An error code printed the same way is hidden too, a small
loss in a debug log."""

_FIELDS = "|".join(map(re.escape, sorted(SECRET_FIELDS)))
_FIELD_VALUE = re.compile(
    rf"""(?P<key>(?P<q>\\?['"])(?:{_FIELDS})(?P=q)\s*:\s*|\b(?:{_FIELDS})=)"""
    r"""(?P<value>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\\(?P<eq>['"]).*?\\(?P=eq)"""
    r"""|[^\s,;&}\])'"]+)"""
)
"""A secret field's value in text: after a quoted key and a colon (a dict's ``repr``, JSON,
JSON inside a string) quoted or a bare number, or after ``key=`` (a URL's query, keyword
arguments) up to the next separator."""

FORMAT = "%(levelname)s %(name)s: %(message)s"
OWN_LOGGERS = ("app", "integrations", "ui")
"""Hearth's packages: the only loggers that log at DEBUG with ``-v``."""
ECHOING_LOGGERS = (
    "qasync",  # DEBUG: every executor call's arguments and every future's result
    "asyncio",  # debug mode: slow callbacks with the repr of their arguments
    "homeassistant_api",  # DEBUG: each websocket message sent (the auth message's token)
    "websockets",  # DEBUG: frames
    "openai",  # DEBUG: request options
    "httpx2",  # INFO: every request URL
    "httpcore2",  # DEBUG: connections and headers
    "httpx",  # the same libraries under their usual names
    "httpcore",
    "aiohttp",
    "niquests",
    "urllib3",  # DEBUG: URLs with their query strings
    "caldav",  # DEBUG: URLs and request bodies
    "keyring",
    "secretstorage",
    "jeepney",
)
"""Libraries that log values they were given: WARNING and above only, even with ``-v``."""


class _Secrets:
    """The secrets seen so far, as one compiled pattern of every form they take in text."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._forms: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def add(self, value: str | bytes) -> None:
        forms = {form for form in _forms_of(value) if len(form) >= MIN_SECRET_LENGTH}
        with self._lock:
            if forms <= self._forms:
                return
            self._forms |= forms
            # Longest first: a secret's base64 form must not be half-replaced by a shorter one.
            ordered = sorted(self._forms, key=len, reverse=True)
            self._pattern = re.compile("|".join(re.escape(form) for form in ordered))

    def redact(self, text: str) -> str:
        pattern = self._pattern  # replaced whole under the lock: reading it needs none
        return text if pattern is None else pattern.sub(REDACTED, text)


_SECRETS = _Secrets()


def remember(value: str | bytes | None) -> None:
    """From now on, hide *value* in every log line (None and empty values are ignored)."""
    if value:
        _SECRETS.add(value)


def redact(text: str) -> str:
    """*text* with every remembered secret, and the value of every secret field
    (:data:`SECRET_FIELDS`) however short, replaced by ``[secret]``."""
    return _SECRETS.redact(_FIELD_VALUE.sub(_hidden_value, text))


def _hidden_value(match: re.Match[str]) -> str:
    value = match["value"]
    quote = value[:2] if value.startswith("\\") else value[:1] if value[0] in "'\"" else ""
    return f"{match['key']}{quote}{REDACTED}{quote}"


def without_secrets(data: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of *data* (a service call's data) that may be put into a message or a log: the
    value of each secret field (:data:`SECRET_FIELDS`) is ``[secret]``, in nested mappings too."""
    return {
        key: REDACTED
        if key in SECRET_FIELDS
        else without_secrets(value)
        if isinstance(value, Mapping)
        else value
        for key, value in data.items()
    }


def credentials_in_url(url: str) -> str | None:
    """Why *url* may not be used: it carries a user name or password (``http://me:pw@host``),
    which would be kept in the settings file and shown in every message that names the
    server. None for a URL without them (or one that cannot be read: its own check says so).
    The message shows the URL without them."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        if parts.username is None and parts.password is None:
            return None
    except ValueError:
        return None
    shown = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()
    return (
        f"{shown!r} with a user name or password in it: give the address alone "
        "(the token, key or password is asked for and kept in the keyring)"
    )


def _forms_of(value: str | bytes) -> set[str]:
    """How *value* can appear in a log line: as it is, as ``repr`` and JSON show it, and its
    bytes in base64 (standard and URL-safe, with and without padding) and hex."""
    forms: set[str] = set()
    if isinstance(value, str):
        forms |= {value, value.strip(), repr(value)[1:-1], json.dumps(value)[1:-1]}
        raw = value.encode("utf-8", "surrogatepass")
    else:
        raw = value
        with contextlib.suppress(UnicodeDecodeError):
            forms.add(raw.decode("utf-8"))
    forms.add(repr(raw)[2:-1])
    for encoded in (base64.b64encode(raw), base64.urlsafe_b64encode(raw)):
        text = encoded.decode("ascii")
        forms |= {text, text.rstrip("=")}
    forms |= {raw.hex(), raw.hex().upper()}
    return forms


class RedactingFilter(logging.Filter):
    """Replaces remembered secrets in a record before any handler formats it. The message is
    formatted here (and the arguments dropped), so what the handler prints is what was
    checked; a traceback is formatted and checked too."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(_message(record))
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def _message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:  # a bad format string: logging would print the raw arguments instead
        return f"{record.msg!s} (the log arguments did not fit the message)"


def configure_logging(verbose: bool) -> None:
    """The logging of an entry point (``hearth`` and its commands, the window): WARNING, or
    with *verbose* Hearth's own DEBUG; redaction on every root handler. When the process has
    handlers already (a test runner), only the redaction and the library caps are added."""
    root = logging.getLogger()
    if not root.handlers:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stream)
        root.setLevel(logging.INFO if verbose else logging.WARNING)
        for name in OWN_LOGGERS:
            logging.getLogger(name).setLevel(logging.DEBUG if verbose else logging.NOTSET)
        logging.captureWarnings(True)  # warnings text goes through the redaction too
        sys.excepthook = _print_exception
        threading.excepthook = _print_thread_exception
    for handler in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    for name in ECHOING_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.getLogger(__name__).debug(
        "Debug log: secrets show as %s; other libraries log at INFO, these at WARNING: %s",
        REDACTED,
        ", ".join(ECHOING_LOGGERS),
    )


def _print_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: the usual traceback, with secrets hidden."""
    sys.stderr.write(redact("".join(traceback.format_exception(kind, value, tb))))


def _print_thread_exception(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: as Python prints it, with secrets hidden."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else threading.get_ident()
    text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    sys.stderr.write(redact(f"Exception in thread {name}:\n{text}"))
