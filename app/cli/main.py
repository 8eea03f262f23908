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
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import getpass
import io
import json
import logging
import os
import stat
import sys
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import IO, Any

from app import __version__
from app.assistant import Assistant, Outcome
from app.bootstrap import demo_home_source, home_assistant_adapter, open_history
from app.cli.batch import (
    BatchPlanner,
    BatchRequestError,
    bounded_lines,
    first_surrogate,
    parse_now,
    plan_line,
    read_jsonl,
)
from app.composition import Parts, compose
from app.config import data_folder, logsafety
from app.config.settings import Settings, set_token
from app.core import clock
from app.core.errors import ConfigError, HearthError, SecretStoreError, StorageError
from app.core.home import Home
from app.core.plan import Plan, PlannerName, Risk
from app.execution.executor import Approval, StepResult, StepStatus
from app.policy import exposure, pin, pin_prompt, roles, safety
from app.policy import risk as policy
from app.records.storage import disk_full
from app.understanding import Planner
from integrations.base import AdapterError, AuthError, DeviceAdapter, TransientError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_UNDERSTOOD = 3
EXIT_NOT_APPROVED = 4
EXIT_UNREACHABLE = 5
EXIT_STORAGE = 6

_LOGGER = logging.getLogger(__name__)

_DEMO_COMMANDS = [
    "turn on the sofa lamp and dim it to 30 percent",
    "is the garage door open?",
    "what's the temperature outside?",
    "make it two degrees warmer",
    "turn off the downstairs lights",
]


