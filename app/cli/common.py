"""What the `hearth` commands share: exit codes, usage errors, printing a plan and its
results, asking for approval (and the PIN) on a terminal, the language-model routing of
`plan` and `do`, and opening the assistant for a command (:func:`open_assistant`).

Every command module imports this one; :mod:`app.cli.main` imports the command modules.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import getpass
import logging
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

from app.assistant import Outcome
from app.bootstrap import demo_home_source
from app.cli.model_load import model_load
from app.composition import Parts, compose
from app.core.errors import ConfigError, HearthError, SecretStoreError
from app.core.home import Home
from app.core.plan import Plan, PlannerName, Risk
from app.core.results import Approval, StepResult, StepStatus
from app.policy import device_code, pin, pin_prompt
from app.policy import risk as policy
from app.policy.safety import active_role
from app.understanding import Planner
from app.understanding.llm.config import (
    LLMConfig,
    RoutingMode,
    resolve,
)
from app.understanding.routing import PlannerRouter
from integrations.base import AdapterError, AuthError, DeviceAdapter, TransientError

if TYPE_CHECKING:
    from app.config.settings import Settings

_LOGGER = logging.getLogger(__name__)


EXIT_OK = 0


EXIT_FAILED = 1


EXIT_USAGE = 2


EXIT_NOT_UNDERSTOOD = 3


EXIT_NOT_APPROVED = 4


EXIT_UNREACHABLE = 5


EXIT_STORAGE = 6


EXIT_MODEL_NOT_LOADED = 7
"""The model file Hearth runs itself did not load within its allowance, or its worker stopped
while loading it (app/cli/model_load.py); nothing was run."""


class UsageError(HearthError):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # exit code 2 with our wording
        self.print_usage(sys.stderr)
        raise UsageError(message)


class Unreachable(HearthError):
    pass


def home_path(args: argparse.Namespace, settings: Settings) -> Path:
    if args.home:
        return Path(args.home)
    if settings.home_file:
        return Path(settings.home_file)
    return demo_home_source()


_RISK_MARK = {Risk.LOW: " ", Risk.MEDIUM: "!", Risk.HIGH: "‼"}


def print_plan(plan: Plan, home: Home, out: IO[str]) -> None:
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


def ask(prompt: str) -> str:
    try:
        return input(prompt).strip().lower()
    except EOFError:
        return ""


def interactive() -> bool:
    """Whether a person is at a terminal to answer (a PIN is typed, never piped)."""
    return sys.stdin.isatty()


def read_pin(prompt: str) -> str:
    try:
        return getpass.getpass(prompt).strip()
    except EOFError:
        return ""


async def check_pin_for(summary: str) -> bool:
    """Ask for the PIN for one step (the shared flow of :mod:`app.policy.pin_prompt`: its tries,
    ended by the lock-out); wrong PINs count towards the lock-out."""

    async def ask(problem: str | None) -> str | None:
        if problem:
            print(problem, file=sys.stderr)
        return read_pin(f"PIN for “{summary}”: ")

    answer = await pin_prompt.confirm_with_pin(ask)
    if not answer.ok:
        print(f"Not run: {summary}. {answer.message}", file=sys.stderr)
    return answer.ok


_RUNNABLE = (policy.Decision.RUN, policy.Decision.CONFIRM)


def approver(yes: bool) -> Any:
    at_terminal = interactive()

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
            if not at_terminal:
                reason = (
                    held[0]
                    if yes
                    else "confirm on a terminal, or pass --yes (which never approves "
                    "security-sensitive or loosely understood steps, or ones whose effect "
                    "is not known)"
                )
                print(f"Not run: {reason}.", file=sys.stderr)
                return None
            if ask("Run this plan? [y/N] ") not in ("y", "yes"):
                return None
            approved = set(changes)
        confirmed: set[int] = set()
        pin_steps = [i for i, d in enumerate(decisions) if d.decision is policy.Decision.PIN]
        if pin_steps and not at_terminal:
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
                if await check_pin_for(step.summary):
                    confirmed.add(index)
                continue
            answer = ask(f"“{step.summary}” is security-sensitive. Type 'yes' to confirm: ")
            if answer == "yes":
                confirmed.add(index)
        approval = Approval(
            approved | confirmed, confirmed, by="cli --yes" if yes else "cli prompt"
        )
        ask_device_codes(plan, decisions, approval, at_terminal=at_terminal)
        return approval

    return approve


def ask_device_codes(
    plan: Plan,
    decisions: list[policy.StepDecision],
    approval: Approval,
    *,
    at_terminal: bool,
) -> None:
    """Ask for the alarm panel's or lock's own code of each approved step that needs one
    (after the PIN, for a step that needs both), typed unseen on a terminal and kept with
    *approval* only for the run. With nobody at a terminal no code is given: such a step is
    not run (the executor says why)."""
    for index in policy.codes_to_ask(decisions, approval.steps, approval.high_risk_confirmed):
        decision = decisions[index]
        device = decision.code_device or decision.code_for
        if not at_terminal or not device_code.give_code(
            approval, index, read_pin(f"Code for {device}: ")
        ):
            print(
                f"Not run: “{plan.steps[index].summary}”: {device} needs its code, typed on "
                "a terminal (--yes never gives one).",
                file=sys.stderr,
            )


def print_result(result: StepResult) -> None:
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


def home_error(err: AdapterError) -> HearthError:
    """An adapter's failure to load the home as Hearth's error (its exit code in :func:`main`)."""
    if isinstance(err, AuthError):
        return ConfigError(f"Home Assistant refused the token ({err})")
    if isinstance(err, TransientError):
        return Unreachable(str(err))
    return ConfigError(str(err))


async def load_home(adapter: DeviceAdapter) -> Home:
    """The adapter's home; its failures as Hearth's errors (closing the adapter on failure)."""
    try:
        return await adapter.load_home()
    except AdapterError as err:
        await adapter.close()
        raise home_error(err) from err


@contextlib.asynccontextmanager
async def open_assistant(args: argparse.Namespace, settings: Settings) -> AsyncIterator[Parts]:
    """The composition root for a command on the home *args* name, open for the block; the
    active profile's notices are printed once it is built."""

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
            llm=lambda: llm_config(settings, getattr(args, "mode", None)),
            check_home=check_area,
        )
        try:
            parts = await stack.enter_async_context(opening)
        except AdapterError as err:  # loading the home (everything opened is closed by now)
            raise home_error(err) from err
        for notice in (parts.profile.problem, parts.profile.ignored):
            if notice:
                print(f"hearth: {notice}", file=sys.stderr)
        yield parts


