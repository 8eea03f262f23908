"""The owner's PIN: a salted slow hash in the OS keyring, with the lock-out state and the
active profile kept beside it, in the same keyring item.

The item (service ``hearth``, key ``pin``, read and written through :mod:`app.config.secret_store`,
which refuses any keyring but the desktop's) holds JSON: ``{"hash": "scrypt$n$r$p$salt$hash",
"failures", "lockouts", "locked_until", "profile", "safety"}`` (never the PIN); ``safety`` is
the owner's approved ``[safety]`` section (:mod:`app.policy.safety`). After
:data:`MAX_FAILURES` wrong PINs no PIN is checked for 30 s, doubling with each lock-out up to
15 min.

Why the counter lives in the PIN's own item: nothing outside the keyring (the data folder,
``HEARTH_DATA_DIR``, a deleted file) can reset it, and the counter cannot be missing while the
PIN is set. Removing or rewriting the item needs keyring access, the same access that could
simply replace the hash with one of a PIN of one's own: it grants nothing more. That is the
limit of what Hearth can protect: someone who can run any program as the owner's user can
read and write the keyring.

Every check is serialised across processes by a lock file that no Hearth setting moves
(:func:`lock_path`), counted as a failure *before* the hash is compared (a check cut short
still counts), and takes at least :data:`MIN_CHECK_S` while holding the lock, right or wrong:
parallel guesses queue up, and timing tells nothing.

Before, the item held the bare hash and the failures were counted in ``pin-attempts.json`` in
the data folder. Such an item is read with that file's count (a damaged file is a lock-out, a
missing one leaves a single guess before the next lock-out: fail closed) and no profile (the
most restrictive one applies until the owner switches, see :mod:`app.policy.safety`); the first
check rewrites it in the new form and deletes the file.
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
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from pathlib import Path

from app.config import logsafety, secret_store
from app.config.settings import data_dir, load_settings
from app.core.errors import ConfigError
from app.policy.approved import approved_copy, in_force_copy

try:
    import fcntl
except ImportError:  # not POSIX: checks in one process are still serialised by the keyring
    fcntl = None  # type: ignore[assignment]

_LOGGER = logging.getLogger(__name__)

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
MAX_FAILURES = 5
"""Wrong PINs in a row before a lock-out."""
FIRST_LOCKOUT_S = 30.0
MAX_LOCKOUT_S = 15 * 60.0
MIN_CHECK_S = 0.25
"""The least time one PIN check takes (padded while holding the lock), right or wrong."""
LOCK_WAIT_S = 30.0
"""How long a check waits for the others before giving up with a message."""
_PIN_RULE = re.compile(r"[0-9]{4,12}")

EpochSeconds = Callable[[], float]
"""Reads the time in seconds since the epoch (``time.time``; tests pass their own)."""


class PinError(ConfigError):
    """The PIN is not acceptable (not 4 to 12 digits) or cannot be checked."""


class NoPinError(PinError):
    """No PIN has been set."""


class DamagedPinError(PinError):
    """The keyring item that holds the PIN cannot be read: no PIN matches it."""


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
    logsafety.remember(pin)
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


# -- the keyring item ------------------------------------------------------------------------


@dataclass(slots=True)
class _Record:
    """What the keyring item holds."""

    hash: str
    """``scrypt$n$r$p$salt_b64$hash_b64``."""
    failures: int = 0
    """Wrong PINs since the last success or lock-out."""
    lockouts: int = 0
    """Lock-outs since the last success: each one lasts twice as long."""
    locked_until: float = 0.0
    """Wall-clock time (epoch seconds) until which no PIN is checked."""
    profile: str | None = None
    """The active profile, switched with this PIN (None: none kept, e.g. a PIN set before
    Hearth kept the profile here)."""
    safety: object = None
    """The owner's approved ``[safety]`` settings but the profile, as the JSON object
    :func:`app.policy.approved.approved_copy` makes (None: none kept yet). Checked by
    :mod:`app.policy.approved`, not here: a damaged copy must not make the PIN unreadable."""
    legacy: bool = False
    """Read from a bare hash (and the old attempts file): rewritten at the next check."""


def _stored() -> str | None:
    return secret_store.get_secret(secret_store.PIN)


def _save(record: _Record) -> None:
    logsafety.remember(record.hash)
    data = asdict(record)
    del data["legacy"]
    secret_store.set_secret(secret_store.PIN, json.dumps(data))
    if record.legacy:
        record.legacy = False
        with suppress(OSError):
            legacy_state_path().unlink(missing_ok=True)


def _load(now: float) -> _Record | None:
    """The item (None: no PIN set). Raises :class:`DamagedPinError` when it is unreadable."""
    raw = _stored()
    if raw is None:
        return None
    if raw.startswith("scrypt$"):
        logsafety.remember(raw)
        return _from_legacy(raw, now)
    try:
        data = json.loads(raw)
        record = _Record(
            hash=data["hash"],
            failures=int(data["failures"]),
            lockouts=int(data["lockouts"]),
            locked_until=float(data["locked_until"]),
            profile=_profile_name(data.get("profile")),
            safety=data.get("safety"),
        )
        if not isinstance(record.hash, str):
            raise TypeError("hash")
        if min(record.failures, record.lockouts) < 0 or record.locked_until != record.locked_until:
            raise ValueError("counts")
        logsafety.remember(record.hash)
    except (ValueError, KeyError, TypeError, OverflowError) as err:
        _LOGGER.warning("The PIN's keyring item is damaged (%s)", type(err).__name__)
        raise DamagedPinError(
            "the PIN kept in the keyring is damaged, so no PIN can be checked: remove Hearth's "
            "“pin” item from the keyring (e.g. with Seahorse) and set a new PIN"
        ) from err
    return record


def _profile_name(value: object) -> str | None:
    """The kept profile's name; one that is not a text stays unknown (and so restricts,
    see :mod:`app.policy.safety`) without making the PIN unreadable."""
    return value if value is None or isinstance(value, str) else repr(value)


def legacy_state_path() -> Path:
    """Where Hearth counted failures before they moved into the keyring."""
    return data_dir() / "pin-attempts.json"


def _from_legacy(stored_hash: str, now: float) -> _Record:
    """A bare hash, with the failures of the old attempts file, failing closed."""
    record = _Record(hash=stored_hash, legacy=True)
    try:
        raw = json.loads(legacy_state_path().read_text(encoding="utf-8"))
        record.failures = int(raw["failures"])
        record.lockouts = int(raw["lockouts"])
        record.locked_until = float(raw["locked_until"])
    except FileNotFoundError:
        # The old code wrote the file whenever it set a PIN: missing, it may have been
        # deleted to reset the count. One guess is left before the next lock-out.
        record.failures = MAX_FAILURES - 1
    except (OSError, ValueError, KeyError, TypeError, OverflowError):
        _LOGGER.warning("The old PIN attempts file is damaged; treating it as a lock-out")
        record.lockouts = MAX_FAILURES
        record.locked_until = now + MAX_LOCKOUT_S
    return record


# -- the lock --------------------------------------------------------------------------------


def lock_path() -> Path:
    """The lock file that serialises PIN checks of this user, whatever Hearth's folders are:
    in the user's runtime folder ``/run/user/UID`` when there is one, else in
    ``/tmp/hearth-UID`` (made private to the user). Neither comes from an environment
    variable."""
    uid = os.getuid()
    runtime = Path(f"/run/user/{uid}")
    if _private_folder(runtime, uid):
        return runtime / "hearth-pin.lock"
    base = Path("/tmp") if Path("/tmp").is_dir() else Path(tempfile.gettempdir())
    folder = base / f"hearth-{uid}"
    with suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    if not _private_folder(folder, uid):
        raise PinError(
            f"cannot check the PIN safely: {folder} is not a folder private to this user "
            "(remove it and try again)"
        )
    return folder / "pin.lock"


def _private_folder(folder: Path, uid: int) -> bool:
    try:
        info = folder.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == uid
        and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


@contextmanager
def _serialised() -> Iterator[None]:
    """Hold the per-user PIN lock (an exclusive ``flock``) for the block."""
    if fcntl is None:
        yield
        return
    path = lock_path()
    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        try:
            _lock(fd, deadline)
            try:
                there = os.lstat(path)
            except FileNotFoundError:
                continue  # removed while this waited: lock the new one
            held = os.fstat(fd)
            if (held.st_dev, held.st_ino) == (there.st_dev, there.st_ino):
                yield  # the file was not replaced while this waited: the lock holds
                return
        finally:
            os.close(fd)


def _lock(fd: int, deadline: float) -> None:
    assert fcntl is not None
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise PinError(
                    "another PIN check is still running: try again in a moment"
                ) from None
            time.sleep(0.01)


@contextmanager
def _one_check() -> Iterator[None]:
    """One PIN check: under the lock, and at least :data:`MIN_CHECK_S` long."""
    with _serialised():
        started = time.monotonic()
        try:
            yield
        finally:
            left = MIN_CHECK_S - (time.monotonic() - started)
            if left > 0:
                time.sleep(left)


# -- the PIN ---------------------------------------------------------------------------------


def is_set() -> bool:
    return _stored() is not None


def set_pin(pin: str, *, profile: str | None = None, safety: object = None) -> None:
    """Store a new PIN's hash (replacing any old one) and forget past failures.

    The active profile and the approved safety settings stay the ones kept with the old
    PIN. With no PIN before, they are *profile* and *safety*, or the settings file's (which
    were in force, as no PIN protected them)."""
    value = encode(pin)
    with _serialised():
        try:
            old = _load(time.time())
        except DamagedPinError:
            old = None
        if old is not None:
            profile, safety = old.profile, old.safety
        elif profile is None or safety is None:
            in_force = _settings_safety()
            if profile is None:
                profile = in_force[0]
            if safety is None:
                safety = in_force[1]
        # Marked legacy so that saving it also deletes the old attempts file, if any.
        _save(_Record(hash=value, profile=profile, safety=safety, legacy=True))


def _settings_safety() -> tuple[str | None, object]:
    """The saved settings' profile and safety section (None, None: unreadable)."""
    try:
        saved = load_settings().safety
    except ConfigError:
        return None, None
    return saved.profile, approved_copy(saved)


