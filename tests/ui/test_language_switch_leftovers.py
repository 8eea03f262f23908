"""What a language switch left in the old language until its next update now changes at
once: an About dialog that stays open, the Home view's slider names and a device's place, the
group of devices in no area ("Other") and the device count."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_home_view import view
from ui.about_dialog import AboutDialog
from ui.bridge import AssistantBridge
from ui.home_view import HomeView
from ui.retranslate import switch_language

__all__ = ["view"]


def _loaded(qtbot: QtBot, view: HomeView) -> None:
    qtbot.waitUntil(lambda: view.model.entity_count() > 0)


def test_an_open_about_dialog_says_its_server_row_in_the_new_language(
    qtbot: QtBot, qapp: QApplication, demo_bridge: AssistantBridge
) -> None:
    about = AboutDialog(demo_bridge)
    qtbot.addWidget(about)
    about.show()
    english = about.home_assistant.text()
    assert english.startswith("Not connected (using ")
    switch_language(qapp, "de")
    assert about.windowTitle() == "Über Hearth"
    german = about.home_assistant.text()
    assert german != english and "Not connected" not in german
    assert demo_bridge.home is not None and demo_bridge.home.name in german
    switch_language(qapp, "en")
    assert about.home_assistant.text() == english


def test_the_home_views_composed_texts_follow_a_switch(
    qtbot: QtBot, qapp: QApplication, view: HomeView
) -> None:
    _loaded(qtbot, view)
    other = view.model.index(view.model.rowCount() - 1, 0)  # in no area: listed last
    assert other.data() == "Other"
    assert view.count.text().endswith(" devices")
    assert view.select_entity("cover.living_room_blinds")
    controls = view.panel.controls
    assert controls is not None and controls.position is not None
    position = controls.position
    assert position.slider.accessibleName() == "Position of Living Room Blinds"
    assert position.value_label.accessibleName() == "Position of Living Room Blinds value"

    switch_language(qapp, "de")
    assert other.data() == "Sonstige"
    assert view.count.text().endswith(" Geräte")
    assert position.slider.accessibleName() == "Position von Living Room Blinds"
    assert position.value_label.text().endswith(" offen")
    assert position.slider.accessibleDescription() == position.value_label.text()
    switch_language(qapp, "en")
    assert other.data() == "Other"
    assert position.slider.accessibleName() == "Position of Living Room Blinds"
    assert position.value_label.text().endswith(" open")


def test_a_device_in_no_area_is_placed_in_the_new_language(
    qtbot: QtBot, qapp: QApplication, view: HomeView
) -> None:
    _loaded(qtbot, view)
    other = view.model.index(view.model.rowCount() - 1, 0)
    assert view.select_entity("input_boolean.guest_mode")
    assert view.model.index_of("input_boolean.guest_mode").parent() == other
    assert view.panel.place.text() == "In no area"
    switch_language(qapp, "de")
    assert view.panel.place.text() == "In keinem Bereich"
    view.filter.setText("Sonstige")  # the group is found by the name it shows
    view.apply_filter()
    assert view.proxy.mapFromSource(other).isValid()
    view.filter.setText("Other")
    view.apply_filter()
    assert not view.proxy.mapFromSource(other).isValid()
    view.filter.clear()
    view.apply_filter()
    switch_language(qapp, "en")
    assert view.panel.place.text() == "In no area"
