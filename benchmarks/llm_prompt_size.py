"""Prompt size for homes of 50, 500 and 5,000 entities, and the routing overhead when the local
planner succeeds. No endpoint needed (nothing is sent unless ``--endpoint`` is given).

.venv/bin/python -m benchmarks.llm_prompt_size [--sizes 50 500 5000] [--rounds 30] [--json OUT]
                                                [--endpoint]

Prompt size: for each synthetic home of :func:`benchmarks.latency.synthetic_home` (areas of
eight entities, the same generator as the latency benchmark), the prompt Hearth would send for
a set of utterances the local planner cannot read ("it's too dark in here", "get the house
ready for movie night", ...), as the owner with this computer in the first area: its estimated
tokens (:func:`app.understanding.llm.context.estimate_tokens`, about 3.5 characters per token), the
devices listed and left out, and the time to build it. With ``--endpoint`` one request per size
goes to the configured endpoint (``HEARTH_LLM_*`` or the settings) and its own
``usage.prompt_tokens`` is reported beside the estimate.

Routing overhead: for the latency benchmark's sentences that the local planner plans
confidently, ``Planner.plan`` against ``PlannerRouter.route`` with a language model configured
(at an address nothing listens on: a request would fail loudly, and the benchmark checks none
was made). Calls alternate, ``--rounds`` passes; p50 of each and of the per-call difference.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections.abc import Sequence
from typing import Any

from app.understanding import Planner
from app.understanding.llm.config import LLMConfig, RoutingMode
from app.understanding.llm.context import build_prompt
from app.understanding.llm.planner import LLMPlanner
from app.understanding.routing import PlannerRouter, confident
from benchmarks.latency import sentences, synthetic_home
from benchmarks.stats import percentile

#: Utterances the local planner hands to the model (none names a device of the home).
UTTERANCES = (
    "it's too dark in here",
    "get the house ready for movie night",
    "I'm freezing",
    "we're going to bed",
    "make it cosy for reading",
    "the baby is asleep upstairs, keep it quiet",
)
#: Nothing listens here: a request would fail at once, and the benchmark would notice.
NOWHERE = "http://127.0.0.1:9/v1"


def prompt_sizes(size: int) -> dict[str, Any]:
    home = synthetic_home(size)
    area = next(iter(home.areas))
    tokens, listed, omitted, build_ms = [], [], [], []
    for text in UTTERANCES:
        started = time.perf_counter()
        prompt = build_prompt(text, home, area=area)
        build_ms.append((time.perf_counter() - started) * 1000)
        tokens.append(prompt.estimated_tokens)
        listed.append(len(prompt.listed))
        omitted.append(prompt.omitted)
    return {
        "entities": size,
        "estimated_tokens_max": max(tokens),
        "estimated_tokens_mean": round(statistics.mean(tokens)),
        "listed_min": min(listed),
        "omitted_max": max(omitted),
        "build_ms_p50": round(percentile(build_ms, 0.5), 2),
        "build_ms_max": round(max(build_ms), 2),
    }


async def endpoint_tokens(size: int, config: LLMConfig) -> int | None:
    """The endpoint's own prompt-token count for the first utterance on a home of *size*."""
    home = synthetic_home(size)
    llm = LLMPlanner(home, config)
    try:
        result = await llm.plan(UTTERANCES[0], area=next(iter(home.areas)))
    finally:
        await llm.aclose()
    if result.failure is not None:
        print(f"endpoint: {result.failure}", file=sys.stderr)
    return result.prompt_tokens


async def routing_overhead(size: int, rounds: int) -> dict[str, Any]:
    home = synthetic_home(size)
    planner = Planner(home)
    config = LLMConfig(base_url=NOWHERE, model="never-called", timeout=1)
    llm = LLMPlanner(home, config)
    router = PlannerRouter(planner, llm, RoutingMode.LOCAL_FIRST, forbidden=False)
    texts = [(s.text, s.area) for s in sentences(home)]
    texts = [(t, a) for t, a in texts if confident(planner.plan(t, area=a))]
    direct: list[float] = []
    routed: list[float] = []
    asked = 0
    for round_ in range(rounds):
        for text, area in texts:
            # Which goes first alternates: the second call finds warmer caches.
            for routed_now in (False, True) if round_ % 2 else (True, False):
                started = time.perf_counter()
                if routed_now:
                    result = await router.route(text, area=area)
                    routed.append((time.perf_counter() - started) * 1000)
                    asked += result.llm is not None
                else:
                    planner.plan(text, area=area)
                    direct.append((time.perf_counter() - started) * 1000)
    await router.aclose()
    differences = [r - d for r, d in zip(routed, direct, strict=True)]
    return {
        "entities": size,
        "sentences": len(texts),
        "calls": len(direct),
        "model_asked": asked,
        "local_p50_ms": round(percentile(direct, 0.5), 3),
        "routed_p50_ms": round(percentile(routed, 0.5), 3),
        "difference_p50_ms": round(percentile(differences, 0.5), 3),
        "difference_mean_ms": round(statistics.mean(differences), 3),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.llm_prompt_size", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 500, 5000])
    parser.add_argument("--rounds", type=int, default=30, help="passes for the routing overhead")
    parser.add_argument("--overhead-size", type=int, default=500, help="home size for it")
    parser.add_argument("--endpoint", action="store_true", help="also ask the endpoint's count")
    parser.add_argument("--json", help="write the results to this file")
    args = parser.parse_args(argv)
    config = None
    if args.endpoint:
        from app.config.settings import Settings
        from app.understanding.llm.config import resolve

        config = resolve(Settings.load().llm)
        if not config.configured:
            print("--endpoint: no language model configured (see docs/llm.md)", file=sys.stderr)
            return 2
    sizes = []
    print(
        f"{'entities':>8}  {'est. tokens max':>15}  {'mean':>5}  {'listed':>6}  "
        f"{'left out':>8}  {'build p50 ms':>12}  endpoint"
    )
    for size in args.sizes:
        row = prompt_sizes(size)
        row["endpoint_prompt_tokens"] = (
            asyncio.run(endpoint_tokens(size, config)) if config is not None else None
        )
        sizes.append(row)
        print(
            f"{size:>8}  {row['estimated_tokens_max']:>15}  {row['estimated_tokens_mean']:>5}  "
            f"{row['listed_min']:>6}  {row['omitted_max']:>8}  {row['build_ms_p50']:>12}  "
            f"{row['endpoint_prompt_tokens'] or '-'}"
        )
    overhead = asyncio.run(routing_overhead(args.overhead_size, args.rounds))
    print(
        f"\nrouting overhead on confident local plans ({overhead['entities']} entities, "
        f"{overhead['sentences']} sentences x {args.rounds} rounds, model asked "
        f"{overhead['model_asked']} times): local p50 {overhead['local_p50_ms']} ms, routed p50 "
        f"{overhead['routed_p50_ms']} ms, difference p50 {overhead['difference_p50_ms']} ms "
        f"(mean {overhead['difference_mean_ms']} ms)"
    )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"sizes": sizes, "routing_overhead": overhead}, out, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
