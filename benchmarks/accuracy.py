"""Accuracy of the local planner on the evaluation corpus, scored on the virtual home.

.venv/bin/python -m benchmarks.accuracy [--corpus FILE] [--homes DIR] [--json OUT] [--verbose]
.venv/bin/python -m benchmarks.accuracy --check      # validate the corpus; no planner needed

Each standalone line starts from a fresh copy of its home; the lines of one conversation share
one home and one conversation. Every line is planned through the in-process batch API
(``app.cli.batch.plan_batch``), the plan's state-changing steps are applied to a virtual home
(``integrations.virtual_home.VirtualHome``) as if the person approved them, and the line is
scored against its expectation (benchmarks/corpus/README.md). A step on an alarm panel or lock
that keeps its own code (:mod:`app.policy.device_code`) is asked about, whatever the plan says
(``needs_confirmation`` is set): on a ``confirm`` line the person gives a code that fits the
device's ``code_format`` and the step runs with it; on any other line nobody gives one and the
step is not run, as ``hearth do --yes`` leaves it. Exit status 0 (it is a
measurement), 2 when the corpus or a home is malformed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.core.errors import SnapshotError
from app.core.home import Entity, Home
from app.core.plan import Step
from app.policy import device_code
from benchmarks.scoring import (
    CorpusError,
    CorpusLine,
    Verdict,
    changing_steps,
    check_corpus,
    home_path,
    read_corpus,
    score,
    units,
)
from benchmarks.stats import percentile

ROOT = Path(__file__).resolve().parent
DEFAULT_CORPUS = ROOT / "corpus" / "en.jsonl"
EXIT_MALFORMED = 2
CRASH_MARK = "adapter crashed"


class ServiceCaller(Protocol):
    """The part of the virtual home the benchmark uses."""

    home: Home

    async def call_service(
        self,
        domain: str,
        service: str,
        entity_ids: list[str],
        data: dict[str, Any],
        *,
        return_response: bool = False,
    ) -> Any: ...


@dataclass(slots=True)
class LineResult:
    line: CorpusLine
    plan: dict[str, Any]
    verdict: Verdict
    elapsed_ms: float | None
    """As reported in the plan."""
    wall_ms: float
    """Measured around the batch call (includes loading a changed home)."""
    call_errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.line.id,
            "home": self.line.home,
            "text": self.line.text,
            "domain": self.line.domain,
            "kind": self.line.kind,
            "passed": self.verdict.passed,
            "reasons": self.verdict.reasons,
            "elapsed_ms": self.elapsed_ms,
            "wall_ms": round(self.wall_ms, 3),
            "expectation": self.line.to_json(),
            "plan": self.plan,
        }


class _Feed:
    """Hands requests to ``plan_batch`` one at a time, so that each line is planned only after
    the previous line's plan has been applied to the home."""

    def __init__(self) -> None:
        self._pending: list[dict[str, Any]] = []

    def push(self, request: dict[str, Any]) -> None:
        self._pending.append(request)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        while self._pending:
            yield self._pending.pop(0)


class _Batch:
    """One ``plan_batch`` run fed line by line; restarted if the planner raises."""

    def __init__(self, base_dir: Path) -> None:
        self.base_dir = base_dir
        self._feed = _Feed()
        self._plans: Iterator[dict[str, Any]] | None = None

    def plan(self, request: dict[str, Any]) -> dict[str, Any]:
        from app.cli.batch import plan_batch

        for attempt in range(2):
            if self._plans is None:
                self._feed = _Feed()
                self._plans = iter(plan_batch(self._feed, base_dir=self.base_dir))
            self._feed.push(request)
            try:
                plan = next(self._plans)
            except StopIteration:
                # A plan_batch that reads ahead ends when the feed runs dry; start a new run
                # (its conversations are lost, so follow-ups may fail) and ask again.
                self._plans = None
                if attempt == 0:
                    continue
                return _crashed(request, "plan_batch stopped before answering this request")
            except Exception as err:  # a crash is a failed line, not a failed benchmark
                self._plans = None
                return _crashed(request, f"planner raised {type(err).__name__}: {err}")
            if isinstance(plan, dict):
                return plan
            return _crashed(request, f"plan_batch yielded {type(plan).__name__}, not a plan")
        raise AssertionError("unreachable")


def _crashed(request: dict[str, Any], message: str) -> dict[str, Any]:
    return {
        "text": request.get("text", ""),
        "planner": "none",
        "steps": [],
        "needs_confirmation": False,
        "reply": None,
        "error": {"code": "crash", "message": message},
        "elapsed_ms": None,
    }


