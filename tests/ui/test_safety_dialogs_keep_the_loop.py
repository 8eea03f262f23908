"""The PIN dialogs of Settings › Safety leave Hearth's other work running while they wait.

Found using the installed app: after "Set PIN…" the reminder clock's task could not wake
("Cannot enter into task … while another task SafetySection.set_pin() is being executed"),
so reminders stopped ringing and Quit then waited on a task that would never end. The
dialogs ran a modal event loop of their own (``exec()``) inside an asyncio task; now they are
opened and awaited.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from app.policy import pin
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.settings_pages import PIN, settings_page
from ui.bridge import AssistantBridge
from ui.safety_settings import PinDialog, SafetySection


@pytest.fixture
def section(qtbot: QtBot, demo_bridge: AssistantBridge) -> Iterator[SafetySection]:
    yield settings_page(qtbot, demo_bridge, "safety").safety


class _Answerer:
    """Answers the dialog of *kind* once it shows, from a timer (a dialog run with ``exec()``
    would hold a test's own waiting), after checking that another task, as the reminder clock
    is, still wakes from its sleep while the dialog waits."""

    def __init__(
        self, loop: qasync.QEventLoop, kind: type[QWidget], answer: Callable[[Any], None]
    ) -> None:
        self.loop = loop
        self.kind = kind
        self.answer = answer
        self.clock_woke = False
        self.answered = False
        self._seen_at: float | None = None
        QTimer.singleShot(20, self._poll)

    async def _clock(self) -> None:
        await asyncio.sleep(0.05)
        self.clock_woke = True

    def _poll(self) -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, self.kind)]
        shown = [w for w in shown if w.isVisible()]
        if shown and self._seen_at is None:
            self._seen_at = time.monotonic()
            self.loop.create_task(self._clock())
        if shown and (self.clock_woke or time.monotonic() - self._seen_at > 1.0):  # type: ignore[operator]
            self.answer(shown[0])
            self.answered = True
            return
        QTimer.singleShot(20, self._poll)


def test_setting_and_removing_the_pin_leave_the_clock_running(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    section: SafetySection,
    secret_service: KeyringSession,
) -> None:
    qtbot.waitUntil(lambda: section.pin_status.text().startswith("No PIN is set"), timeout=5_000)

    def set_it(dialog: PinDialog) -> None:
        dialog.new.setText(PIN)
        dialog.again.setText(PIN)
        dialog.buttons.accepted.emit()

    answerer = _Answerer(qloop, PinDialog, set_it)
    with qtbot.waitSignal(section.changed, timeout=10_000):
        section.set_pin_button.click()
    assert answerer.answered
    assert answerer.clock_woke
    assert pin.verify(PIN)
    assert "PIN set" in section.message.text()

    def give_it(dialog: QInputDialog) -> None:
        dialog.setTextValue(PIN)
        dialog.accept()

    qtbot.waitUntil(section.remove_pin_button.isEnabled, timeout=5_000)
    answerer = _Answerer(qloop, QInputDialog, give_it)
    with qtbot.waitSignal(section.changed, timeout=10_000):
        section.remove_pin_button.click()
    assert answerer.clock_woke
    assert not pin.is_set()


def test_a_cancelled_pin_dialog_changes_nothing(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    section: SafetySection,
    secret_service: KeyringSession,
) -> None:
    pin.set_pin(PIN)
    section.refresh()
    qtbot.waitUntil(section.remove_pin_button.isEnabled, timeout=5_000)
    answerer = _Answerer(qloop, QInputDialog, lambda dialog: dialog.reject())
    section.remove_pin_button.click()
    qtbot.waitUntil(lambda: answerer.answered, timeout=5_000)
    assert answerer.clock_woke
    qtbot.wait(200)
    assert pin.verify(PIN)
    assert pin.is_set()
