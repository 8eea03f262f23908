"""The conversation: what the person said, Hearth's replies and plan cards, and the command box.

The view shows what the bridge reports and passes on what the person decides; it plans and
runs nothing itself. A few hundred entries stay cheap: each is one small widget in a vertical
layout, and the oldest are dropped past :data:`MAX_ENTRIES` (never a card that still waits
for a decision or is running).

The keys (:data:`KEYS`): one plan at a time waits for a decision. Enter approves it and Esc
cancels it wherever the keyboard is on the page, except that Enter in a command box holding
text sends that command; a new plan replaces the one waiting (its card says so: nothing ran),
while a question, an answer or "nothing to change" leaves it waiting. The waiting card comes
first in the Tab order after the command box; the buttons of finished cards leave the Tab
chain, but for the newest Undo.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from app.core.results import StepResult, StepStatus
from ui.bridge import AssistantBridge, Request
from ui.icons import icon
from ui.plan_card import STYLE_SHEET as CARD_STYLE_SHEET
from ui.plan_card import PlanCard, humanize, muted
from ui.restyle import FollowPalette
from ui.retranslate import KEEP_WORDS
from ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.understanding.llm.local import ModelStatus

#: Entries (messages and cards) kept; older ones are dropped.
MAX_ENTRIES = 200
#: Commands the Up key can recall.
MAX_HISTORY = 100
#: Width of the conversation column: lines stay readable in a wide window.
COLUMN_WIDTH = 880
#: Widest text in a message bubble.
BUBBLE_WIDTH = 560
#: Narrowest text in a bubble, whatever the window: a line of a few words.
BUBBLE_MIN_WIDTH = 120
#: The column's margins (left + right) inside the scroll area.
COLUMN_MARGINS = 32

KEYS: tuple[tuple[str, str], ...] = (
    (
        "Enter",
        QT_TRANSLATE_NOOP(
            "Help", "Send the command; with the command box empty, approve the waiting plan"
        ),
    ),
    (
        "Esc",
        QT_TRANSLATE_NOOP(
            "Help",
            "Cancel the waiting plan (while it asks again for a risky step: skip that step), "
            "or stop the one the language model is still making",
        ),
    ),
    ("Up / Down", QT_TRANSLATE_NOOP("Help", "Recall earlier commands")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Help", "Back to the command box")),
    (
        "Tab",
        QT_TRANSLATE_NOOP("Help", "From the command box to the waiting plan's steps and buttons"),
    ),
)
"""The conversation's keys and what they do (for Help and the welcome text)."""

PLACEHOLDER = QT_TRANSLATE_NOOP(
    "CommandBox", "Tell Hearth what to do, e.g. “dim the sofa lamp to 30 percent”"
)
PLACEHOLDER_WAITING = QT_TRANSLATE_NOOP(
    "CommandBox", "Enter approves the plan above · Esc cancels · or type a new command"
)
PLACEHOLDER_ASKING = QT_TRANSLATE_NOOP(
    "CommandBox",
    "Answer the question above with its buttons · Esc skips the step · or type a new command",
)
"""While a high-risk step is asked again, where Enter in the command box approves nothing."""
FROM_HOME_VIEW = "home view"


def _placeholder(text: str) -> str:
    """One of the command box's suggestions in the window's language."""
    return QCoreApplication.translate("CommandBox", text)


"""The source (and, when its click ran it, the approver) of a plan from the Home view."""
HELD_NOTE = QT_TRANSLATE_NOOP(
    "ConversationView", "Getting ready… I'll do this as soon as the home has loaded."
)
HELD_FAILED = QT_TRANSLATE_NOOP(
    "ConversationView", "Not done: Hearth could not load the home (the status bar says why)."
)

VOICE_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "ConversationView",
    "Push-to-talk needs a Vosk speech model: install one in Settings › Voice, then hold "
    "the Talk button (or the push-to-talk key) while you speak.",
)

