"""Hearth's own data files per language: ``resources/sentences/<lang>/<name>.yaml``.

Every reader of a language's words (questions, conditions, timers, replies…) finds its file
here, so that each looks in the same folders: the language's own ("pt-BR") first, then its
base ("pt"). A language without the file has none of that data, and its readers fall back.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

from app.core.files import load_own_yaml


def own_data(language: str, name: str) -> dict[str, Any] | None:
    """The content of the data file *name* of *language*: a mapping (empty when the file holds
    none), or None where the language has no such file."""
    root = resources.files("resources") / "sentences"
    for folder in dict.fromkeys((language, language.split("-", 1)[0])):
        path = root / folder / name
        if path.is_file():
            content = load_own_yaml(path.read_text(encoding="utf-8")) or {}
            return content if isinstance(content, dict) else {}
    return None


def alternatives(patterns: list[str]) -> re.Pattern[str] | None:
    """The regular expressions *patterns* (a data file's list) as one that matches any of them,
    ignoring case; None when there are none."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
