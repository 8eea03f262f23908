"""Small statistics helpers shared by the benchmarks."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol


class _Case(Protocol):
    def to_json(self) -> dict[str, Any]: ...


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` in 0..1); NaN for no samples."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]


def write_cases(path: Path, summary: Mapping[str, Any], results: Iterable[_Case]) -> None:
    """Write a run's *summary* and every case's result to *path* as JSON (``--json OUT``)."""
    path.write_text(
        json.dumps(
            {"summary": summary, "cases": [r.to_json() for r in results]},
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
