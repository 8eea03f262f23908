"""The plan card: one plan, its steps with a before → after preview and risk, the decision,
and each step's progress while it runs.

The card only shows a :class:`~ui.bridge.Request` and reports what the person decided through
signals; the conversation view passes those on to the bridge. Enter approves (the checked
steps), Esc cancels (:meth:`PlanCard.handle_key`, also called by the page for keys pressed
elsewhere on it). A high-risk step needs a second, explicit confirmation on the card itself,
whose safe answer is the one that has the focus: pressing Enter twice never unlocks a door.
A step on an alarm panel or lock that keeps its own code says so ("needs Alarm's code"); once
the plan is approved and Hearth's PIN given, the bridge asks for the code in a password field
on the card (:meth:`PlanCard.ask_code`, the order the terminal asks in) and the card keeps none.
A plan that would change nothing (the assistant's ``Outcome.unchanged``) asks nothing: the
card says so.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard

import shiboken6
from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.home import Entity, Home
from app.core.plan import Risk, Step
from app.core.results import StepResult, StepStatus
from app.policy import risk as policy
from app.understanding import answers
from app.understanding import keyed_replies as keyed
from integrations.capabilities import hearths_own
from ui.bridge import Request
from ui.translations import QT_TRANSLATE_NOOP, window_speaking

#: Targets listed per step before "and N more".
MAX_TARGET_LINES = 5

# -- words -----------------------------------------------------------------------------------

State = Mapping[str, Any]


def describe(entity_id: str, state: State | None, keys: frozenset[str] = frozenset()) -> str:
    """A state in a few words, focused on *keys* (the state and attributes a step changes):
    "off", "on 30%", "40% open", "21°", "volume 25%", in the window's language."""
    with window_speaking():
        return _described(entity_id, state, keys)


def _words(text: str, **slots: Any) -> str:
    return QCoreApplication.translate("PlanCard", text).format(**slots)


def _described(entity_id: str, state: State | None, keys: frozenset[str]) -> str:
    if state is None:
        return _words(QT_TRANSLATE_NOOP("PlanCard", "unknown"))
    domain = entity_id.split(".", 1)[0]
    value = str(state.get("state"))
    attrs: Mapping[str, Any] = state.get("attributes") or {}
    if domain == "light" and value == "on":
        brightness = attrs.get("brightness")
        if _number(brightness):
            return _words(
                QT_TRANSLATE_NOOP("PlanCard", "on {percent}%"),
                percent=round(brightness * 100 / 255),
            )
        return _words(QT_TRANSLATE_NOOP("PlanCard", "on"))
    if domain == "fan" and value == "on":
        percentage = attrs.get("percentage")
        if _number(percentage) and percentage > 0:
            return _words(QT_TRANSLATE_NOOP("PlanCard", "on {percent}%"), percent=f"{percentage:g}")
        return _words(QT_TRANSLATE_NOOP("PlanCard", "on"))
    if domain == "cover" and value == "open":
        position = attrs.get("current_position")
        if _number(position) and 0 < position < 100:
            return _words(QT_TRANSLATE_NOOP("PlanCard", "{percent}% open"), percent=f"{position:g}")
    if domain == "climate":
        target = attrs.get("temperature")
        degrees = f"{float(target):g}°" if _number(target) else None
        if keys == {"temperature"} and degrees:
            return degrees
        mode = answers.state_word(value) if keyed.current() != "en" else value.replace("_", " ")
        if "state" in keys or not degrees or value == "off":
            return mode
        return f"{mode}, {degrees}"
    if domain == "media_player":
        if "volume_level" in keys and _number(attrs.get("volume_level")):
            return _words(
                QT_TRANSLATE_NOOP("PlanCard", "volume {percent}%"),
                percent=round(float(attrs["volume_level"]) * 100),
            )
        if "is_volume_muted" in keys:
            return (
                _words(QT_TRANSLATE_NOOP("PlanCard", "muted"))
                if attrs.get("is_volume_muted")
                else _words(QT_TRANSLATE_NOOP("PlanCard", "sound on"))
            )
    if domain == "todo" and value.isdigit():
        return _words(QT_TRANSLATE_NOOP("PlanCard", "{count} to do"), count=value)
    entity = Entity(entity_id, entity_id, value, dict(attrs))
    return answers.describe_state(entity)


def _number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _apply(state: State | None, effect: Mapping[str, Any]) -> dict[str, Any]:
    """*state* with the expected *effect* applied (its first state when several are fine)."""
    wanted = effect.get("state")
    if isinstance(wanted, list):
        wanted = wanted[0] if wanted else None
    base_state = state.get("state") if state else "unknown"
    attributes = dict((state or {}).get("attributes") or {})
    attributes.update(effect.get("attributes") or {})
    return {"state": wanted if wanted is not None else base_state, "attributes": attributes}


@dataclass(slots=True)
class TargetPreview:
    entity_id: str
    name: str
    before: str | None
    """The state before the step, in words (None: not known)."""
    after: str | None
    """The expected state after it (None: nothing checkable, or a read-only step)."""

    @property
    def text(self) -> str:
        if self.before is None:
            return self.name
        if self.after is None:
            return f"{self.name}: {self.before}"
        if self.after == self.before:
            return _words(
                QT_TRANSLATE_NOOP("PlanCard", "{name}: {state} (no change)"),
                name=self.name,
                state=self.before,
            )
        return f"{self.name}: {self.before} → {self.after}"