def clear_pin() -> None:
    """Remove the PIN, its lock-out state and the profile kept with it."""
    with _serialised():
        secret_store.delete_secret(secret_store.PIN)
        with suppress(OSError):
            legacy_state_path().unlink(missing_ok=True)


def verify(pin: str, *, clock: EpochSeconds = time.time) -> bool:
    """Whether *pin* is the PIN. Raises :class:`NoPinError` when none is set and
    :class:`PinLockedError` (without checking) during a lock-out. Takes at least
    :data:`MIN_CHECK_S`, one check at a time across every process of this user."""
    logsafety.remember(pin)
    with _one_check():
        now = clock()
        record = _load(now)
        if record is None:
            raise NoPinError("no PIN is set: run `hearth pin set`")
        if record.legacy:
            _save(record)  # the count moves into the keyring before anything is checked
        if record.locked_until > now:
            raise PinLockedError(record.locked_until - now)
        # Counted as wrong before the hash is compared: a check cut short still counts.
        right = record.hash
        record.failures += 1
        locked_for = 0.0
        if record.failures >= MAX_FAILURES:
            record.lockouts += 1
            locked_for = min(FIRST_LOCKOUT_S * 2 ** (record.lockouts - 1), MAX_LOCKOUT_S)
            record.locked_until = now + locked_for
            record.failures = 0
        _save(record)
        if matches(pin, right):
            record.failures = record.lockouts = 0
            record.locked_until = 0.0
            if record.safety is None:
                # The owner typed the PIN: keep what is in force now as approved (a PIN
                # set before Hearth kept the safety settings: see app.policy.safety).
                record.safety = in_force_copy()
            _save(record)
            return True
        if locked_for:
            _LOGGER.warning("Too many wrong PINs: locked for %d s", locked_for)
        return False


