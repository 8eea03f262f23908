"""The planner corpus through a language model: accuracy, latency and tokens per request.

.venv/bin/python -m benchmarks.llm_eval [--modes local_first llm_only] [--limit N] [--every K]
                                         [--corpus FILE] [--homes DIR] [--json OUT] [--verbose]

Anyone with an OpenAI-compatible endpoint can measure it: the endpoint, model and key come
from ``HEARTH_LLM_BASE_URL``, ``HEARTH_LLM_MODEL`` and ``HEARTH_LLM_API_KEY`` (or the
settings and the keyring), as for Hearth itself; ``--timeout`` overrides the setting.

Modes:

- ``local_first``: Hearth as it ships. :class:`app.understanding.routing.PlannerRouter` plans
  locally and asks the model only when the local plan is not confident.
- ``llm_only``: every line goes to the model (:class:`app.understanding.llm.planner.LLMPlanner`),
  with no local planner to fall back on: the model's own accuracy.

Every line is scored as :mod:`benchmarks.accuracy` scores the local planner: the corpus'
homes, one fresh copy per standalone line and one per conversation (its lines share the home
and the conversation, in order), the plan's state-changing steps applied to
:class:`integrations.virtual_home.VirtualHome` as if approved, and the verdict of
:func:`benchmarks.scoring.score`. The model sees each line's ``now`` and ``area``; the
conversation's earlier lines reach it as turns. Reported per mode: accuracy (overall, by
domain and by kind); each line's outcome as :mod:`benchmarks.blind_accuracy` defines it
(``right``; ``wrong_unconfirmed``: a wrong action that would run without asking the person,
the rate that matters most; ``wrong_asked``: wrong, but the person is asked first, as every
plan from the model is; ``not_understood``: nothing changed and nothing asked), per mode and
by planner; which planner answered, the model's calls with their latency (p50, p95),
the endpoint's prompt and completion tokens per request (mean, p50, max) next to Hearth's own
estimate, and how many calls failed (unreachable, timeout, rate limit) or were rejected by the
validator. Exit status 0 after any measurement; 2 without an endpoint or with a bad corpus.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.cli.batch import parse_now
from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner
from app.understanding.llm.config import LLMConfig, RoutingMode, resolve
from app.understanding.llm.context import Turn
from app.understanding.llm.planner import LLMPlanner, LLMResult
from app.understanding.routing import PlannerRouter
from benchmarks.accuracy import DEFAULT_CORPUS, apply_plan, breakdown, format_table, load
from benchmarks.blind_accuracy import OUTCOMES, outcome
from benchmarks.scoring import CorpusError, CorpusLine, Verdict, score, units
from benchmarks.stats import percentile

MODES = ("local_first", "llm_only")


@dataclass(slots=True)
class Line:
    """One corpus line's outcome in one mode (the shape :func:`breakdown` reads)."""

    line: CorpusLine
    plan: dict[str, Any]
    verdict: Verdict
    wall_ms: float
    llm: LLMResult | None = None
    call_errors: list[str] = field(default_factory=list)


