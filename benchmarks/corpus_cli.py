"""What the corpus benchmarks that score one line at a time share (agenda_accuracy.py,
time_accuracy.py): the malformed-corpus error, the planning-time summary, and the command
line — ``--corpus FILE``, ``--json OUT``, ``--verbose`` for the failed lines, exit status 0
for a measurement and 2 for a malformed corpus."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from benchmarks.stats import percentile

EXIT_MALFORMED = 2

Line = TypeVar("Line")
Result = TypeVar("Result")


class CorpusError(Exception):
    """The corpus file has malformed lines; ``problems`` lists each one."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def latency_ms(elapsed: Sequence[float]) -> dict[str, float | None]:
    """The median, 95th percentile and slowest of *elapsed* (ms); None each for none."""
    return {
        "p50": percentile(elapsed, 0.50) if elapsed else None,
        "p95": percentile(elapsed, 0.95) if elapsed else None,
        "max": max(elapsed) if elapsed else None,
    }


@dataclass(frozen=True, slots=True)
class CorpusBenchmark(Generic[Line, Result]):
    """One benchmark's parts, for :func:`main`."""

    prog: str
    description: str
    default_corpus: Path
    read: Callable[[Path], Sequence[Line]]
    """The corpus's lines; CorpusError when some are malformed."""
    run: Callable[[Sequence[Line]], Sequence[Result]]
    summary: Callable[[Sequence[Result]], dict[str, Any]]
    passed: Callable[[Result], bool]
    format_failure: Callable[[Result], str]
    format_report: Callable[[dict[str, Any]], str]
    failure_json: Callable[[Result], dict[str, Any]]
    ensure_ascii: bool = True
    """Whether the ``--json`` file escapes what is not ASCII."""


def main(bench: CorpusBenchmark[Line, Result], argv: Sequence[str] | None = None) -> int:
    """Score *bench*'s corpus and print the report (the failed lines first with --verbose)."""
    parser = argparse.ArgumentParser(prog=bench.prog, description=bench.description)
    parser.add_argument(
        "--corpus", type=Path, default=bench.default_corpus, help="corpus JSONL file"
    )
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="write results")
    parser.add_argument("--verbose", action="store_true", help="list the failed lines")
    args = parser.parse_args(argv)
    try:
        lines = bench.read(args.corpus)
    except CorpusError as err:
        print(f"{args.corpus}: malformed corpus:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_MALFORMED
    results = bench.run(lines)
    data = bench.summary(results)
    if args.verbose:
        for result in results:
            if not bench.passed(result):
                print(bench.format_failure(result))
        print()
    print(bench.format_report(data))
    if args.json is not None:
        data["corpus"] = str(args.corpus)
        data["failures"] = [bench.failure_json(r) for r in results if not bench.passed(r)]
        text = json.dumps(data, indent=1, ensure_ascii=bench.ensure_ascii)
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0
