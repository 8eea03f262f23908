"""The window in the person's language: every translation file complete, the compiled files
the same as what their sources compile to (placeholders, plural counts and keyboard
accelerators kept), and a window started in German, French, Spanish, Italian, Dutch, Portuguese or
Polish that shows that language's labels (Qt's own standard buttons too)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.config.settings import Settings
from app.core.home import Entity
from app.policy import safety
from integrations.reminders.model import Reminder, Status
from tests.ui.window_parts import close_window
from ui.app import language_chosen as chosen_language
from ui.bridge import AssistantBridge
from ui.main_window import MainWindow
from ui.models import state_words
from ui.plan_card import describe
from ui.reminder_popup import done_label, reminder_title, reminder_when
from ui.safety_settings import PIN_ACTION_WORDS, profile_word
from ui.translations import (
    TRANSLATION,
    TRANSLATIONS,
    available,
    candidates,
    regional,
    window_language,
)

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    """packaging/update_translations.py (``packaging`` is also pip's library: load by path)."""
    path = ROOT / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update_translations = _load_script()
LANGUAGES: tuple[str, ...] = update_translations.LANGUAGES


def _messages(ts_file: Path) -> list[ET.Element]:
    return list(ET.parse(ts_file).getroot().iter("message"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated(language: str) -> None:
    ts_file = TRANSLATIONS / f"hearth_{language}.ts"
    messages = _messages(ts_file)
    assert len(messages) > 300
    problems = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            problems.append(source)
        for text in texts:  # placeholders, plural counts and accelerators survive translation
            for mark in re.findall(r"\{\w+\}|%n", source):
                if mark not in text:
                    problems.append(f"{source} → {text}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{source} → {text} (keyboard accelerator)")
    assert problems == []


def test_no_text_of_the_window_is_missing_from_the_files(tmp_path: Path) -> None:
    """lupdate over ui/ now finds exactly the texts the committed files hold."""
    fresh = tmp_path / "hearth_xx.ts"
    update_translations.lupdate([fresh])
    wanted = {(m.findtext("source"), m.get("numerus")) for m in _messages(fresh)}
    for language in LANGUAGES:
        held = {
            (m.findtext("source"), m.get("numerus"))
            for m in _messages(TRANSLATIONS / f"hearth_{language}.ts")
        }
        assert wanted == held, (language, wanted ^ held)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_file_is_what_its_source_compiles_to(language: str, tmp_path: Path) -> None:
    ts_file = TRANSLATIONS / f"hearth_{language}.ts"
    compiled = tmp_path / f"hearth_{language}.qm"
    update_translations.lrelease(ts_file, compiled)
    assert compiled.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), (
        "run packaging/update_translations.py"
    )


def test_the_language_comes_from_the_setting_or_the_system() -> None:
    assert candidates("pt-BR") == ["pt_BR", "pt"]
    assert candidates("de") == ["de"]
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert regional("pt", qt_folder) == ["pt_BR"]  # Qt's own texts: Brazilian for "pt"
    assert regional("de", qt_folder) == []
    assert window_language("fr", explicit=True) == "fr"
    assert window_language("en", explicit=False) not in ("", None)
    assert set(LANGUAGES) <= set(available())


@pytest.fixture
def translated(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The application translated into the test's language, back to English afterwards."""
    language: str = request.param
    assert TRANSLATION.install(qapp, language) == language
    try:
        yield language
    finally:
        TRANSLATION.install(qapp, "en")


#: What the window shows in each language: the navigation, a standard button, a label.
SHOWN = {
    "de": (["Assistent", "Zuhause", "Verlauf", "Agenda", "Einstellungen"], "Abbrechen", "Hilfe"),
    "fr": (["Assistant", "Maison", "Historique", "Agenda", "Paramètres"], "Annuler", "Aide"),
    "es": (["Asistente", "Casa", "Historial", "Agenda", "Ajustes"], "Cancelar", "Ayuda"),
    "it": (["Assistente", "Casa", "Cronologia", "Agenda", "Impostazioni"], "Annulla", "Guida"),
    "nl": (["Assistent", "Huis", "Geschiedenis", "Agenda", "Instellingen"], "Annuleren", "Hulp"),
    # Qt ships Brazilian Portuguese only: its buttons stand in for European Portuguese's.
    "pt": (["Assistente", "Casa", "Histórico", "Agenda", "Definições"], "Cancelar", "Ajuda"),
    "pt_BR": (["Assistente", "Casa", "Histórico", "Agenda", "Configurações"], "Cancelar", "Ajuda"),
    "pl": (["Asystent", "Dom", "Historia", "Agenda", "Ustawienia"], "Anuluj", "Pomoc"),
}


@pytest.mark.parametrize("translated", list(SHOWN), indirect=True)
def test_a_window_started_in_the_language_shows_its_labels(
    qtbot: QtBot, demo_bridge: AssistantBridge, translated: str
) -> None:
    window = MainWindow(demo_bridge)
    try:
        pages, cancel, help_text = SHOWN[translated]
        assert [window.nav.item(row).text() for row in range(window.nav.count())] == pages
        assert window.help_button.text() == help_text
        shown = {label.text() for label in window.findChildren(QLabel)}
        shown |= {button.text() for button in window.findChildren(QPushButton)}
        assert "Help" not in shown and "Send" not in shown
        # Qt's own standard buttons come from Qt's translation of the same language.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    finally:
        close_window(window)


def test_english_is_back_after_a_translated_test(
    qtbot: QtBot, demo_bridge: AssistantBridge
) -> None:
    window = MainWindow(demo_bridge)
    try:
        assert window.nav.item(2).text() == "History"
    finally:
        close_window(window)


def test_the_script_checks_without_changing_the_sources() -> None:
    before = {p.name: p.read_bytes() for p in TRANSLATIONS.iterdir()}
    script = ROOT / "packaging" / "update_translations.py"
    subprocess.run([sys.executable, str(script), "--check"], check=True)
    assert {p.name: p.read_bytes() for p in TRANSLATIONS.iterdir()} == before


def test_the_window_follows_the_settings_language_only_when_one_is_set(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen.toml"
    chosen.write_text('language = "fr"\n')
    unset = tmp_path / "unset.toml"
    unset.write_text('area = "kitchen"\n')
    french = Settings.load(chosen)
    assert window_language(french.language, explicit=chosen_language(french)) == "fr"
    system = Settings.load(unset)
    assert not chosen_language(system)  # "en" is only the default: the system's language
    assert window_language(system.language, explicit=False) == QLocale.system().name()


@pytest.mark.parametrize(
    ("translated", "due_words", "done"),
    [
        ("de", "Fällig heute um 14:30", "Erledigt"),
        ("fr", "Prévu aujourd", "Fait"),
        ("es", "Vence hoy a las 14:30", "Hecho"),
        ("it", "Previsto oggi alle 14:30", "Fatto"),
        ("nl", "Gepland vandaag om 14:30", "Klaar"),
    ],
    indirect=["translated"],
)
def test_a_reminder_says_when_it_was_due_in_the_windows_language(
    translated: str, due_words: str, done: str
) -> None:
    zone = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 3, 27, 14, 30, 20, tzinfo=zone)
    reminder = Reminder(
        id=1,
        message="den Müll rausbringen",
        due=now.replace(second=0),
        rrule=None,
        anchor=now.replace(second=0),
        tz_name="Europe/Berlin",
        status=Status.FIRED,
        created=now,
        fired_at=now,
        snoozed_until=None,
        late=False,
        mirror_ref=None,
    )
    when = reminder_when(reminder, now)
    assert when.startswith(due_words), when
    assert "today" not in when and "Due" not in when
    assert done_label(reminder) == done
    assert reminder_title(reminder).endswith("den Müll rausbringen")
    assert not reminder_title(reminder).startswith("Reminder")


#: A device's state as the Home view and a plan card say it: a light on at 30 %, a blind 40 %
#: open, a locked door, a light that is off, and the child profile's name.
STATES = {
    "de": ("an, 30 %", "40 % offen", "abgeschlossen", "aus", "Kind"),
    "fr": ("allumé à 30 %", "ouvert à 40 %", "verrouillé", "éteint", "Enfant"),
    "es": ("encendido al 30 %", "abierto al 40 %", "bloqueado", "apagado", "Infantil"),
    "it": ("acceso al 30%", "aperto al 40%", "chiuso a chiave", "spento", "Bambino"),
    "nl": ("aan op 30%", "40% open", "op slot", "uit", "Kind"),
    "pt": ("ligado a 30%", "aberto a 40%", "trancado", "desligado", "Criança"),
    "pl": ("włączone na 30%", "otwarte w 40%", "zamknięte na klucz", "wyłączone", "Dziecko"),
}


@pytest.mark.parametrize("translated", list(STATES), indirect=True)
def test_states_and_profiles_are_said_in_the_windows_language(translated: str) -> None:
    light = describe("light.desk", {"state": "on", "attributes": {"brightness": 77}})
    blind = describe("cover.blind", {"state": "open", "attributes": {"current_position": 40}})
    door = state_words(Entity("lock.front_door", "Front Door", "locked", {}))
    lamp = state_words(Entity("light.desk", "Desk Lamp", "off", {}))
    assert (light, blind, door, lamp, profile_word("child")) == STATES[translated]


def test_english_states_stay_english_after_a_translated_test() -> None:
    assert describe("light.desk", {"state": "on", "attributes": {"brightness": 77}}) == "on 30%"
    assert state_words(Entity("light.desk", "Desk Lamp", "off", {})) == "off"


def test_the_pin_actions_words_are_marked_for_translation() -> None:
    """The window translates app.policy.safety's words through the marks it keeps of them."""
    assert set(PIN_ACTION_WORDS) == set(safety.OPTIONAL_PIN_ACTIONS.values())


@pytest.mark.parametrize("translated", ["pl"], indirect=True)
def test_a_polish_count_takes_its_three_plural_forms(translated: str) -> None:
    counted = [QCoreApplication.translate("HistoryView", "%n requests", "", n) for n in (1, 3, 5)]
    assert counted == ["1 zapytanie", "3 zapytania", "5 zapytań"]