class UsageError(HearthError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # exit code 2 with our wording
        self.print_usage(sys.stderr)
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hearth", description="Hearth: a desktop assistant for the home.")
    parser.add_argument("--version", action="version", version=f"hearth {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    plan = sub.add_parser(
        "plan", help="show the plan for a command (nothing runs; --batch: no network either)"
    )
    plan.add_argument("text", nargs="*", help="the command")
    plan.add_argument("--home", help="home snapshot file (default: the demo home)")
    plan.add_argument("--area", help="this computer's area id")
    plan.add_argument("--now", help="the current time, ISO 8601")
    plan.add_argument("--lang", help="language code (en, de, pt-BR, ...)")
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    plan.add_argument("--batch", help="JSON lines file of requests ('-' for stdin)")
    from app.cli import llm as cli_llm

    cli_llm.add_mode_option(plan)

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
    cli_llm.add_mode_option(do)

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
    pin_sub = pin_parser.add_subparsers(dest="pin_command", parser_class=_Parser, required=True)
    pin_set = pin_sub.add_parser("set", help="set (or change) the PIN")
    pin_set.add_argument(
        "--stdin", action="store_true", help="read the PIN (and the current one) from stdin"
    )
    pin_clear = pin_sub.add_parser("clear", help="remove the PIN (needs the PIN)")
    pin_clear.add_argument("--stdin", action="store_true", help="read the PIN from stdin")

    profile = sub.add_parser("profile", help="show or switch the profile (switching needs the PIN)")
    profile.add_argument("name", nargs="?", choices=roles.ROLE_NAMES, help="profile to switch to")
    profile.add_argument("--stdin", action="store_true", help="read the PIN from stdin")

    safety_parser = sub.add_parser("safety", help="apply the settings file's [safety] (the PIN)")
    safety_sub = safety_parser.add_subparsers(
        dest="safety_command", parser_class=_Parser, required=True
    )
    accept = safety_sub.add_parser("accept", help="approve the file's [safety] with the PIN")
    accept.add_argument("--stdin", action="store_true", help="read the PIN from stdin")

    send = sub.add_parser("send", help="hand a command to the running Hearth window")
    send.add_argument("text", nargs="+", help="the command, as you would type it")
    from app.cli import audit as cli_audit
    from app.cli import voice as cli_voice

    cli_voice.add_parsers(sub)
    cli_audit.add_parsers(sub)
    cli_llm.add_parsers(sub)
    from app.cli import agenda as cli_agenda

    cli_agenda.add_parsers(sub)
    return parser


def command_names() -> frozenset[str]:
    """Every subcommand (``hearth plan``, ``hearth agenda``, ...)."""
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return frozenset(action.choices)
    return frozenset()


def verbose_first(argv: Sequence[str]) -> list[str]:
    """*argv* with every ``-v``/``--verbose`` before ``--`` moved to the front, so that
    ``hearth plan -v ...`` logs like ``hearth -v plan ...`` (the option is the program's)."""
    args = list(argv)
    end = args.index("--") if "--" in args else len(args)
    verbose = [a for a in args[:end] if a in ("-v", "--verbose")]
    rest = [a for a in args[:end] if a not in ("-v", "--verbose")]
    return verbose[:1] + rest + args[end:]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(verbose_first(sys.argv[1:] if argv is None else argv))
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
        data_folder.adopt(Settings.load())
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
            from app.cli import llm as cli_llm

            return cli_llm.run(args)
        if command in ("listen", "voice"):
            from app.cli import voice as cli_voice

            return cli_voice.run(args)
        if command in ("audit", "undo"):
            from app.cli import audit as cli_audit

            return cli_audit.run(args)
        if command in ("reminders", "timers", "agenda", "calendar"):
            from app.cli import agenda as cli_agenda

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
    except pin.PinLockedError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_NOT_APPROVED
    except ConfigError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_USAGE
    except _Unreachable as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_UNREACHABLE
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


class _Unreachable(HearthError):
    pass


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


def _home_path(args: argparse.Namespace, settings: Settings) -> Path:
    if args.home:
        return Path(args.home)
    if settings.home_file:
        return Path(settings.home_file)
    return demo_home_source()


def cmd_plan(args: argparse.Namespace) -> int:
    settings = Settings.load()
    language = args.lang or settings.language
    home_path = _home_path(args, settings)
    if args.batch:
        if args.text:
            raise UsageError("give either --batch or a text, not both")
        return _plan_batch(args.batch, home_path, language)
    text = " ".join(args.text)
    if not args.text:
        if sys.stdin.isatty():
            raise UsageError("say what to plan: hearth plan 'turn off the kitchen lights'")
        text = sys.stdin.read(MAX_STDIN_CHARS)  # the planner refuses more than 500 anyway
        if first_surrogate(text) is not None:
            raise UsageError(
                "the command on standard input is not valid UTF-8 text: send it as UTF-8"
            )
    home = Home.load(home_path)
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
    from app.cli import llm as cli_llm

    # The language model only when one is configured and the local plan is not sure (--batch
    # stays local: it is how planners are evaluated, with no network).
    plan = cli_llm.route_plan(planner, text, area=area, now=now, settings=settings, mode=args.mode)
    if args.json:
        print(json.dumps(plan.to_json(), ensure_ascii=False))
    else:
        _print_plan(plan, home, sys.stdout)
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
        tz=clock.zone(Settings.load().time_zone),
    )
    with stream:
        for request in read_jsonl(bounded_lines(stream)):
            print(json.dumps(plan_line(batch, request), ensure_ascii=False), flush=True)
    return EXIT_OK


_RISK_MARK = {Risk.LOW: " ", Risk.MEDIUM: "!", Risk.HIGH: "‼"}


def _print_plan(plan: Plan, home: Home, out: IO[str]) -> None:
    if plan.error:
        print(plan.reply or plan.error.message, file=out)
        return
    for number, step in enumerate(plan.steps, 1):
        risk = f"  [{step.risk} risk]" if step.risk is not Risk.LOW and not step.read_only else ""
        print(f" {_RISK_MARK[step.risk]}{number}. {step.summary}{risk}", file=out)
        for warning in step.warnings:
            print(f"    ⚠ {warning}", file=out)
    if plan.corrected:
        print("   (some words were corrected: please check the plan)", file=out)
    elif plan.planner is PlannerName.LLM and not plan.read_only:
        print("   (planned by the language model: please check the plan)", file=out)
    elif plan.loose and not plan.read_only:
        print("   (understood loosely: please check the plan)", file=out)
    if plan.reply:
        print(plan.reply, file=out)


