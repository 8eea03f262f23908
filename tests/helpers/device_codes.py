"""Looking for a device's own code (an alarm panel's, a lock's) where it must never be: the
files Hearth writes and its log lines. A code may be two digits, so a plain substring search
would find it in any timestamp or page of a database: these look for it standing as a value
of its own, and read SQLite databases row by row."""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path


def alone(code: str) -> re.Pattern[str]:
    """*code* standing as a value of its own: not inside a longer number, word or time."""
    return re.compile(rf"(?<![\w.]){re.escape(code)}(?![\w.])")


def written(*paths: Path) -> dict[str, str]:
    """What the files under *paths* hold, by name: SQLite databases read row by row (so no
    page's bytes pass for a value), the rest as text."""
    found: dict[str, str] = {}
    for root in paths:
        files = [root] if root.is_file() else sorted(root.rglob("*")) if root.exists() else []
        for path in files:
            if not path.is_file() or path.name.endswith(("-wal", "-shm", "-journal")):
                continue  # a database's side files: read through the database
            raw = path.read_bytes()
            if raw.startswith(b"SQLite format 3\0"):
                with contextlib.closing(sqlite3.connect(path)) as db:
                    found[path.name] = "\n".join(db.iterdump())
            else:
                found[path.name] = raw.decode("utf-8", "replace")
    return found


def written_anywhere(code: str, *paths: Path) -> list[str]:
    """The files under *paths* where *code* stands as a value of its own."""
    return [name for name, text in written(*paths).items() if alone(code).search(text)]


def logged(code: str, records: Iterable[logging.LogRecord]) -> list[str]:
    """The log lines among *records* where *code* stands as a value of its own."""
    return [r.getMessage() for r in records if alone(code).search(r.getMessage())]