def seconds_locked(*, clock: EpochSeconds = time.time) -> float:
    """How long the lock-out still lasts (0 when not locked or no PIN is set)."""
    now = clock()
    record = _load(now)
    return 0.0 if record is None else max(0.0, record.locked_until - now)


# -- the profile kept with the PIN -----------------------------------------------------------


def kept() -> tuple[str | None, object]:
    """The active profile and the approved safety settings kept with the PIN (None: none
    kept), in one read of the keyring. Raises :class:`NoPinError` when no PIN is set,
    :class:`DamagedPinError` when the item is unreadable."""
    record = _load(time.time())
    if record is None:
        raise NoPinError("no PIN is set: run `hearth pin set`")
    return record.profile, record.safety


_UNCHANGED = object()


def set_profile(name: str, *, safety: object = _UNCHANGED) -> None:
    """Keep *name* as the active profile with the PIN, and *safety* as the approved safety
    settings when given (the caller has checked the PIN)."""
    with _serialised():
        record = _load(time.time())
        if record is None:
            raise NoPinError("switching profiles needs the owner's PIN: set a PIN first")
        record.profile = name
        if safety is not _UNCHANGED:
            record.safety = safety
        _save(record)


def set_safety(safety: object) -> None:
    """Keep *safety* as the approved safety settings with the PIN (the caller has checked
    the PIN, or that *safety* only tightens the approved ones)."""
    with _serialised():
        record = _load(time.time())
        if record is None:
            raise NoPinError("no PIN is set: run `hearth pin set`")
        record.safety = safety
        _save(record)
