"""The window in the person's language: Qt translators for Hearth's own texts and Qt's.

Hearth's texts go through ``self.tr()`` / ``QCoreApplication.translate()`` (the context is the
class). ``pyside6-lupdate`` collects them into ``resources/desktop/translations/hearth_<lang>.ts``
(``packaging/update_translations.py``), ``pyside6-lrelease`` compiles those into the ``.qm``
files loaded here; a test recompiles every ``.ts`` and compares, so the two never drift.
Qt's own dialogs and standard buttons come from the ``qtbase_<lang>.qm`` PySide6 ships.

The language is Hearth's language setting (``--lang`` or ``language`` in settings.toml), or
the system's when the settings file names none. A language saved in Settings applies at once
(:mod:`ui.retranslate`).
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_LOGGER = logging.getLogger(__name__)

TRANSLATIONS = Path(str(resources.files("resources"))) / "desktop" / "translations"
"""Where hearth_<lang>.ts and hearth_<lang>.qm live."""


def window_language(setting: str | None, explicit: bool) -> str:
    """The window's language: *setting* when the person chose one (*explicit*), else the
    system's (``de_DE`` → ``de``, what QLocale reports for LANG/LC_ALL)."""
    if explicit and setting:
        return setting
    return QLocale.system().name() or "en"


def candidates(language: str) -> list[str]:
    """The file suffixes to try for *language*, most specific first: ``pt-BR`` → ``pt_BR``,
    ``pt``."""
    name = language.replace("-", "_")
    base = name.split("_", 1)[0].lower()
    return [name, base] if base != name else [base]


def regional(language: str, folder: Path) -> list[str]:
    """The regional forms of *language* Qt ships its own texts in (``pt`` → ``pt_BR``), for a
    language Qt has no plain file of: its standard buttons are better in Brazilian Portuguese
    than in English."""
    base = candidates(language)[-1]
    return sorted(path.stem.removeprefix("qtbase_") for path in folder.glob(f"qtbase_{base}_*.qm"))


def available() -> list[str]:
    """The languages Hearth's window is translated into (besides English)."""
    return sorted(path.stem.removeprefix("hearth_") for path in TRANSLATIONS.glob("hearth_*.qm"))


class WindowTranslation:
    """The translators installed on the application (kept here so Qt does not lose them)."""

    def __init__(self) -> None:
        self.language = "en"
        """The language whose file was loaded ("en": none, the texts as written)."""
        self._installed: list[QTranslator] = []

    def install(self, app: QCoreApplication, language: str) -> str:
        """Load Hearth's and Qt's translations for *language* into *app* (replacing those
        loaded before); returns the language whose Hearth file was found, or "en"."""
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = "en"
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in candidates(language) + regional(language, Path(qt_folder)):
            qt = QTranslator(app)
            if qt.load(f"qtbase_{name}", qt_folder):
                app.installTranslator(qt)
                self._installed.append(qt)
                break
        for name in candidates(language):
            own = QTranslator(app)
            if own.load(f"hearth_{name}", str(TRANSLATIONS)):
                app.installTranslator(own)
                self._installed.append(own)
                self.language = name
                break
        else:
            if candidates(language)[-1] != "en":
                _LOGGER.info("The window has no %s translation: it stays in English", language)
        return self.language


TRANSLATION = WindowTranslation()
"""The application's translation (one per process, as there is one QApplication)."""


def window_locale() -> QLocale:
    """The window's language as a locale: month names and numbers as its texts say them."""
    return QLocale(TRANSLATION.language)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark *text* for ``pyside6-lupdate`` (in *context*) where it is defined, to be
    translated where it is shown; typed, unlike PySide6's, which returns ``object``."""
    del context
    return text


def window_speaking() -> AbstractContextManager[None]:
    """Within the block, Hearth's own words (states, "on at 30%") are the window's language:
    the Home view and the plan cards say a device's state as the rest of the window does."""
    from app.understanding.keyed_replies import speaking  # noqa: PLC0415  lazy: the reply data, first needed when a state is shown

    return speaking(TRANSLATION.language.replace("_", "-"))
