"""The home view: floors, areas and devices with their live state, and simple controls.

The tree shows :class:`ui.models.HomeModel` through a filter (name, alias, area or floor). The panel
on the right shows the selected device and the controls that suit it. A control never calls an
adapter: it builds a plan (:mod:`app.understanding.controls`) and hands it to the bridge, which
runs it through the policy, the executor, history and the audit trail like any plan. A low-risk
change acts at once (the click approves it) with its progress on the device's row and an Undo
in the panel; anything more (a lock, a garage door, a scene) waits on the Assistant page. Which
is which is decided in the core (:mod:`app.session.home_controls`), not here.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.home import Entity
from app.core.plan import Plan
from app.session import home_controls
from app.session.home_controls import ControlProgress, ControlStatus
from app.understanding import controls
from ui.bridge import AssistantBridge, Request
from ui.columns import Column, ColumnFitter
from ui.models import HomeModel, HomeRole, NodeKind, state_words
from ui.roomy_rows import RoomyRows
from ui.translations import QT_TRANSLATE_NOOP

_LOGGER = logging.getLogger(__name__)

SOURCE = "home view"
"""The source recorded in history for plans made by these controls."""
FIND_KEYS = QKeySequence.StandardKey.Find
UNDO_KEYS = QKeySequence.StandardKey.Undo
SHORTCUTS: tuple[tuple[QKeySequence.StandardKey, str], ...] = (
    (FIND_KEYS, QT_TRANSLATE_NOOP("Help", "Filter the devices")),
    (UNDO_KEYS, QT_TRANSLATE_NOOP("Help", "Put back the last change made here")),
)
"""The page's keys and what they do (registered below; Help lists them from here)."""
#: How long a slider (or arrow keys on it) must rest before its plan is made.
SLIDER_SETTLE_MS = 400
FILTER_DELAY_MS = 120
PANEL_LEAST_WIDTH = 220
"""The device panel's least width (the list of devices takes the rest)."""
ROW_STATUS_MS = 5_000
"""How long a finished change's word ("done", "failed") stays on the device's row."""

Submit = Callable[[Plan], None]


