"""Accuracy of the local planner on reminder and calendar commands: whole sentences, one step.

.venv/bin/python -m benchmarks.agenda_accuracy [--corpus FILE] [--json OUT] [--verbose]

The time-expression corpus (``time_accuracy``) scores times alone; this one scores whether a
whole request ("can you remind me in 45 minutes to take the laundry out", "push the call with
the bank to tomorrow at 11") becomes the right plan step. Each corpus line (JSONL) is::

    {"id", "text", "now": ISO with offset, "tz": IANA zone, "conversation"?: id,
     "kind": one of KINDS,
     "expect": {"action", "targets"?, "params"}   one step with these params
             | {"question": true}                  a clarifying question and no step
             | {"not_agenda": true}                no reminder.* or calendar.* step}

Lines sharing a ``conversation`` id are one conversation, in file order (a question, then its
answer); every other line gets a fresh conversation. Every line is planned with
``app.understanding.Planner`` on the demo home plus a "Family" calendar (``calendar.family``), in
the line's zone, at the line's ``now``.

Scoring of a step line: exactly one step; the action equal; the targets equal as a set (when
the line gives them); the same parameter names; datetimes (``due_datetime``,
``start_date_time``, ``end_date_time``, ``until``) equal as instants; dates equal; an
``rrule`` equal in meaning (the first occurrences from the step's own start, wall clock);
texts (``message``, ``summary``, ``match``) compared case-insensitively after trimming
punctuation and a leading article or possessive (a, an, the, my, our, your), and for
``match`` also a trailing generic noun ("dentist appointment" names the same event as
"dentist"). The *exact* score needs equal texts; the *lenient* score is satisfied when the
produced text contains every expected word. A question line passes when the plan has no step
and asks (error ``unclear`` or ``ambiguous`` with a reply); a ``not_agenda`` line passes when
no step is a reminder or calendar step and the plan is not an ``unclear`` question.

Each failure gets one cause (the first that applies, see ``CAUSES``) so a report can group
them. Exit status 0 (it is a measurement), 2 when the corpus is malformed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr

from app.bootstrap import demo_home_source
from app.core.context import Conversation
from app.core.home import Entity, Home
from app.core.plan import ErrorCode, Plan, Step
from app.understanding import Planner
from benchmarks import corpus_cli
from benchmarks.corpus_cli import CorpusError, latency_ms

ROOT = Path(__file__).resolve().parent
DEFAULT_CORPUS = ROOT / "corpus" / "agenda_en.jsonl"
KINDS = (
    "reminder_create",
    "reminder_recurring",
    "reminder_list",
    "reminder_cancel",
    "reminder_snooze",
    "calendar_create",
    "calendar_query",
    "calendar_move",
    "calendar_cancel",
    "clarify",
    "not_agenda",
)
ACTIONS = frozenset(
    {
        "reminder.create",
        "reminder.list",
        "reminder.cancel",
        "reminder.done",
        "reminder.snooze",
        "calendar.create_event",
        "calendar.get_events",
        "calendar.update_event",
        "calendar.delete_event",
    }
)
AGENDA_DOMAINS = frozenset({"reminder", "calendar"})
INSTANT_KEYS = frozenset({"due_datetime", "start_date_time", "end_date_time", "until"})
DATE_KEYS = frozenset({"start_date", "end_date"})
TEXT_KEYS = frozenset({"message", "summary", "match"})
KNOWN_KEYS = INSTANT_KEYS | DATE_KEYS | TEXT_KEYS | {"rrule"}
FAMILY_CALENDAR = "calendar.family"
RRULE_OCCURRENCES = 6
"""How many occurrences of two rules are compared to call them equal."""

CAUSES = (
    "not understood",
    "question instead of a step",
    "step instead of a question",
    "taken as an agenda request",
    "wrong action",
    "wrong number of steps",
    "wrong target",
    "wrong time",
    "wrong recurrence",
    "missing or extra parameter",
    "wrong text",
)
"""Failure causes, most fundamental first; a failed line gets the first one that applies."""

_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "your"})
_LEADING = re.compile(r"^(?:a|an|the|my|our|your)\s+")
_GENERIC_EVENT = re.compile(r"\s+(?:appointment|appt|event|meeting|booking|reservation)$")
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True, slots=True)
class AgendaLine:
    """One corpus line."""

    id: str
    number: int
    """Line number in the file (1-based)."""
    text: str
    now: dt.datetime
    """When it was said (aware)."""
    tz: ZoneInfo
    kind: str
    expect: dict[str, Any]
    conversation: str | None = None
    """Lines with the same id are one conversation, in file order."""

    @property
    def expectation(self) -> str:
        """``step``, ``question`` or ``not_agenda``."""
        if self.expect.get("question") is True:
            return "question"
        if self.expect.get("not_agenda") is True:
            return "not_agenda"
        return "step"


@dataclass(slots=True)
class Verdict:
    """How one plan compares with its line's expectation."""

    exact: bool
    lenient: bool
    """Passed when produced texts need only contain the expected words."""
    cause: str | None = None
    """Why the exact score failed (one of ``CAUSES``); None when it passed."""
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class LineResult:
    line: AgendaLine
    plan: Plan
    verdict: Verdict
    elapsed_ms: float
    """Wall time of ``Planner.plan`` for this line."""


