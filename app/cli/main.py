"""The `hearth` command line.

Exit codes (also in docs/cli.md):
  0  success
  1  execution failed: a step failed or its effect could not be confirmed
  2  usage or configuration error (bad option, unreadable home file, no keyring, bad token)
  3  nothing understood: no plan could be made (the reply says why)
  4  not approved: the plan (or a security-sensitive step of it) was not confirmed
  5  Home Assistant unreachable
  6  Hearth's data cannot be read or written (the data folder is a file or read-only, a
     database is locked, read-only, damaged or another program's, the disk is full)
  7  the model file Hearth runs itself did not load within its allowance, or its worker
     stopped while loading it (one it cannot run at all is a configuration error, 2)
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import getpass
import io
import json
import logging
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from app import __version__, instance
from app.assistant import Assistant, Outcome
from app.bootstrap import (
    demo_home_source,
    demo_state_path,
    home_assistant_adapter,
    load_snapshot,
    open_history,
)
from app.cli import agenda as cli_agenda
from app.cli import audit as cli_audit
from app.cli import desktop as cli_desktop
from app.cli import llm as cli_llm
from app.cli import voice as cli_voice
from app.cli.batch import (
    BatchPlanner,
    BatchRequestError,
    bounded_lines,
    first_surrogate,
    parse_now,
    plan_line,
    read_jsonl,
)
from app.cli.common import (
    EXIT_FAILED,
    EXIT_MODEL_NOT_LOADED,
    EXIT_NOT_APPROVED,
    EXIT_NOT_UNDERSTOOD,
    EXIT_OK,
    EXIT_STORAGE,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    Parser,
    Unreachable,
    UsageError,
    add_mode_option,
    approver,
    ask,
    exit_code,
    home_path,
    interactive,
    load_home,
    open_assistant,
    print_plan,
    print_result,
    read_pin,
    route_plan,
)
from app.cli.model_load import ModelLoad, ModelNotLoadedError, model_load, progress_stream
from app.config import logsafety
from app.config.settings import ROLE_NAMES, get_token, load_settings, set_token
from app.core import clock
from app.core.errors import ConfigError, HearthError, StorageError
from app.core.plan import Plan
from app.core.results import Approval
from app.execution.preview import preview
from app.policy import exposure, pin, safety
from app.policy import risk as policy
from app.records import data_folder
from app.records.storage import disk_full
from app.understanding import Planner

_LOGGER = logging.getLogger(__name__)

_DEMO_COMMANDS = [
    "turn on the sofa lamp and dim it to 30 percent",
    "is the garage door open?",
    "what's the temperature outside?",
    "make it two degrees warmer",
    "turn off the downstairs lights",
]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="hearth", description="Hearth: a desktop assistant for the home.")
    parser.add_argument("--version", action="version", version=f"hearth {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    plan = sub.add_parser(
        "plan", help="show the plan for a command (nothing runs; --batch: no network either)"
    )
    plan.add_argument("text", nargs="*", help="the command")
    plan_where = plan.add_mutually_exclusive_group()
    plan_where.add_argument("--home", help="home snapshot file (default: the demo home)")
    plan_where.add_argument("--demo", action="store_true", help="plan on the demo home")
    plan.add_argument("--area", help="this computer's area id")
    plan.add_argument("--now", help="the current time, ISO 8601")
    plan.add_argument("--lang", help="language code (en, de, pt-BR, ...)")
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    plan.add_argument("--batch", help="JSON lines file of requests ('-' for stdin)")

    add_mode_option(plan)

    do = sub.add_parser("do", help="plan a command, ask, run it and verify each step")
    do.add_argument("text", nargs="+", help="the command")
    where = do.add_mutually_exclusive_group()
    where.add_argument("--home", help="run against a home snapshot file (virtual home)")
    where.add_argument("--demo", action="store_true", help="run against the demo home")
    do.add_argument("--area", help="this computer's area id")
    do.add_argument("--lang", help="language code")
    do.add_argument(
        "--yes", "-y", action="store_true", help="approve without asking (never high-risk steps)"
    )
    do.add_argument("--json", action="store_true", help="print the outcome as JSON")
    do.add_argument(
        "--dry-run", action="store_true", help="plan and show before → after; nothing runs"
    )
    add_mode_option(do)

    demo = sub.add_parser("demo", help="try Hearth on the bundled demo home")
    demo.add_argument("--reset", action="store_true", help="restore the demo home's state")

    history = sub.add_parser("history", help="list recent requests")
    history.add_argument("--limit", type=_limit, default=20, help="how many (1 to 100,000)")
    history.add_argument("--search", help="only requests containing this text")
    history.add_argument("--json", action="store_true")

    snapshot = sub.add_parser("snapshot", help="write a home snapshot from Home Assistant")
    snapshot.add_argument("-o", "--output", required=True, help="file to write (.yaml or .json)")
    snapshot.add_argument("--url", help="Home Assistant URL (default: the configured one)")

    connect = sub.add_parser("connect", help="connect to Home Assistant (token to the keyring)")
    connect.add_argument("--url", required=True, help="e.g. http://homeassistant.local:8123")
    connect.add_argument(
        "--token-stdin", action="store_true", help="read the token from standard input"
    )

    pin_parser = sub.add_parser("pin", help="set or clear the owner's PIN")
    pin_sub = pin_parser.add_subparsers(dest="pin_command", parser_class=Parser, required=True)
    pin_set = pin_sub.add_parser("set", help="set (or change) the PIN")
    pin_set.add_argument(
        "--stdin", action="store_true", help="read the PIN (and the current one) from stdin"
    )
    pin_clear = pin_sub.add_parser("clear", help="remove the PIN (needs the PIN)")
    pin_clear.add_argument("--stdin", action="store_true", help="read the PIN from stdin")

    profile = sub.add_parser("profile", help="show or switch the profile (switching needs the PIN)")
    profile.add_argument("name", nargs="?", choices=ROLE_NAMES, help="profile to switch to")
    profile.add_argument("--stdin", action="store_true", help="read the PIN from stdin")

    safety_parser = sub.add_parser("safety", help="apply the settings file's [safety] (the PIN)")
    safety_sub = safety_parser.add_subparsers(
        dest="safety_command", parser_class=Parser, required=True
    )
    accept = safety_sub.add_parser("accept", help="approve the file's [safety] with the PIN")
    accept.add_argument("--stdin", action="store_true", help="read the PIN from stdin")

    send = sub.add_parser("send", help="hand a command to the running Hearth window")
    send.add_argument("text", nargs="+", help="the command, as you would type it")

    cli_voice.add_parsers(sub)
    cli_audit.add_parsers(sub)
    cli_llm.add_parsers(sub)

    cli_agenda.add_parsers(sub)
    cli_desktop.add_parsers(sub)
    return parser


def verbose_first(argv: Sequence[str]) -> list[str]:
    """*argv* with every ``-v``/``--verbose`` before ``--`` moved to the front, so that
    ``hearth plan -v ...`` logs like ``hearth -v plan ...`` (the option is the program's)."""
    args = list(argv)
    end = args.index("--") if "--" in args else len(args)
    verbose = [a for a in args[:end] if a in ("-v", "--verbose")]
    rest = [a for a in args[:end] if a not in ("-v", "--verbose")]
    return verbose[:1] + rest + args[end:]


SHARED_OPTIONS = {"--demo": False, "--home": True, "--area": True, "--lang": True}
"""The options the window and the commands share (and whether each takes a value): given
before the command (``hearth --lang de plan ...``) they go to the command."""

WINDOW_ONLY_OPTIONS = frozenset({"--minimized", "--screenshot"})
"""The window's options that no command takes."""


def shared_options_first(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """*argv* with the shared options given before the command moved after it, so that
    ``hearth --demo do ...`` is ``hearth do --demo ...``; an option the command does not take
    (or a window-only one) is a UsageError that says so, naming the command."""
    args = list(argv)
    start = 1 if args[:1] and args[0] in ("-v", "--verbose") else 0
    moved: list[str] = []
    index = start
    while index < len(args):
        word = args[index]
        name = word.split("=", 1)[0]
        if name in WINDOW_ONLY_OPTIONS:
            raise UsageError(f"{name} is an option of the window; it goes with no command")
        if name not in SHARED_OPTIONS:
            break
        takes_value = SHARED_OPTIONS[name]
        if takes_value and "=" not in word:
            if index + 1 >= len(args):
                raise UsageError(f"{name} needs a value")
            moved += args[index : index + 2]
            index += 2
        else:
            if not takes_value and "=" in word:
                raise UsageError(f"{name} takes no value")
            moved.append(word)
            index += 1
    if not moved:
        return args
    if index >= len(args) or args[index].startswith("-"):
        return args  # no command follows: argparse says what is wrong
    command = args[index]
    subparser = _subparsers(parser).get(command)
    if subparser is None:
        return args  # an unknown command: argparse lists the commands
    taken = subparser._option_string_actions  # argparse has no public lookup
    for word in moved:
        name = word.split("=", 1)[0]
        if name.startswith("--") and name not in taken:
            raise UsageError(
                f"{name} does not apply to 'hearth {command}' "
                f"(see hearth {command} --help for its options)"
            )
    return [*args[:start], command, *moved, *args[index + 1 :]]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The commands' parsers by name (aliases included)."""
    for action in parser._actions:  # argparse has no public lookup
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``hearth ARGS``; the exit codes are docs/cli.md's."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader of the output went away (``hearth history | head``): stop quietly, as a
        # command-line tool does, instead of a traceback; Python would otherwise complain
        # again when it flushes standard output at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        given = verbose_first(sys.argv[1:] if argv is None else argv)
        args = parser.parse_args(shared_options_first(parser, given))
        _check_text_arguments(args)
        _lenient_stdin()
    except UsageError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_USAGE
    logsafety.configure_logging(args.verbose)
    if os.environ.get("HEARTH_NO_LLM") == "1":
        _LOGGER.debug("HEARTH_NO_LLM=1: the language-model planner is disabled")
    command = args.command or "demo"
    try:
        if command in cli_desktop.COMMANDS:  # no settings needed, so a bad one cannot block them
            return cli_desktop.run(args)
        data_folder.adopt(load_settings())
        if command == "plan":
            return cmd_plan(args)
        if command == "do":
            return asyncio.run(cmd_do(args))
        if command == "demo":
            return asyncio.run(cmd_demo(args))
        if command == "history":
            return cmd_history(args)
        if command == "snapshot":
            return asyncio.run(cmd_snapshot(args))
        if command == "connect":
            return asyncio.run(cmd_connect(args))
        if command == "llm":
            return cli_llm.run(args)
        if command in ("listen", "voice"):
            return cli_voice.run(args)
        if command in ("audit", "undo"):
            return cli_audit.run(args)
        if command in ("reminders", "timers", "agenda", "calendar"):
            return cli_agenda.run(args)
        if command == "send":
            return cmd_send(args)
        if command == "pin":
            return cmd_pin(args)
        if command == "profile":
            return cmd_profile(args)
        if command == "safety":
            return cmd_safety(args)
    except UsageError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_USAGE
    except (pin.PinLockedError, safety.WrongPinError) as err:  # nothing changed
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_NOT_APPROVED
    except ConfigError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_USAGE
    except Unreachable as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_UNREACHABLE
    except ModelNotLoadedError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_MODEL_NOT_LOADED
    except StorageError as err:
        # "do" and "demo" stop before anything is planned or run when storage fails.
        after = " Nothing was run." if command in ("do", "demo") else ""
        print(f"hearth: {err}.{after}" if after else f"hearth: {err}", file=sys.stderr)
        return EXIT_STORAGE
    except HearthError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return EXIT_NOT_APPROVED
    parser.print_help()
    return EXIT_USAGE


#: Options that name files: a Linux file name may be any bytes, so these are not checked.
_PATH_ARGUMENTS = frozenset({"home", "batch", "output", "wav", "model"})


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Refuse text that is not UTF-8 (Python hands such bytes over as lone surrogates, which
    neither the planner's output nor the history can hold) with the option that carries it."""
    for name, value in vars(args).items():
        if name in _PATH_ARGUMENTS:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and first_surrogate(item) is not None:
                where = "the command" if name == "text" else f"--{name.replace('_', '-')}"
                raise UsageError(
                    f"{where} is not valid UTF-8 text: check the terminal's encoding "
                    "(a UTF-8 locale) and type it again"
                )


def _lenient_stdin() -> None:
    """Read standard input's bytes that are not UTF-8 as lone surrogates (as Python does for
    arguments) instead of failing mid-read: the checks on the text then name the problem,
    and a batch line with such bytes is that line's error, not the end of the batch."""
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="surrogateescape")


MAX_STDIN_CHARS = 64 * 1024
"""The most of standard input `hearth plan` reads as the command."""

MAX_HISTORY_LIMIT = 100_000
"""The most requests `hearth history --limit` lists."""


def _limit(raw: str) -> int:
    """``--limit``: a whole number from 1 to :data:`MAX_HISTORY_LIMIT`."""
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_HISTORY_LIMIT:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 1 to {MAX_HISTORY_LIMIT:,}, not {raw!r}"
        )
    return value


# -- plan ------------------------------------------------------------------------------------


def cmd_plan(args: argparse.Namespace) -> int:
    settings = load_settings()
    language = args.lang or settings.language
    home_file = demo_home_source() if args.demo else home_path(args, settings)
    if args.batch:
        if args.text:
            raise UsageError("give either --batch or a text, not both")
        return _plan_batch(args.batch, home_file, language)
    text = " ".join(args.text)
    if not args.text:
        if sys.stdin.isatty():
            raise UsageError("say what to plan: hearth plan 'turn off the kitchen lights'")
        text = sys.stdin.read(MAX_STDIN_CHARS)  # the planner refuses more than 500 anyway
        if first_surrogate(text) is not None:
            raise UsageError(
                "the command on standard input is not valid UTF-8 text: send it as UTF-8"
            )
    home = load_snapshot(home_file, language)  # the demo home named in the language
    # What the owner approved with the PIN: the language model may see the devices.
    exposure.apply(home, safety.active_profile(settings.safety).safety)
    planner = Planner(home, language, tz=clock.zone(settings.time_zone))
    try:
        now = parse_now(args.now, planner.tz)
    except BatchRequestError as err:
        raise UsageError(str(err)) from err
    area = args.area or settings.area
    if area is not None and area not in home.areas:
        raise UsageError(f"unknown area {area!r}; this home has: {', '.join(home.areas)}")

    # The language model only when one is configured and the local plan is not sure (--batch
    # stays local: it is how planners are evaluated, with no network).
    plan = route_plan(
        planner,
        text,
        area=area,
        now=now,
        settings=settings,
        mode=args.mode,
        progress=progress_stream(sys.stderr, as_json=args.json),
    )
    if args.json:
        print(json.dumps(plan.to_json(), ensure_ascii=False))
    else:
        print_plan(plan, home, sys.stdout)
    return EXIT_NOT_UNDERSTOOD if plan.error else EXIT_OK


def _plan_batch(source: str, home_path: Path, language: str) -> int:
    stream: IO[str]
    if source == "-":
        stream = sys.stdin
        base = Path.cwd()
    else:
        try:
            kind = os.stat(source).st_mode
            if not (stat.S_ISREG(kind) or stat.S_ISFIFO(kind)):  # /dev/zero would never end
                raise UsageError(f"--batch {source} is not a file or a pipe")
            stream = open(source, encoding="utf-8", errors="replace")  # noqa: SIM115
        except (OSError, ValueError) as err:  # ValueError: a NUL byte in the name
            raise UsageError(f"cannot read {source}: {getattr(err, 'strerror', err)}") from err
        base = Path(source).resolve().parent
    batch = BatchPlanner(
        base_dir=base,
        default_home=home_path,
        default_language=language,
        tz=clock.zone(load_settings().time_zone),
    )
    with stream:
        for request in read_jsonl(bounded_lines(stream)):
            print(json.dumps(plan_line(batch, request), ensure_ascii=False), flush=True)
    return EXIT_OK


# -- do --------------------------------------------------------------------------------------


async def _run_one(
    assistant: Assistant, text: str, yes: bool, as_json: bool, loading: ModelLoad | None = None
) -> Outcome:
    """Plan, approve, run and print *text*; *loading* loads a model file first when the
    language model is asked."""
    printed = False

    async def approve(plan: Plan, decisions: list[policy.StepDecision]) -> Approval | None:
        nonlocal printed
        # What the executor will enforce: the active profile's decisions, never weaker ones.
        decisions = assistant.decisions(plan)
        for step, decision in zip(plan.steps, decisions, strict=True):
            if decision.decision is policy.Decision.REFUSE and not as_json:
                print(f"Refused: {step.summary}: {decision.reason}.", file=sys.stderr)
        if not as_json:
            print_plan(plan, assistant.home, sys.stdout)
            printed = True
        approval: Approval | None = await approver(yes)(plan, decisions)
        return approval

    outcome = await assistant.handle(
        text,
        approve,
        source="cli",
        on_update=None if as_json else print_result,
        before_model=loading,
    )
    if not printed and not as_json:
        print_plan(outcome.plan, assistant.home, sys.stdout)
    if outcome.reply != outcome.plan.reply and outcome.reply and not as_json:
        print(outcome.reply)
    if outcome.record_notice is not None:
        print(f"hearth: {outcome.record_notice}", file=sys.stderr)
    return outcome


async def cmd_do(args: argparse.Namespace) -> int:
    settings = load_settings()
    async with open_assistant(args, settings) as parts:
        assistant = parts.assistant
        loading = model_load(assistant.router.llm, progress_stream(sys.stderr, as_json=args.json))
        try:
            if args.dry_run:
                plan = await assistant.plan_async(" ".join(args.text), before_model=loading)
                print_plan(plan, assistant.home, sys.stdout)
                if plan.steps and not plan.read_only:
                    print(preview(plan, assistant.home))
                return EXIT_NOT_UNDERSTOOD if plan.error else EXIT_OK
            outcome = await _run_one(assistant, " ".join(args.text), args.yes, args.json, loading)
        finally:
            if loading is not None:
                loading.close()
    if parts.source.persist and parts.source.snapshot is not None:
        assistant.home.save(parts.source.snapshot)
    if args.json:
        print(json.dumps(_outcome_json(outcome), ensure_ascii=False))
    return exit_code(outcome)


def _outcome_json(outcome: Outcome) -> dict[str, Any]:
    return {
        "plan": outcome.plan.to_json(),
        "request_id": outcome.request_id,
        "record_error": outcome.record_error,
        "results": [
            {"step": r.index, "status": str(r.status), "reason": r.reason, "attempts": r.attempts}
            for r in outcome.results
        ],
    }


async def cmd_demo(args: argparse.Namespace) -> int:
    if args.reset and demo_state_path().exists():
        try:
            demo_state_path().unlink()
        except OSError as err:
            raise StorageError(f"cannot reset the demo home {demo_state_path()}: {err}") from err
    settings = load_settings()
    args.home, args.demo, args.area, args.lang = None, True, settings.area or "living_room", None
    async with open_assistant(args, settings) as parts:
        assistant = parts.assistant
        loading = model_load(assistant.router.llm, progress_stream(sys.stderr, as_json=False))
        print(
            f"Hearth {__version__} — demo home “{assistant.home.name}”, "
            f"{len(assistant.home.entities)} devices in {len(assistant.home.areas)} areas."
        )
        try:
            if sys.stdin.isatty():
                print("Type a command (empty line to quit), e.g. “turn off the kitchen lights”.")
                while True:
                    text = ask("hearth> ")
                    if not text:
                        break
                    await _run_one(assistant, text, yes=False, as_json=False, loading=loading)
            else:
                for text in _DEMO_COMMANDS:
                    print(f"\n> {text}")
                    await _run_one(assistant, text, yes=True, as_json=False, loading=loading)
        finally:
            if loading is not None:
                loading.close()
            if parts.source.snapshot is not None:
                assistant.home.save(parts.source.snapshot)
    return EXIT_OK


# -- history, snapshot, connect --------------------------------------------------------------


def cmd_history(args: argparse.Namespace) -> int:
    history = open_history()
    try:
        records = history.recent(limit=args.limit, search=args.search)
    finally:
        history.close()
    if args.json:
        print(json.dumps([dataclasses.asdict(r) for r in records], ensure_ascii=False))
        return EXIT_OK
    for record in records:
        print(f"{record.created_at[:19].replace('T', ' ')}  {record.outcome:<14} {record.text}")
        for step in record.steps:
            reason = f" ({step['reason']})" if step["reason"] else ""
            said = str(record.planned_step(step).get("summary") or "").strip()
            head = f"{said} — " if said else ""
            print(f"    {head}{step['action']} → {step['status']}{reason}")
    if not records:
        print("No requests yet.")
    return EXIT_OK


async def cmd_snapshot(args: argparse.Namespace) -> int:
    settings = load_settings()
    url = args.url or settings.home_assistant.url
    if not url:
        raise UsageError("no Home Assistant configured: pass --url or run `hearth connect`")
    token = get_token(url)
    if not token:
        raise ConfigError(f"no token for {url}: run `hearth connect --url {url}` first")
    adapter = home_assistant_adapter(url, token, settings)
    home = await load_home(adapter)
    await adapter.close()
    try:
        home.save(args.output)
    except StorageError as err:
        if disk_full(err.__cause__ or err):
            raise  # exit 6, as for any file Hearth cannot write for a full disk
        raise UsageError(str(err)) from err  # a missing folder: a usage error, exit 2
    print(f"Wrote {args.output}: {len(home.entities)} entities, {len(home.areas)} areas.")
    return EXIT_OK


async def cmd_connect(args: argparse.Namespace) -> int:
    if args.token_stdin:
        token = sys.stdin.readline().strip()
    else:
        token = getpass.getpass("Long-lived access token: ").strip()
    if not token:
        raise UsageError("no token given")
    if first_surrogate(token) is not None:
        raise UsageError("the token is not valid UTF-8 text: paste it again")
    settings = load_settings()
    adapter = home_assistant_adapter(args.url, token, settings)
    url = adapter.url  # normalised: no trailing slash or /api, so later look-ups find it
    home = await load_home(adapter)
    await adapter.close()
    set_token(url, token)
    settings.home_assistant.url = url
    settings.save()
    print(f"Connected to {url}: {len(home.entities)} entities. The token is in the keyring.")
    return EXIT_OK


# -- pin, profile ----------------------------------------------------------------------------


def _pin_input(args: argparse.Namespace, prompt: str) -> str:
    """A PIN typed on the terminal (never echoed), or one line of stdin with --stdin."""
    if args.stdin:
        return sys.stdin.readline().strip()
    if not interactive():
        raise UsageError("a PIN is typed on a terminal (or given with --stdin)")
    return read_pin(prompt)


def cmd_pin(args: argparse.Namespace) -> int:
    """``hearth pin set | clear``; a wrong PIN is exit 4 (:func:`main`), nothing changed."""
    if args.pin_command == "set":
        current = _pin_input(args, "Current PIN: ") if pin.is_set() else None
        if current is not None:
            safety.require_pin(current)  # before asking for a new one
        new = _pin_input(args, "New PIN (4 to 12 digits): ")
        pin.check_rules(new)
        safety.change_pin(current, new, _pin_input(args, "The new PIN again: "))
        print("PIN set. Security-sensitive steps now need it.")
        return EXIT_OK
    if not pin.is_set():
        print("No PIN is set.")
        return EXIT_OK
    safety.remove_pin(_pin_input(args, "Owner's PIN: "))
    print("PIN removed.")
    return EXIT_OK


def cmd_profile(args: argparse.Namespace) -> int:
    settings = load_settings()
    active = safety.active_profile(settings.safety)
    current = active.role
    for notice in (active.problem, active.ignored):
        if notice:
            print(f"hearth: {notice}", file=sys.stderr)
    if args.name is None:
        domains = ", ".join(sorted(current.domains)) if current.domains is not None else "all"
        print(f"Profile: {current.name} (devices: {domains}; up to {current.highest_risk} risk)")
        return EXIT_OK
    if args.name == current.name and not active.problem:
        print(f"Profile: {current.name} (unchanged)")
        return EXIT_OK
    if not pin.is_set():
        raise UsageError("switching profiles needs the owner's PIN: run `hearth pin set` first")
    safety.switch_profile(settings, args.name, _pin_input(args, "Owner's PIN: "))
    print(f"Profile: {args.name}")
    return EXIT_OK


def cmd_safety(args: argparse.Namespace) -> int:
    """``hearth safety accept``: the owner approves the settings file's ``[safety]`` (edited
    by hand) with the PIN; until then its loosening edits are ignored (docs/safety.md)."""
    settings = load_settings()
    if not pin.is_set():
        raise UsageError("no PIN is set: the settings file's [safety] applies as it is")
    active = safety.accept_file(settings, _pin_input(args, "Owner's PIN: "))
    print(f"The settings file's safety settings apply now (profile: {active.role.name}).")
    return EXIT_OK


# -- send ------------------------------------------------------------------------------------


def cmd_send(args: argparse.Namespace) -> int:
    """Hand the text to the running window, which plans it and shows or runs it there (as a
    command from the tray: a notification with the result, the window for a confirmation)."""

    text = " ".join(args.text).strip()
    if not text:
        raise UsageError("say what to send: hearth send 'turn off the kitchen lights'")
    try:
        instance.request("send", text)
    except instance.InstanceError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_FAILED
    print("Sent to Hearth.")
    return EXIT_OK