def _secondary(label: QLabel) -> QLabel:
    """Text in the palette's secondary colour (follows light and dark themes)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class _SettlingSlider(QWidget):
    """A 0–100 slider with its value in words; it asks for a plan once it comes to rest
    (released after a drag, or a moment after the last key or click), never on every step."""

    def __init__(
        self,
        accessible_name: str,
        minimum: int,
        words: Callable[[int], str],
        on_settled: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._words = words
        self._on_settled = on_settled
        self._state_value: int | None = None
        """Where the device is (the last live value shown)."""
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(minimum, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.value_label = _secondary(QLabel())
        self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance("100%"))
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.name(accessible_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.value_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SLIDER_SETTLE_MS)
        self._timer.timeout.connect(self._settle)
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderReleased.connect(self._settle)

    @property
    def busy(self) -> bool:
        """The person is moving it: live updates must not pull it away."""
        return self.slider.isSliderDown() or self._timer.isActive()

    def name(self, accessible_name: str) -> None:
        """What a screen reader calls the slider and its value (again after a language
        switch, with its value in words)."""
        self.slider.setAccessibleName(accessible_name)
        self.value_label.setAccessibleName(
            QCoreApplication.translate("EntityControls", "{control} value").format(
                control=accessible_name
            )
        )
        if self.value_label.text():  # a value shown: said in the new language
            self._label(self.slider.value())

    def show_value(self, value: int) -> None:
        self._state_value = value
        if self.busy:
            return
        self.slider.blockSignals(True)
        self.slider.setValue(value)
        self.slider.blockSignals(False)
        self._label(value)

    def _label(self, value: int) -> None:
        text = self._words(value)
        self.value_label.setText(text)
        self.slider.setAccessibleDescription(text)

    def _moved(self, value: int) -> None:
        self._label(value)
        if not self.slider.isSliderDown():
            self._timer.start()

    def _settle(self) -> None:
        self._timer.stop()
        if self.slider.value() != self._state_value:  # a click that moved nothing asks nothing
            self._on_settled(self.slider.value())


class _TemperatureBox(QDoubleSpinBox):
    """A target temperature; Enter sets it (like the Set button)."""

    def __init__(self, on_enter: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_enter = on_enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.interpretText()
            self._on_enter()
            event.accept()
            return
        super().keyPressEvent(event)


class EntityControls(QWidget):
    """The simple controls for one entity. Every control asks *submit* for a plan."""

    def __init__(self, entity: Entity, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self._submit = submit
        self.capabilities = controls.capabilities(entity)
        self.power_button: QPushButton | None = None
        self.brightness: _SettlingSlider | None = None
        self.position: _SettlingSlider | None = None
        self.open_button: QPushButton | None = None
        self.stop_button: QPushButton | None = None
        self.close_button: QPushButton | None = None
        self.lock_button: QPushButton | None = None
        self.unlock_button: QPushButton | None = None
        self.temperature_box: _TemperatureBox | None = None
        self.temperature_button: QPushButton | None = None
        self.volume: _SettlingSlider | None = None
        self.activate_button: QPushButton | None = None
        self._sliders: list[tuple[_SettlingSlider, str]] = []
        """Each slider with its control's name as written (said again after a switch)."""
        self.focus_chain: list[QWidget] = []
        """The controls in tab order."""

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._build(form)
        self.update_entity(entity)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(f"{text} {self.entity.name}")
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.focus_chain.append(button)
        return button

    def _row(self, form: QFormLayout, label: str, *widgets: QWidget, grow: bool = False) -> None:
        """A form row; buttons keep their natural width unless *grow*."""
        if grow and len(widgets) == 1:
            form.addRow(label, widgets[0])
            return
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        form.addRow(label, row)

    def _slider(
        self, control: str, minimum: int, words: Callable[[int], str], on: Callable[[int], None]
    ) -> _SettlingSlider:
        """A slider for *control* (its name as written, marked for translation)."""
        slider = _SettlingSlider(self._slider_name(control), minimum, words, on)
        self._sliders.append((slider, control))
        self.focus_chain.append(slider.slider)
        return slider

    def _slider_name(self, control: str) -> str:
        return QCoreApplication.translate("EntityControls", "{control} of {name}").format(
            control=QCoreApplication.translate("EntityControls", control), name=self.entity.name
        )

    def retranslate(self) -> None:
        """After a language switch: the texts composed here (a slider's value in words, the
        names a screen reader says) in the window's new language."""
        for slider, control in self._sliders:
            slider.name(self._slider_name(control))
        self.update_entity(self.entity)

    def _build(self, form: QFormLayout) -> None:
        caps = self.capabilities
        entity = self.entity
        if caps.power:
            self.power_button = self._button(
                QCoreApplication.translate("EntityControls", "Turn on"), self._toggle
            )
            self.power_button.setMinimumWidth(96)
            self._row(
                form, QCoreApplication.translate("EntityControls", "Power"), self.power_button
            )
        if caps.brightness:
            self.brightness = self._slider(
                QT_TRANSLATE_NOOP("EntityControls", "Brightness"),
                1,
                lambda v: f"{v}%",
                lambda v: self._submit(controls.brightness_plan(self.entity, v)),
            )
            self._row(
                form,
                QCoreApplication.translate("EntityControls", "Brightness"),
                self.brightness,
                grow=True,
            )
        if caps.open or caps.close or caps.stop:
            buttons = []
            if caps.open:
                self.open_button = self._button(
                    QCoreApplication.translate("EntityControls", "Open"), self._cover("open")
                )
                buttons.append(self.open_button)
            if caps.stop:
                self.stop_button = self._button(
                    QCoreApplication.translate("EntityControls", "Stop"), self._cover("stop")
                )
                buttons.append(self.stop_button)
            if caps.close:
                self.close_button = self._button(
                    QCoreApplication.translate("EntityControls", "Close"), self._cover("close")
                )
                buttons.append(self.close_button)
            self._row(form, QCoreApplication.translate("EntityControls", "Cover"), *buttons)
        if caps.position:
            self.position = self._slider(
                QT_TRANSLATE_NOOP("EntityControls", "Position"),
                0,
                lambda v: (
                    QCoreApplication.translate("EntityControls", "{percent}% open").format(
                        percent=v
                    )
                    if v
                    else QCoreApplication.translate("EntityControls", "closed")
                ),
                lambda v: self._submit(controls.position_plan(self.entity, v)),
            )
            self._row(
                form,
                QCoreApplication.translate("EntityControls", "Position"),
                self.position,
                grow=True,
            )
        if caps.lock:
            self.lock_button = self._button(
                QCoreApplication.translate("EntityControls", "Lock"), lambda: self._lock(True)
            )
            self.unlock_button = self._button(
                QCoreApplication.translate("EntityControls", "Unlock"), lambda: self._lock(False)
            )
            self._row(
                form,
                QCoreApplication.translate("EntityControls", "Lock"),
                self.lock_button,
                self.unlock_button,
            )
        if caps.temperature is not None:
            rng = caps.temperature
            box = _TemperatureBox(self._set_temperature)
            box.setRange(rng.minimum, rng.maximum)
            box.setSingleStep(rng.step)
            box.setDecimals(0 if float(rng.step).is_integer() else 1)
            box.setSuffix(f" {rng.unit}" if rng.unit != "°" else "°")
            box.setAccessibleName(
                QCoreApplication.translate("EntityControls", "Target temperature of {name}").format(
                    name=entity.name
                )
            )
            box.setKeyboardTracking(False)
            self.temperature_box = box
            self.focus_chain.append(box)
            self.temperature_button = self._button(
                QCoreApplication.translate("EntityControls", "Set"), self._set_temperature
            )
            self.temperature_button.setAccessibleName(
                QCoreApplication.translate(
                    "EntityControls", "Set target temperature of {name}"
                ).format(name=entity.name)
            )
            self._row(
                form,
                QCoreApplication.translate("EntityControls", "Target"),
                box,
                self.temperature_button,
            )
        if caps.volume:
            self.volume = self._slider(
                QT_TRANSLATE_NOOP("EntityControls", "Volume"),
                0,
                lambda v: f"{v}%",
                lambda v: self._submit(controls.volume_plan(self.entity, v)),
            )
            self._row(
                form, QCoreApplication.translate("EntityControls", "Volume"), self.volume, grow=True
            )
        if caps.activate is not None:
            self.activate_button = self._button(caps.activate, self._activate)
            self._row(form, "", self.activate_button)

    # -- reflecting the live state -----------------------------------------------------------

    def update_entity(self, entity: Entity) -> None:
        """Show *entity*'s current state (a live update); controls the person is moving
        keep their value."""
        self.entity = entity
        self.setEnabled(controls.available(entity))
        if self.power_button is not None:
            text = self.tr("Turn off") if controls.is_on(entity) else self.tr("Turn on")
            self.power_button.setText(text)
            self.power_button.setAccessibleName(f"{text} {entity.name}")
        if self.brightness is not None:
            pct = controls.brightness_pct(entity)
            self.brightness.show_value(max(1, pct))
            if not pct and not self.brightness.busy:
                self.brightness.value_label.setText(
                    QCoreApplication.translate("EntityControls", "off")
                )
        if self.position is not None:
            position = controls.position(entity)
            if position is not None:
                self.position.show_value(position)
        if self.lock_button is not None and self.unlock_button is not None:
            self.lock_button.setEnabled(entity.state != "locked")
            self.unlock_button.setEnabled(entity.state != "unlocked")
        if self.open_button is not None:
            position = controls.position(entity)
            fully_open = position == 100 if position is not None else entity.state == "open"
            self.open_button.setEnabled(not fully_open and entity.state != "opening")
        if self.close_button is not None:
            self.close_button.setEnabled(entity.state not in ("closed", "closing"))
        if self.temperature_box is not None and not self.temperature_box.hasFocus():
            target = controls.target_temperature(entity)
            if target is not None:
                self.temperature_box.blockSignals(True)
                self.temperature_box.setValue(target)
                self.temperature_box.blockSignals(False)
        if self.volume is not None:
            volume = controls.volume_pct(entity)
            if volume is not None:
                self.volume.show_value(volume)

    # -- actions (each builds a plan; nothing here calls the home) ---------------------------

    def _toggle(self) -> None:
        self._submit(controls.toggle_plan(self.entity))

    def _cover(self, command: str) -> Callable[[], None]:
        return lambda: self._submit(controls.cover_plan(self.entity, command))

    def _lock(self, locked: bool) -> None:
        self._submit(controls.lock_plan(self.entity, locked))

    def _set_temperature(self) -> None:
        if self.temperature_box is not None:
            self._submit(controls.temperature_plan(self.entity, self.temperature_box.value()))

    def _activate(self) -> None:
        self._submit(controls.activate_plan(self.entity))