# -- corpus --------------------------------------------------------------------------------------


def _check_instant(value: Any, label: str) -> None:
    if not isinstance(value, str):
        raise ValueError(f"{label} is not a string")
    if dt.datetime.fromisoformat(value).tzinfo is None:
        raise ValueError(f"{label} has no UTC offset")


def check_expect(expect: Any) -> None:
    """Raise ValueError unless *expect* is one of the three expectation forms."""
    if not isinstance(expect, dict):
        raise ValueError("expect is not an object")
    if expect.get("question") is True or expect.get("not_agenda") is True:
        if len(expect) != 1:
            raise ValueError(f"a question or not_agenda expectation has extra keys: {expect}")
        return
    action = expect.get("action")
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    unknown = set(expect) - {"action", "targets", "params"}
    if unknown:
        raise ValueError(f"unknown expect keys {sorted(unknown)}")
    targets = expect.get("targets", [])
    if not isinstance(targets, list) or not all(isinstance(t, str) for t in targets):
        raise ValueError("targets is not a list of entity ids")
    params = expect.get("params")
    if not isinstance(params, dict):
        raise ValueError("params is not an object")
    for key, value in params.items():
        if key not in KNOWN_KEYS:
            raise ValueError(f"unknown parameter {key!r}")
        if key in INSTANT_KEYS:
            _check_instant(value, f"params.{key}")
        elif key in DATE_KEYS:
            dt.date.fromisoformat(str(value))
        elif not isinstance(value, str) or not value.strip():
            raise ValueError(f"params.{key} is not a non-empty string")
    if "rrule" in params:
        start = params.get("due_datetime") or params.get("start_date_time") or ""
        if start:
            _occurrences(params["rrule"], dt.datetime.fromisoformat(start))
        else:
            _occurrences(params["rrule"], dt.datetime.fromisoformat(params["start_date"]))


def read_corpus(path: Path) -> list[AgendaLine]:
    """The lines of *path*; raises :class:`CorpusError` listing every malformed line."""
    lines: list[AgendaLine] = []
    problems: list[str] = []
    seen: set[str] = set()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            line_id = str(data["id"])
            if line_id in seen:
                raise ValueError(f"duplicate id {line_id!r}")
            seen.add(line_id)
            text = data["text"]
            if not isinstance(text, str) or not text.strip():
                raise ValueError("text is empty")
            now = dt.datetime.fromisoformat(data["now"])
            if now.tzinfo is None:
                raise ValueError("now has no UTC offset")
            kind = data["kind"]
            if kind not in KINDS:
                raise ValueError(f"unknown kind {kind!r}")
            check_expect(data["expect"])
            conversation = data.get("conversation")
            lines.append(
                AgendaLine(
                    id=line_id,
                    number=number,
                    text=text,
                    now=now,
                    tz=ZoneInfo(data["tz"]),
                    kind=kind,
                    expect=data["expect"],
                    conversation=str(conversation) if conversation is not None else None,
                )
            )
        except (KeyError, ValueError, TypeError, ZoneInfoNotFoundError) as err:
            problems.append(f"line {number}: {type(err).__name__}: {err}")
    if problems:
        raise CorpusError(problems)
    return lines


# -- scoring -------------------------------------------------------------------------------------


