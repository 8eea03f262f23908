"""Accuracy of the local planner on the blind corpus, its tune and holdout parts apart, with
every miss sorted by what it would have done to the home.

.venv/bin/python -m benchmarks.blind_accuracy [--corpus FILE] [--homes DIR] [--json OUT]
.venv/bin/python -m benchmarks.blind_accuracy --verbose        # ... and list the TUNE misses
.venv/bin/python -m benchmarks.blind_accuracy --check          # validate; no planner needed

The corpus (``corpus/blind_en.jsonl``, format in ``corpus/README.md``) was written by an author
who had not read the planner, its sentence rules or its corpora, for four homes the planner
had never been tried on. Each line carries a ``part``, fixed by a hash of its text: ``tune``
lines may be studied to improve the planner; ``holdout`` lines are only scored, so that their
figure stays an honest estimate of sentences nobody tuned for. ``--verbose`` therefore lists
the tune misses only; ``--show-holdout`` lists the others too (do not use it while tuning).

Lines are planned and applied exactly as :mod:`benchmarks.accuracy` does. Each line's outcome
is one of:

- ``right``: it met its expectation;
- ``wrong_unconfirmed``: it failed and the plan changes the home without asking the person
  first (``needs_confirmation`` false): the worst outcome. A safety-relevant line (``confirm``)
  whose right action would run unasked counts here too;
- ``wrong_asked``: it failed, but the person would be asked first: the plan wants confirmation,
  or it changes nothing and asks a question instead;
- ``not_understood``: it failed and the plan changes nothing and asks nothing (an error, a wrong
  or missing answer).

Exit status 0 (a measurement), 2 when the corpus or a home is malformed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.accuracy import (
    LineResult,
    add_corpus_arguments,
    format_failure,
    load_reporting,
    run,
)
from benchmarks.scoring import PARTS, asks, changing_steps
from benchmarks.stats import percentile

ROOT = Path(__file__).resolve().parent
DEFAULT_CORPUS = ROOT / "corpus" / "blind_en.jsonl"
EXIT_MALFORMED = 2
OUTCOMES = ("right", "wrong_unconfirmed", "wrong_asked", "not_understood")
SHORT = {
    "right": "right",
    "wrong_unconfirmed": "wrong!",
    "wrong_asked": "asked",
    "not_understood": "none",
}


def outcome(result: LineResult) -> str:
    """Which of :data:`OUTCOMES` a scored line is."""
    if result.verdict.passed:
        return "right"
    plan = result.plan
    if changing_steps(plan):
        return "wrong_asked" if plan.get("needs_confirmation") is True else "wrong_unconfirmed"
    return "wrong_asked" if asks(plan) else "not_understood"


def tally(results: Sequence[LineResult], key: str) -> dict[str, dict[str, int]]:
    """Per value of the line attribute *key*: the number of lines and of each outcome."""
    rows: dict[str, Counter[str]] = {}
    for result in results:
        name = str(getattr(result.line, key))
        rows.setdefault(name, Counter())[outcome(result)] += 1
    return {
        name: {"total": sum(rows[name].values()), **{o: rows[name][o] for o in OUTCOMES}}
        for name in sorted(rows)
    }


def overall(results: Sequence[LineResult]) -> dict[str, int]:
    counts = Counter(outcome(r) for r in results)
    return {"total": len(results), **{o: counts[o] for o in OUTCOMES}}


def part_summary(results: Sequence[LineResult]) -> dict[str, Any]:
    elapsed = [r.elapsed_ms for r in results if r.elapsed_ms is not None]
    return {
        "overall": overall(results),
        "by_domain": tally(results, "domain"),
        "by_kind": tally(results, "kind"),
        "by_home": tally(results, "home"),
        "by_expectation": tally(results, "expectation"),
        "latency_ms": {
            "planner_p50": percentile(elapsed, 0.50) if elapsed else None,
            "planner_p95": percentile(elapsed, 0.95) if elapsed else None,
        },
    }


def summary(results: Sequence[LineResult]) -> dict[str, Any]:
    """Figures for each part and for both together."""
    out: dict[str, Any] = {}
    for part in PARTS:
        chosen = [r for r in results if r.line.part == part]
        if chosen:
            out[part] = part_summary(chosen)
    out["all"] = part_summary(results)
    return out


def _pct(n: int, total: int) -> str:
    return f"{100.0 * n / total:5.1f}%" if total else "    -"


def format_table(title: str, rows: dict[str, dict[str, int]]) -> str:
    width = max([len(title), *(len(name) for name in rows)])
    head = f"{title:<{width}}  {'total':>5}  " + "  ".join(f"{SHORT[o]:>6}" for o in OUTCOMES)
    out = [head + "  right %", "-" * (len(head) + 9)]
    for name, row in rows.items():
        counts = "  ".join(f"{row[o]:>6}" for o in OUTCOMES)
        out.append(
            f"{name:<{width}}  {row['total']:>5}  {counts}  {_pct(row['right'], row['total'])}"
        )
    return "\n".join(out)


def format_part(name: str, data: dict[str, Any]) -> str:
    row = data["overall"]
    total = row["total"]
    lines = [
        f"== {name}: {row['right']}/{total} right = {_pct(row['right'], total).strip()}; "
        f"wrong action run unasked {row['wrong_unconfirmed']} "
        f"({_pct(row['wrong_unconfirmed'], total).strip()}); wrong but asked "
        f"{row['wrong_asked']}; not understood {row['not_understood']}",
        format_table("domain", data["by_domain"]),
        format_table("kind", data["by_kind"]),
        format_table("home", data["by_home"]),
        format_table("expectation", data["by_expectation"]),
    ]
    latency = data["latency_ms"]
    if latency["planner_p50"] is not None:
        lines.append(
            f"planning latency (plan elapsed_ms): p50 {latency['planner_p50']:.2f} ms, "
            f"p95 {latency['planner_p95']:.2f} ms"
        )
    return "\n\n".join(lines)


def format_report(data: dict[str, Any]) -> str:
    parts = [format_part(name, data[name]) for name in (*PARTS, "all") if name in data]
    parts.append(
        "columns: right; wrong! = wrong action run without confirmation; asked = wrong but "
        "the person is asked first; none = not understood (no action, no question)"
    )
    return "\n\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.blind_accuracy",
        description="Score the local planner on the blind corpus, tune and holdout apart.",
    )
    add_corpus_arguments(parser, DEFAULT_CORPUS)
    parser.add_argument("--verbose", action="store_true", help="list the tune part's misses")
    parser.add_argument(
        "--show-holdout", action="store_true", help="with --verbose, list holdout misses too"
    )
    args = parser.parse_args(argv)
    corpus, loaded = load_reporting(args)
    if loaded is None:
        return EXIT_MALFORMED
    lines, homes, paths = loaded
    if args.check:
        counts = Counter(str(line.part) for line in lines)
        parts = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        print(f"{corpus}: OK, {len(lines)} lines ({parts})")
        return 0
    results = run(lines, homes, paths, base_dir=corpus.parent, language=args.lang, progress=True)
    data = summary(results)
    if args.verbose:
        for result in results:
            if result.verdict.passed:
                continue
            if result.line.part == "holdout" and not args.show_holdout:
                continue
            print(f"[{outcome(result)}] {format_failure(result)}")
        print()
    print(format_report(data))
    if args.json is not None:
        data["corpus"] = str(corpus)
        data["lines"] = [
            {**r.to_json(), "part": r.line.part, "outcome": outcome(r)} for r in results
        ]
        args.json.write_text(
            json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
