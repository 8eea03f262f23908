"""What the window reads from the history database: the history page's requests and the
tray's recent commands. Each read opens a connection of its own and is meant for a worker
thread (never the GUI thread); WAL mode lets it go on while the assistant writes."""

from __future__ import annotations

from pathlib import Path

from app.records.export import Format, format_for
from app.records.history import History, RequestRecord

COMMAND_SOURCES = frozenset({"gui", "tray", "send", "voice", "cli"})
"""Where a typed or spoken command comes from (a home-view switch is not a "command")."""


def read_history(path: Path, limit: int, search: str | None) -> list[RequestRecord]:
    """The newest *limit* requests matching *search* (None: all). Raises HistoryError."""
    history = History(path)
    try:
        return history.recent(limit=limit, search=search)
    finally:
        history.close()


def recent_commands(path: Path, count: int) -> list[str]:
    """The texts of the last *count* different commands typed or said (not switches, not
    ones that were not understood), newest first. Raises HistoryError."""
    texts: list[str] = []
    seen: set[str] = set()
    for record in read_history(path, count * 6, None):
        if record.source not in COMMAND_SOURCES or record.outcome == "not_understood":
            continue
        text = " ".join(record.text.split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            texts.append(text)
    return texts[:count]


def export_target(path: Path, *, json_chosen: bool) -> tuple[Path, Format]:
    """The file and format of an export to *path*: JSON when the dialog's JSON filter was
    chosen (the name then ends in .json), else as the name says (CSV by default)."""
    fmt: Format = "json" if json_chosen else format_for(path)
    if fmt == "json" and path.suffix.lower() != ".json":
        path = path.with_suffix(".json")
    return path, fmt