def normalize_text(text: str, *, match: bool = False) -> str:
    """*text* as compared: lower case, straight apostrophes, no edge punctuation, no leading
    article or possessive; for an event ``match`` also no trailing generic noun."""
    out = " ".join(text.replace("\u2019", "'").lower().split())
    previous = None
    while previous != out:
        previous = out
        out = _EDGE_PUNCTUATION.sub("", out).strip()
        out = _LEADING.sub("", out)
        if match:
            out = _GENERIC_EVENT.sub("", out) or out
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text)


def text_equal(expected: str, produced: str, *, match: bool = False) -> bool:
    return normalize_text(expected, match=match) == normalize_text(produced, match=match)


def text_contains(expected: str, produced: str, *, match: bool = False) -> bool:
    """Every expected word (normalised; articles and possessives aside) is among the produced
    text's words."""
    wanted = [w for w in _words(normalize_text(expected, match=match)) if w not in _DETERMINERS]
    have = set(_words(normalize_text(produced, match=match)))
    return bool(wanted) and all(word in have for word in wanted)


def _parse_instant(value: Any) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _occurrences(rule: str, start: dt.datetime) -> list[dt.datetime]:
    """The first occurrences of *rule* from *start*, on the wall clock of *start*'s zone."""
    naive = start.replace(tzinfo=None)
    found = rrulestr(rule, dtstart=naive, cache=False)
    out: list[dt.datetime] = []
    for when in found:
        out.append(when)
        if len(out) == RRULE_OCCURRENCES:
            break
    return out


def _rule_reason(expected: dict[str, Any], produced: dict[str, Any]) -> str | None:
    rule, got = str(expected["rrule"]), str(produced["rrule"])
    starts = ("due_datetime", "start_date_time", "start_date")
    key = next((k for k in starts if k in expected), None)
    if key is None or key not in produced:
        return f"rrule: got {got!r}, expected {rule!r} (no start to compare from)"
    try:
        want = _occurrences(rule, dt.datetime.fromisoformat(str(expected[key])))
        have = _occurrences(got, dt.datetime.fromisoformat(str(produced[key])))
    except (ValueError, TypeError) as err:
        return f"rrule: {got!r} unreadable ({err})"
    if want != have:
        return f"rrule: got {got!r}, expected {rule!r}"
    return None


def _agenda_steps(plan: Plan) -> list[Step]:
    return [s for s in plan.steps if s.domain in AGENDA_DOMAINS]


def _is_question(plan: Plan) -> bool:
    return (
        not plan.steps
        and plan.error is not None
        and plan.error.code in (ErrorCode.UNCLEAR, ErrorCode.AMBIGUOUS)
        and bool(plan.reply)
    )


def score(line: AgendaLine, plan: Plan) -> Verdict:
    """The verdict on *plan* for *line* (see the module docstring for the rules)."""
    if line.expectation == "question":
        if _is_question(plan):
            return Verdict(True, True)
        if plan.steps:
            actions = ", ".join(s.action for s in plan.steps)
            return Verdict(False, False, "step instead of a question", [f"got steps: {actions}"])
        return Verdict(False, False, "not understood", [f"no question: {_outcome(plan)}"])
    if line.expectation == "not_agenda":
        agenda = _agenda_steps(plan)
        if agenda:
            actions = ", ".join(s.action for s in agenda)
            return Verdict(False, False, "taken as an agenda request", [f"got steps: {actions}"])
        if not plan.steps and plan.error is not None and plan.error.code is ErrorCode.UNCLEAR:
            reason = f"asked instead: {plan.reply!r}"
            return Verdict(False, False, "taken as an agenda request", [reason])
        return Verdict(True, True)
    return _score_step(line.expect, plan)


def _outcome(plan: Plan) -> str:
    if plan.error is not None:
        return f"error {plan.error.code} ({plan.reply!r})"
    return "no steps" if not plan.steps else f"{len(plan.steps)} steps"


