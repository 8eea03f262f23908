"""Bad input to the `hearth` command gets a message and a documented exit code, never a
traceback: text that is not UTF-8, lone surrogates in a batch, hostile snapshot and settings
files, a clock at the end of time, out-of-range numbers. Each runs the real command in a
subprocess (docs/cli.md lists the exit codes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.common import EXIT_FAILED, EXIT_NOT_UNDERSTOOD, EXIT_OK, EXIT_USAGE
from app.config.settings import set_caldav_password
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.processes import ROOT, assert_refused, run_hearth

# -- text that is not UTF-8 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "where"),
    [
        (["plan", b"turn on the \xff\xfe lamp"], "the command"),
        (["plan", "--json", b"\xc3\x28"], "the command"),
        (["history", "--search", b"lamp \xff"], "--search"),
        (["do", "--demo", "--yes", b"turn on the sofa \xe9 lamp"], "the command"),
        (["plan", "--area", b"kitch\xffen", "turn off the lights"], "--area"),
    ],
)
def test_text_that_is_not_utf8_is_refused(args: list[str | bytes], where: str) -> None:
    done = run_hearth(*args)
    assert_refused(done, EXIT_USAGE, f"hearth: {where} is not valid UTF-8 text")


def test_standard_input_that_is_not_utf8_is_refused(demo_path: Path) -> None:
    done = run_hearth_bytes(["plan", "--json"], b"turn on the \xff lamp")
    assert_refused(done, EXIT_USAGE, "the command on standard input is not valid UTF-8 text")
    lines = b'{"text": "turn on the \xff lamp"}\n{"text": "turn on the sofa lamp"}\n'
    done = run_hearth_bytes(["plan", "--json", "--home", str(demo_path), "--batch", "-"], lines)
    assert done.returncode == EXIT_OK and "Traceback" not in done.stderr, done.stderr
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert "'text' is not valid UTF-8 text: it holds U+DCFF" in first["error"]["message"]
    assert second["error"] is None and second["steps"][0]["targets"] == ["light.sofa_lamp"]
    caldav = ["calendar", "connect", "--url", "http://127.0.0.1:9/", "--username", "sam"]
    done = run_hearth_bytes([*caldav, "--password-stdin"], b"pass\xffword\n")
    assert_refused(done, EXIT_USAGE, "the password is not valid UTF-8 text")
    done = run_hearth_bytes(["connect", "--url", "http://127.0.0.1:9", "--token-stdin"], b"t\xff\n")
    assert_refused(done, EXIT_USAGE, "the token is not valid UTF-8 text")


def run_hearth_bytes(args: list[str], stdin: bytes) -> subprocess.CompletedProcess[str]:
    """`hearth ARGS` with *stdin* as raw bytes, in a strict UTF-8 environment (as a UTF-8
    locale other than C.UTF-8 gives Python)."""
    done = subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def test_a_lone_surrogate_line_gets_an_error_and_the_next_lines_are_planned(
    tmp_path: Path, demo_path: Path
) -> None:
    batch = tmp_path / "requests.jsonl"
    batch.write_text(
        '{"text": "turn on the \\ud800 lamp"}\n'
        '{"text": "turn on the sofa lamp", "area": "\\udcff"}\n'
        '{"text": "turn on the sofa lamp"}\n'
        + "[" * 100_000
        + "\n"
        + '{"text": "turn off the sofa lamp"}\n',
        encoding="utf-8",
    )
    done = run_hearth("plan", "--json", "--home", str(demo_path), "--batch", str(batch))
    assert done.returncode == EXIT_OK and "Traceback" not in done.stderr, done.stderr
    plans = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(plans) == 5
    assert plans[0]["error"]["code"] == "bad_request"
    assert "'text' is not valid UTF-8 text: it holds U+D800" in plans[0]["error"]["message"]
    assert plans[0]["text"] == "turn on the \ufffd lamp"
    assert "'area' is not valid UTF-8 text" in plans[1]["error"]["message"]
    assert plans[2]["error"] is None and plans[2]["steps"][0]["targets"] == ["light.sofa_lamp"]
    assert plans[3]["error"]["code"] == "bad_request"
    assert plans[4]["error"] is None and plans[4]["steps"][0]["action"] == "light.turn_off"


def test_a_batch_from_a_device_is_refused() -> None:
    done = run_hearth("plan", "--json", "--batch", "/dev/zero", timeout=30)
    assert_refused(done, EXIT_USAGE, "hearth: --batch /dev/zero is not a file or a pipe")


def test_an_overlong_batch_line_is_an_error_and_the_next_one_is_planned(demo_path: Path) -> None:
    piped = "x" * 5_000_000 + '\n{"text": "turn off the sofa lamp"}\n'
    done = run_hearth("plan", "--json", "--home", str(demo_path), "--batch", "-", stdin=piped)
    assert done.returncode == EXIT_OK and "Traceback" not in done.stderr, done.stderr
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first["error"]["message"] == "line 1: longer than 1,048,576 characters"
    assert second["error"] is None and second["steps"][0]["action"] == "light.turn_off"


# -- hostile home snapshots ------------------------------------------------------------------

BILLION_LAUGHS = "\n".join(
    [
        'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
        *(
            f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]"
            for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
        ),
        "entities: [{entity_id: light.x, attributes: {party: *i}}]",
    ]
)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("deep.json", "[" * 100_000 + "]" * 100_000, "nested deeper than 64 levels"),
        ("deep.yaml", "a: " + "[" * 100_000 + "]" * 100_000, "nested deeper than 64 levels"),
        ("laughs.yaml", BILLION_LAUGHS, "aliases expand to more than 4,000,000 values"),
        ("self.yaml", "a: &a [*a]\nentities: []\n", "an alias refers to itself"),
    ],
)
def test_hostile_snapshots_are_refused(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    home = tmp_path / name
    home.write_text(content, encoding="utf-8")
    done = run_hearth("plan", "--home", str(home), "turn on the lamp")
    assert_refused(done, EXIT_USAGE, message)
    assert f"home snapshot {home} is not valid YAML or JSON" in done.stderr


def test_a_snapshot_with_a_few_aliases_still_loads(tmp_path: Path) -> None:
    home = tmp_path / "home.yaml"
    home.write_text(
        "areas: [{id: den, name: Den}]\n"
        "entities:\n"
        "  - {entity_id: light.a, name: Lamp A, area: den, attributes: &modes {modes: [hs]}}\n"
        "  - {entity_id: light.b, name: Lamp B, area: den, attributes: *modes}\n",
        encoding="utf-8",
    )
    done = run_hearth("plan", "--json", "--home", str(home), "turn on lamp b")
    assert done.returncode == EXIT_OK, done.stderr
    assert json.loads(done.stdout)["steps"][0]["targets"] == ["light.b"]


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "folder"])
def test_a_snapshot_that_is_not_a_regular_file_is_refused(tmp_path: Path, kind: str) -> None:
    home = tmp_path / "home.yaml"
    if kind == "dev-zero":
        home.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(home)  # no writer: opening it to read would wait for ever
    else:
        home.mkdir()
    done = run_hearth("plan", "--home", str(home), "turn on the lamp", timeout=30)
    expected = "is a folder, not a file" if kind == "folder" else "is not a regular file"
    assert_refused(done, EXIT_USAGE, f"home snapshot {home} {expected}")


# -- hostile settings files ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("dev-zero", "it is not a regular file"),
        ("fifo", "it is not a regular file"),
        ("deep", "it is nested too deeply"),
        ("huge", "it is too large (2,000,000 bytes; at most 1,048,576)"),
    ],
)
def test_hostile_settings_files_are_refused(kind: str, message: str) -> None:
    settings = Path(os.environ["HEARTH_CONFIG_DIR"]) / "settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    if kind == "dev-zero":
        settings.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(settings)
    elif kind == "deep":
        settings.write_text("a = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    else:
        settings.write_text("#" * 2_000_000, encoding="utf-8")
    done = run_hearth("plan", "turn on the sofa lamp", timeout=30)
    assert_refused(done, EXIT_USAGE, f"hearth: cannot read settings {settings}: {message}")


# -- a clock at the end of time --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("remind me tomorrow at 8 to take out the trash", "That is beyond the dates I can"),
        ("remind me in 3 days to call mum", "That is beyond the dates I can"),
        ("what's on my calendar next week", "That is beyond the dates I can"),
        ("remind me every day at 6 to stretch", "That has no occurrence left"),
    ],
)
def test_a_clock_in_the_year_9999_gets_a_question_not_a_crash(text: str, reply: str) -> None:
    done = run_hearth("plan", "--json", "--now", "9999-12-31T23:59:59+00:00", text)
    assert "Traceback" not in done.stderr, done.stderr
    plan = json.loads(done.stdout)
    assert done.returncode == EXIT_NOT_UNDERSTOOD, plan
    assert plan["steps"] == [] and plan["error"]["code"] == "unclear"
    assert plan["reply"].startswith(reply), plan["reply"]


@pytest.mark.parametrize(
    "now", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00"]
)
def test_a_clock_outside_the_calendar_in_utc_is_refused(now: str) -> None:
    done = run_hearth("plan", "--now", now, "remind me tomorrow at 8 to take out the trash")
    assert_refused(done, EXIT_USAGE, "'now' is outside the dates Hearth can work with")


# -- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", ["99999999999999999999", "100001", "-5", "0", "ten", "1e3"])
def test_history_limit_out_of_range_is_refused(limit: str) -> None:
    done = run_hearth("history", "--limit", limit)
    assert_refused(done, EXIT_USAGE, "--limit: must be a whole number from 1 to 100,000")


def test_history_limit_at_the_maximum_lists(tmp_path: Path) -> None:
    done = run_hearth("history", "--limit", "100000")
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stdout.strip() == "No requests yet."


# -- CalDAV URLs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("", "it is empty"),
        ("   ", "it is empty"),
        ("cloud.example.org/dav", "it does not start with http:// or https://"),
        ("ftp://cloud.example.org/", "it does not start with http:// or https://"),
        ("https://", "it names no host"),
        ("http://[::1", "it cannot be read (Invalid IPv6 URL)"),
        ("http://cloud.example.org:99999/dav", "it cannot be read (Port out of range"),
        ("https://cloud example.org/dav", "it names no host, or has spaces in it"),
    ],
)
def test_a_malformed_caldav_url_is_refused_before_the_password(url: str, why: str) -> None:
    done = run_hearth(
        "calendar", "connect", "--url", url, "--username", "sam", "--password-stdin", stdin="pw\n"
    )
    assert_refused(done, EXIT_USAGE, f"hearth: not a CalDAV URL: {url.strip()!r}: {why}")
    assert not (Path(os.environ["HEARTH_CONFIG_DIR"]) / "settings.toml").exists()


def test_a_caldav_url_with_a_password_in_it_is_not_shown() -> None:
    done = run_hearth(
        "calendar",
        "connect",
        "--url",
        "https://sam:hunter2@cloud example.org/dav",
        "--username",
        "sam",
        "--password-stdin",
        stdin="pw\n",
    )
    assert_refused(done, EXIT_USAGE, "not a CalDAV URL: 'https://cloud example.org/dav'")
    assert "hunter2" not in done.stderr + done.stdout


def test_a_malformed_caldav_url_in_the_settings_leaves_that_calendar_out(
    secret_service: KeyringSession,
) -> None:
    settings = Path(os.environ["HEARTH_CONFIG_DIR"]) / "settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(
        '[calendar]\ncaldav_url = "http://[::1"\ncaldav_username = "sam"\n', encoding="utf-8"
    )
    set_caldav_password("http://[::1", "sam", "pw")
    done = run_hearth("agenda", "--json")
    assert done.returncode == EXIT_OK and "Traceback" not in done.stderr, done.stderr
    assert "CalDAV calendar left out: not a CalDAV URL" in done.stderr


# -- a reader that goes away -----------------------------------------------------------------


@pytest.mark.parametrize("args", [["plan", "--demo", "turn on the sofa lamp"], ["demo"]])
def test_output_closed_by_its_reader_ends_quietly(args: list[str]) -> None:
    """``hearth … | head`` that stops reading: no traceback, exit 1 (docs/cli.md)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", *args],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # no reader left: the first write fails with a broken pipe
    stderr = process.stderr.read().decode("utf-8", "replace")
    assert process.wait(timeout=120) == EXIT_FAILED, stderr
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
