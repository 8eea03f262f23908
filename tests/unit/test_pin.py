"""The owner's PIN: a salted scrypt hash in a real Secret Service, and the lock-out."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import pin
from app.settings import KEYRING_SERVICE, data_dir
from tests.helpers.keyring_session import KeyringSession, files_containing

PIN = "482916"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_stored_as_a_salted_scrypt_hash_never_the_pin(secret_service: KeyringSession) -> None:
    pin.set_pin(PIN)
    ((attributes, stored),) = [
        item for item in secret_service.items() if item[0].get("service") == KEYRING_SERVICE
    ]
    assert attributes["username"] == "pin"
    assert PIN not in stored
    scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    salt = base64.b64decode(salt_b64)
    assert len(salt) == 16
    expected = hashlib.scrypt(PIN.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    assert base64.b64decode(hash_b64) == expected
    assert files_containing(PIN, data_dir(), secret_service.root) == []
    pin.set_pin(PIN)  # a new salt every time
    (second,) = [s for a, s in secret_service.items() if a.get("service") == KEYRING_SERVICE]
    assert second.split("$")[4] != salt_b64


def test_right_and_wrong_pin(secret_service: KeyringSession) -> None:
    with pytest.raises(pin.NoPinError):
        pin.verify(PIN)
    pin.set_pin(PIN)
    assert pin.verify(PIN)
    assert not pin.verify("000000")
    assert not pin.verify("")
    pin.clear_pin()
    assert not pin.is_set()


@pytest.mark.parametrize("bad", ["123", "1234567890123", "12a4", "", " 1234", "١٢٣٤"])
def test_pin_rules(bad: str, secret_service: KeyringSession) -> None:
    with pytest.raises(pin.PinError, match="4 to 12 digits"):
        pin.set_pin(bad)
    assert not pin.is_set()


def test_comparison_is_constant_time(
    secret_service: KeyringSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    pin.set_pin(PIN)
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert pin.verify(PIN) and not pin.verify("1111")
    assert len(calls) == 2


def test_lock_out_after_five_failures_doubling(secret_service: KeyringSession) -> None:
    clock = Clock()
    pin.set_pin(PIN)
    for _ in range(pin.MAX_FAILURES):
        assert not pin.verify("0000", clock=clock)
    with pytest.raises(pin.PinLockedError) as locked:
        pin.verify(PIN, clock=clock)  # not even the right PIN is checked
    assert locked.value.seconds_left == 30
    clock.now += 30
    for _ in range(pin.MAX_FAILURES):
        assert not pin.verify("0000", clock=clock)
    assert pin.seconds_locked(clock=clock) == 60
    for _ in range(10):  # doubling stops at 15 minutes
        clock.now += pin.seconds_locked(clock=clock)
        for _ in range(pin.MAX_FAILURES):
            pin.verify("0000", clock=clock)
    assert pin.seconds_locked(clock=clock) == 15 * 60
    clock.now += 15 * 60
    assert pin.verify(PIN, clock=clock)  # success forgets the failures
    assert not pin.verify("0000", clock=clock)
    assert pin.seconds_locked(clock=clock) == 0


def test_lock_out_survives_a_restart(secret_service: KeyringSession) -> None:
    pin.set_pin(PIN)
    for _ in range(pin.MAX_FAILURES):
        pin.verify("0000")
    code = (
        "from app import pin\n"
        "try:\n    pin.verify('482916')\n"
        "except pin.PinLockedError as e:\n    print(e.seconds_left)\n"
    )
    env = dict(os.environ, HEARTH_DATA_DIR=str(data_dir()))
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert 0 < int(result.stdout) <= 30


def test_a_damaged_attempts_file_locks(secret_service: KeyringSession) -> None:
    pin.set_pin(PIN)
    pin.state_path().write_text("{not json", encoding="utf-8")
    clock = Clock()
    with pytest.raises(pin.PinLockedError):
        pin.verify(PIN, clock=clock)
    clock.now += 15 * 60
    assert pin.verify(PIN, clock=clock)