def previews(request: Request, home: Home | None = None) -> list[list[TargetPreview]]:
    """Each step's targets with their before → after in words; a later step on the same
    target starts from the earlier one's expected state."""
    current: dict[str, dict[str, Any]] = {k: dict(v) for k, v in request.before.items()}
    out: list[list[TargetPreview]] = []
    for step in request.plan.steps:
        rows: list[TargetPreview] = []
        for entity_id in step.targets:
            name = entity_name(entity_id, home, current.get(entity_id))
            state = current.get(entity_id)
            effect = step.expect.get(entity_id)
            if effect is None or step.read_only:
                before = describe(entity_id, state) if state is not None else None
                if not step.read_only and effect is None:
                    before = None  # nothing to show: a scene, a button, the next track
                rows.append(TargetPreview(entity_id, name, before, None))
                continue
            keys = frozenset(["state"] if "state" in effect else []) | frozenset(
                effect.get("attributes") or {}
            )
            after = _apply(state, effect)
            rows.append(
                TargetPreview(
                    entity_id,
                    name,
                    describe(entity_id, state, keys) if state is not None else None,
                    describe(entity_id, after, keys),
                )
            )
            current[entity_id] = after
        out.append(rows)
    return out


def entity_name(entity_id: str, home: Home | None, state: State | None = None) -> str:
    entity = home.get(entity_id) if home is not None else None
    if entity is not None:
        return entity.name
    friendly = ((state or {}).get("attributes") or {}).get("friendly_name")
    return str(friendly) if friendly else entity_id


_ENTITY_ID = re.compile(r"\b[a-z_]+\.[a-z0-9_]+\b")


def humanize(reason: str, request: Request, home: Home | None) -> str:
    """A failure reason with entity ids replaced by names ("light.desk is off" → "Desk
    Light is off")."""

    def name(match: re.Match[str]) -> str:
        entity_id = match.group(0)
        if home is not None and home.get(entity_id) is not None:
            return entity_name(entity_id, home)
        if entity_id in request.before:
            return entity_name(entity_id, None, request.before[entity_id])
        return entity_id

    return _ENTITY_ID.sub(name, reason)


RISK_TEXT = {
    Risk.LOW: QT_TRANSLATE_NOOP("PlanCard", "Low risk"),
    Risk.MEDIUM: QT_TRANSLATE_NOOP("PlanCard", "Medium risk"),
    Risk.HIGH: QT_TRANSLATE_NOOP("PlanCard", "High risk"),
}
RISK_TONE = {Risk.LOW: "good", Risk.MEDIUM: "warn", Risk.HIGH: "bad"}

#: Each status as a symbol, a word and a tone: never colour alone.
STATUS_LOOK: dict[StepStatus, tuple[str, str, str]] = {
    StepStatus.PENDING: ("○", QT_TRANSLATE_NOOP("PlanCard", "Pending"), "neutral"),
    StepStatus.RUNNING: ("◐", QT_TRANSLATE_NOOP("PlanCard", "Running…"), "info"),
    StepStatus.VERIFIED: ("✓", QT_TRANSLATE_NOOP("PlanCard", "Verified"), "good"),
    StepStatus.DONE: ("✓", QT_TRANSLATE_NOOP("PlanCard", "Done"), "good"),
    StepStatus.ANSWERED: ("✓", QT_TRANSLATE_NOOP("PlanCard", "Answered"), "good"),
    StepStatus.FAILED: ("✗", QT_TRANSLATE_NOOP("PlanCard", "Failed"), "bad"),
    StepStatus.UNCONFIRMED: ("?", QT_TRANSLATE_NOOP("PlanCard", "Unconfirmed"), "warn"),
    StepStatus.SKIPPED: ("–", QT_TRANSLATE_NOOP("PlanCard", "Skipped"), "neutral"),
}


#: What "verified" means for Hearth's own actions: the service read its change back (one,
#: and %n of them).
_READ_BACK = {
    "reminder": (
        QT_TRANSLATE_NOOP("PlanCard", "the reminder was read back from Hearth's store"),
        QT_TRANSLATE_NOOP("PlanCard", "the %n reminders were read back from Hearth's store"),
    ),
    "calendar": (
        QT_TRANSLATE_NOOP("PlanCard", "the event was read back from the calendar"),
        QT_TRANSLATE_NOOP("PlanCard", "the %n events were read back from the calendar"),
    ),
    "timer": (
        QT_TRANSLATE_NOOP("PlanCard", "the timer was read back from Hearth's store"),
        QT_TRANSLATE_NOOP("PlanCard", "the %n timers were read back from Hearth's store"),
    ),
}


def _kind(step: Step) -> str:
    """ "device", or the kind of Hearth's own thing a step changes (a reminder, an event, one
    of Hearth's timers: a timer step without a Home Assistant helper)."""
    if hearths_own(step.domain, step.targets):
        return step.domain
    return "device"


def _checked(results: list[StepResult]) -> str:
    """What was checked after every change ran: "every change was checked on the device",
    "the reminder was read back from Hearth's store", or both."""
    kinds: dict[str, int] = {}
    for result in results:
        kind = _kind(result.step)
        kinds[kind] = kinds.get(kind, 0) + 1
    parts: list[str] = []
    for kind, count in kinds.items():
        if kind == "device":
            parts.append(
                _words(QT_TRANSLATE_NOOP("PlanCard", "every change was checked on the device"))
                if len(kinds) == 1
                else _count(
                    count,
                    QT_TRANSLATE_NOOP("PlanCard", "1 device change checked on the device"),
                    QT_TRANSLATE_NOOP("PlanCard", "%n device changes checked on the device"),
                )
            )
            continue
        one, many = _READ_BACK[kind]
        parts.append(_count(count, one, many))
    if len(parts) == 2:
        return _words(
            QT_TRANSLATE_NOOP("PlanCard", "{first}, and {second}"), first=parts[0], second=parts[1]
        )
    return ", ".join(parts)


