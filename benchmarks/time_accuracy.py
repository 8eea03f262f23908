"""Accuracy of the time-expression reader (app.understanding.timeparse) on its evaluation corpus.

.venv/bin/python -m benchmarks.time_accuracy [--corpus FILE | --lang LANG] [--json OUT] [--verbose]

``--lang`` is one of de, fr, es, it, nl, pt, pl, sv, ru, uk (``corpus/time_<lang>.jsonl``; en is the
default corpus).

Each corpus line (JSONL) is a sentence with the moment and time zone it was said in, a kind
(relative, clock, day, day_time, date, date_time, duration, range, period, recurring,
unclear) and the expected value:

    {"at": ISO}                                     a Moment
    {"start": ISO, "end": ISO, "all_day": bool}     a Span
    {"first": ISO, "rrule": "...", "end"?: ISO}     a Recurrence
    {"unclear": true}                               an Unclear (any reason)

The sentence is read with ``app.understanding.timeparse.request_time`` (all its time expressions
joined into the one time of the request). Instants must be equal and carry the expected UTC offset;
RRULE parts are compared as a set. Also reports whether ``find_times`` gave the expected kind to the
line's (first) expression, and the reading time per line. Exit status 0 (it is a measurement), 2
when the corpus is malformed.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.understanding.timeparse import (
    Moment,
    Recurrence,
    Span,
    TimeValue,
    Unclear,
    find_times,
    request_time,
)
from benchmarks import corpus_cli
from benchmarks.corpus_cli import CorpusError, latency_ms

ROOT = Path(__file__).resolve().parent
DEFAULT_CORPUS = ROOT / "corpus" / "time_en.jsonl"
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ru", "uk")
"""The languages with a corpus ``corpus/time_<lang>.jsonl``."""
KINDS = (
    "relative",
    "clock",
    "day",
    "day_time",
    "date",
    "date_time",
    "duration",
    "range",
    "period",
    "recurring",
    "unclear",
)


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    text: str
    now: datetime
    tz: ZoneInfo
    kind: str
    expect: dict[str, Any]
    language: str = "en"


@dataclass(slots=True)
class Result:
    line: Line
    value: TimeValue | None
    passed: bool
    reasons: list[str]
    kind_found: str | None
    elapsed_ms: float


def read_corpus(path: Path) -> list[Line]:
    lines: list[Line] = []
    problems: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
            now = datetime.fromisoformat(data["now"])
            if now.tzinfo is None:
                raise ValueError("now has no UTC offset")
            kind = data["kind"]
            if kind not in KINDS:
                raise ValueError(f"unknown kind {kind!r}")
            expect = data["expect"]
            if not isinstance(expect, dict) or not (
                {"at"} <= expect.keys()
                or {"start", "end", "all_day"} <= expect.keys()
                or {"first", "rrule"} <= expect.keys()
                or expect.get("unclear") is True
            ):
                raise ValueError(f"malformed expect {expect!r}")
            for key in ("at", "start", "end", "first"):
                if key in expect and datetime.fromisoformat(expect[key]).tzinfo is None:
                    raise ValueError(f"expect.{key} has no UTC offset")
            lines.append(
                Line(
                    number,
                    str(data["text"]),
                    now,
                    ZoneInfo(data["tz"]),
                    kind,
                    expect,
                    str(data.get("lang", "en")),
                )
            )
        except (KeyError, ValueError, TypeError, ZoneInfoNotFoundError) as err:
            problems.append(f"line {number}: {type(err).__name__}: {err}")
    if problems:
        raise CorpusError(problems)
    return lines


def _same_instant(found: datetime, expected_iso: str, label: str, reasons: list[str]) -> None:
    expected = datetime.fromisoformat(expected_iso)
    # Compared in UTC: PEP 495 makes == between zones false for any time in a fall-back fold.
    same = found.astimezone(UTC) == expected.astimezone(UTC)
    if not same or found.utcoffset() != expected.utcoffset():
        reasons.append(f"{label}: got {found.isoformat()}, expected {expected.isoformat()}")


def _rule_set(rule: str) -> set[str]:
    return {part.strip().upper() for part in rule.split(";") if part.strip()}


def score(line: Line, value: TimeValue | None) -> list[str]:
    """Why *value* does not meet the line's expectation (empty when it does)."""
    expect = line.expect
    reasons: list[str] = []
    if expect.get("unclear"):
        if not isinstance(value, Unclear):
            reasons.append(f"expected Unclear, got {value!r}")
        return reasons
    if "at" in expect:
        if not isinstance(value, Moment):
            return [f"expected a Moment, got {value!r}"]
        _same_instant(value.at, expect["at"], "at", reasons)
    elif "first" in expect:
        if not isinstance(value, Recurrence):
            return [f"expected a Recurrence, got {value!r}"]
        _same_instant(value.first, expect["first"], "first", reasons)
        if _rule_set(value.rrule) != _rule_set(expect["rrule"]):
            reasons.append(f"rrule: got {value.rrule!r}, expected {expect['rrule']!r}")
        if "end" in expect:
            if value.end is None:
                reasons.append("end: got none")
            else:
                _same_instant(value.end, expect["end"], "end", reasons)
    else:
        if not isinstance(value, Span):
            return [f"expected a Span, got {value!r}"]
        _same_instant(value.start, expect["start"], "start", reasons)
        _same_instant(value.end, expect["end"], "end", reasons)
        if value.all_day != expect["all_day"]:
            reasons.append(f"all_day: got {value.all_day}, expected {expect['all_day']}")
    return reasons