def _score_step(expect: dict[str, Any], plan: Plan) -> Verdict:
    if not plan.steps:
        if _is_question(plan):
            return Verdict(False, False, "question instead of a step", [f"asked {plan.reply!r}"])
        return Verdict(False, False, "not understood", [_outcome(plan)])
    action = expect["action"]
    mine = [s for s in plan.steps if s.action == action]
    if not mine:
        actions = ", ".join(s.action for s in plan.steps)
        return Verdict(False, False, "wrong action", [f"got {actions}, expected {action}"])
    if len(plan.steps) != 1:
        actions = ", ".join(s.action for s in plan.steps)
        return Verdict(False, False, "wrong number of steps", [f"got steps: {actions}"])
    step = mine[0]
    found: list[tuple[str, str]] = []  # (cause, reason)
    if "targets" in expect and sorted(step.targets) != sorted(expect["targets"]):
        found.append(("wrong target", f"targets: got {step.targets}, expected {expect['targets']}"))
    want: dict[str, Any] = expect["params"]
    have: dict[str, Any] = dict(step.params)
    text_ok_lenient = True
    for key in sorted(set(want) | set(have)):
        if key not in want or key not in have:
            side = "missing" if key not in have else "extra"
            cause = (
                "wrong time"
                if key in INSTANT_KEYS | DATE_KEYS
                else "wrong recurrence"
                if key == "rrule"
                else "missing or extra parameter"
            )
            found.append((cause, f"{side} parameter {key} ({have.get(key, want.get(key))!r})"))
            continue
        expected, produced = want[key], have[key]
        if key in INSTANT_KEYS:
            got = _parse_instant(produced)
            wanted = _parse_instant(expected)
            assert wanted is not None  # checked when the corpus was read
            # Compared in UTC: == between zones is false for any time in a fall-back fold.
            if got is None or got.astimezone(dt.UTC) != wanted.astimezone(dt.UTC):
                found.append(("wrong time", f"{key}: got {produced!r}, expected {expected!r}"))
        elif key in DATE_KEYS:
            if str(produced) != str(expected):
                found.append(("wrong time", f"{key}: got {produced!r}, expected {expected!r}"))
        elif key == "rrule":
            reason = _rule_reason(want, have)
            if reason:
                found.append(("wrong recurrence", reason))
        elif key in TEXT_KEYS:
            is_match = key == "match"
            if not text_equal(str(expected), str(produced), match=is_match):
                found.append(("wrong text", f"{key}: got {produced!r}, expected {expected!r}"))
                if not text_contains(str(expected), str(produced), match=is_match):
                    text_ok_lenient = False
        elif produced != expected:
            found.append(("missing or extra parameter", f"{key}: got {produced!r}"))
    if not found:
        return Verdict(True, True)
    causes = [cause for cause, _ in found]
    lenient = text_ok_lenient and all(cause == "wrong text" for cause in causes)
    first = min(causes, key=CAUSES.index)
    return Verdict(False, lenient, first, [reason for _, reason in found])


# -- running -------------------------------------------------------------------------------------


def benchmark_home() -> Home:
    """The demo home plus a "Family" calendar for the lines that name it."""
    home = Home.load(demo_home_source())
    home.entities[FAMILY_CALENDAR] = Entity(FAMILY_CALENDAR, "Family", "off")
    return home


def run(lines: Sequence[AgendaLine], home: Home | None = None) -> list[LineResult]:
    """Plan and score every line, in order (conversations carry over between their lines)."""
    home = home if home is not None else benchmark_home()
    planners: dict[str, Planner] = {}
    conversations: dict[str, Conversation] = {}
    results: list[LineResult] = []
    for line in lines:
        planner = planners.get(line.tz.key)
        if planner is None:
            planner = planners[line.tz.key] = Planner(home, "en", tz=line.tz)
            planner.warm_up()  # hassil's caches: the first plan is otherwise slow
        if line.conversation is not None:
            conversation = conversations.setdefault(
                line.conversation, Conversation(line.conversation)
            )
        else:
            conversation = Conversation(f"line-{line.id}")
        started = time.perf_counter()
        plan = planner.plan(line.text, now=line.now, conversation=conversation)
        elapsed = (time.perf_counter() - started) * 1000
        results.append(LineResult(line, plan, score(line, plan), elapsed))
    return results


def _table(results: Iterable[LineResult], key: str) -> dict[str, dict[str, float]]:
    totals: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    lenient: Counter[str] = Counter()
    for result in results:
        name = str(getattr(result.line, key))
        totals[name] += 1
        exact[name] += int(result.verdict.exact)
        lenient[name] += int(result.verdict.lenient)
    order = [k for k in KINDS if k in totals] if key == "kind" else sorted(totals)
    return {
        name: {
            "total": totals[name],
            "exact": exact[name],
            "lenient": lenient[name],
            "exact_accuracy": 100.0 * exact[name] / totals[name],
            "lenient_accuracy": 100.0 * lenient[name] / totals[name],
        }
        for name in order
    }