#: Codes tried, in order, for a device's ``code_format``: the first that fits is typed.
_CODES = ("4826", "482615", "48261537", "abcd", "abc4826")


def fitting_code(entity: Entity) -> str | None:
    """A code that fits *entity*'s ``code_format`` ("number", "text" or a regular
    expression): what the person approving a step types (the virtual home checks only the
    form). None when none of the tried ones fits."""
    form = entity.attributes.get("code_format")
    if form in ("number", "text"):
        return _CODES[0]
    for code in _CODES:
        try:
            if isinstance(form, str) and re.fullmatch(form, code):
                return code
        except re.error:
            return None
    return None


def code_steps(plan: dict[str, Any], home: Home) -> dict[int, str]:
    """The plan's state-changing steps (by their index among them) that need a device's own
    code, with the device's entity id; marks the plan as asking when there are any."""
    needing: dict[int, str] = {}
    for index, step in enumerate(changing_steps(plan)):
        action, targets = step.get("action"), step.get("targets")
        if not isinstance(action, str) or not isinstance(targets, list):
            continue
        wanted = device_code.needs_device_code(Step(action, [str(t) for t in targets]), home)
        if wanted is not None:
            needing[index] = wanted
    if needing:
        plan["needs_confirmation"] = True  # the person is asked for the code: it is asked
    return needing


async def apply_plan(
    adapter: ServiceCaller, plan: dict[str, Any], *, confirm: bool = False
) -> tuple[list[str], bool]:
    """Run the plan's state-changing steps on the virtual home, in order, as if approved.
    A step that needs a device's own code runs with a fitting one when *confirm* (the line
    is confirmed by the person), and not at all otherwise.

    Returns the rejected calls and whether any call went through."""
    from integrations.base import AdapterError

    errors: list[str] = []
    ran = False
    needing = code_steps(plan, adapter.home)
    for number, step in enumerate(changing_steps(plan)):
        action = step.get("action")
        targets = step.get("targets") or []
        params = step.get("params") or {}
        if not isinstance(action, str) or "." not in action:
            errors.append(f"step without a domain.service action: {action!r}")
            continue
        if not isinstance(targets, list) or not isinstance(params, dict):
            errors.append(f"{action}: malformed targets or params")
            continue
        domain, service = action.split(".", 1)
        data = dict(params)
        if number in needing:
            device = adapter.home.get(needing[number])
            code = fitting_code(device) if confirm and device is not None else None
            if code is None:
                continue  # nobody typed the device's code: the step is not run
            data["code"] = code
        try:
            await adapter.call_service(domain, service, [str(t) for t in targets], data)
            ran = True
        except AdapterError as err:
            errors.append(f"{action} {targets} {params}: {type(err).__name__}: {err}")
        except Exception as err:  # a crashing adapter fails the line, not the run
            errors.append(f"{action} {targets} {params}: {CRASH_MARK}: {type(err).__name__}: {err}")
    return errors, ran


def run(
    lines: Sequence[CorpusLine],
    homes: dict[str, Home],
    paths: dict[str, Path],
    *,
    base_dir: Path,
    language: str = "en",
    progress: bool = False,
) -> list[LineResult]:
    from integrations.virtual_home import VirtualHome

    batch = _Batch(base_dir)
    results: list[LineResult] = []
    loop = asyncio.new_event_loop()
    try:
        with tempfile.TemporaryDirectory(prefix="hearth-accuracy-") as tmp:
            for unit_number, unit in enumerate(units(lines)):
                adapter: ServiceCaller = VirtualHome(homes[unit[0].home].copy())
                current_path = paths[unit[0].home]
                for index, line in enumerate(unit):
                    before = adapter.home.copy()
                    started = time.perf_counter()
                    plan = batch.plan(line.request(current_path, language))
                    wall_ms = (time.perf_counter() - started) * 1000
                    errors, ran = loop.run_until_complete(
                        apply_plan(adapter, plan, confirm=line.confirm)
                    )
                    verdict = score(line, plan, before, adapter.home, errors)
                    elapsed = plan.get("elapsed_ms")
                    results.append(
                        LineResult(
                            line=line,
                            plan=plan,
                            verdict=verdict,
                            elapsed_ms=float(elapsed) if isinstance(elapsed, int | float) else None,
                            wall_ms=wall_ms,
                            call_errors=errors,
                        )
                    )
                    if ran and index + 1 < len(unit):
                        # The next line of the conversation is planned on the changed home.
                        current_path = Path(tmp) / f"u{unit_number}-l{index}.json"
                        _write_snapshot(adapter.home, current_path)
                if progress and unit_number % 50 == 49:
                    print(f"... {len(results)} lines", file=sys.stderr, flush=True)
    finally:
        loop.close()
    return results