STYLE_SHEET = (
    CARD_STYLE_SHEET
    + """
QFrame#userBubble {
    background: palette(highlight);
    border-radius: 14px;
}
QFrame#userBubble QLabel { color: palette(highlighted-text); }
QFrame#hearthBubble {
    background: palette(alternate-base);
    border: 1px solid palette(midlight);
    border-radius: 14px;
}
QWidget#conversationContent { background: palette(window); }
QFrame#inputBar { border-top: 1px solid palette(mid); }
QLineEdit#commandBox {
    padding: 7px 10px;
    border-radius: 8px;
    border: 1px solid palette(mid);
    background: palette(base);
    color: palette(text);
}
QLineEdit#commandBox:focus { border: 2px solid palette(highlight); padding: 6px 9px; }
"""
)


class CommandBox(QLineEdit):
    """One line for a command: Enter sends, Up and Down walk through earlier commands.

    Enter with nothing typed and Esc are left to the page (the waiting plan's keys)."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandBox")
        self.setAccessibleName(QCoreApplication.translate("CommandBox", "Command"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "CommandBox", "Type what Hearth should do; Up recalls earlier commands"
            )
        )
        self.setPlaceholderText(_placeholder(PLACEHOLDER))
        self.setClearButtonEnabled(True)
        self.history: list[str] = []
        self._position: int | None = None
        """Index in :attr:`history` being shown, or None for the person's own draft."""
        self._draft = ""

    def submit(self) -> None:
        text = self.text().strip()
        if not text:
            return
        if not self.history or self.history[-1] != text:
            self.history.append(text)
            del self.history[:-MAX_HISTORY]
        self._position = None
        self._draft = ""
        self.clear()
        self.submitted.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.text().strip():
                self.submit()
                return
            event.ignore()  # nothing typed: the page's Enter (approve the waiting plan)
            return
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()  # the page's Esc (cancel the waiting plan)
            return
        if event.key() == Qt.Key.Key_Up and self.history:
            if self._position is None:
                self._draft = self.text()
                self._position = len(self.history) - 1
            else:
                self._position = max(0, self._position - 1)
            self.setText(self.history[self._position])
            return
        if event.key() == Qt.Key.Key_Down and self._position is not None:
            self._position += 1
            if self._position >= len(self.history):
                self._position = None
                self.setText(self._draft)
            else:
                self.setText(self.history[self._position])
            return
        super().keyPressEvent(event)