class EntityPanel(QWidget):
    """The selected device (or area): its name, place, state in words and its controls."""

    def __init__(self, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.entity_id: str | None = None
        self.controls: EntityControls | None = None

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAccessibleName(QCoreApplication.translate("EntityPanel", "Selected device"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.place = _secondary(QLabel())
        self.place.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(QCoreApplication.translate("EntityPanel", "State"))
        state_font = QFont(self.state.font())
        state_font.setPointSizeF(state_font.pointSizeF() * 1.15)
        self.state.setFont(state_font)
        self.entity_label = _secondary(QLabel())
        self.entity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.entity_label.setAccessibleName(QCoreApplication.translate("EntityPanel", "Entity id"))
        self.no_controls = _secondary(QLabel())
        self.no_controls.setWordWrap(True)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(QCoreApplication.translate("EntityPanel", "Last change"))
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(QCoreApplication.translate("EntityPanel", "Undo"))
        self.undo_button.setAccessibleName(
            QCoreApplication.translate("EntityPanel", "Undo the last change")
        )
        self.undo_button.setToolTip(
            QCoreApplication.translate(
                "EntityPanel", "Put back what the last change here changed (Ctrl+Z)"
            )
        )
        self.undo_button.setAutoDefault(False)
        self.undo_button.hide()
        self.note = _secondary(
            QLabel(
                QCoreApplication.translate(
                    "EntityPanel",
                    "Lights, switches, fans, blinds and media change at once here, with an Undo. "
                    "Locks, garage doors, alarms, scenes and scripts wait for your approval in "
                    "the Assistant (Ctrl+1).",
                )
            )
        )
        self.note.setWordWrap(True)

        self._controls_host = QVBoxLayout()
        self._controls_host.setContentsMargins(0, 8, 0, 0)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self._details = [self.place, self.state, self.entity_label, line]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.place)
        layout.addSpacing(6)
        layout.addWidget(self.state)
        layout.addWidget(self.entity_label)
        layout.addSpacing(8)
        layout.addWidget(line)
        layout.addLayout(self._controls_host)
        layout.addWidget(self.no_controls)
        layout.addSpacing(12)
        last_change = QHBoxLayout()
        last_change.setSpacing(8)
        last_change.addWidget(self.feedback, 1)
        last_change.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(last_change)
        layout.addStretch(1)
        layout.addWidget(self.note)
        self.show_nothing()

    def show_nothing(self) -> None:
        self._clear_controls()
        self.entity_id = None
        self.title.setText(QCoreApplication.translate("EntityPanel", "No device selected"))
        self.no_controls.setText(
            QCoreApplication.translate(
                "EntityPanel", "Select a device in the list to see its state and controls."
            )
        )
        self.no_controls.show()
        for widget in self._details:
            widget.hide()

    def show_group(self, name: str, summary: str, place: str) -> None:
        self._clear_controls()
        self.entity_id = None
        self.title.setText(name)
        self.place.setText(place if place != name else "")
        self.place.setVisible(bool(self.place.text()))
        self.state.setText(summary)
        self.state.show()
        self.entity_label.hide()
        self._details[-1].hide()
        self.no_controls.setText(
            QCoreApplication.translate("EntityPanel", "Select a device in this area to control it.")
        )
        self.no_controls.show()

    def show_entity(self, entity: Entity, place: str, state_text: str) -> None:
        if entity.entity_id != self.entity_id:
            self._clear_controls()
            self.entity_id = entity.entity_id
            built = EntityControls(entity, self._submit)
            if built.capabilities.any:
                self.controls = built
                self._controls_host.addWidget(built)
                built.show()  # now, not on the next turn of the loop: Tab may come first
            else:
                built.deleteLater()
        elif self.controls is not None:
            self.controls.update_entity(entity)
        self.title.setText(entity.name)
        self.place.setText(place or QCoreApplication.translate("EntityPanel", "In no area"))
        self.state.setText(state_text[:1].upper() + state_text[1:])
        self.entity_label.setText(entity.entity_id)
        for widget in self._details:
            widget.show()
        if self.controls is None:
            self.no_controls.setText(
                QCoreApplication.translate(
                    "EntityPanel",
                    "This device only reports its state; there is nothing to switch here.",
                )
            )
        self.no_controls.setVisible(self.controls is None)

    def _clear_controls(self) -> None:
        if self.controls is not None:
            self._controls_host.removeWidget(self.controls)
            self.controls.hide()
            self.controls.deleteLater()
            self.controls = None


class _HomeFilter(QSortFilterProxyModel):
    """Matches names, aliases, entity ids, areas and floors; a matching area or floor
    keeps all its devices, a matching device keeps its area and floor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(HomeRole.FILTER)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)


class HomeView(QWidget):
    def __init__(self, bridge: AssistantBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model = HomeModel(parent=self)
        self.proxy = _HomeFilter(self)
        self.proxy.setSourceModel(self.model)
        self._pending: dict[int, _Change] = {}
        """Requests made by these controls (and their undos) that are not finished, by key."""
        self.undo_key: int | None = None
        """The finished request the panel's Undo puts back (None: no Undo offered)."""
        self._undo_text = ""
        """What the change the Undo offers was asked as ("Turn on Desk Lamp")."""
        self._row_words: dict[str, int] = {}
        """Per device, the number of the last word put on its row (an older timer leaves a
        newer word alone)."""
        self._selected: str | None = None

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            QCoreApplication.translate("HomeView", "Filter by name, area or floor  (Ctrl+F)")
        )
        self.filter.setAccessibleName(QCoreApplication.translate("HomeView", "Filter devices"))
        self.filter.setClearButtonEnabled(True)
        self.filter.installEventFilter(self)
        self.count = _secondary(QLabel(QCoreApplication.translate("HomeView", "Loading the home…")))
        self.count.setAccessibleName(QCoreApplication.translate("HomeView", "Device count"))

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(
            QCoreApplication.translate("HomeView", "Devices by floor and area")
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAnimated(False)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        # The State column stays in sight in a narrow window (it shrinks only to its least).
        em = self.tree.fontMetrics().averageCharWidth()
        self.columns = ColumnFitter(
            self.tree,
            HomeModel.NAME,
            main_least=30 * em,
            others=(Column(HomeModel.STATE, 22 * em, 12 * em),),
        )
        self.tree.setItemDelegate(RoomyRows(8, self.tree))
        self.tree.activated.connect(self._activated)

        self.panel = EntityPanel(self._submit)
        self.panel.undo_button.clicked.connect(self.undo_last)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(PANEL_LEAST_WIDTH)
        scroll.setAccessibleName(QCoreApplication.translate("HomeView", "Device details"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tree)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 340])

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.filter, self.tree)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _: self._filter_timer.start())
        self.filter.returnPressed.connect(self._filter_done)
        shortcut = QShortcut(FIND_KEYS, self)
        shortcut.activated.connect(self.focus_filter)
        undo = QShortcut(UNDO_KEYS, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_last)

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._home_loaded)
        self.model.dataChanged.connect(self._rows_changed)
        selection = self.tree.selectionModel()
        selection.currentChanged.connect(self._current_changed)

        bridge.ready.connect(self.model.set_home)
        bridge.state_changed.connect(self.model.apply)
        bridge.connection_failed.connect(self._connection_failed)
        bridge.finished.connect(self._request_finished)
        bridge.cancelled.connect(self._request_cancelled)
        bridge.undo_unavailable.connect(self._undo_unavailable)
        bridge.planned.connect(self._undone_elsewhere)
        if bridge.home is not None:
            self.model.set_home(bridge.home)

    # -- public ------------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def retranslate(self) -> None:
        """After a language switch (:mod:`ui.retranslate`): the device count and the panel
        (a device's place and state, a group's name and count) in the window's new language;
        the model says its rows again itself."""
        if self.model.entity_count():
            self._update_count()
        current = self.tree.currentIndex()
        if current.isValid():
            self._show(current)

    def select_entity(self, entity_id: str) -> bool:
        """Select a device in the tree (False when it is not shown)."""
        index = self.proxy.mapFromSource(self.model.index_of(entity_id))
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    @property
    def controls(self) -> EntityControls | None:
        """The selected device's controls (None when it has none)."""
        return self.panel.controls

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.setFilterFixedString(self.filter.text().strip())
        self.tree.expandAll()
        self._update_count()

    # -- filling and live updates ------------------------------------------------------------

    def _remember_selection(self) -> None:
        self._selected = self.panel.entity_id

    def _home_loaded(self) -> None:
        self.tree.expandAll()
        self._update_count()
        if self._selected is None or not self.select_entity(self._selected):
            self.panel.show_nothing()

    def _rows_changed(self, first: QModelIndex, _last: QModelIndex, _roles: object) -> None:
        """A live update: refresh the panel when it shows that device."""
        entity_id = first.data(HomeRole.ENTITY_ID)
        if entity_id is None or entity_id != self.panel.entity_id:
            return
        entity = self.model.entity(entity_id)
        index = self.model.index_of(entity_id)
        if entity is not None:
            self.panel.show_entity(entity, index.data(HomeRole.PLACE), state_words(entity))

    def _update_count(self) -> None:
        total = self.model.entity_count()
        if not self.proxy.filterRegularExpression().pattern():
            self.count.setText(self.tr("%n devices", "", total))
            return
        shown = 0
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(HomeRole.KIND) == NodeKind.ENTITY:
                    shown += 1
                else:
                    stack.append(index)
        words = self.tr("%n of {total} devices", "", shown)
        self.count.setText(words.format(total=total))

    def _connection_failed(self, message: str) -> None:
        if self.model.entity_count() == 0:
            self.count.setText(QCoreApplication.translate("HomeView", "Could not load the home"))
            self.count.setToolTip(message)

    # -- selection and keyboard --------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # No current row (the filter hid it): the panel keeps showing the last device.
        if current.isValid():
            self._show(current)

    def _show(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(HomeModel.NAME)
        entity = index.data(HomeRole.ENTITY)
        state = index.siblingAtColumn(HomeModel.STATE).data()
        place = index.data(HomeRole.PLACE)
        if isinstance(entity, Entity):
            self.panel.show_entity(entity, place, state_words(entity))
            if self.panel.controls is not None:
                chain = [self.tree, *self.panel.controls.focus_chain]
                for first, second in itertools.pairwise(chain):
                    QWidget.setTabOrder(first, second)
        else:
            parent_place = index.parent().data(HomeRole.PLACE)
            self.panel.show_group(index.data(), state, parent_place or "")

    def _activated(self, index: QModelIndex) -> None:
        """Enter (or a double click) on a device: on to its first control."""
        controls_ = self.panel.controls
        if controls_ is not None and controls_.focus_chain:
            controls_.focus_chain[0].setFocus(Qt.FocusReason.TabFocusReason)
        elif self.tree.model().hasChildren(index):
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def _filter_done(self) -> None:
        self.apply_filter()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.tree.currentIndex().data(HomeRole.KIND) != NodeKind.ENTITY:
            first = self._first_entity(QModelIndex())
            if first is not None:
                self.tree.setCurrentIndex(first)

    def _first_entity(self, parent: QModelIndex) -> QModelIndex | None:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if index.data(HomeRole.KIND) == NodeKind.ENTITY:
                return index
            found = self._first_entity(index)
            if found is not None:
                return found
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the filter box: Escape clears it, Down goes on to the list."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.filter.text():
                self.filter.clear()
                self.apply_filter()
                return True
            if event.key() == Qt.Key.Key_Down:
                self._filter_done()
                return True
        return super().eventFilter(watched, event)

    # -- plans -------------------------------------------------------------------------------

    def _submit(self, plan: Plan) -> None:
        request = self.bridge.submit_plan(plan, source=SOURCE, control=True)
        if request is None:
            self.panel.feedback.setText(
                QCoreApplication.translate("HomeView", "Hearth is not connected to the home yet.")
            )
            return
        self._follow(request, undoing=False)

    def undo_last(self) -> None:
        """Put back the last change made here (the panel's Undo, Ctrl+Z): the bridge's undo,
        which runs at once when every step is low risk and otherwise waits in the Assistant."""
        key = self.undo_key
        if key is None:
            return
        put_back = self._undo_text
        self._offer_undo(None)
        request = self.bridge.undo(key)
        if request is not None:
            self._follow(request, undoing=True, put_back=put_back)
        # else undo_unavailable says why

    def _follow(self, request: Request, *, undoing: bool, put_back: str = "") -> None:
        """Show a request made here on its devices' rows and in the panel until it ends.
        *put_back*: for an undo, what the change it puts back was asked as."""
        if request.done:
            return  # a finished signal already reported it
        change = _Change(request.plan.text, _targets(request.plan), undoing, put_back)
        self._pending[request.key] = change
        self._offer_undo(None)
        self._show_status(change, home_controls.started(request, undoing=undoing))

    def _request_finished(self, request: Request) -> None:
        change = self._pending.pop(request.key, None)
        if change is None:
            return
        status = home_controls.finished(
            request, undoable=self.bridge.can_undo(request.key), undoing=change.undoing
        )
        self._show_status(change, status)
        if status.undo:
            self._offer_undo(request.key, change.text)

    def _request_cancelled(self, key: int) -> None:
        change = self._pending.pop(key, None)
        if change is not None:
            self._show_status(change, home_controls.cancelled(change.text))

    def _undone_elsewhere(self, request: Request) -> None:
        """The change the Undo offers is being undone from its card in the Assistant."""
        if request.undo_of is not None and request.undo_of == self.undo_key:
            self._offer_undo(None)

    def _undo_unavailable(self, key: int, why: str) -> None:
        if key == self.undo_key or key not in self._pending:
            self.panel.feedback.setText(why)

    def _offer_undo(self, key: int | None, text: str = "") -> None:
        self.undo_key = key
        self._undo_text = text
        self.panel.undo_button.setVisible(key is not None)

    def _show_status(self, change: _Change, status: ControlStatus) -> None:
        self.panel.feedback.setText(_plain(change, status))
        for entity_id in change.targets:
            number = self._row_words.get(entity_id, 0) + 1
            self._row_words[entity_id] = number
            self.model.set_activity(entity_id, status.row)
            if status.over:
                QTimer.singleShot(
                    ROW_STATUS_MS, self, lambda e=entity_id, n=number: self._clear_row(e, n)
                )

    def _clear_row(self, entity_id: str, number: int) -> None:
        if self._row_words.get(entity_id) == number:
            self.model.set_activity(entity_id, "")


@dataclass(frozen=True, slots=True)
class _Change:
    """A change made from this view, while it runs or waits."""

    text: str
    targets: tuple[str, ...]
    undoing: bool
    put_back: str = ""
    """For an undo: what the change it puts back was asked as."""


def _plain(change: _Change, status: ControlStatus) -> str:
    """The panel's sentence. An undo's own words ("Done: Undo “Turn on Desk Lamp”.") read as
    if the Undo were what was done: it says what was put back instead."""
    if not (change.undoing and change.put_back):
        return status.message
    asked = change.put_back
    if status.progress is ControlProgress.RUNNING:
        return QCoreApplication.translate(
            "EntityPanel", "Putting back what “{asked}” changed…"
        ).format(asked=asked)
    if status.progress is ControlProgress.DONE:
        return QCoreApplication.translate("EntityPanel", "Put back what “{asked}” changed.").format(
            asked=asked
        )
    if status.progress is ControlProgress.FAILED:
        could_not = QCoreApplication.translate(
            "EntityPanel", "Could not put back what “{asked}” changed"
        ).format(asked=asked)
        return status.message.replace(f"Not done: {change.text}", could_not)
    return status.message


def _targets(plan: Plan) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for step in plan.steps for t in step.targets))
