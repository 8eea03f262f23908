"""A reply bubble shows its whole text: the column lays a bubble out for the column's width,
wider than a bubble may be, and a long reply lost its last line ('… hat nicht innerhalb von
0.5 s' without 'geantwortet.)'). Every line the text takes at the bubble's width is shown,
in a wide window and a narrow one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_conversation import view
from ui.conversation import ConversationView, MessageBubble

__all__ = ["view"]

LONG = (
    "Sorry, I didn't understand that. Did you mean Movie Night? (Das Sprachmodell konnte "
    "nicht helfen: das Sprachmodell unter http://127.0.0.1:41063/v1 hat nicht innerhalb von "
    "0.5 s geantwortet.)"
)


def _whole(bubble: MessageBubble) -> bool:
    label = bubble.label
    return label.height() >= label.heightForWidth(label.width())


def test_a_long_reply_is_shown_whole_at_every_width(
    qtbot: QtBot, qapp: QApplication, view: ConversationView
) -> None:
    bubbles = [view._say(LONG, mine=False), view._say(LONG[:120], mine=True)]
    for width in (820, 1100, 640, 480):
        view.resize(width, 600)
        qtbot.waitUntil(lambda: all(b.isVisible() for b in bubbles))
        qapp.processEvents()
        for bubble in bubbles:
            assert _whole(bubble), (width, bubble.label.size(), bubble.text)
            assert bubble.label.heightForWidth(bubble.label.width()) > (
                bubble.label.fontMetrics().lineSpacing()
            )  # it does wrap: more than one line