# -- do --------------------------------------------------------------------------------------


def _ask(prompt: str) -> str:
    try:
        return input(prompt).strip().lower()
    except EOFError:
        return ""


def _interactive() -> bool:
    """Whether a person is at a terminal to answer (a PIN is typed, never piped)."""
    return sys.stdin.isatty()


def _read_pin(prompt: str) -> str:
    try:
        return getpass.getpass(prompt).strip()
    except EOFError:
        return ""


async def _check_pin_for(summary: str) -> bool:
    """Ask for the PIN for one step (the shared flow of :mod:`app.policy.pin_prompt`: its tries,
    ended by the lock-out); wrong PINs count towards the lock-out."""

    async def ask(problem: str | None) -> str | None:
        if problem:
            print(problem, file=sys.stderr)
        return _read_pin(f"PIN for “{summary}”: ")

    answer = await pin_prompt.confirm_with_pin(ask)
    if not answer.ok:
        print(f"Not run: {summary}. {answer.message}", file=sys.stderr)
    return answer.ok


_RUNNABLE = (policy.Decision.RUN, policy.Decision.CONFIRM)


def _approver(yes: bool) -> Any:
    interactive = _interactive()

    async def approve(plan: Plan, decisions: list[policy.StepDecision]) -> Approval | None:
        changes = [
            i
            for i, (s, d) in enumerate(zip(plan.steps, decisions, strict=False))
            if not s.read_only and d.decision in _RUNNABLE
        ]
        # --yes stands for the person only where the one rule lets a plan run unasked.
        verdicts = policy.unasked_verdicts(plan, decisions, trigger=policy.Trigger.YES)
        held = [verdicts[i] for i in changes if verdicts[i] is not None]
        approved = {i for i in changes if verdicts[i] is None}
        if not yes or held:
            if not interactive:
                reason = (
                    held[0]
                    if yes
                    else "confirm on a terminal, or pass --yes (which never approves "
                    "security-sensitive or loosely understood steps, or ones whose effect "
                    "is not known)"
                )
                print(f"Not run: {reason}.", file=sys.stderr)
                return None
            if _ask("Run this plan? [y/N] ") not in ("y", "yes"):
                return None
            approved = set(changes)
        confirmed: set[int] = set()
        pin_steps = [i for i, d in enumerate(decisions) if d.decision is policy.Decision.PIN]
        if pin_steps and not interactive:
            for index in pin_steps:
                print(
                    f"Not run: “{plan.steps[index].summary}” is security-sensitive and needs "
                    "the PIN (or, with no PIN set, a confirmation) on a terminal.",
                    file=sys.stderr,
                )
            pin_steps = []
        try:
            has_pin = bool(pin_steps) and pin.is_set()
        except SecretStoreError as err:
            # Whether a PIN is set is unknown: fail closed rather than accept a typed "yes".
            print(f"Not run: security-sensitive steps: {err}", file=sys.stderr)
            pin_steps = []
            has_pin = False
        if pin_steps and not has_pin:
            print("Tip: set a PIN for security-sensitive steps with `hearth pin set`.")
        for index in pin_steps:
            step = plan.steps[index]
            if has_pin:
                if await _check_pin_for(step.summary):
                    confirmed.add(index)
                continue
            answer = _ask(f"“{step.summary}” is security-sensitive. Type 'yes' to confirm: ")
            if answer == "yes":
                confirmed.add(index)
        return Approval(approved | confirmed, confirmed, by="cli --yes" if yes else "cli prompt")

    return approve


def _print_result(result: StepResult) -> None:
    if result.status in (StepStatus.PENDING, StepStatus.RUNNING, StepStatus.ANSWERED):
        return
    mark = {
        StepStatus.VERIFIED: "✓",
        StepStatus.DONE: "✓",
        StepStatus.ANSWERED: "✓",
        StepStatus.FAILED: "✗",
        StepStatus.UNCONFIRMED: "?",
        StepStatus.SKIPPED: "-",
    }.get(result.status, " ")
    reason = f": {result.reason}" if result.reason else ""
    print(f" {mark} {result.step.summary} — {result.status}{reason}", flush=True)


