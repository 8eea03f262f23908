"""The owner's PIN: a salted slow hash in the OS keyring, with a lock-out after failures.

Only ``scrypt$n$r$p$salt$hash`` is stored (never the PIN). Failed attempts are counted in a
small JSON file in the data dir, so restarting Hearth does not reset a lock-out: after
:data:`MAX_FAILURES` wrong PINs it locks for 30 s, doubling with each lock-out up to 15 min.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import ConfigError, SecretStoreError
from app.settings import KEYRING_SERVICE, data_dir

_LOGGER = logging.getLogger(__name__)

KEYRING_KEY = "pin"
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
MAX_FAILURES = 5
"""Wrong PINs in a row before a lock-out."""
FIRST_LOCKOUT_S = 30.0
MAX_LOCKOUT_S = 15 * 60.0
_PIN_RULE = re.compile(r"[0-9]{4,12}")

Clock = Callable[[], float]


class PinError(ConfigError):
    """The PIN is not acceptable (not 4 to 12 digits) or cannot be checked."""


class NoPinError(PinError):
    """No PIN has been set."""


class PinLockedError(PinError):
    """Too many wrong PINs: no PIN is checked until the lock-out ends."""

    def __init__(self, seconds_left: float) -> None:
        self.seconds_left = max(1, round(seconds_left))
        super().__init__(f"too many wrong PINs: try again in {self.seconds_left} seconds")


def check_rules(pin: str) -> None:
    if not _PIN_RULE.fullmatch(pin):
        raise PinError("a PIN is 4 to 12 digits")


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, dklen=HASH_BYTES, maxmem=256 * 1024 * 1024
    )


def encode(pin: str) -> str:
    """The stored form of *pin*: ``scrypt$n$r$p$salt_b64$hash_b64``."""
    check_rules(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _hash(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def matches(pin: str, stored: str) -> bool:
    """Whether *pin* hashes to *stored*; a malformed stored value matches nothing."""
    try:
        scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(hash_b64, validate=True)
        actual = _hash(pin, salt, int(n), int(r), int(p))
    except (ValueError, MemoryError):
        _LOGGER.warning("The stored PIN hash is malformed; no PIN matches it")
        return False
    return hmac.compare_digest(actual, expected)


# -- keyring ---------------------------------------------------------------------------------


def _stored() -> str | None:
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, KEYRING_KEY)
    except Exception as err:  # any backend failure, as in app.settings
        raise SecretStoreError(_keyring_message(err)) from err


def _keyring_message(err: Exception) -> str:
    return (
        "no usable system keyring: Hearth keeps the PIN's hash only in the OS keyring "
        f"({type(err).__name__})"
    )


def is_set() -> bool:
    return _stored() is not None


def set_pin(pin: str) -> None:
    """Store a new PIN's hash (replacing any old one) and forget past failures."""
    import keyring

    value = encode(pin)
    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_KEY, value)
    except Exception as err:  # any backend failure, as in app.settings
        raise SecretStoreError(_keyring_message(err)) from err
    _write_state(_Attempts())


def clear_pin() -> None:
    import keyring
    import keyring.errors

    try:
        keyring.delete_password(KEYRING_SERVICE, KEYRING_KEY)
    except keyring.errors.PasswordDeleteError:
        pass
    except Exception as err:  # any backend failure, as in app.settings
        raise SecretStoreError(_keyring_message(err)) from err
    _write_state(_Attempts())


def verify(pin: str, *, clock: Clock = time.time) -> bool:
    """Whether *pin* is the PIN. Raises :class:`NoPinError` when none is set and
    :class:`PinLockedError` (without checking) during a lock-out."""
    now = clock()
    state = _read_state(now)
    if state.locked_until > now:
        raise PinLockedError(state.locked_until - now)
    stored = _stored()
    if stored is None:
        raise NoPinError("no PIN is set: run `hearth pin set`")
    if matches(pin, stored):
        _write_state(_Attempts())
        return True
    state.failures += 1
    if state.failures >= MAX_FAILURES:
        state.lockouts += 1
        length = min(FIRST_LOCKOUT_S * 2 ** (state.lockouts - 1), MAX_LOCKOUT_S)
        state.locked_until = now + length
        state.failures = 0
        _LOGGER.warning("Too many wrong PINs: locked for %d s", length)
    _write_state(state)
    return False


def seconds_locked(*, clock: Clock = time.time) -> float:
    """How long the lock-out still lasts (0 when not locked)."""
    now = clock()
    return max(0.0, _read_state(now).locked_until - now)


# -- attempts file ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Attempts:
    failures: int = 0
    """Wrong PINs since the last success or lock-out."""
    lockouts: int = 0
    """Lock-outs since the last success: each one lasts twice as long."""
    locked_until: float = 0.0
    """Wall-clock time (epoch seconds) until which no PIN is checked."""


def state_path() -> Path:
    return data_dir() / "pin-attempts.json"


def _read_state(now: float) -> _Attempts:
    path = state_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return _Attempts(
            failures=int(raw["failures"]),
            lockouts=int(raw["lockouts"]),
            locked_until=float(raw["locked_until"]),
        )
    except FileNotFoundError:
        return _Attempts()
    except (OSError, ValueError, KeyError, TypeError):
        # Fail closed: a damaged record of failures is a lock-out, not a fresh start.
        _LOGGER.warning("The PIN attempts file is damaged; treating it as a lock-out")
        state = _Attempts(lockouts=MAX_FAILURES, locked_until=now + MAX_LOCKOUT_S)
        _write_state(state)  # the lock-out starts now and ends, rather than forever
        return state


def _write_state(state: _Attempts) -> None:
    path = state_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    data = {
        "failures": state.failures,
        "lockouts": state.lockouts,
        "locked_until": state.locked_until,
    }
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, path)