def outcome_text(results: list[StepResult]) -> str:
    """One honest sentence about how the run went, saying what was checked."""
    ran = [r for r in results if r.status is not StepStatus.SKIPPED]
    failed = [r for r in results if r.status is StepStatus.FAILED]
    unconfirmed = [r for r in results if r.status is StepStatus.UNCONFIRMED]
    skipped = [r for r in results if r.status is StepStatus.SKIPPED]
    if not ran:
        return _words(QT_TRANSLATE_NOOP("PlanCard", "Nothing ran."))
    parts: list[str] = []
    if failed:
        parts.append(
            _words(QT_TRANSLATE_NOOP("PlanCard", "The step failed."))
            if len(results) == 1
            else _count(
                len(failed),
                QT_TRANSLATE_NOOP("PlanCard", "1 of {total} steps failed."),
                QT_TRANSLATE_NOOP("PlanCard", "%n of {total} steps failed."),
            ).format(total=len(results))
        )
    if unconfirmed:
        parts.append(
            _count(
                len(unconfirmed),
                QT_TRANSLATE_NOOP(
                    "PlanCard", "1 change could not be confirmed yet (it may still be happening)."
                ),
                QT_TRANSLATE_NOOP(
                    "PlanCard", "%n changes could not be confirmed yet (it may still be happening)."
                ),
            )
        )
    if not failed and not unconfirmed:
        changes = [r for r in ran if not r.step.read_only]
        if changes and all(r.status is StepStatus.VERIFIED for r in changes):
            parts.append(
                _words(QT_TRANSLATE_NOOP("PlanCard", "Done: {checked}."), checked=_checked(changes))
            )
        else:
            parts.append(_words(QT_TRANSLATE_NOOP("PlanCard", "Done.")))
    if skipped:
        parts.append(
            _count(
                len(skipped),
                QT_TRANSLATE_NOOP("PlanCard", "1 step skipped."),
                QT_TRANSLATE_NOOP("PlanCard", "%n steps skipped."),
            )
        )
    return " ".join(parts)


def _count(n: int, one: str, many: str) -> str:
    """*one* (its own text, as English says it) for 1, else *many* in the plural form the
    window's language gives *n* (``%n``)."""
    if n == 1:
        return QCoreApplication.translate("PlanCard", one)
    return QCoreApplication.translate("PlanCard", many).replace("%n", str(n))


# -- painting --------------------------------------------------------------------------------

_TONES = {"good": "#2e9d4f", "warn": "#e0a000", "bad": "#d93b3b"}


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """*amount* of *a* over *b*."""
    return QColor.fromRgbF(
        a.redF() * amount + b.redF() * (1 - amount),
        a.greenF() * amount + b.greenF() * (1 - amount),
        a.blueF() * amount + b.blueF() * (1 - amount),
    )