async def run_mode(
    mode: str,
    lines: Sequence[CorpusLine],
    homes: dict[str, Home],
    config: LLMConfig,
    *,
    progress: bool = False,
) -> list[Line]:
    from integrations.virtual_home import VirtualHome

    out: list[Line] = []
    for number, unit in enumerate(units(lines)):
        adapter = VirtualHome(homes[unit[0].home].copy())
        planner = Planner(adapter.home)
        llm = LLMPlanner(adapter.home, config)
        router = PlannerRouter(planner, llm, RoutingMode.LOCAL_FIRST, forbidden=False)
        conversation = Conversation(unit[0].conversation or unit[0].id)
        turns: list[Turn] = []
        try:
            for line in unit:
                before = adapter.home.copy()
                now = parse_now(line.now)
                started = time.perf_counter()
                answer: LLMResult | None
                if mode == "local_first":
                    routed = await router.route(
                        line.text, area=line.area, now=now, conversation=conversation
                    )
                    plan, answer = routed.plan, routed.llm
                else:
                    answer = await llm.plan(
                        line.text,
                        area=line.area,
                        now=now,
                        turns=turns,
                        targets=conversation.last_targets,
                    )
                    plan = answer.plan
                    if plan.steps:
                        conversation.last_targets = list(plan.steps[-1].targets)
                    summary = "; ".join(s.summary for s in plan.steps)
                    turns.append(Turn(line.text, summary or plan.reply or ""))
                wall_ms = (time.perf_counter() - started) * 1000
                data = plan.to_json()
                errors, _ran = await apply_plan(adapter, data, confirm=line.confirm)
                verdict = score(line, data, before, adapter.home, errors)
                out.append(Line(line, data, verdict, wall_ms, answer, errors))
        finally:
            await router.aclose()
        if progress and number % 25 == 24:
            print(f"... {mode}: {len(out)} lines", file=sys.stderr, flush=True)
    return out


def summarise(results: Sequence[Line]) -> dict[str, Any]:
    calls = [r.llm for r in results if r.llm is not None]
    answered = [c for c in calls if c.failure is None]
    prompt = [float(c.prompt_tokens) for c in answered if c.prompt_tokens is not None]
    completion = [float(c.completion_tokens) for c in answered if c.completion_tokens is not None]
    estimated = [float(c.estimated_prompt_tokens or 0) for c in calls]
    llm_ms = [c.elapsed_ms for c in calls]
    wall = [r.wall_ms for r in results]
    passed = sum(r.verdict.passed for r in results)
    outcomes = Counter(outcome(r) for r in results)  # type: ignore[arg-type]
    by_planner: dict[str, Counter[str]] = {}
    for r in results:
        by_planner.setdefault(str(r.plan.get("planner")), Counter())[outcome(r)] += 1  # type: ignore[arg-type]

    def stats(values: list[float]) -> dict[str, float | None]:
        if not values:
            return {"mean": None, "p50": None, "p95": None, "max": None}
        return {
            "mean": round(statistics.mean(values), 1),
            "p50": round(percentile(values, 0.5), 1),
            "p95": round(percentile(values, 0.95), 1),
            "max": round(max(values), 1),
        }

    return {
        "total": len(results),
        "passed": passed,
        "accuracy": 100.0 * passed / len(results) if results else 0.0,
        "by_domain": breakdown(results, "domain"),  # type: ignore[arg-type]
        "by_kind": breakdown(results, "kind"),  # type: ignore[arg-type]
        "outcomes": {name: outcomes[name] for name in OUTCOMES},
        "wrong_action_rate": 100.0 * outcomes["wrong_unconfirmed"] / len(results)
        if results
        else 0.0,
        "not_understood_rate": 100.0 * outcomes["not_understood"] / len(results)
        if results
        else 0.0,
        "outcomes_by_planner": {
            planner: {name: counts[name] for name in OUTCOMES}
            for planner, counts in sorted(by_planner.items())
        },
        "planners": dict(Counter(str(r.plan.get("planner")) for r in results)),
        "llm_calls": len(calls),
        "llm_failures": dict(
            Counter(type(c.failure).__name__ for c in calls if c.failure is not None)
        ),
        "llm_rejections": sum(c.rejection is not None for c in calls),
        "llm_latency_ms": stats(llm_ms),
        "line_latency_ms": stats(wall),
        "prompt_tokens": stats(prompt),
        "completion_tokens": stats(completion),
        "estimated_prompt_tokens": stats(estimated),
    }