def _write_snapshot(home: Home, path: Path) -> None:
    text = json.dumps(home.to_dict(), ensure_ascii=False, default=_jsonable)
    path.write_text(text + "\n", encoding="utf-8")


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    return str(value)


# -- report --------------------------------------------------------------------------------------


def breakdown(results: Sequence[LineResult], key: str) -> dict[str, dict[str, float]]:
    totals: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    for result in results:
        value = str(getattr(result.line, key))
        totals[value] += 1
        passed[value] += int(result.verdict.passed)
    return {
        name: {
            "total": totals[name],
            "passed": passed[name],
            "accuracy": 100.0 * passed[name] / totals[name],
        }
        for name in sorted(totals)
    }


def summary(results: Sequence[LineResult]) -> dict[str, Any]:
    elapsed = [r.elapsed_ms for r in results if r.elapsed_ms is not None]
    wall = [r.wall_ms for r in results]
    total = len(results)
    passed = sum(r.verdict.passed for r in results)
    planners: Counter[str] = Counter(str(r.plan.get("planner")) for r in results)
    crashes = sum(CRASH_MARK in e for r in results for e in r.call_errors)
    planner_crashes = sum(
        isinstance(r.plan.get("error"), dict) and r.plan["error"].get("code") == "crash"
        for r in results
    )
    return {
        "total": total,
        "passed": passed,
        "accuracy": 100.0 * passed / total if total else 0.0,
        "by_domain": breakdown(results, "domain"),
        "by_kind": breakdown(results, "kind"),
        "by_home": breakdown(results, "home"),
        "by_expectation": breakdown(results, "expectation"),
        "planners": dict(planners),
        "adapter_crashes": crashes,
        "planner_crashes": planner_crashes,
        "latency_ms": {
            "planner_p50": percentile(elapsed, 0.50) if elapsed else None,
            "planner_p95": percentile(elapsed, 0.95) if elapsed else None,
            "planner_max": max(elapsed) if elapsed else None,
            "wall_p50": percentile(wall, 0.50) if wall else None,
            "wall_p95": percentile(wall, 0.95) if wall else None,
        },
    }


def format_table(title: str, rows: dict[str, dict[str, float]]) -> str:
    width = max([len(title), *(len(name) for name in rows)])
    out = [f"{title:<{width}}  {'total':>5}  {'passed':>6}  {'accuracy':>8}"]
    out.append("-" * len(out[0]))
    for name, row in rows.items():
        out.append(
            f"{name:<{width}}  {int(row['total']):>5}  {int(row['passed']):>6}  "
            f"{row['accuracy']:>7.1f}%"
        )
    return "\n".join(out)


def format_report(data: dict[str, Any]) -> str:
    parts = [
        format_table("domain", data["by_domain"]),
        format_table("kind", data["by_kind"]),
        format_table("home", data["by_home"]),
        format_table("expectation", data["by_expectation"]),
        f"overall: {data['passed']}/{data['total']} = {data['accuracy']:.1f}%",
    ]
    latency = data["latency_ms"]
    if latency["planner_p50"] is not None:
        parts.append(
            f"planning latency (plan elapsed_ms): p50 {latency['planner_p50']:.2f} ms, "
            f"p95 {latency['planner_p95']:.2f} ms, max {latency['planner_max']:.2f} ms"
        )
    if latency["wall_p50"] is not None:
        parts.append(
            f"wall time per line (batch call): p50 {latency['wall_p50']:.2f} ms, "
            f"p95 {latency['wall_p95']:.2f} ms"
        )
    planners = ", ".join(f"{k}: {v}" for k, v in sorted(data["planners"].items()))
    parts.append(f"planners: {planners}")
    if data["planner_crashes"]:
        parts.append(f"WARNING: the planner raised on {data['planner_crashes']} lines")
    if data["adapter_crashes"]:
        parts.append(
            f"WARNING: the virtual home crashed on {data['adapter_crashes']} service calls; "
            "those lines count as failed but the fault is the adapter's (see --verbose)"
        )
    return "\n\n".join(parts)