def run(lines: Sequence[Line]) -> list[Result]:
    results: list[Result] = []
    for line in lines:
        started = time.perf_counter()
        value = request_time(line.text, now=line.now, tz=line.tz, language=line.language)
        elapsed = (time.perf_counter() - started) * 1000
        matches = find_times(line.text, now=line.now, tz=line.tz, language=line.language)
        reasons = score(line, value)
        results.append(
            Result(
                line,
                value,
                not reasons,
                reasons,
                matches[0].kind if matches else None,
                elapsed,
            )
        )
    return results


def summary(results: Sequence[Result]) -> dict[str, Any]:
    totals: Counter[str] = Counter(r.line.kind for r in results)
    passed: Counter[str] = Counter(r.line.kind for r in results if r.passed)
    kind_checked = [r for r in results if r.line.kind != "unclear"]
    kind_agrees = sum(r.kind_found == r.line.kind for r in kind_checked)
    elapsed = [r.elapsed_ms for r in results]
    total = len(results)
    good = sum(r.passed for r in results)
    return {
        "total": total,
        "passed": good,
        "accuracy": 100.0 * good / total if total else 0.0,
        "by_kind": {
            kind: {
                "total": totals[kind],
                "passed": passed[kind],
                "accuracy": 100.0 * passed[kind] / totals[kind],
            }
            for kind in KINDS
            if totals[kind]
        },
        "kind_agreement": 100.0 * kind_agrees / len(kind_checked) if kind_checked else 0.0,
        "time_zones": sorted({r.line.tz.key for r in results}),
        "latency_ms": latency_ms(elapsed),
    }


def format_report(data: dict[str, Any]) -> str:
    rows = data["by_kind"]
    width = max(len("kind"), *(len(k) for k in rows))
    out = [f"{'kind':<{width}}  {'total':>5}  {'passed':>6}  {'accuracy':>8}"]
    out.append("-" * len(out[0]))
    for kind, row in rows.items():
        out.append(
            f"{kind:<{width}}  {row['total']:>5}  {row['passed']:>6}  {row['accuracy']:>7.1f}%"
        )
    latency = data["latency_ms"]
    parts = [
        "\n".join(out),
        f"overall: {data['passed']}/{data['total']} = {data['accuracy']:.1f}%",
        f"kind of the first match agrees with the line's kind: {data['kind_agreement']:.1f}%",
        f"time zones: {', '.join(data['time_zones'])}",
    ]
    if latency["p50"] is not None:
        parts.append(
            f"request_time per line: p50 {latency['p50']:.3f} ms, p95 {latency['p95']:.3f} ms, "
            f"max {latency['max']:.3f} ms"
        )
    return "\n\n".join(parts)


def format_failure(result: Result) -> str:
    line = result.line
    out = [
        f"FAIL line {line.number} [{line.kind}] {line.text!r} "
        f"(now {line.now.isoformat()}, {line.tz.key})",
        f"  expected: {json.dumps(line.expect)}",
        f"  got: {result.value!r}",
    ]
    out.extend(f"  - {reason}" for reason in result.reasons)
    return "\n".join(out)


BENCHMARK = corpus_cli.CorpusBenchmark(
    prog="python -m benchmarks.time_accuracy",
    description="Score app.understanding.timeparse on a corpus of time expressions.",
    default_corpus=DEFAULT_CORPUS,
    read=read_corpus,
    run=run,
    summary=summary,
    passed=lambda result: result.passed,
    format_failure=format_failure,
    format_report=format_report,
    failure_json=lambda r: {"line": r.line.number, "text": r.line.text, "reasons": r.reasons},
)


def main(argv: Sequence[str] | None = None) -> int:
    """``--lang de`` reads ``corpus/time_de.jsonl`` (each language's lines carry ``"lang"``);
    otherwise the options of :mod:`benchmarks.corpus_cli`."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--lang" in args:
        at = args.index("--lang")
        if at + 1 >= len(args) or args[at + 1] not in LANGUAGES:
            print(f"--lang needs one of: {', '.join(LANGUAGES)}", file=sys.stderr)
            return 2
        corpus = ROOT / "corpus" / f"time_{args[at + 1]}.jsonl"
        args[at : at + 2] = ["--corpus", str(corpus)]
    return corpus_cli.main(BENCHMARK, args)


if __name__ == "__main__":
    sys.exit(main())