def format_summary(mode: str, data: dict[str, Any]) -> str:
    def row(name: str, values: dict[str, Any], unit: str = "") -> str:
        if values["mean"] is None:
            return f"{name}: none"
        return (
            f"{name}: mean {values['mean']}{unit}, p50 {values['p50']}{unit}, "
            f"p95 {values['p95']}{unit}, max {values['max']}{unit}"
        )

    planners = ", ".join(f"{k}: {v}" for k, v in sorted(data["planners"].items()))
    failures = ", ".join(f"{k}: {v}" for k, v in sorted(data["llm_failures"].items())) or "none"
    return "\n".join(
        [
            f"== {mode} ==",
            format_table("domain", data["by_domain"]),
            "",
            format_table("kind", data["by_kind"]),
            "",
            f"overall: {data['passed']}/{data['total']} = {data['accuracy']:.1f}%",
            f"wrong action run unasked: {data['outcomes']['wrong_unconfirmed']} "
            f"({data['wrong_action_rate']:.1f}%); wrong but asked first: "
            f"{data['outcomes']['wrong_asked']}; not understood: "
            f"{data['outcomes']['not_understood']} ({data['not_understood_rate']:.1f}%)",
            "by planner: "
            + "; ".join(
                f"{planner} " + ", ".join(f"{k} {v}" for k, v in counts.items() if v)
                for planner, counts in data["outcomes_by_planner"].items()
            ),
            f"planners: {planners}",
            f"model calls: {data['llm_calls']}; failed: {failures}; "
            f"rejected by the validator: {data['llm_rejections']}",
            row("model latency", data["llm_latency_ms"], " ms"),
            row("line latency (routing included)", data["line_latency_ms"], " ms"),
            row("prompt tokens (endpoint)", data["prompt_tokens"]),
            row("completion tokens (endpoint)", data["completion_tokens"]),
            row("prompt tokens (Hearth's estimate)", data["estimated_prompt_tokens"]),
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.llm_eval", description=__doc__)
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--homes", type=Path, help="folder of the corpus' homes")
    parser.add_argument("--limit", type=int, help="only the first N units (lines or conversations)")
    parser.add_argument("--every", type=int, default=1, help="only every K-th unit (a sample)")
    parser.add_argument("--timeout", type=float, help="seconds per request (default: setting)")
    parser.add_argument("--json", type=Path, help="write the summaries and every line here")
    parser.add_argument("--verbose", action="store_true", help="list every failed line")
    args = parser.parse_args(argv)

    from app.config.settings import Settings

    settings = Settings.load().llm
    if args.timeout:
        settings.timeout = args.timeout
    config = resolve(settings)
    if not config.configured:
        print(
            "no language model configured: set HEARTH_LLM_BASE_URL and HEARTH_LLM_MODEL "
            "(and HEARTH_LLM_API_KEY if the endpoint needs one); see docs/llm.md",
            file=sys.stderr,
        )
        return 2
    try:
        lines, homes, _paths = load(args.corpus, args.homes)
    except CorpusError as err:
        print(f"malformed corpus:\n{err}", file=sys.stderr)
        return 2
    chosen = units(lines)[:: max(1, args.every)][: args.limit]
    selected = [line for unit in chosen for line in unit]
    print(f"{config.describe()}; {len(selected)} lines in {len(chosen)} units", file=sys.stderr)
    report: dict[str, Any] = {"endpoint": config.base_url, "model": config.model, "modes": {}}
    for mode in args.modes:
        started = time.perf_counter()
        results = asyncio.run(run_mode(mode, selected, homes, config, progress=True))
        data = summarise(results)
        data["wall_s"] = round(time.perf_counter() - started, 1)
        print(format_summary(mode, data) + f"\n(run took {data['wall_s']} s)\n")
        if args.verbose:
            for result in results:
                if not result.verdict.passed:
                    reasons = "; ".join(result.verdict.reasons)
                    print(f"FAIL {result.line.id} {result.line.text!r}: {reasons}")
        report["modes"][mode] = {
            **data,
            "lines": [
                {
                    "id": r.line.id,
                    "text": r.line.text,
                    "passed": r.verdict.passed,
                    "outcome": outcome(r),  # type: ignore[arg-type]
                    "reasons": r.verdict.reasons,
                    "plan": r.plan,
                    "prompt_tokens": r.llm.prompt_tokens if r.llm else None,
                }
                for r in results
            ],
        }
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