def summary(results: Sequence[LineResult]) -> dict[str, Any]:
    """Overall and per-kind accuracy, failure causes and planning time."""
    total = len(results)
    exact = sum(r.verdict.exact for r in results)
    lenient = sum(r.verdict.lenient for r in results)
    causes: Counter[str] = Counter(
        r.verdict.cause for r in results if not r.verdict.exact and r.verdict.cause
    )
    elapsed = [r.elapsed_ms for r in results]
    return {
        "total": total,
        "exact": exact,
        "lenient": lenient,
        "exact_accuracy": 100.0 * exact / total if total else 0.0,
        "lenient_accuracy": 100.0 * lenient / total if total else 0.0,
        "by_kind": _table(results, "kind"),
        "by_expectation": _table(results, "expectation"),
        "causes": {cause: causes[cause] for cause in CAUSES if causes[cause]},
        "time_zones": sorted({r.line.tz.key for r in results}),
        "latency_ms": latency_ms(elapsed),
    }


# -- report --------------------------------------------------------------------------------------


def _format_table(title: str, rows: dict[str, dict[str, float]]) -> str:
    width = max([len(title), *(len(name) for name in rows)])
    head = (
        f"{title:<{width}}  {'total':>5}  {'exact':>5}  {'exact %':>7}  "
        f"{'lenient':>7}  {'len. %':>7}"
    )
    out = [head, "-" * len(head)]
    for name, row in rows.items():
        out.append(
            f"{name:<{width}}  {int(row['total']):>5}  {int(row['exact']):>5}  "
            f"{row['exact_accuracy']:>6.1f}%  {int(row['lenient']):>7}  "
            f"{row['lenient_accuracy']:>6.1f}%"
        )
    return "\n".join(out)


def format_report(data: dict[str, Any]) -> str:
    parts = [
        _format_table("kind", data["by_kind"]),
        _format_table("expectation", data["by_expectation"]),
        f"overall: exact {data['exact']}/{data['total']} = {data['exact_accuracy']:.1f}%, "
        f"lenient {data['lenient']}/{data['total']} = {data['lenient_accuracy']:.1f}%",
    ]
    if data["causes"]:
        causes = ", ".join(f"{cause}: {count}" for cause, count in data["causes"].items())
        parts.append(f"failures by cause (exact): {causes}")
    parts.append(f"time zones: {', '.join(data['time_zones'])}")
    latency = data["latency_ms"]
    if latency["p50"] is not None:
        parts.append(
            f"planning time per line (Planner.plan, warm): p50 {latency['p50']:.2f} ms, "
            f"p95 {latency['p95']:.2f} ms, max {latency['max']:.2f} ms"
        )
    return "\n\n".join(parts)


def format_failure(result: LineResult) -> str:
    line = result.line
    verdict = result.verdict
    where = f"now {line.now.isoformat()}, {line.tz.key}"
    if line.conversation:
        where += f", conversation {line.conversation}"
    label = "LENIENT-ONLY" if verdict.lenient else "FAIL"
    out = [
        f"{label} {line.id} [{line.kind}] {line.text!r} ({where})",
        f"  cause: {verdict.cause}",
        f"  expected: {json.dumps(line.expect, ensure_ascii=False)}",
    ]
    out.extend(f"  - {reason}" for reason in verdict.reasons)
    for step in result.plan.steps:
        out.append(
            f"  step: {step.action} {step.targets} {json.dumps(step.params, ensure_ascii=False)}"
        )
    if result.plan.reply:
        out.append(f"  reply: {result.plan.reply!r}")
    return "\n".join(out)


def _failure_json(result: LineResult) -> dict[str, Any]:
    return {
        "id": result.line.id,
        "text": result.line.text,
        "kind": result.line.kind,
        "cause": result.verdict.cause,
        "lenient": result.verdict.lenient,
        "reasons": result.verdict.reasons,
        "plan": result.plan.to_json(),
    }


BENCHMARK = corpus_cli.CorpusBenchmark(
    prog="python -m benchmarks.agenda_accuracy",
    description="Score the local planner on reminder and calendar commands.",
    default_corpus=DEFAULT_CORPUS,
    read=read_corpus,
    run=run,
    summary=summary,
    passed=lambda result: result.verdict.exact,
    format_failure=format_failure,
    format_report=format_report,
    failure_json=_failure_json,
    ensure_ascii=False,
)


def main(argv: Sequence[str] | None = None) -> int:
    return corpus_cli.main(BENCHMARK, argv)


if __name__ == "__main__":
    sys.exit(main())