def format_failure(result: LineResult) -> str:
    line = result.line
    context = [f"home={line.home}"]
    if line.area:
        context.append(f"area={line.area}")
    if line.conversation:
        context.append(f"conversation={line.conversation}")
    out = [
        f"FAIL {line.id} [{line.domain}/{line.kind}] {line.text!r} ({', '.join(context)})",
        f"  expected: {json.dumps(line.to_json()[line.expectation], ensure_ascii=False)}",
    ]
    out.extend(f"  - {reason}" for reason in result.verdict.reasons)
    plan = result.plan
    steps = plan.get("steps") or []
    if not steps:
        out.append("  plan: no steps")
    for step in steps if isinstance(steps, list) else []:
        if isinstance(step, dict):
            flag = "read-only " if step.get("read_only") else ""
            out.append(
                f"  step: {flag}{step.get('action')} {step.get('targets')} "
                f"{json.dumps(step.get('params') or {}, ensure_ascii=False)}"
            )
    if plan.get("reply"):
        out.append(f"  reply: {plan.get('reply')!r}")
    if plan.get("error"):
        out.append(f"  error: {plan.get('error')}")
    return "\n".join(out)


# -- main ----------------------------------------------------------------------------------------


def load(
    corpus: Path, homes_dir: Path | None
) -> tuple[list[CorpusLine], dict[str, Home], dict[str, Path]]:
    """The corpus and its homes; raises :class:`CorpusError` on any problem."""
    lines = read_corpus(corpus)
    homes: dict[str, Home] = {}
    paths: dict[str, Path] = {}
    problems: list[str] = []
    for name in sorted({line.home for line in lines}):
        path = home_path(name, corpus, homes_dir)
        try:
            homes[name] = Home.load(path)
            paths[name] = path
        except SnapshotError as err:
            problems.append(f"home {name!r}: {err}")
    problems.extend(check_corpus(lines, homes) if not problems else [])
    if problems:
        raise CorpusError(problems)
    return lines, homes, paths


def describe(lines: Sequence[CorpusLine]) -> str:
    by_home: Counter[str] = Counter(line.home for line in lines)
    by_domain: Counter[str] = Counter(line.domain for line in lines)
    by_kind: Counter[str] = Counter(line.kind for line in lines)
    by_expectation: Counter[str] = Counter(line.expectation for line in lines)
    conversations: dict[str, int] = defaultdict(int)
    for line in lines:
        if line.conversation:
            conversations[line.conversation] += 1

    def fmt(counter: Counter[str]) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))

    return "\n".join(
        [
            f"{len(lines)} lines, {len(conversations)} conversations",
            f"homes: {fmt(by_home)}",
            f"domains: {fmt(by_domain)}",
            f"kinds: {fmt(by_kind)}",
            f"expectations: {fmt(by_expectation)}",
        ]
    )


def add_corpus_arguments(parser: argparse.ArgumentParser, default_corpus: Path) -> None:
    """The options every corpus benchmark takes: --corpus, --homes, --json, --check, --lang."""
    parser.add_argument("--corpus", type=Path, default=default_corpus, help="corpus JSONL file")
    parser.add_argument(
        "--homes", type=Path, default=None, help="folder of home snapshots (default: ../homes)"
    )
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="write results")
    parser.add_argument("--check", action="store_true", help="only validate the corpus")
    parser.add_argument("--lang", default="en", help="language of the corpus (default: en)")


def load_reporting(
    args: argparse.Namespace,
) -> tuple[Path, tuple[list[CorpusLine], dict[str, Home], dict[str, Path]] | None]:
    """The corpus path and what :func:`load` returns, or None after printing every problem
    of a malformed corpus to standard error."""
    corpus: Path = args.corpus.resolve()
    try:
        return corpus, load(corpus, args.homes.resolve() if args.homes else None)
    except CorpusError as err:
        print(f"{corpus}: malformed corpus:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return corpus, None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.accuracy",
        description="Score the local planner on an evaluation corpus.",
    )
    add_corpus_arguments(parser, DEFAULT_CORPUS)
    parser.add_argument("--verbose", action="store_true", help="list failures with their plans")
    args = parser.parse_args(argv)
    corpus, loaded = load_reporting(args)
    if loaded is None:
        return EXIT_MALFORMED
    lines, homes, paths = loaded
    if args.check:
        print(f"{corpus}: OK")
        print(describe(lines))
        return 0
    results = run(lines, homes, paths, base_dir=corpus.parent, language=args.lang, progress=True)
    data = summary(results)
    if args.verbose:
        for result in results:
            if not result.verdict.passed:
                print(format_failure(result))
        print()
    print(format_report(data))
    if args.json is not None:
        data["corpus"] = str(corpus)
        data["lines"] = [r.to_json() for r in results]
        args.json.write_text(
            json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