def tone_colors(tone: str, palette: QPalette) -> tuple[QColor, QColor]:
    """(fill, border) of a chip in *tone*, blended into the palette so that the palette's
    text colour stays readable on it, light or dark."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    if tone == "neutral":
        return palette.color(QPalette.ColorRole.AlternateBase), palette.color(
            QPalette.ColorRole.Mid
        )
    color = palette.color(QPalette.ColorRole.Highlight) if tone == "info" else QColor(_TONES[tone])
    return mix(color, base, 0.32 if dark else 0.18), mix(color, base, 0.75 if dark else 0.6)


class Chip(QLabel):
    """A small rounded label: a risk badge or a step's status. The text always says it."""

    def __init__(self, text: str = "", tone: str = "neutral", parent: QWidget | None = None):
        super().__init__(text, parent)
        self._tone = tone
        self.setContentsMargins(9, 2, 9, 2)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        self.setFont(font)

    @property
    def tone(self) -> str:
        return self._tone

    def set_look(self, text: str, tone: str) -> None:
        self._tone = tone
        self.setText(text)
        self.setAccessibleName(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fill, border = tone_colors(self._tone, palette)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2
        painter.setPen(QPen(border, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(self.contentsRect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()


class WarningNote(QLabel):
    """Something to know before approving a step ("⚠ Overlaps “Team call” (…)"): the symbol
    and the words say it, a warning-toned box (palette-blended, light or dark) shows it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(f"⚠ {text}", parent)
        self.words = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setContentsMargins(8, 3, 8, 3)
        self.retranslate()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def retranslate(self) -> None:
        """The screen reader's name, in the window's language (also after a switch)."""
        self.setAccessibleName(
            QCoreApplication.translate("PlanCard", "Warning: {text}").format(text=self.words)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill, border = tone_colors("warn", self.palette())
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(border, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        painter.end()
        super().paintEvent(event)


def muted(label: QLabel) -> QLabel:
    """A secondary line: the palette's placeholder colour follows light and dark."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return plain(label)


def plain(label: QLabel) -> QLabel:
    """A label that shows its text as it is (a device named "<b>" stays "<b>")."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


STYLE_SHEET = """
QFrame#planCard {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 12px;
}
QFrame#planCard[active="true"] { border: 2px solid palette(highlight); }
QLabel#cardTitle { font-weight: 600; }
QLabel#stepSummary { font-weight: 600; }
QFrame#highRiskConfirm {
    border: 1px solid #d93b3b;
    border-radius: 8px;
    background: palette(alternate-base);
}
QFrame#deviceCodeAsk {
    border: 1px solid palette(highlight);
    border-radius: 8px;
    background: palette(alternate-base);
}
QFrame#planCard QPushButton {
    padding: 5px 14px;
    border-radius: 6px;
    border: 1px solid palette(mid);
    background: palette(button);
    color: palette(button-text);
}
QFrame#planCard QPushButton:hover { border-color: palette(highlight); }
QFrame#planCard QPushButton:focus { border: 2px solid palette(highlight); padding: 4px 13px; }
QFrame#planCard QPushButton:disabled { color: palette(mid); }
QFrame#planCard QPushButton#primaryButton {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
QFrame#planCard QPushButton#primaryButton:focus { border: 2px solid palette(text); }
QFrame#planCard QPushButton#primaryButton:disabled {
    background: palette(button);
    color: palette(mid);
    border-color: palette(mid);
}
QFrame#planCard QPushButton#dangerButton {
    background: #b3261e;
    color: white;
    border-color: #8c1d18;
}
QFrame#planCard QPushButton#dangerButton:focus { border: 2px solid palette(text); }
"""


# -- widgets ---------------------------------------------------------------------------------


class StepRow(QWidget):
    """One step: checkbox, summary, risk badge, status, the targets' preview, the reason."""

    toggled = Signal()

    def __init__(
        self,
        index: int,
        step: Step,
        decision: policy.StepDecision,
        targets: list[TargetPreview],
        selectable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.index = index
        self.step = step
        self.decision = decision
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(2)

        summary = step.summary or step.action
        self.checkbox = QCheckBox(self)
        self.checkbox.setChecked(decision.decision is not policy.Decision.REFUSE)
        self._summary = summary
        self._shown_status: tuple[StepStatus, str | None] | None = None
        self.checkbox.setToolTip(
            QCoreApplication.translate("StepRow", "Include this step when approving")
        )
        self.checkbox.toggled.connect(self.toggled)
        self.checkbox.setVisible(selectable)
        self.checkbox.setEnabled(selectable)
        self.summary = plain(QLabel(summary, self))
        self.summary.setObjectName("stepSummary")
        self.summary.setWordWrap(True)
        self.summary.setBuddy(self.checkbox)
        self.risk = Chip(parent=self)
        self.risk.setVisible(not step.read_only)
        self.status = Chip(parent=self)
        self.status.hide()
        self.code = Chip(parent=self)
        """ "needs Alarm's code": the device's own code is asked for when it is approved."""
        self.code.setObjectName("needsCode")
        self.code.setVisible(decision.code_for is not None)

        self.preview = muted(QLabel(self))
        self.preview.setWordWrap(True)
        self.show_targets(targets)
        self.reason = plain(QLabel(self))
        self.reason.setWordWrap(True)
        self.reason.hide()
        self.warnings = [WarningNote(text, self) for text in step.warnings]
        """The step's warnings (an event it overlaps), shown under it."""

        indent = 0
        if selectable:
            layout.addWidget(self.checkbox, 0, 0, Qt.AlignmentFlag.AlignTop)
            indent = 1
        chips = QHBoxLayout()
        chips.setSpacing(6)
        chips.addWidget(self.risk)
        chips.addWidget(self.code)
        chips.addWidget(self.status)
        layout.addWidget(self.summary, 0, indent)
        layout.addLayout(chips, 0, indent + 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.preview, 1, indent, 1, 2)
        layout.addWidget(self.reason, 2, indent, 1, 2)
        for row, note in enumerate(self.warnings, start=3):
            layout.addWidget(note, row, indent, 1, 2)
        layout.setColumnStretch(indent, 1)
        self.retranslate()
        if decision.decision is policy.Decision.REFUSE:
            self.show_status(StepStatus.SKIPPED, decision.reason)

    def show_targets(self, targets: list[TargetPreview]) -> None:
        """The targets' before → after, the first few (all of them in the tip)."""
        lines = [t.text for t in targets[:MAX_TARGET_LINES]]
        if len(targets) > MAX_TARGET_LINES:
            lines.append(
                _words(
                    QT_TRANSLATE_NOOP("PlanCard", "and {count} more"),
                    count=len(targets) - MAX_TARGET_LINES,
                )
            )
        self.preview.setText("\n".join(lines))
        self.preview.setToolTip("\n".join(t.text for t in targets))
        self.preview.setVisible(bool(lines))

    def retranslate(self) -> None:
        """The risk, the status and the screen reader's names in the window's language."""
        self.checkbox.setAccessibleName(
            _words(QT_TRANSLATE_NOOP("PlanCard", "Include: {summary}"), summary=self._summary)
        )
        risk_text = QCoreApplication.translate("PlanCard", RISK_TEXT[self.step.risk])
        self.risk.set_look(risk_text, RISK_TONE[self.step.risk])
        self.risk.setToolTip(f"{risk_text}: {self.decision.reason}")
        device = self.decision.code_device or self.decision.code_for or ""
        self.code.set_look(
            _words(QT_TRANSLATE_NOOP("PlanCard", "needs {device}'s code"), device=device), "warn"
        )
        self.code.setToolTip(
            _words(
                QT_TRANSLATE_NOOP(
                    "PlanCard",
                    "{device} keeps its own code: you type it when you approve, and Hearth "
                    "never keeps it",
                ),
                device=device,
            )
        )
        if self._shown_status is not None:
            self.show_status(*self._shown_status)

    @property
    def selectable(self) -> bool:
        return self.checkbox.isEnabled()

    @property
    def selected(self) -> bool:
        if self.decision.decision is policy.Decision.REFUSE:
            return False
        return self.checkbox.isChecked() or not self.checkbox.isVisible()

    def lock(self) -> None:
        self.checkbox.setEnabled(False)

    def show_status(self, status: StepStatus, reason: str | None = None) -> None:
        self._shown_status = (status, reason)
        symbol, english, tone = STATUS_LOOK[status]
        word = QCoreApplication.translate("PlanCard", english)
        self.status.set_look(f"{symbol} {word}", tone)
        self.status.show()
        if reason and status in (StepStatus.FAILED, StepStatus.UNCONFIRMED, StepStatus.SKIPPED):
            self.reason.setText(f"{word}: {reason}")
            self.reason.setForegroundRole(
                QPalette.ColorRole.Text
                if status is StepStatus.FAILED
                else QPalette.ColorRole.PlaceholderText
            )
            self.reason.show()
        else:
            self.reason.hide()

    @property
    def status_text(self) -> str:
        return self.status.text() if self.status.isVisible() else ""


class HighRiskConfirm(QFrame):
    """The explicit second confirmation of one high-risk step (the PIN flow replaces it)."""

    confirmed = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highRiskConfirm")
        self.step: Step | None = None
        """The step asked about (None: none yet)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.decline_button = QPushButton(
            QCoreApplication.translate("HighRiskConfirm", "No, skip it"), self
        )
        self.decline_button.setAutoDefault(True)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("dangerButton")
        self.confirm_button.setAutoDefault(True)
        self.decline_button.clicked.connect(self.declined)
        self.confirm_button.clicked.connect(self.confirmed)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.confirm_button)
        buttons.addStretch(1)
        layout.addWidget(self.question)
        layout.addLayout(buttons)
        self.hide()

    def retranslate(self) -> None:
        """The question asked again in the window's language (after a switch)."""
        if self.step is not None and not self.isHidden():
            focus = self.focusWidget()
            self.ask(self.step)
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask(self, step: Step) -> None:
        summary = step.summary or step.action
        self.question.setText(
            QCoreApplication.translate(
                "HighRiskConfirm",
                "<b>{action}?</b> This is security-sensitive. Confirm it on its own, or skip it.",
            ).format(action=_escape(summary))
        )
        self.confirm_button.setText(
            QCoreApplication.translate("HighRiskConfirm", "Yes, {action}").format(
                action=f"{summary[:1].lower()}{summary[1:]}"
            )
        )
        self.confirm_button.setAccessibleName(
            QCoreApplication.translate("HighRiskConfirm", "Confirm: {action}").format(
                action=summary
            )
        )
        self.decline_button.setAccessibleName(
            QCoreApplication.translate("HighRiskConfirm", "Skip: {action}").format(action=summary)
        )
        self.setAccessibleName(
            QCoreApplication.translate("HighRiskConfirm", "Confirm {action}").format(action=summary)
        )
        self.step = step
        self.show()
        # The safe answer has the focus: a second Enter skips, it never confirms.
        self.decline_button.setFocus(Qt.FocusReason.OtherFocusReason)


class DeviceCodeAsk(QFrame):
    """The password field for one approved step's device code (an alarm panel's, a lock's).
    The code is handed on with :attr:`given` and the field is cleared at once."""

    given = Signal(str)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviceCodeAsk")
        self.step: Step | None = None
        self.device = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setObjectName("deviceCode")
        self.field.returnPressed.connect(self._give)
        self.field.textChanged.connect(self._update)
        self.question.setBuddy(self.field)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.skip_button = QPushButton(self)
        self.skip_button.setAutoDefault(True)
        self.skip_button.clicked.connect(self._skip)
        self.use_button = QPushButton(self)
        self.use_button.setObjectName("primaryButton")
        self.use_button.setAutoDefault(True)
        self.use_button.clicked.connect(self._give)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        layout.addWidget(self.question)
        layout.addWidget(self.field)
        layout.addLayout(buttons)
        self.hide()

    def retranslate(self) -> None:
        if self.step is not None and not self.isHidden():
            self.ask(self.step, self.device, clear=False)

    def ask(self, step: Step, device: str, *, clear: bool = True) -> None:
        summary = step.summary or step.action
        self.question.setText(
            QCoreApplication.translate(
                "DeviceCodeAsk",
                "<b>{action}</b> needs {device}'s own code. Type it to run the step (Hearth "
                "never keeps it), or skip the step.",
            ).format(action=_escape(summary), device=_escape(device))
        )
        self.field.setPlaceholderText(QCoreApplication.translate("DeviceCodeAsk", "Code"))
        self.field.setAccessibleName(
            QCoreApplication.translate("DeviceCodeAsk", "Code for {device}").format(device=device)
        )
        self.use_button.setText(QCoreApplication.translate("DeviceCodeAsk", "Use this code"))
        self.skip_button.setText(QCoreApplication.translate("DeviceCodeAsk", "Skip this step"))
        self.setAccessibleName(
            QCoreApplication.translate("DeviceCodeAsk", "Code for {device}").format(device=device)
        )
        if clear:
            self.field.clear()
        self.step = step
        self.device = device
        self._update()
        self.show()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self) -> None:
        self.use_button.setEnabled(bool(self.field.text().strip()))

    def _give(self) -> None:
        code = self.field.text().strip()
        if not code or self.isHidden():
            return
        self.field.clear()
        self.given.emit(code)

    def _skip(self) -> None:
        self.field.clear()
        self.skipped.emit()

    def end(self) -> None:
        self.field.clear()
        self.step = None
        self.hide()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PlanCard(QFrame):
    """A plan to decide on, then its progress. Emits what the person decided."""

    approve_requested = Signal(object, object)
    """(step indexes, confirmed high-risk step indexes)."""
    cancel_requested = Signal()
    undo_requested = Signal()
    decided = Signal()
    """The card no longer waits for a decision (approved, cancelled, or ran on its own)."""
    asking_again = Signal()
    """The plan was approved and the card now asks again for a high-risk step."""

    def __init__(
        self, request: Request, home: Home | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.request = request
        self.home = home
        self._awaiting = False
        self._state = "new"
        self._chosen: set[int] = set()
        self._confirmed: set[int] = set()
        self._to_confirm: list[int] = []
        self._code_answer: asyncio.Future[str | None] | None = None
        """The device's code being asked for (:meth:`ask_code`), until it is typed or skipped."""
        self.setObjectName("planCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        unchanged = request.outcome.unchanged
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        plan = request.plan
        self._unchanged: str | None = None
        self.setAccessibleName(self._name())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)

        header = QHBoxLayout()
        header.setSpacing(8)
        self.title = plain(QLabel(self._title(), self))
        self.title.setObjectName("cardTitle")
        self.meta = muted(QLabel(self._meta(), self))
        header.addWidget(self.title)
        header.addWidget(self.meta)
        header.addStretch(1)
        layout.addLayout(header)

        for note in self._notes():
            label = muted(QLabel(note, self))
            label.setWordWrap(True)
            layout.addWidget(label)

        changes = [i for i, s in enumerate(plan.steps) if not s.read_only]
        selectable = len(changes) > 1
        self.rows: list[StepRow] = []
        for index, (step, targets) in enumerate(
            zip(plan.steps, previews(request, home), strict=True)
        ):
            row = StepRow(
                index,
                step,
                request.decisions[index],
                targets,
                selectable and not step.read_only,
                self,
            )
            row.toggled.connect(self._update_buttons)
            self.rows.append(row)
            layout.addWidget(row)

        self.confirm = HighRiskConfirm(self)
        self.confirm.confirmed.connect(self._confirm_current)
        self.confirm.declined.connect(self._decline_current)
        layout.addWidget(self.confirm)
        self.code_ask = DeviceCodeAsk(self)
        self.code_ask.given.connect(self._code_given)
        self.code_ask.skipped.connect(self._skip_code)
        layout.addWidget(self.code_ask)

        footer = QHBoxLayout()
        footer.setSpacing(8)
        self.approve_button = QPushButton(QCoreApplication.translate("PlanCard", "Approve"), self)
        self.approve_button.setObjectName("primaryButton")
        self.approve_button.setAutoDefault(True)
        self.approve_button.clicked.connect(self.approve)
        self.cancel_button = QPushButton(QCoreApplication.translate("PlanCard", "Cancel"), self)
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("PlanCard", "Cancel this plan")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.undo_button = QPushButton(QCoreApplication.translate("PlanCard", "Undo"), self)
        self.undo_button.setAutoDefault(True)
        self.undo_button.setAccessibleName(
            QCoreApplication.translate("PlanCard", "Undo these changes")
        )
        self.undo_button.setToolTip(
            QCoreApplication.translate(
                "PlanCard", "Put back what this plan changed (never unlocks or opens)"
            )
        )
        self.undo_button.clicked.connect(self._undo_clicked)
        self.undo_button.hide()
        self.hint = muted(
            QLabel(QCoreApplication.translate("PlanCard", "Enter approves · Esc cancels"), self)
        )
        self.outcome = plain(QLabel(self))
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        footer.addWidget(self.approve_button)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.outcome, 1)
        footer.addWidget(self.undo_button)
        footer.addStretch(0)
        footer.addWidget(self.hint)
        layout.addLayout(footer)
        self.approve_button.hide()
        self.cancel_button.hide()
        self.hint.hide()
        self._update_buttons()
        self.setProperty("active", False)
        if unchanged is not None:
            self._show_unchanged(unchanged)

    def _show_unchanged(self, words: str) -> None:
        """Nothing to decide: the home already is as the plan would leave it."""
        self._state = "unchanged"
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row in self.rows:
            row.lock()
            row.risk.hide()  # nothing will run: no risk to weigh
        self.meta.setText(QCoreApplication.translate("PlanCard", "nothing to change"))
        self.outcome.setText(words)
        self.outcome.show()
        self._unchanged = words
        self.setAccessibleName(self._name())

    # -- what the card shows -----------------------------------------------------------------

    def _name(self) -> str:
        """The screen reader's name: the plan's sentence, and why nothing changes."""
        text = self.request.plan.text
        if self._unchanged is None:
            return self.tr("Plan: {text}").format(text=text)
        return self.tr("Plan: {text}. {words}").format(text=text, words=self._unchanged)

    def retranslate(self) -> None:
        """After a language switch: the title, the targets' states, the outcome and the
        screen reader's name in the window's language (the decision, the checked steps and
        the progress stay as they are)."""
        self.title.setText(self._title())
        for row, targets in zip(self.rows, previews(self.request, self.home), strict=True):
            row.show_targets(targets)
        if self._state == "finished":
            self.outcome.setText(outcome_text(self.request.outcome.results))
        self.setAccessibleName(self._name())

    def _title(self) -> str:
        if self.request.undo_of is not None:
            return QCoreApplication.translate("PlanCard", "Undo")
        count = len(self.request.plan.steps)
        if count == 1:
            return QCoreApplication.translate("PlanCard", "Plan")
        # Never a count for Qt (lupdate takes only self.tr()'s as plural entries, and files
        # this class's under a context of its own): one step is "Plan", so this says many.
        return QCoreApplication.translate("PlanCard", "Plan · %n steps").replace("%n", str(count))

    def _meta(self) -> str:
        plan = self.request.plan
        if self.request.undo_of is not None:
            return self.tr("puts back the state from before")
        if plan.needs_confirmation or any(d.code_for for d in self.request.decisions):
            return self.tr("needs your approval")
        return ""

    def _notes(self) -> list[str]:
        plan = self.request.plan
        notes: list[str] = []
        if plan.corrected and self.request.source != "voice":  # voice says why in its note
            notes.append(
                self.tr("I corrected words I may have misheard: check this before approving.")
            )
        if plan.loose:
            notes.append(self.tr("I guessed which device you meant: check this before approving."))
        if plan.reply:
            notes.append(plan.reply)
        notes.extend(self.request.notes)
        return notes

    @property
    def key(self) -> int:
        return self.request.key

    @property
    def awaiting_decision(self) -> bool:
        return self._awaiting

    @property
    def state(self) -> str:
        """ "new", "deciding", "confirming", "code" (asking for a device's code), "running",
        "finished", "cancelled", or "unchanged" (nothing to change: never asks)."""
        return self._state

    @property
    def can_undo(self) -> bool:
        """Whether the Undo button is offered."""
        return not self.undo_button.isHidden()

    def tab_chain(self) -> list[QWidget]:
        """The card's stops for Tab while it waits: the card, the steps to choose, the second
        confirmation, Approve and Cancel (hidden and disabled ones are passed over)."""
        chain: list[QWidget] = [self]
        chain += [row.checkbox for row in self.rows]
        chain += [self.confirm.decline_button, self.confirm.confirm_button]
        chain += [self.code_ask.field, self.code_ask.use_button, self.code_ask.skip_button]
        chain += [self.approve_button, self.cancel_button]
        return chain

    def set_in_tab_chain(self, waiting: bool, *, undo: bool = False) -> None:
        """Tab stops at this card only while it waits, and at its Undo only when *undo* (the
        newest one): old cards' buttons stay clickable but leave the Tab chain."""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if waiting else Qt.FocusPolicy.NoFocus)
        self.undo_button.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if undo else Qt.FocusPolicy.ClickFocus
        )

    def selected_steps(self) -> set[int]:
        return {row.index for row in self.rows if row.selected and not row.step.read_only}

    def set_active(self, active: bool) -> None:
        """Show that the keyboard is on this card (Enter and Esc act on it)."""
        if self.property("active") != active:
            self.setProperty("active", active)
            self.style().unpolish(self)
            self.style().polish(self)

    # -- decision ----------------------------------------------------------------------------

    def arm(self) -> None:
        """Wait for the person's decision (unless the bridge already runs it)."""
        if self._state != "new":
            return
        if self.request.running or self.request.done:
            self._start_running()
            return
        self._state = "deciding"
        self._awaiting = True
        self.approve_button.show()
        self.cancel_button.show()
        self.hint.show()
        self._update_buttons()
        self.set_active(True)  # Enter and Esc act on it from anywhere on the page

    def _update_buttons(self) -> None:
        chosen = self.selected_steps()
        selectable = [r for r in self.rows if r.selectable]
        count = len(chosen)
        if selectable and count < len(selectable):
            words = self.tr("Approve selected (%n of {total})", "", count)
            self.approve_button.setText(words.format(total=len(selectable)))
        else:
            self.approve_button.setText(QCoreApplication.translate("PlanCard", "Approve"))
        self.approve_button.setEnabled(bool(chosen))

    def approve(self) -> None:
        """Approve the checked steps; high-risk ones are confirmed one by one first."""
        if self._state != "deciding":
            return
        chosen = self.selected_steps()
        if not chosen:
            return
        self._chosen = chosen
        self._confirmed = set()
        self._to_confirm = [
            i for i in sorted(chosen) if self.rows[i].decision.decision is policy.Decision.PIN
        ]
        for row in self.rows:
            row.lock()
        if self._to_confirm:
            self._state = "confirming"
            self.approve_button.setEnabled(False)
            self.hint.setText(QCoreApplication.translate("PlanCard", "Esc skips the step"))
            self.confirm.ask(self.rows[self._to_confirm[0]].step)
            self.asking_again.emit()
            return
        self._finish_decision()

    def _confirm_current(self) -> None:
        if self._state != "confirming" or not self._to_confirm:
            return
        self._confirmed.add(self._to_confirm.pop(0))
        self._next_confirmation()

    def _decline_current(self) -> None:
        if self._state != "confirming" or not self._to_confirm:
            return
        self._chosen.discard(self._to_confirm.pop(0))
        self._next_confirmation()

    def _next_confirmation(self) -> None:
        if self._to_confirm:
            self.confirm.ask(self.rows[self._to_confirm[0]].step)
            return
        self.confirm.hide()
        if not self._chosen:
            self.cancel()
            return
        self._finish_decision()

    # -- the device's own code ---------------------------------------------------------------

    async def ask_code(self, index: int, device: str) -> str | None:
        """Ask for *device*'s own code for approved step *index* in the card's password
        field. The bridge asks once the plan is approved and the PIN given (as the terminal
        does): what was typed, or None when the person skipped the step or the card ended
        meanwhile. The card keeps nothing of it."""
        if self._state != "running" or not 0 <= index < len(self.rows):
            return None
        answer: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()
        self._code_answer = answer
        self._state = "code"
        self._awaiting = True  # Enter and Esc act on the field from anywhere on the page
        self.hint.setText(QCoreApplication.translate("PlanCard", "Esc skips the step"))
        self.hint.show()
        self.set_active(True)
        self.code_ask.ask(self.rows[index].step, device)
        self.asking_again.emit()
        try:
            return await answer
        finally:
            if shiboken6.isValid(self):  # the window may have closed meanwhile
                self._end_code_ask()

    def _end_code_ask(self) -> None:
        self._code_answer = None
        self.code_ask.end()
        if self._state == "code":
            self._state = "running"
            self._awaiting = False
            self.hint.hide()
            self.set_active(False)
            self.decided.emit()

    def _answer_code(self, code: str | None) -> None:
        answer = self._code_answer
        if answer is not None and not answer.done():
            answer.set_result(code)

    def _code_given(self, code: str) -> None:
        if self._state == "code":
            self._answer_code(code)

    def _skip_code(self) -> None:
        if self._state == "code":
            self._answer_code(None)

    def _finish_decision(self) -> None:
        self._start_running()
        self.approve_requested.emit(set(self._chosen), set(self._confirmed))

    def cancel(self) -> None:
        if self._state == "code":  # the plan was approved: only the step is skipped
            self._skip_code()
            return
        if self._state not in ("deciding", "confirming"):
            return
        self._state = "cancelled"
        self._awaiting = False
        self.confirm.hide()
        self._end_decision()
        self.cancel_requested.emit()
        self.decided.emit()

    def handle_key(self, key: Qt.Key) -> bool:
        """Enter approves and Esc cancels while the card waits; while it asks again for a
        high-risk step, Esc skips that step and Enter does nothing here (only the focused
        button answers: the safe one). Whether the key was used."""
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if self._state == "deciding" and enter:
            self.approve()
            return True
        if self._state == "deciding" and key == Qt.Key.Key_Escape:
            self.cancel()
            return True
        if self._state == "confirming" and key == Qt.Key.Key_Escape:
            self._decline_current()
            return True
        if self._state == "code" and key == Qt.Key.Key_Escape:
            self._skip_code()
            return True
        return self._state in ("confirming", "code") and enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(Qt.Key(event.key())):
            super().keyPressEvent(event)

    # -- progress ----------------------------------------------------------------------------

    def _end_decision(self) -> None:
        self.set_active(False)
        for row in self.rows:
            row.lock()
        self.approve_button.hide()
        self.cancel_button.hide()
        self.hint.hide()

    def _start_running(self) -> None:
        was_awaiting = self._awaiting
        self._answer_code(None)  # finished or updated meanwhile: the code is not wanted now
        self._state = "running"
        self._awaiting = False
        self._end_decision()
        if self.request.approved_by == "auto" and not self.request.plan.read_only:
            self.meta.setText(
                QCoreApplication.translate(
                    "PlanCard", "ran on its own: low risk, and auto-run is on"
                )
            )
        elif self.request.approved_by == "undo":
            self.meta.setText(
                QCoreApplication.translate("PlanCard", "puts back the state from before")
            )
        else:
            self.meta.setText("")
        for row in self.rows:
            if row.decision.decision is not policy.Decision.REFUSE and not row.status_text:
                row.show_status(StepStatus.PENDING)
        if was_awaiting:
            self.decided.emit()

    def update_step(self, result: StepResult) -> None:
        if self._state in ("new", "deciding", "confirming", "code"):
            self._start_running()
        if 0 <= result.index < len(self.rows):
            reason = humanize(result.reason, self.request, self.home) if result.reason else None
            self.rows[result.index].show_status(result.status, reason)

    def set_finished(self, can_undo: bool) -> None:
        if self._state in ("new", "deciding", "confirming", "code"):
            self._start_running()
        self._state = "finished"
        for result in self.request.outcome.results:
            self.update_step(result)
        self.outcome.setText(outcome_text(self.request.outcome.results))
        self.outcome.show()
        self.undo_button.setVisible(can_undo)
        self.undo_button.setEnabled(can_undo)

    def set_cancelled(self, words: str | None = None) -> None:
        """Show the plan as cancelled, saying *words* (why, when it was replaced)."""
        if words is None:
            words = self.tr("Cancelled: nothing ran.")
        if self._state == "unchanged":
            return  # recorded as not run; the card already says why
        was_awaiting = self._awaiting
        self._state = "cancelled"
        self._awaiting = False
        self._end_decision()
        self.confirm.hide()
        self._answer_code(None)
        self.code_ask.end()
        self.meta.setText("")
        self.outcome.setText(words)
        self.outcome.show()
        if was_awaiting:
            self.decided.emit()

    def set_undone(self) -> None:
        self.undo_button.setEnabled(False)
        self.undo_button.setText(QCoreApplication.translate("PlanCard", "Undo requested"))

    def _undo_clicked(self) -> None:
        self.set_undone()
        self.undo_requested.emit()
