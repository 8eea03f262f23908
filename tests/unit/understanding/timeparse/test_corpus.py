"""The evaluation corpus (benchmarks/corpus/time_en.jsonl) as a regression gate."""

from __future__ import annotations

from benchmarks.time_accuracy import DEFAULT_CORPUS, read_corpus, run, summary

MINIMUM_ACCURACY = 90.0


def test_corpus_accuracy_stays_above_90_percent() -> None:
    lines = read_corpus(DEFAULT_CORPUS)
    assert len(lines) >= 170
    assert {line.kind for line in lines} >= {
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
    }
    assert len({line.tz.key for line in lines}) >= 4
    results = run(lines)
    data = summary(results)
    failures = [r for r in results if not r.passed]
    assert data["accuracy"] >= MINIMUM_ACCURACY, [
        (r.line.number, r.line.text, r.reasons) for r in failures
    ]