def _home_error(err: AdapterError) -> HearthError:
    """An adapter's failure to load the home as Hearth's error (its exit code in :func:`main`)."""
    if isinstance(err, AuthError):
        return ConfigError(f"Home Assistant refused the token ({err})")
    if isinstance(err, TransientError):
        return _Unreachable(str(err))
    return ConfigError(str(err))


async def _load_home(adapter: DeviceAdapter) -> Home:
    """The adapter's home; its failures as Hearth's errors (closing the adapter on failure)."""
    try:
        return await adapter.load_home()
    except AdapterError as err:
        await adapter.close()
        raise _home_error(err) from err


@contextlib.asynccontextmanager
async def _assistant(args: argparse.Namespace, settings: Settings) -> AsyncIterator[Parts]:
    """The composition root for a command on the home *args* name, open for the block; the
    active profile's notices are printed once it is built."""
    from app.cli import llm as cli_llm

    area = args.area or settings.area

    def check_area(home: Home) -> None:
        if area is not None and area not in home.areas:
            raise UsageError(f"unknown area {area!r}; this home has: {', '.join(home.areas)}")

    async with contextlib.AsyncExitStack() as stack:
        opening = compose(
            settings,
            home=getattr(args, "home", None),
            demo=args.demo,
            area=area,
            language=args.lang,
            llm=lambda: cli_llm.config_for(settings, getattr(args, "mode", None)),
            check_home=check_area,
        )
        try:
            parts = await stack.enter_async_context(opening)
        except AdapterError as err:  # loading the home (everything opened is closed by now)
            raise _home_error(err) from err
        for notice in (parts.profile.problem, parts.profile.ignored):
            if notice:
                print(f"hearth: {notice}", file=sys.stderr)
        yield parts


async def _run_one(assistant: Assistant, text: str, yes: bool, as_json: bool) -> Outcome:
    printed = False

    async def approve(plan: Plan, decisions: list[policy.StepDecision]) -> Approval | None:
        nonlocal printed
        # What the executor will enforce: the active profile's decisions, never weaker ones.
        decisions = assistant.decisions(plan)
        for step, decision in zip(plan.steps, decisions, strict=True):
            if decision.decision is policy.Decision.REFUSE and not as_json:
                print(f"Refused: {step.summary}: {decision.reason}.", file=sys.stderr)
        if not as_json:
            _print_plan(plan, assistant.home, sys.stdout)
            printed = True
        approval: Approval | None = await _approver(yes)(plan, decisions)
        return approval

    outcome = await assistant.handle(
        text, approve, source="cli", on_update=None if as_json else _print_result
    )
    if not printed and not as_json:
        _print_plan(outcome.plan, assistant.home, sys.stdout)
    if outcome.reply != outcome.plan.reply and outcome.reply and not as_json:
        print(outcome.reply)
    if outcome.record_notice is not None:
        print(f"hearth: {outcome.record_notice}", file=sys.stderr)
    return outcome


def _exit_code(outcome: Outcome) -> int:
    if outcome.record_error is not None:  # the audit trail could not be written
        return EXIT_STORAGE
    if outcome.plan.error is not None:
        return EXIT_NOT_UNDERSTOOD
    if not outcome.approved and not outcome.plan.read_only:
        return EXIT_NOT_APPROVED
    if outcome.failed:
        return EXIT_FAILED
    if any(r.status is StepStatus.SKIPPED for r in outcome.results):
        return EXIT_NOT_APPROVED
    return EXIT_OK


