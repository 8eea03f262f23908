"""Collect the window's texts into the translation files and compile them.

    .venv/bin/python packaging/update_translations.py          # lupdate, then lrelease
    .venv/bin/python packaging/update_translations.py --check  # what the test checks

``pyside6-lupdate`` reads every ``ui/*.py`` (``self.tr()``, ``QCoreApplication.translate()``,
``QT_TRANSLATE_NOOP``) into ``resources/desktop/translations/hearth_<lang>.ts``, keeping the
translations already written; translate the new entries (Qt Linguist: ``pyside6-linguist``),
then run this again: ``pyside6-lrelease`` writes the ``.qm`` files the window loads.
tests/ui/test_translations.py fails when a ``.ts`` has an unfinished entry or when a ``.qm``
differs from what its ``.ts`` compiles to.

Counts: lupdate makes a plural entry (``%n`` with a form per plural) only of ``self.tr(text,
"", n)``; a ``QCoreApplication.translate(context, text, "", n)`` becomes a plain entry that Qt
then never finds for a count (the window stays English). Outside ``self.tr()``, give the
singular its own text ("1 event") and put the count into the plural's yourself
(``translate(context, "%n events").replace("%n", str(n))``); and pass lupdate a plain name
as the count, never ``len(...)`` (a call there hides the whole entry from it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "desktop" / "translations"
LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "pt_BR", "pl")
"""The languages the window is translated into (besides English, the source)."""


def tool(name: str) -> str:
    """The PySide6 tool *name* beside this Python (a venv's bin/), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6)")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    """Bring *ts_files* up to date with the window's texts (obsolete entries dropped)."""
    command = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none"]
    subprocess.run([*command, "-ts", *map(str, ts_files)], cwd=ROOT, check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    command = [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, cwd=ROOT, check=True)


def main() -> int:
    files = [TRANSLATIONS / f"hearth_{lang}.ts" for lang in LANGUAGES]
    if "--check" not in sys.argv:
        lupdate(files)
    for ts_file in files:
        lrelease(ts_file, ts_file.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
