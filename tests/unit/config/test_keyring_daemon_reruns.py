"""The ``secret_service`` fixture's one rerun: only when the real keyring daemon exited by itself.

Each case runs a small test file in a pytest of its own (pytester, in a subprocess) with the
real fixture and real daemons; "exits by itself" is made real by sending the daemon SIGABRT,
what its own GLib assertion does.
"""

from __future__ import annotations

import pytest

from tests.helpers.processes import ROOT

pytest_plugins = ["pytester"]

CASES = """
import os
import signal
from pathlib import Path

ATTEMPTS = Path(os.environ["ATTEMPTS_DIR"])


def attempt(name):
    done = ATTEMPTS / name
    count = int(done.read_text()) + 1 if done.exists() else 1
    done.write_text(str(count))
    return count


def abort_the_daemon(session):
    session._keyring.send_signal(signal.SIGABRT)
    session._keyring.wait(timeout=10)


def test_the_daemon_dies_once(secret_service):
    if attempt("once") == 1:
        abort_the_daemon(secret_service)
        raise AssertionError("the keyring call failed")


def test_the_daemon_dies_every_time(secret_service):
    attempt("always")
    abort_the_daemon(secret_service)
    raise AssertionError("the keyring call failed")


def test_hearth_fails_with_a_keyring(secret_service):
    attempt("hearth")
    raise AssertionError("a real failure")


def test_hearth_fails_without_a_keyring():
    attempt("plain")
    raise AssertionError("a real failure")
"""


@pytest.fixture
def outcome(
    pytester: pytest.Pytester,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> pytest.RunResult:
    attempts = tmp_path_factory.mktemp("attempts")
    pytester.makepyfile(test_cases=CASES)
    pytester.makeini("[pytest]\naddopts = --strict-markers\n")
    monkeypatch.setenv("ATTEMPTS_DIR", str(attempts))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    result = pytester.runpytest_subprocess(
        "-p", "tests.helpers.keyring_session", "-rA", "-p", "no:cacheprovider"
    )
    result.attempts = {path.name: int(path.read_text()) for path in attempts.iterdir()}  # type: ignore[attr-defined]
    return result


def test_only_a_daemon_that_exited_by_itself_earns_a_rerun(outcome: pytest.RunResult) -> None:
    counts = outcome.parseoutcomes()
    assert (
        counts.get("passed"),
        counts.get("failed"),
        counts.get("errors"),
        counts.get("rerun"),
    ) == (
        1,
        2,
        1,
        2,
    ), counts
    attempts = outcome.attempts  # type: ignore[attr-defined]
    # The daemon's death: one more run, fresh daemons (the second passes) or the same death.
    assert attempts["once"] == 2 and attempts["always"] == 2
    # Hearth's own failures count at once, with a keyring or without.
    assert attempts["hearth"] == 1 and attempts["plain"] == 1
    text = outcome.stdout.str()
    assert "PASSED test_cases.py::test_the_daemon_dies_once" in text
    # A daemon that dies again still fails the test, naming the daemon as the cause.
    assert "ERROR test_cases.py::test_the_daemon_dies_every_time - Failed: gnome-keyring" in text
    assert "gnome-keyring-daemon exited by itself during the test (exit status -6)" in text
