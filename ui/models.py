"""Item models for the home and history views (model/view: the widgets only show these).

:class:`HomeModel` is the home as a tree, floors → areas → entities (entities with no area
under "Other"), with each entity's name and its state in words. It is filled once per
:attr:`AssistantBridge.ready` and then kept live by :attr:`AssistantBridge.state_changed`,
one row at a time (``dataChanged``, never a reset), so selections and scroll positions stay.

:class:`HistoryModel` is a table over :class:`app.records.history.RequestRecord` rows read by the
history view (in a worker thread).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QObject, Qt, QTime
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from app.core.home import Entity, Home, StateChange
from app.core.results import StepStatus
from app.records.history import UNCHANGED, RequestRecord
from app.understanding.actions import summarize
from app.understanding.answers import describe_state
from integrations.capabilities import hearths_own
from ui.bridge import AssistantBridge
from ui.column_model import ROOT, AnyIndex, ColumnModel, TableModel
from ui.icons import icon
from ui.plan_card import STATUS_LOOK
from ui.translations import QT_TRANSLATE_NOOP, window_locale, window_speaking

OTHER_NAME = QT_TRANSLATE_NOOP("HomeModel", "Other")
"""The group of entities that are in no area (shown in the window's language)."""


def other_name() -> str:
    """:data:`OTHER_NAME` in the window's language."""
    return QCoreApplication.translate("HomeModel", OTHER_NAME)


#: The icon (resources/icons) for each domain; other domains show a blank of the same size.
DOMAIN_ICONS = {
    "light": "light",
    "switch": "switch",
    "input_boolean": "switch",
    "fan": "fan",
    "cover": "cover",
    "lock": "lock",
    "climate": "climate",
    "media_player": "media",
    "sensor": "sensor",
    "binary_sensor": "sensor",
    "weather": "sensor",
    "alarm_control_panel": "alarm",
    "vacuum": "vacuum",
    "scene": "sparkle",
    "script": "sparkle",
}
#: Domains whose state is when they were last used (a timestamp), not a condition.
_EVENT_DOMAINS = frozenset({"scene", "button", "input_button"})


def state_words(entity: Entity) -> str:
    """The state column: :func:`describe_state`, except that scenes and buttons say when they
    were last used (their state is a timestamp, or unknown before the first use)."""
    if entity.domain in _EVENT_DOMAINS and entity.state not in ("unavailable",):
        when = parse_time(entity.state) if entity.state not in ("", "unknown") else None
        if when is None:
            return "—"
        return QCoreApplication.translate("HomeModel", "last used {time}").format(
            time=format_time(when)
        )
    with window_speaking():  # "off", "apagado": the window's language
        return describe_state(entity)


class NodeKind(enum.StrEnum):
    FLOOR = "floor"
    AREA = "area"
    ENTITY = "entity"


class HomeRole(enum.IntEnum):
    ENTITY = Qt.ItemDataRole.UserRole + 1
    """The row's :class:`Entity` (the model's own copy, kept current), or None for a group."""
    ENTITY_ID = Qt.ItemDataRole.UserRole + 2
    KIND = Qt.ItemDataRole.UserRole + 3
    """A :class:`NodeKind` value."""
    FILTER = Qt.ItemDataRole.UserRole + 4
    """The text the filter box matches: names, aliases and the entity id."""
    PLACE = Qt.ItemDataRole.UserRole + 5
    """Where an entity is, in words ("Office, Upstairs"); a group's own name."""
    ACTIVITY = Qt.ItemDataRole.UserRole + 6
    """What a control of the device is doing ("running…", "done"; "" when nothing)."""


@dataclass(slots=True, eq=False)
class _Node:
    kind: NodeKind
    key: str
    name: str
    uid: int
    parent: _Node | None
    row: int = 0
    children: list[_Node] = field(default_factory=list)
    entity: Entity | None = None
    state_text: str = ""
    filter_text: str = ""
    place: str = ""
    activity: str = ""
    """What a control of this device is doing ("running…", "done"), shown beside its state."""


def _copy(entity: Entity) -> Entity:
    """The model's own copy: it changes only through :meth:`HomeModel.apply`."""
    return Entity(
        entity_id=entity.entity_id,
        name=entity.name,
        state=entity.state,
        attributes=dict(entity.attributes),
        area=entity.area,
        aliases=list(entity.aliases),
        exposed=entity.exposed,
    )


def _sort_key(name: str) -> str:
    return name.casefold()


class HomeModel(ColumnModel):
    """Floors → areas → entities, two columns: name and state in words."""

    NAME = 0
    STATE = 1
    COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Name"), QT_TRANSLATE_NOOP("Columns", "State"))

    def __init__(self, bridge: AssistantBridge | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._nodes: list[_Node] = []
        """Every node by uid (a QModelIndex's internal id)."""
        self._roots: list[_Node] = []
        self._by_entity: dict[str, _Node] = {}
        self._icons: dict[str, QIcon] = {}
        self._blank: QIcon | None = None
        if bridge is not None:
            bridge.ready.connect(self.set_home)
            bridge.state_changed.connect(self.apply)
            if bridge.home is not None:
                self.set_home(bridge.home)

    # -- filling -----------------------------------------------------------------------------

    def set_home(self, home: Home | None) -> None:
        """Show *home* (only its exposed entities: the ones controls may act on)."""
        self.beginResetModel()
        self._nodes, self._roots, self._by_entity = [], [], {}
        if home is not None:
            self._build(home)
        self.endResetModel()

    def _node(self, kind: NodeKind, key: str, name: str, parent: _Node | None) -> _Node:
        node = _Node(kind, key, name, len(self._nodes), parent)
        self._nodes.append(node)
        siblings = parent.children if parent is not None else self._roots
        node.row = len(siblings)
        siblings.append(node)
        return node

    def _build(self, home: Home) -> None:
        by_area: dict[str | None, list[Entity]] = {}
        for entity in home.exposed():
            area_id = entity.area if entity.area in home.areas else None
            by_area.setdefault(area_id, []).append(entity)
        areas_by_floor: dict[str | None, list[str]] = {}
        for area in home.areas.values():
            floor_id = area.floor if area.floor in home.floors else None
            areas_by_floor.setdefault(floor_id, []).append(area.id)
        floors = sorted(
            (f for f in home.floors.values() if areas_by_floor.get(f.id)),
            key=lambda f: (f.level is None, f.level or 0, _sort_key(f.name)),
        )

        def add_area(area_id: str | None, parent: _Node | None, floor_name: str | None) -> None:
            if area_id is None:
                node = self._node(NodeKind.AREA, "", other_name(), parent)
                node.filter_text = node.name
                place = ""
            else:
                area = home.areas[area_id]
                node = self._node(NodeKind.AREA, area.id, area.name, parent)
                node.filter_text = " ".join([area.name, *area.aliases])
                place = f"{area.name}, {floor_name}" if floor_name else area.name
            node.place = node.name
            entities = sorted(by_area.get(area_id, ()), key=lambda e: _sort_key(e.name))
            node.state_text = self.tr("%n devices", "", len(entities))
            for entity in entities:
                child = self._node(NodeKind.ENTITY, entity.entity_id, entity.name, node)
                child.entity = _copy(entity)
                child.state_text = state_words(child.entity)
                child.filter_text = " ".join([entity.name, *entity.aliases, entity.entity_id])
                child.place = place
                self._by_entity[entity.entity_id] = child

        def area_order(area_id: str) -> str:
            return _sort_key(home.areas[area_id].name)

        for floor in floors:
            node = self._node(NodeKind.FLOOR, floor.id, floor.name, None)
            node.filter_text = " ".join([floor.name, *floor.aliases])
            node.place = floor.name
            area_ids = sorted(areas_by_floor[floor.id], key=area_order)
            node.state_text = self.tr("%n areas", "", len(area_ids))
            for area_id in area_ids:
                add_area(area_id, node, floor.name)
        for area_id in sorted(areas_by_floor.get(None, ()), key=area_order):
            add_area(area_id, None, None)
        if by_area.get(None):
            add_area(None, None, None)

    # -- live updates ------------------------------------------------------------------------

    def apply(self, change: StateChange) -> None:
        """Show a new state: the one row changes (``dataChanged``), nothing else."""
        node = self._by_entity.get(change.entity_id)
        if node is None or node.entity is None:
            return
        node.entity.state = change.state
        node.entity.attributes = dict(change.attributes)
        node.state_text = state_words(node.entity)
        first = self.createIndex(node.row, self.NAME, node.uid)
        last = self.createIndex(node.row, self.STATE, node.uid)
        roles = [
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            HomeRole.ENTITY,
        ]
        self.dataChanged.emit(first, last, roles)

    def retranslate(self) -> None:
        """After a language switch: the states, the counts and the group of devices in no
        area ("Other") in the window's new language (the rows, and the selection and the
        expanded floors with them, stay)."""
        for node in self._nodes:
            first = self.STATE
            if node.entity is not None:
                node.state_text = state_words(node.entity)
            elif node.kind is NodeKind.AREA:
                node.state_text = self.tr("%n devices", "", len(node.children))
                if not node.key:  # the devices in no area
                    node.name = node.filter_text = node.place = other_name()
                    first = self.NAME
            elif node.kind is NodeKind.FLOOR:
                node.state_text = self.tr("%n areas", "", len(node.children))
            index = self.createIndex(node.row, first, node.uid)
            last = self.createIndex(node.row, self.STATE, node.uid)
            self.dataChanged.emit(index, last, [Qt.ItemDataRole.DisplayRole])

    def set_activity(self, entity_id: str, words: str) -> None:
        """Show what a control of the device is doing beside its state ("" clears it)."""
        node = self._by_entity.get(entity_id)
        if node is None or node.activity == words:
            return
        node.activity = words
        index = self.createIndex(node.row, self.STATE, node.uid)
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, HomeRole.ACTIVITY]
        self.dataChanged.emit(index, index, roles)

    def activity(self, entity_id: str) -> str:
        node = self._by_entity.get(entity_id)
        return node.activity if node is not None else ""

    # -- lookups -----------------------------------------------------------------------------

    def entity(self, entity_id: str) -> Entity | None:
        node = self._by_entity.get(entity_id)
        return node.entity if node is not None else None

    def index_of(self, entity_id: str, column: int = 0) -> QModelIndex:
        node = self._by_entity.get(entity_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node.uid)

    def entity_count(self) -> int:
        return len(self._by_entity)

    def _node_of(self, index: AnyIndex) -> _Node | None:
        if not index.isValid():
            return None
        uid = index.internalId()
        return self._nodes[uid] if 0 <= uid < len(self._nodes) else None

    # -- QAbstractItemModel ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if column not in (self.NAME, self.STATE) or row < 0:
            return QModelIndex()
        parent_node = self._node_of(parent)
        siblings = parent_node.children if parent_node is not None else self._roots
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row].uid)

    def parent_index(self, child: AnyIndex) -> QModelIndex:
        node = self._node_of(child)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.uid)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if not parent.isValid():
            return len(self._roots)
        if parent.column() != 0:
            return 0
        node = self._node_of(parent)
        return len(node.children) if node is not None else 0

    def hasChildren(self, parent: AnyIndex = ROOT) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node_of(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return node.name
            return f"{node.state_text} · {node.activity}" if node.activity else node.state_text
        if role == HomeRole.ACTIVITY:
            return node.activity
        if role == HomeRole.ENTITY:
            return node.entity
        if role == HomeRole.ENTITY_ID:
            return node.entity.entity_id if node.entity is not None else None
        if role == HomeRole.KIND:
            return str(node.kind)
        if role == HomeRole.FILTER:
            return node.filter_text
        if role == HomeRole.PLACE:
            return node.place
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.entity is not None:
                tip = f"{node.name} ({node.entity.entity_id}): {node.state_text}"
                return f"{tip} ({node.activity})" if node.activity else tip
            return f"{node.name}: {node.state_text}"
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return self._icon(node.entity.domain) if node.entity is not None else None
        if role == Qt.ItemDataRole.FontRole and node.kind is NodeKind.FLOOR:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            if node.entity is None and column == self.STATE:
                return palette.color(QPalette.ColorRole.PlaceholderText)
            if node.entity is not None and node.entity.state == "unavailable":
                return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _icon(self, name: str) -> QIcon:
        found = self._icons.get(name)
        if found is None:
            found = icon(DOMAIN_ICONS.get(name, name))
            if found.isNull():
                # A blank icon keeps the names of devices without one in line with the rest.
                if self._blank is None:
                    pixmap = QPixmap(16, 16)
                    pixmap.fill(Qt.GlobalColor.transparent)
                    self._blank = QIcon(pixmap)
                found = self._blank
            self._icons[name] = found
        return found


# -- history ---------------------------------------------------------------------------------

#: Outcomes as words (history's ``requests.outcome``).
OUTCOME_LABELS = {
    "succeeded": QT_TRANSLATE_NOOP("History", "Succeeded"),
    "failed": QT_TRANSLATE_NOOP("History", "Failed"),
    "unconfirmed": QT_TRANSLATE_NOOP("History", "Unconfirmed"),
    "partial": QT_TRANSLATE_NOOP("History", "Partly done"),
    "cancelled": QT_TRANSLATE_NOOP("History", "Cancelled"),
    UNCHANGED: QT_TRANSLATE_NOOP("History", "Nothing to change"),
    "not_understood": QT_TRANSLATE_NOOP("History", "Not understood"),
    "planned": QT_TRANSLATE_NOOP("History", "Not run"),
}

#: The history view's outcome filter: label → the outcomes it shows (None: all).
OUTCOME_FILTERS: dict[str, frozenset[str] | None] = {
    QT_TRANSLATE_NOOP("History", "All outcomes"): None,
    QT_TRANSLATE_NOOP("History", "Succeeded"): frozenset({"succeeded"}),
    QT_TRANSLATE_NOOP("History", "Failed"): frozenset({"failed"}),
    QT_TRANSLATE_NOOP("History", "Unconfirmed"): frozenset({"unconfirmed"}),
    QT_TRANSLATE_NOOP("History", "Cancelled"): frozenset({"cancelled"}),
    QT_TRANSLATE_NOOP("History", "Nothing to change"): frozenset({UNCHANGED}),
    QT_TRANSLATE_NOOP("History", "Not understood"): frozenset({"not_understood"}),
}

_OUTCOME_ICONS: dict[str, QStyle.StandardPixmap] = {
    "succeeded": QStyle.StandardPixmap.SP_DialogApplyButton,
    "failed": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "unconfirmed": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "partial": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "cancelled": QStyle.StandardPixmap.SP_DialogCancelButton,
    UNCHANGED: QStyle.StandardPixmap.SP_MessageBoxInformation,
    "not_understood": QStyle.StandardPixmap.SP_MessageBoxQuestion,
}


def shown_outcome(record: RequestRecord) -> str:
    """*record*'s outcome as History shows it: "partial" whose every step was skipped (the
    PIN not given, a step declined) ran nothing, so it shows as not run."""
    steps = record.steps
    if record.outcome == "partial" and steps and all(s.get("status") == "skipped" for s in steps):
        return "planned"
    return record.outcome


def outcome_label(record: RequestRecord) -> str:
    outcome = shown_outcome(record)
    if outcome in OUTCOME_LABELS:
        return QCoreApplication.translate("History", OUTCOME_LABELS[outcome])
    return outcome.replace("_", " ")


class HistoryRole(enum.IntEnum):
    RECORD = Qt.ItemDataRole.UserRole + 1
    """The row's :class:`RequestRecord`."""
    OUTCOME = Qt.ItemDataRole.UserRole + 2
    """The raw outcome ("succeeded", "not_understood", ...)."""
    SORT = Qt.ItemDataRole.UserRole + 3


def parse_time(created_at: str) -> dt.datetime | None:
    """History's UTC timestamp in local time."""
    try:
        when = dt.datetime.fromisoformat(created_at)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone()


def format_time(when: dt.datetime, now: dt.datetime | None = None) -> str:
    """ "Today 14:03", "Yesterday 09:12", "3 Mar 14:03", "3 Mar 2024 14:03"."""
    now = now or dt.datetime.now(when.tzinfo)
    locale = window_locale()
    clock = locale.toString(QTime(when.hour, when.minute), "HH:mm")
    days = (now.date() - when.date()).days
    if days == 0:
        return QCoreApplication.translate("History", "Today {time}").format(time=clock)
    if days == 1:
        return QCoreApplication.translate("History", "Yesterday {time}").format(time=clock)
    # The date's pattern is the language's (Qt's date format: "d. MMM" in German); the month
    # names are the window's language's, not the C library's.
    pattern = (
        QCoreApplication.translate("History", "d MMM")
        if when.year == now.year
        else QCoreApplication.translate("History", "d MMM yyyy")
    )
    return f"{locale.toString(QDate(when.year, when.month, when.day), pattern)} {clock}"


SOURCES = {
    "gui": QT_TRANSLATE_NOOP("History", "window"),
    "voice": QT_TRANSLATE_NOOP("History", "voice"),
    "tray": QT_TRANSLATE_NOOP("History", "tray"),
    "cli": QT_TRANSLATE_NOOP("History", "command line"),
    "send": QT_TRANSLATE_NOOP("History", "hearth send"),
    "settings": QT_TRANSLATE_NOOP("History", "settings"),
    "undo": QT_TRANSLATE_NOOP("History", "undo"),
    "home view": QT_TRANSLATE_NOOP("History", "Home view"),
    "snapshot": QT_TRANSLATE_NOOP("History", "home file"),
}
"""Where a request came from (history's ``source``), as the History page says it."""


def source_label(source: str) -> str:
    """*source* in words, in the window's language (an unknown one as it is recorded)."""
    words = SOURCES.get(source)
    return QCoreApplication.translate("History", words) if words else source


def _targets(step: dict[str, Any]) -> list[str]:
    try:
        targets = json.loads(step.get("targets_json") or "[]")
    except ValueError:
        return []
    return [str(t) for t in targets] if isinstance(targets, list) else []


STATUS_WORDS = {"unknown": ("?", QT_TRANSLATE_NOOP("History", "not recorded"))}
"""History's own step statuses (besides the plan card's): what began and was never recorded."""


def step_words(record: RequestRecord, step: dict[str, Any], home: Home | None = None) -> str:
    """What *step* of *record* did, as its plan card says it, in the window's language
    ("Set Desk Lamp to 30%"): made again from the planned action, devices (*home*'s names)
    and values. A step whose text came from the request itself (a question's reading,
    a reminder, an event) is said as it was planned; one with no plan recorded, by its
    action."""
    action = str(step.get("action") or "")
    planned = record.planned_step(step)
    said = str(planned.get("summary") or "") or action
    targets = _targets(step)
    domain = action.partition(".")[0]
    if not planned or planned.get("read_only") or hearths_own(domain, targets):
        return said
    entities = [_entity(entity_id, home) for entity_id in targets]
    params = planned.get("params")
    try:
        with window_speaking():
            return summarize(action, entities, dict(params) if isinstance(params, dict) else {})
    except (KeyError, TypeError, ValueError):  # values the planner never writes
        return said


def _entity(entity_id: str, home: Home | None) -> Entity:
    """The device *entity_id* of *home*, or one named by its id (no longer in the home)."""
    found = home.get(entity_id) if home is not None else None
    return found if found is not None else Entity(entity_id, entity_id, "unknown")


def status_words(status: object) -> str:
    """A step's status as its plan card says it ("✓ Verified"), in the window's language."""
    try:
        symbol, word, _tone = STATUS_LOOK[StepStatus(str(status))]
        context = "PlanCard"
    except ValueError:
        if str(status) not in STATUS_WORDS:
            return str(status)
        symbol, word = STATUS_WORDS[str(status)]
        context = "History"
    return f"{symbol} {QCoreApplication.translate(context, word)}"


def steps_text(record: RequestRecord, home: Home | None = None) -> str:
    """The steps column: each step as its plan card says it and how it went, shortened
    after two."""
    if not record.steps:
        return "—"
    parts = [
        f"{step_words(record, s, home)} {status_words(s.get('status'))}" for s in record.steps[:2]
    ]
    more = len(record.steps) - 2
    if more <= 0:
        return ", ".join(parts)
    return QCoreApplication.translate("History", "{steps} (+{more} more)").format(
        steps=", ".join(parts), more=more
    )


def steps_tooltip(record: RequestRecord, home: Home | None = None) -> str:
    """Every step on a line of its own, with how it went and why."""
    if not record.steps:
        return QCoreApplication.translate("History", "Nothing ran.")
    lines = []
    for step in record.steps:
        line = f"{step_words(record, step, home)}: {status_words(step.get('status'))}"
        if step.get("reason"):
            line += f" ({step['reason']})"
        lines.append(line)
    return "\n".join(lines)


class HistoryModel(TableModel):
    """Past requests, newest first: when, what was asked, outcome, steps, source."""

    WHEN, REQUEST, OUTCOME, STEPS, SOURCE = range(5)
    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "When"),
        QT_TRANSLATE_NOOP("Columns", "Request"),
        QT_TRANSLATE_NOOP("Columns", "Outcome"),
        QT_TRANSLATE_NOOP("Columns", "Steps"),
        QT_TRANSLATE_NOOP("Columns", "Source"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[RequestRecord] = []
        self._times: list[str] = []
        self._steps: list[str] = []
        self._icons: dict[str, QIcon] = {}
        self.home: Home | None = None
        """The home whose names the steps are said with (None: by the devices' ids)."""

    def set_records(self, records: Iterable[RequestRecord], home: Home | None = None) -> None:
        """Show *records*, their steps said with *home*'s names."""
        self.beginResetModel()
        self._records = list(records)
        self.home = home
        self._times = self._say_times()
        self._steps = [steps_text(r, home) for r in self._records]
        self.endResetModel()

    def _say_times(self) -> list[str]:
        now = dt.datetime.now().astimezone()
        times = (parse_time(r.created_at) for r in self._records)
        return [format_time(t, now) if t else "" for t in times]

    def retranslate(self) -> None:
        """After a language switch: the dates and words in the new language (the rows, and
        the selection with them, stay)."""
        self._times = self._say_times()
        self._steps = [steps_text(r, self.home) for r in self._records]
        if self._records:
            last = self.index(len(self._records) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @property
    def records(self) -> Sequence[RequestRecord]:
        return self._records

    def record(self, row: int) -> RequestRecord | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: int) -> int:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return -1

    # -- TableModel --------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._records)

    def cell(self, row: int, column: int, role: int) -> Any:
        record = self._records[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return self._times[row]
            if column == self.REQUEST:
                return record.text
            if column == self.OUTCOME:
                return outcome_label(record)
            if column == self.STEPS:
                return self._steps[row]
            if column == self.SOURCE:
                return source_label(record.source)
        if role == HistoryRole.RECORD:
            return record
        if role == HistoryRole.OUTCOME:
            return record.outcome
        if role == HistoryRole.SORT:
            if column == self.WHEN:
                return record.id  # ids grow with time, and they are unique
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.WHEN:
                when = parse_time(record.created_at)
                return f"{when:%Y-%m-%d %H:%M:%S}" if when else record.created_at
            if column == self.REQUEST:
                return record.reply or record.text
            if column == self.STEPS:
                return steps_tooltip(record, self.home)
            if column == self.OUTCOME and record.error_code:
                return f"{outcome_label(record)}: {record.error_code}"
        if role == Qt.ItemDataRole.DecorationRole and column == self.OUTCOME:
            return self._outcome_icon(shown_outcome(record))
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.WHEN, self.SOURCE):
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _outcome_icon(self, outcome: str) -> QIcon | None:
        if outcome not in self._icons:
            found = icon(f"outcome-{outcome}")
            if found.isNull() and outcome in _OUTCOME_ICONS:
                found = QApplication.style().standardIcon(_OUTCOME_ICONS[outcome])
            self._icons[outcome] = found
        found = self._icons[outcome]
        return None if found.isNull() else found