def exit_code(outcome: Outcome) -> int:
    if outcome.record_error is not None:  # the audit trail could not be written
        return EXIT_STORAGE
    if outcome.plan.error is not None:
        return EXIT_NOT_UNDERSTOOD
    if outcome.unchanged is not None:  # the home already is as asked
        return EXIT_OK
    if not outcome.approved and not outcome.plan.read_only:
        return EXIT_NOT_APPROVED
    if outcome.failed:
        return EXIT_FAILED
    if any(r.status is StepStatus.SKIPPED for r in outcome.results):
        return EXIT_NOT_APPROVED
    return EXIT_OK


MODES = tuple(m.value for m in RoutingMode)


def add_mode_option(parser: argparse.ArgumentParser) -> None:
    """``--mode`` for `plan` and `do`: the routing mode for this command only."""
    parser.add_argument(
        "--mode",
        choices=MODES,
        help="which planner goes first this time (default: the setting; "
        "HEARTH_NO_LLM=1 always means local only)",
    )


def llm_config(settings: Settings, mode: str | None = None) -> LLMConfig:
    """The language model for this command: the settings, the environment, *mode* if given."""
    config = resolve(settings.llm)
    return config.with_mode(mode) if mode else config


def route_plan(
    planner: Planner,
    text: str,
    *,
    area: str | None,
    now: dt.datetime | None,
    settings: Settings,
    mode: str | None = None,
    progress: TextIO | None = None,
) -> Plan:
    """`hearth plan TEXT`: the local planner, or the language model when the mode and the
    local plan call for it (a network request only then). A model file Hearth runs itself is
    loaded first, its seconds counted on *progress* (:mod:`app.cli.model_load`)."""
    config = llm_config(settings, mode)
    if not config.enabled:
        return planner.plan(text, area=area, now=now)

    async def routed() -> Plan:
        # The model's client, catalogue and validator: imported only when a model is configured.
        from app.understanding.llm.planner import LLMPlanner  # noqa: PLC0415  lazy: the model's planner and pydantic schemas, only with a model configured

        llm = LLMPlanner(planner.home, config, role=active_role(settings.safety))
        router = PlannerRouter(planner, llm, config.mode)
        loading = model_load(llm, progress)
        try:
            route = router.begin(text, area=area, now=now)
            if route.pending and loading is not None:
                await loading()
            return (await route.finish()).plan
        finally:
            if loading is not None:
                loading.close()
            await router.aclose()

    return asyncio.run(routed())