async def cmd_do(args: argparse.Namespace) -> int:
    settings = Settings.load()
    async with _assistant(args, settings) as parts:
        assistant = parts.assistant
        if args.dry_run:
            from app.execution.preview import preview

            plan = await assistant.plan_async(" ".join(args.text))
            _print_plan(plan, assistant.home, sys.stdout)
            if plan.steps and not plan.read_only:
                print(preview(plan, assistant.home))
            return EXIT_NOT_UNDERSTOOD if plan.error else EXIT_OK
        outcome = await _run_one(assistant, " ".join(args.text), args.yes, args.json)
    if parts.source.persist and parts.source.snapshot is not None:
        assistant.home.save(parts.source.snapshot)
    if args.json:
        print(json.dumps(_outcome_json(outcome), ensure_ascii=False))
    return _exit_code(outcome)


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
    from app.bootstrap import demo_state_path

    if args.reset and demo_state_path().exists():
        try:
            demo_state_path().unlink()
        except OSError as err:
            raise StorageError(f"cannot reset the demo home {demo_state_path()}: {err}") from err
    settings = Settings.load()
    args.home, args.demo, args.area, args.lang = None, True, settings.area or "living_room", None
    async with _assistant(args, settings) as parts:
        assistant = parts.assistant
        print(
            f"Hearth {__version__} — demo home “{assistant.home.name}”, "
            f"{len(assistant.home.entities)} devices in {len(assistant.home.areas)} areas."
        )
        try:
            if sys.stdin.isatty():
                print("Type a command (empty line to quit), e.g. “turn off the kitchen lights”.")
                while True:
                    text = _ask("hearth> ")
                    if not text:
                        break
                    await _run_one(assistant, text, yes=False, as_json=False)
            else:
                for text in _DEMO_COMMANDS:
                    print(f"\n> {text}")
                    await _run_one(assistant, text, yes=True, as_json=False)
        finally:
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
            print(f"    {step['action']} → {step['status']}{reason}")
    if not records:
        print("No requests yet.")
    return EXIT_OK


async def cmd_snapshot(args: argparse.Namespace) -> int:
    from app.config.settings import get_token

    settings = Settings.load()
    url = args.url or settings.home_assistant.url
    if not url:
        raise UsageError("no Home Assistant configured: pass --url or run `hearth connect`")
    token = get_token(url)
    if not token:
        raise ConfigError(f"no token for {url}: run `hearth connect --url {url}` first")
    adapter = home_assistant_adapter(url, token, settings)
    home = await _load_home(adapter)
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
    settings = Settings.load()
    adapter = home_assistant_adapter(args.url, token, settings)
    url = adapter.url  # normalised: no trailing slash or /api, so later look-ups find it
    home = await _load_home(adapter)
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
    if not _interactive():
        raise UsageError("a PIN is typed on a terminal (or given with --stdin)")
    return _read_pin(prompt)


def cmd_pin(args: argparse.Namespace) -> int:
    try:
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
    except safety.WrongPinError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_NOT_APPROVED


def cmd_profile(args: argparse.Namespace) -> int:
    settings = Settings.load()
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
    try:
        safety.switch_profile(settings, args.name, _pin_input(args, "Owner's PIN: "))
    except safety.WrongPinError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_NOT_APPROVED
    print(f"Profile: {args.name}")
    return EXIT_OK


def cmd_safety(args: argparse.Namespace) -> int:
    """``hearth safety accept``: the owner approves the settings file's ``[safety]`` (edited
    by hand) with the PIN; until then its loosening edits are ignored (docs/safety.md)."""
    settings = Settings.load()
    if not pin.is_set():
        raise UsageError("no PIN is set: the settings file's [safety] applies as it is")
    try:
        active = safety.accept_file(settings, _pin_input(args, "Owner's PIN: "))
    except safety.WrongPinError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return EXIT_NOT_APPROVED
    print(f"The settings file's safety settings apply now (profile: {active.role.name}).")
    return EXIT_OK


# -- send ------------------------------------------------------------------------------------


def cmd_send(args: argparse.Namespace) -> int:
    """Hand the text to the running window, which plans it and shows or runs it there (as a
    command from the tray: a notification with the result, the window for a confirmation)."""
    from app import instance

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
