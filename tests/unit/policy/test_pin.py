"""The owner's PIN: a salted scrypt hash in a real Secret Service, and the lock-out kept with
it there: no data folder resets it, parallel guesses from separate processes queue up, and
every check takes at least a quarter of a second."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest

from app.config.secret_store import SERVICE
from app.config.settings import data_dir
from app.policy import pin
from tests.helpers.keyring_session import KeyringSession, files_containing

PIN = "482916"
ROOT = Path(__file__).resolve().parents[3]


class FakeSeconds:
    """An EpochSeconds the test moves by setting :attr:`now`."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _item(session: KeyringSession) -> dict[str, object]:
    ((attributes, stored),) = [
        item for item in session.items() if item[0].get("service") == SERVICE
    ]
    assert attributes["username"] == "pin"
    data: dict[str, object] = json.loads(stored)
    return data


def test_stored_as_a_salted_scrypt_hash_never_the_pin(secret_service: KeyringSession) -> None:
    pin.set_pin(PIN)
    item = _item(secret_service)
    assert set(item) == {"hash", "failures", "lockouts", "locked_until", "profile", "safety"}
    stored = str(item["hash"])
    assert PIN not in json.dumps(item)
    scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    salt = base64.b64decode(salt_b64)
    assert len(salt) == 16
    expected = hashlib.scrypt(PIN.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    assert base64.b64decode(hash_b64) == expected
    assert files_containing(PIN, data_dir(), secret_service.root) == []
    pin.set_pin(PIN)  # a new salt every time
    assert str(_item(secret_service)["hash"]).split("$")[4] != salt_b64


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
    clock = FakeSeconds()
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
    for _ in range(4):  # 120, 240, 480, then doubling stops at 15 minutes
        clock.now += pin.seconds_locked(clock=clock)
        for _ in range(pin.MAX_FAILURES):
            pin.verify("0000", clock=clock)
    assert pin.seconds_locked(clock=clock) == 15 * 60
    clock.now += 15 * 60
    assert pin.verify(PIN, clock=clock)  # success forgets the failures
    assert not pin.verify("0000", clock=clock)
    assert pin.seconds_locked(clock=clock) == 0


_GUESS = (
    "import sys, time\n"
    "from app.policy import pin\n"
    "start_at = float(sys.argv[1]) if len(sys.argv) > 1 else 0.0\n"
    "time.sleep(max(0.0, start_at - time.time()))\n"
    "try:\n"
    "    print('right' if pin.verify(sys.argv[2] if len(sys.argv) > 2 else '0000') else 'wrong',"
    " time.time())\n"
    "except pin.PinLockedError as e:\n"
    "    print('locked', time.time(), e.seconds_left)\n"
)


def _start_guess(guess: str, env: dict[str, str], start_at: float = 0.0) -> subprocess.Popen[str]:
    """A separate Python process that checks *guess* at *start_at* (epoch seconds) on the
    test's keyring, with *env* on top of this one's."""
    return subprocess.Popen(
        [sys.executable, "-c", _GUESS, str(start_at), guess],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={
            **os.environ,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
            **env,
        },
        cwd=ROOT,
    )


def _result(process: subprocess.Popen[str]) -> list[str]:
    """What the process printed: right/wrong and when, or locked, when and for how long."""
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out.split()


def _guess_in_a_process(guess: str, env: dict[str, str]) -> list[str]:
    return _result(_start_guess(guess, env))


def test_lock_out_survives_a_restart(secret_service: KeyringSession) -> None:
    pin.set_pin(PIN)
    for _ in range(pin.MAX_FAILURES):
        pin.verify("0000")
    result = _guess_in_a_process(PIN, {"HEARTH_DATA_DIR": str(data_dir())})
    assert result[0] == "locked"
    assert 0 < int(result[2]) <= 30


def test_no_data_folder_resets_the_count(secret_service: KeyringSession, tmp_path: Path) -> None:
    """The count is in the keyring: deleting the data folder (and the old attempts file) or
    pointing HEARTH_DATA_DIR and HEARTH_CONFIG_DIR elsewhere gives no guess back."""
    pin.set_pin(PIN)
    for _ in range(pin.MAX_FAILURES - 2):
        assert not pin.verify("0000")
    shutil.rmtree(data_dir(), ignore_errors=True)
    elsewhere = {
        "HEARTH_DATA_DIR": str(tmp_path / "elsewhere" / "data"),
        "HEARTH_CONFIG_DIR": str(tmp_path / "elsewhere" / "config"),
    }
    assert _guess_in_a_process("1111", elsewhere)[0] == "wrong"
    assert _guess_in_a_process("2222", elsewhere)[0] == "wrong"  # the fifth
    assert _guess_in_a_process(PIN, elsewhere)[0] == "locked"
    assert not pin.legacy_state_path().exists()
    with pytest.raises(pin.PinLockedError):
        pin.verify(PIN)
    assert 0 < pin.seconds_locked() <= 30


def test_parallel_guesses_from_separate_processes_queue_up(
    secret_service: KeyringSession, tmp_path: Path
) -> None:
    """Twelve processes (each with its own data folder) guess at the same instant: exactly
    MAX_FAILURES wrong PINs are checked, the others find the lock-out, and the checks take
    their quarter second one after the other."""
    pin.set_pin(PIN)
    start_at = time.time() + 4.0  # every process has started and imported by then
    processes = [
        _start_guess(f"{1000 + n}", {"HEARTH_DATA_DIR": str(tmp_path / f"data-{n}")}, start_at)
        for n in range(12)
    ]
    results = [_result(process) for process in processes]
    outcomes = sorted(r[0] for r in results)
    assert outcomes.count("wrong") == pin.MAX_FAILURES, outcomes
    assert outcomes.count("locked") == 12 - pin.MAX_FAILURES, outcomes
    # One check at a time, each at least 250 ms: the last one cannot end sooner than this.
    ends = sorted(float(r[1]) for r in results)
    assert ends[-1] >= start_at + 12 * 0.25, [end - start_at for end in ends]
    with pytest.raises(pin.PinLockedError):
        pin.verify(PIN)


@pytest.mark.parametrize("guess", [PIN, "0000"])
def test_every_check_takes_a_quarter_second(secret_service: KeyringSession, guess: str) -> None:
    pin.set_pin(PIN)
    start = time.monotonic()
    assert pin.verify(guess) is (guess == PIN)
    assert time.monotonic() - start >= 0.25


def test_the_lock_file_depends_on_no_setting(
    secret_service: KeyringSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = pin.lock_path()
    for name in ("HEARTH_DATA_DIR", "HEARTH_CONFIG_DIR", "XDG_RUNTIME_DIR", "TMPDIR", "HOME"):
        monkeypatch.setenv(name, str(tmp_path / name))
    assert pin.lock_path() == path
    pin.set_pin(PIN)
    pin.verify("0000")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    folder = path.parent.stat()
    assert folder.st_uid == os.getuid()
    assert not folder.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _legacy(attempts: str | None) -> None:
    """What Hearth kept before: the bare hash in the keyring, the count in the data folder."""
    keyring.set_password(SERVICE, "pin", pin.encode(PIN))
    path = pin.legacy_state_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if attempts is not None:
        path.write_text(attempts, encoding="utf-8")


def test_an_old_pin_keeps_its_count_and_moves_it_to_the_keyring(
    secret_service: KeyringSession,
) -> None:
    _legacy(json.dumps({"failures": 4, "lockouts": 0, "locked_until": 0.0}))
    assert pin.is_set()
    assert not pin.verify("0000")  # the fifth: locked
    assert not pin.legacy_state_path().exists()
    item = _item(secret_service)
    assert (item["failures"], item["lockouts"], item["profile"]) == (0, 1, None)
    with pytest.raises(pin.PinLockedError):
        pin.verify(PIN)


def test_an_old_pin_with_its_count_deleted_leaves_one_guess(
    secret_service: KeyringSession,
) -> None:
    _legacy(None)
    assert not pin.verify("0000")
    with pytest.raises(pin.PinLockedError):
        pin.verify(PIN)


def test_an_old_pin_with_a_damaged_count_locks(secret_service: KeyringSession) -> None:
    _legacy("{not json")
    clock = FakeSeconds()
    with pytest.raises(pin.PinLockedError):
        pin.verify(PIN, clock=clock)
    clock.now += 15 * 60
    assert pin.verify(PIN, clock=clock)


def test_an_old_pin_with_the_count_reset_is_still_verified(
    secret_service: KeyringSession,
) -> None:
    _legacy(json.dumps({"failures": 0, "lockouts": 0, "locked_until": 0.0}))
    assert pin.verify(PIN)
    assert _item(secret_service)["failures"] == 0


@pytest.mark.parametrize(
    "stored",
    ["{not json", json.dumps({"hash": 1}), json.dumps({"failures": -1, "hash": "scrypt$"})],
)
def test_a_damaged_item_matches_nothing(secret_service: KeyringSession, stored: str) -> None:
    keyring.set_password(SERVICE, "pin", stored)
    assert pin.is_set()  # fail closed: a PIN is needed, and none can be checked
    with pytest.raises(pin.DamagedPinError, match="damaged"):
        pin.verify(PIN)


def _hearth_on_a_terminal(args: list[str], typed: str, env: dict[str, str]) -> tuple[int, str]:
    """`hearth ARGS` in a separate process whose stdin and stdout are a terminal (a pty), with
    *typed* already typed."""
    import pty

    main_fd, child_fd = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        stdin=child_fd,
        stdout=child_fd,
        stderr=child_fd,
        env={**os.environ, "HEARTH_NO_LLM": "1", **env},
        cwd=ROOT,
    )
    os.close(child_fd)
    os.write(main_fd, typed.encode())
    output = b""
    while True:
        try:
            chunk = os.read(main_fd, 4096)
        except OSError:  # the process is gone and the terminal closed
            break
        if not chunk:
            break
        output += chunk
    os.close(main_fd)
    return process.wait(timeout=120), output.decode(errors="replace")


@pytest.mark.parametrize(
    "backend", ["keyring.backends.null.Keyring", "keyring.backends.fail.Keyring"]
)
def test_a_keyring_that_keeps_nothing_is_no_keyring(
    secret_service: KeyringSession, tmp_path: Path, backend: str
) -> None:
    """A backend chosen by the environment that answers "no PIN" does not turn the PIN into a
    typed "yes": security-sensitive steps are not run at all."""
    from app.core.home import Home

    pin.set_pin(PIN)
    code, output = _hearth_on_a_terminal(
        ["do", "--demo", "unlock the front door"],
        "y\nyes\nyes\n",
        {"PYTHON_KEYRING_BACKEND": backend},
    )
    state = tmp_path / "data" / "demo-home.yaml"
    assert Home.load(state).entities["lock.front_door"].state == "locked", output
    assert code == 4, output
    assert "no usable system keyring" in output
    assert pin.verify(PIN)  # the real keyring still keeps it