class MessageBubble(QFrame):
    """One message: the person's (right, accent colour) or Hearth's (left)."""

    def __init__(self, text: str, *, mine: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userBubble" if mine else "hearthBubble")
        self.mine = mine
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        self._layout = layout
        self.label = QLabel(text, self)
        self.label.setProperty(KEEP_WORDS, True)  # someone's words: never retranslated
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self._room = BUBBLE_WIDTH
        self._update_name()

    @property
    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self._update_name()

    def fit(self, room: int) -> None:
        """Wrap the text within *room* pixels (the column's width): a bubble never reaches past
        the window's edge, where the end of its sentence would be cut off."""
        inner = self._layout.contentsMargins()
        margins = inner.left() + inner.right() + self.frameWidth() * 2
        self._room = max(BUBBLE_MIN_WIDTH, min(BUBBLE_WIDTH, room - margins))
        self._update_name()

    def retranslate(self) -> None:
        """After a language switch: "You: …" in the new language (the words stay)."""
        self._update_name()

    def _update_name(self) -> None:
        # A wrapping label asks for an arbitrary width: give it its text's, up to the most a
        # bubble may take in this column, so short messages hug their text and long ones wrap.
        widest = max(
            (self.label.fontMetrics().horizontalAdvance(line) for line in self.text.splitlines()),
            default=0,
        )
        width = min(widest + 2, self._room)
        self.label.setMinimumWidth(width)
        self.label.setMaximumWidth(self._room)
        # The column lays the bubble out for its own width (wider than the bubble may be): the
        # lines the text takes at the bubble's width are its least height, so none is cut off.
        self.label.setMinimumHeight(self.label.heightForWidth(width))
        said = (
            QCoreApplication.translate("ConversationView", "You: {text}")
            if self.mine
            else QCoreApplication.translate("ConversationView", "Hearth: {text}")
        )
        self.setAccessibleName(said.format(text=self.label.text()))


class ThinkingCard(QFrame):
    """Stands where the plan card will be while the language model works (or, with *lookup*,
    while the calendars are read for the events a plan names); Cancel stops it.

    *budget*: for a model on this computer or the local network (which may take a minute),
    the seconds the plan may wait: the card counts the seconds waited against it. *status*: for
    a model file Hearth runs, where it stands: while it loads, the card says so and counts the
    load apart (the budget is the answer's alone)."""

    cancel_requested = Signal()

    def __init__(
        self,
        key: int,
        parent: QWidget | None = None,
        *,
        lookup: bool = False,
        budget: float | None = None,
        status: Callable[[], ModelStatus | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self._status = status
        self._lookup = lookup
        self.setObjectName("hearthBubble")
        self.setAccessibleName(
            QCoreApplication.translate("ThinkingCard", "Hearth is looking in your calendars")
            if lookup
            else QCoreApplication.translate(
                "ThinkingCard", "Hearth is asking the language model for a plan"
            )
        )
        label = QLabel(
            QCoreApplication.translate("ThinkingCard", "Looking in your calendars…")
            if lookup
            else QCoreApplication.translate("ThinkingCard", "Asking the language model for a plan…")
        )
        self.label = label
        self._doing = label.text()
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy, for as long as it takes
        bar.setTextVisible(False)
        bar.setMaximumHeight(6)
        bar.setAccessibleName(QCoreApplication.translate("ThinkingCard", "Working"))
        self.bar = bar
        self.budget = budget
        self.waited = 0
        if budget is not None:  # a local model: the seconds waited, of the most it may take
            bar.setRange(0, max(1, round(budget)))
            self._clock = QTimer(self)
            self._clock.setInterval(1000)
            self._clock.timeout.connect(self._tick)
            self._clock.start()
            self._show_waited()
            label.setWordWrap(True)
            label.setToolTip(
                QCoreApplication.translate(
                    "ThinkingCard", "A model on this computer or the local network may take a while"
                )
            )
        self.cancel_button = QPushButton(QCoreApplication.translate("ThinkingCard", "&Cancel"))
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("ThinkingCard", "Stop looking in the calendars")
            if lookup
            else QCoreApplication.translate("ThinkingCard", "Stop asking the language model")
        )
        self.cancel_button.clicked.connect(self.cancel_requested)
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.addLayout(row)
        layout.addWidget(bar)
        self.setMaximumWidth(BUBBLE_WIDTH + 28)

    def _tick(self) -> None:
        self.waited += 1
        self._show_waited()

    def retranslate(self) -> None:
        """After a language switch: what the card is waiting for, in the new language."""
        self._doing = (
            QCoreApplication.translate("ThinkingCard", "Looking in your calendars…")
            if self._lookup
            else QCoreApplication.translate("ThinkingCard", "Asking the language model for a plan…")
        )
        if self.budget is None:
            self.label.setText(self._doing)
        else:
            self._show_waited()

    def _show_waited(self) -> None:
        assert self.budget is not None
        status = self._status() if self._status is not None else None
        if status is not None and status.phase == "loading":  # not yet the answer's time
            self.bar.setRange(0, 0)
            loading = QCoreApplication.translate(
                "ThinkingCard",
                "Loading the model… {waited} s (then up to {budget} s for the answer)",
            )
            self.label.setText(
                loading.format(waited=f"{status.waited():.0f}", budget=f"{self.budget:g}")
            )
            return
        if status is not None and status.phase == "answering":
            self.waited = int(status.waited())
        self.bar.setRange(0, max(1, round(self.budget)))
        self.bar.setValue(min(self.waited, self.bar.maximum()))
        waited = QCoreApplication.translate(
            "ThinkingCard", "{doing} {waited} s of up to {budget} s"
        )
        self.label.setText(
            waited.format(doing=self._doing, waited=self.waited, budget=f"{self.budget:g}")
        )


class ConversationView(QWidget):
    def __init__(self, bridge: AssistantBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.cards: dict[int, PlanCard] = {}
        """The plan cards still shown, by request key."""
        self.live: QWidget | None = None
        """What push-to-talk hears while it listens (ui/voice.py), below the conversation."""
        self.answers: dict[int, MessageBubble] = {}
        """Hearth's bubbles waiting for the answer of a question, by request key."""
        self.thinking: dict[int, ThinkingCard] = {}
        """The cards of requests the language model is still planning, by request key."""
        self._replaced: dict[int, str] = {}
        """Waiting plans being cancelled because a new one came, by key: the new one's text."""
        self.held: list[tuple[str, tuple[MessageBubble, ...]]] = []
        """Commands sent while the home and the planner were still loading (in a worker
        thread: the window takes typing from the moment it shows), with their bubbles. They
        are planned, in order, once the home is ready."""
        self._load_failed = False
        self._entries: deque[QWidget] = deque()
        self._stick_to_bottom = True
        self.setStyleSheet(STYLE_SHEET)
        FollowPalette(self, self._restyle)  # the cards and bubbles follow light and dark

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setAccessibleName(
            QCoreApplication.translate("ConversationView", "Conversation")
        )
        content = QWidget()
        content.setObjectName("conversationContent")
        outer = QHBoxLayout(content)
        outer.setContentsMargins(16, 16, 16, 16)
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        self._column = QVBoxLayout(column)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(12)
        self._column.addStretch(1)
        outer.addStretch(0)
        outer.addWidget(column, 1)
        outer.addStretch(0)
        self.scroll_area.setWidget(content)
        self.scroll_area.viewport().installEventFilter(self)  # bubbles wrap to its width
        bar = self.scroll_area.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_scrolled)

        self.welcome = _welcome()
        self._column.addWidget(self.welcome)
        # Centres the welcome while the conversation is empty.
        self._welcome_spacer = QSpacerItem(
            0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding
        )
        self._column.addItem(self._welcome_spacer)
        self._column.setStretch(self._column.count() - 1, 1)

        self.command_box = CommandBox()
        self.command_box.submitted.connect(self._submit)
        self.send_button = QPushButton(
            icon("send"), QCoreApplication.translate("ConversationView", "Send")
        )
        self.send_button.setAccessibleName(
            QCoreApplication.translate("ConversationView", "Send command")
        )
        self.send_button.setToolTip(
            QCoreApplication.translate("ConversationView", "Send the command (Enter)")
        )
        self.send_button.clicked.connect(self.command_box.submit)
        self.talk_button = QPushButton(
            icon("mic"), QCoreApplication.translate("ConversationView", "Talk")
        )
        """Push-to-talk: disabled, saying why, until the voice part (ui/voice.py) takes it."""
        self.talk_button.setAccessibleName(
            QCoreApplication.translate("ConversationView", "Push to talk")
        )
        self.talk_button.setAccessibleDescription(
            QCoreApplication.translate("ConversationView", VOICE_UNAVAILABLE)
        )
        self.talk_button.setToolTip(
            QCoreApplication.translate("ConversationView", VOICE_UNAVAILABLE)
        )
        self.talk_button.setEnabled(False)

        input_bar = QFrame()
        input_bar.setObjectName("inputBar")
        bar_layout = QHBoxLayout(input_bar)
        bar_layout.setContentsMargins(16, 10, 16, 14)
        bar_layout.setSpacing(8)
        bar_layout.addWidget(self.command_box, 1)
        bar_layout.addWidget(self.send_button)
        bar_layout.addWidget(self.talk_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(input_bar)
        self.setFocusProxy(self.command_box)
        QShortcut(
            QKeySequence("Ctrl+L"),
            self,
            self.focus_command_box,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        bridge.code_prompt = self._ask_code  # after the PIN, on the plan's card
        bridge.planned.connect(self._on_planned)
        bridge.step_updated.connect(self._on_step_updated)
        bridge.finished.connect(self._on_finished)
        bridge.cancelled.connect(self._on_cancelled)
        bridge.undo_unavailable.connect(self._on_undo_unavailable)
        bridge.thinking.connect(self._on_thinking)
        bridge.ready.connect(self._plan_held)
        bridge.status_changed.connect(self._on_status)

    def _restyle(self) -> None:
        self.setStyleSheet("")
        self.setStyleSheet(STYLE_SHEET)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            room = self._room()
            for bubble in self.messages():
                bubble.fit(room)
        return super().eventFilter(watched, event)

    def _room(self) -> int:
        """The width the column's entries have: the viewport's, up to :data:`COLUMN_WIDTH`."""
        return min(COLUMN_WIDTH, self.scroll_area.viewport().width() - COLUMN_MARGINS)

    # -- the waiting plan and the keys -------------------------------------------------------

    @property
    def pending(self) -> PlanCard | None:
        """The plan card that waits for a decision: at most one (a new plan replaces it)."""
        for card in reversed(self.cards.values()):
            if card.awaiting_decision:
                return card
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys no widget on the page took (the command box leaves Enter with nothing typed,
        # and Esc): they decide on the waiting plan, wherever the focus is.
        card = self.pending
        if card is not None and card.handle_key(Qt.Key(event.key())):
            self.scroll_area.ensureWidgetVisible(card, 0, 0)
            event.accept()
            return
        if card is None and event.key() == Qt.Key.Key_Escape and self.thinking:
            self.bridge.cancel(list(self.thinking)[-1])  # the plan still being made
            event.accept()
            return
        if _typed(event):  # words typed on a card (or its buttons) start the next command
            box = self.command_box
            box.setFocus(Qt.FocusReason.OtherFocusReason)  # no select-all: typing goes on
            box.end(False)
            box.insert(event.text())
            event.accept()
            return
        super().keyPressEvent(event)

    def _replace_waiting(self, new: PlanCard) -> None:
        """Cancel the plan that waits (or is about to) because *new* came: one at a time."""
        for card in list(self.cards.values()):
            if card is new:
                continue
            request = card.request
            about_to_wait = card.state == "new" and not (request.running or request.done)
            if card.awaiting_decision or about_to_wait:
                self._replaced[card.key] = new.request.plan.text
                self.bridge.cancel(card.key)

    def retranslate(self) -> None:
        """After a language switch: the command box's suggestion (what was typed stays)."""
        self._update_keys()

    def _update_keys(self) -> None:
        """The Tab order (command box, the waiting plan, Send, Talk), which finished cards'
        buttons stay in it (only the newest Undo), and what the command box suggests."""
        waiting = self.pending
        box = self.command_box
        if waiting is None:
            box.setPlaceholderText(_placeholder(PLACEHOLDER))
        else:
            asking = waiting.state == "confirming"
            box.setPlaceholderText(
                _placeholder(PLACEHOLDER_ASKING if asking else PLACEHOLDER_WAITING)
            )
        chain: list[QWidget] = [box]
        if waiting is not None:
            chain += waiting.tab_chain()
        chain += [self.send_button, self.talk_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        newest_undo = next(
            (c for c in reversed(self.cards.values()) if c.undo_button.isEnabled() and c.can_undo),
            None,
        )
        for card in self.cards.values():
            card.set_in_tab_chain(card is waiting, undo=card is newest_undo)

    # -- entries -----------------------------------------------------------------------------

    @property
    def entries(self) -> list[QWidget]:
        """The messages and cards shown, oldest first."""
        return list(self._entries)

    def messages(self) -> list[MessageBubble]:
        return [e for e in self._entries if isinstance(e, MessageBubble)]

    def _add(self, widget: QWidget, alignment: Qt.AlignmentFlag | None = None) -> None:
        if not self.welcome.isHidden():
            self.welcome.hide()
            self._column.removeItem(self._welcome_spacer)
        if alignment is None:
            self._column.addWidget(widget)
        else:
            self._column.addWidget(widget, 0, alignment)
        self._entries.append(widget)
        self._trim()

    def show_live(self, widget: QWidget | None) -> None:
        """Show *widget* at the end of the conversation while it lasts (push-to-talk's live
        transcript), or take the one shown away (None). It is not an entry: never trimmed."""
        if self.live is not None:
            self._column.removeWidget(self.live)
            self.live.hide()
            self.live.deleteLater()
        self.live = widget
        if widget is not None:
            if not self.welcome.isHidden():
                self.welcome.hide()
                self._column.removeItem(self._welcome_spacer)
            self._stick_to_bottom = True
            self._column.addWidget(widget, 0, Qt.AlignmentFlag.AlignRight)

    def _say(self, text: str, *, mine: bool) -> MessageBubble:
        bubble = MessageBubble(text, mine=mine)
        bubble.fit(self._room())
        self._add(bubble, Qt.AlignmentFlag.AlignRight if mine else Qt.AlignmentFlag.AlignLeft)
        return bubble

    def _trim(self) -> None:
        excess = len(self._entries) - MAX_ENTRIES
        if excess <= 0:
            return
        keep: deque[QWidget] = deque()
        for widget in self._entries:
            busy = isinstance(widget, ThinkingCard) or (
                isinstance(widget, PlanCard)
                and widget.state in ("new", "deciding", "confirming", "code", "running")
            )
            if excess > 0 and not busy:
                excess -= 1
                self._forget(widget)
                continue
            keep.append(widget)
        self._entries = keep

    def _forget(self, widget: QWidget) -> None:
        if isinstance(widget, PlanCard):
            self.cards.pop(widget.key, None)
            self._update_keys()
        for key, bubble in list(self.answers.items()):
            if bubble is widget:
                del self.answers[key]
        self._column.removeWidget(widget)
        widget.hide()
        widget.deleteLater()

    # -- scrolling ---------------------------------------------------------------------------

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._stick_to_bottom:
            self.scroll_area.verticalScrollBar().setValue(maximum)

    def _on_scrolled(self, value: int) -> None:
        bar = self.scroll_area.verticalScrollBar()
        self._stick_to_bottom = value >= bar.maximum() - 8

    # -- commands ----------------------------------------------------------------------------

    def focus_command_box(self) -> None:
        self.command_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _submit(self, text: str) -> None:
        self._stick_to_bottom = True
        if self.bridge.assistant is None and not self._load_failed:
            shown = (
                self._say(text, mine=True),
                self._say(QCoreApplication.translate("ConversationView", HELD_NOTE), mine=False),
            )
            self.held.append((text, shown))
            return
        if self.bridge.submit(text) is None:
            self._say(text, mine=True)
            self._say("I'm still connecting to the home. Try again in a moment.", mine=False)

    # -- the bridge's reports ----------------------------------------------------------------

    def _plan_held(self, _home: object) -> None:
        """The home is ready: plan what was typed meanwhile, each as if sent now (its card
        takes the place of the note)."""
        held, self.held = self.held, []
        for text, shown in held:
            for widget in shown:
                if widget in self._entries:
                    self._entries.remove(widget)
                    self._forget(widget)
            self._submit(text)

    def _on_status(self, status: str) -> None:
        if status == "connecting":
            self._load_failed = False
        elif status == "error" and self.bridge.assistant is None:
            self._load_failed = True
            held, self.held = self.held, []
            for _text, (_mine, note) in held:
                note.set_text(QCoreApplication.translate("ConversationView", HELD_FAILED))

    def _on_thinking(self, request: Request) -> None:
        self._stick_to_bottom = True
        self._say(request.plan.text, mine=True)
        llm = self.bridge.llm_in_use()
        budget = llm.timeout if llm and llm.local and not request.lookup else None
        file = budget is not None and llm is not None and llm.local_file
        status = self.bridge.llm_model_status if file else None
        card = ThinkingCard(request.key, lookup=request.lookup, budget=budget, status=status)
        key = request.key
        card.cancel_requested.connect(lambda: self.bridge.cancel(key))
        self.thinking[key] = card
        self._add(card, Qt.AlignmentFlag.AlignLeft)

    def _drop_thinking(self, key: int) -> bool:
        """Take away the thinking card of *key* (whether there was one)."""
        card = self.thinking.pop(key, None)
        if card is None:
            return False
        if card in self._entries:
            self._entries.remove(card)
        self._forget(card)
        return True

    def _on_planned(self, request: Request) -> None:
        if request.source == FROM_HOME_VIEW:
            # A switch in the Home view: its click approves it when the core allows, right
            # after this signal. Then it runs and shows there, with its undo, and a line here
            # says so; one that waits for a decision gets its card here as any plan.
            QTimer.singleShot(0, lambda: self._on_control(request))
            return
        self._show_planned(request)

    def _on_control(self, request: Request) -> None:
        if request.approved_by != FROM_HOME_VIEW:
            if request.open:
                self._show_planned(request)
            return
        self._stick_to_bottom = True
        self._say(f"{request.plan.text} (from the Home view)", mine=False)

    def _show_planned(self, request: Request) -> None:
        plan = request.plan
        self._stick_to_bottom = True
        if not self._drop_thinking(request.key) and plan.text:  # else the text is shown
            self._say(plan.text, mine=True)
        if plan.error is not None or not plan.steps:
            reply = plan.reply or (
                plan.error.message
                if plan.error
                else QCoreApplication.translate("ConversationView", "There is nothing to do.")
            )
            self._say(reply, mine=False)
            return
        if plan.read_only:
            looking = QCoreApplication.translate("ConversationView", "Let me look…")
            self.answers[request.key] = self._say(plan.reply or looking, mine=False)
            return
        card = PlanCard(request, self.bridge.home)
        key = request.key
        if card.state == "unchanged":
            # Nothing to decide: the card says the home already is as asked; cancelling
            # records the request with nothing run. A plan waiting stays waiting.
            self.cards[key] = card
            self._add(card)
            self.bridge.cancel(key)
            self._update_keys()
            return
        self._replace_waiting(card)
        card.approve_requested.connect(
            lambda steps, confirmed: self.bridge.approve(key, steps, confirmed, by="gui")
        )
        card.cancel_requested.connect(lambda: self.bridge.cancel(key))
        card.undo_requested.connect(lambda: self.bridge.undo(key))
        card.decided.connect(lambda: self._after_decision(key))
        card.asking_again.connect(self._update_keys)
        self.cards[key] = card
        self._add(card)
        # The bridge starts auto-run plans right after announcing them: arm the card once
        # that has happened, so a plan that runs on its own never asks.
        QTimer.singleShot(0, lambda: self._arm(key))

    def _arm(self, key: int) -> None:
        card = self.cards.get(key)
        if card is None:
            return
        card.arm()
        self._update_keys()
        if card.awaiting_decision and self.isVisible():
            box = self.command_box
            if not (box.hasFocus() and box.text().strip()):  # never take the typing away
                card.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(card, 0, 0)

    def _after_decision(self, key: int) -> None:
        card = self.cards.get(key)
        focus = QApplication.focusWidget()
        if card is None or focus is None or focus is card or card.isAncestorOf(focus):
            self.focus_command_box()
        self._update_keys()

    async def _ask_code(self, key: int, index: int, device: str) -> str | None:
        """The bridge's :attr:`~ui.bridge.AssistantBridge.code_prompt`: request *key*'s card
        asks for the device's code in its password field (None: no card, or skipped)."""
        card = self.cards.get(key)
        if card is None:
            return None
        self.scroll_area.ensureWidgetVisible(card, 0, 0)
        return await card.ask_code(index, device)

    def _on_step_updated(self, key: int, result: StepResult) -> None:
        card = self.cards.get(key)
        if card is not None:
            card.update_step(result)

    def _on_finished(self, request: Request) -> None:
        key = request.key
        outcome = request.outcome
        bubble = self.answers.pop(key, None)
        if bubble is not None:
            bubble.set_text(self._answer(request))
        card = self.cards.get(key)
        if card is not None:
            card.set_finished(self.bridge.can_undo(key))
            if outcome.reply and outcome.reply != request.plan.reply:
                self._say(outcome.reply, mine=False)
        original = self.cards.get(request.undo_of) if request.undo_of is not None else None
        if original is not None:
            original.undo_button.setText(
                QCoreApplication.translate("ConversationView", "Undone")
                if outcome.ok
                else QCoreApplication.translate("ConversationView", "Undo (partly done)")
            )
        self._update_keys()

    def _answer(self, request: Request) -> str:
        outcome = request.outcome
        failed = [r for r in outcome.results if r.status is StepStatus.FAILED]
        if failed and not outcome.reply:
            reason = failed[0].reason or "no answer"
            return f"I couldn't find out: {humanize(reason, request, self.bridge.home)}."
        return outcome.reply or request.plan.reply or "I couldn't find out."

    def _on_cancelled(self, key: int) -> None:
        if self._drop_thinking(key):
            self._say(
                QCoreApplication.translate("ConversationView", "Stopped: nothing was planned."),
                mine=False,
            )
            return
        card = self.cards.get(key)
        replaced_by = self._replaced.pop(key, None)
        if card is None:
            return
        if replaced_by is not None:
            card.set_cancelled(
                QCoreApplication.translate(
                    "ConversationView", "Replaced by “{command}”: nothing ran."
                ).format(command=replaced_by)
            )
        else:
            card.set_cancelled()
        undo_of = card.request.undo_of
        original = self.cards.get(undo_of) if undo_of is not None else None
        if original is not None and self.bridge.can_undo(original.key):
            original.undo_button.setText(QCoreApplication.translate("ConversationView", "Undo"))
            original.undo_button.setEnabled(True)
        self._update_keys()

    def _on_undo_unavailable(self, key: int, why: str) -> None:
        card = self.cards.get(key)
        if card is not None:
            card.undo_button.setText(
                QCoreApplication.translate("ConversationView", "Nothing to undo")
            )
        self._say(why, mine=False)


def _typed(event: QKeyEvent) -> bool:
    """Whether *event* types a character (not a shortcut, not a control key)."""
    text = event.text()
    held = event.modifiers() & (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )
    return bool(text) and text.isprintable() and not held


def _welcome() -> QWidget:
    """What the empty conversation says: what to try, and the keys."""
    welcome = QWidget()
    welcome.setObjectName("welcome")
    layout = QVBoxLayout(welcome)
    layout.setSpacing(6)
    title = QLabel(QCoreApplication.translate("Hearth", "What can I do at home?"))
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setWeight(QFont.Weight.DemiBold)
    title.setFont(font)
    examples = muted(
        QLabel(
            QCoreApplication.translate(
                "Hearth",
                "Tell me what to do, or ask: “turn off the downstairs lights”, "
                "“set the heating to 21”, “is the garage door open?”",
            )
        )
    )
    keys = muted(
        QLabel(
            QCoreApplication.translate(
                "Hearth",
                "Enter sends · Up recalls earlier commands · "
                "Ctrl+L comes back to the command box · "
                "a plan waits for Enter (approve) or Esc (cancel)",
            )
        )
    )
    for label in (title, examples, keys):
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
    return welcome
