"""Whether this computer has a font for a script: text in a script no installed font covers is
not shown (it would be drawn as boxes).

Laying out such text makes Qt try every font on the system, warning "OpenType support missing
for …" for each one (about 170 warnings at start on a desktop without Indic fonts, from the
language list's own names for Hindi, Bengali, Tamil…).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase

#: QLocale's names of scripts where the font database's writing system has another name.
_WRITING_SYSTEM_NAMES = {
    "Bangla": "Bengali",
    "Odia": "Oriya",
    "SimplifiedHan": "SimplifiedChinese",
    "TraditionalHan": "TraditionalChinese",
}


def can_draw(locale: QLocale) -> bool:
    """Whether an installed font covers *locale*'s script (True for a script the font database
    does not list: nothing to check it against). Needs a QGuiApplication."""
    name = locale.script().name.removesuffix("Script")
    system = getattr(QFontDatabase.WritingSystem, _WRITING_SYSTEM_NAMES.get(name, name), None)
    if system is None or system is QFontDatabase.WritingSystem.Any:
        return True
    return system in QFontDatabase.writingSystems()


def native_language_name(locale: QLocale) -> str:
    """The language's name for itself ("Deutsch", "हिन्दी") when a font here can draw it,
    else ""."""
    return locale.nativeLanguageName() if can_draw(locale) else ""
