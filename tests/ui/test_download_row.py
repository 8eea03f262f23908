"""The download row both model pages use: the buttons swap while a download runs on a worker
thread, the bar gives the sizes and the stage, Cancel stops it and says what is kept, an error
is said in words, and the result comes back to the page."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from app.core.download import (
    ChecksumError,
    DownloadCancelled,
    OfflineError,
    Progress,
    ProgressCallback,
)
from app.voice.errors import VoiceDownloadCancelled
from ui.download_row import CANCELLED, DownloadRow
from ui.settings_parts import error_colour

MB = 1024 * 1024


@pytest.fixture
def row(qtbot: QtBot, qloop: qasync.QEventLoop) -> DownloadRow:
    choice = QComboBox()
    choice.addItem("Tiny model")
    made = DownloadRow(choice, "model file")
    qtbot.addWidget(made)
    made.resize(500, 120)
    made.show()
    return made


def _start(row: DownloadRow, job: Any, **kwargs: Any) -> asyncio.Task[Any]:
    return asyncio.ensure_future(row.run("Tiny model", job, **kwargs))


def _until_cancelled(report: ProgressCallback, cancel: threading.Event) -> str:
    """A download that reports half of 40 MB, then waits to be cancelled."""
    report(Progress(20 * MB, 40 * MB))
    if cancel.wait(10):
        raise DownloadCancelled("the download was cancelled")
    return "never"


def test_it_shows_the_stage_and_sizes_and_cancel_keeps_what_arrived(
    qtbot: QtBot, row: DownloadRow
) -> None:
    runs: list[bool] = []
    row.running.connect(runs.append)
    assert row.download_button.isVisible() and row.cancel_button.isHidden()
    task = _start(row, _until_cancelled)
    qtbot.waitUntil(lambda: row.last_progress is not None, timeout=5000)
    assert row.downloading and runs == [True]
    assert row.cancel_button.isVisible() and row.download_button.isHidden()
    assert row.progress.isVisible() and row.progress.value() == 500
    assert row.progress.format() == "Downloading: 20.0 MB of 40.0 MB (%p%)"
    assert row.message.text() == "Downloading Tiny model…"

    row.cancel_button.click()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is None
    assert row.message.text() == CANCELLED
    assert runs == [True, False] and not row.downloading
    assert row.download_button.isVisible() and row.cancel_button.isHidden()
    assert row.progress.isHidden()


def test_a_voice_cancel_is_a_cancel_too(qtbot: QtBot, row: DownloadRow) -> None:
    def cancelled(report: ProgressCallback, cancel: threading.Event) -> None:
        raise VoiceDownloadCancelled("the download was cancelled")

    task = _start(row, cancelled)
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is None and row.message.text() == CANCELLED


def test_the_checking_stage_and_an_unknown_size(qtbot: QtBot, row: DownloadRow) -> None:
    gate = threading.Event()

    def checking(report: ProgressCallback, cancel: threading.Event) -> str:
        report(Progress(3 * MB, None))
        report(Progress(30 * MB, 40 * MB, "checking"))
        gate.wait(10)
        return "file"

    task = _start(row, checking)
    qtbot.waitUntil(lambda: row.message.text() == "Checking Tiny model…", timeout=5000)
    assert row.progress.format().startswith("Checking: 30.0 MB of 40.0 MB")
    gate.set()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() == "file"
    assert row.download_button.isVisible() and row.progress.isHidden()


def test_an_error_is_said_in_the_error_colour(qtbot: QtBot, row: DownloadRow) -> None:
    def mismatch(report: ProgressCallback, cancel: threading.Event) -> None:
        raise ChecksumError("the downloaded file is not Tiny model: its SHA256 is 00")

    task = _start(row, mismatch)
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is None
    assert row.message.text() == "The downloaded file is not Tiny model: its SHA256 is 00"
    colour = row.message.palette().color(row.message.foregroundRole())
    assert colour == error_colour(row)

    row.say("Downloaded and checked Tiny model.")
    assert row.message.palette().color(row.message.foregroundRole()) != error_colour(row)


def test_only_the_errors_named_are_said_others_reach_the_page(
    qtbot: QtBot, row: DownloadRow
) -> None:
    def broken(report: ProgressCallback, cancel: threading.Event) -> None:
        raise ValueError("a bug")

    task = _start(row, broken, errors=(OfflineError,))
    qtbot.waitUntil(task.done, timeout=5000)
    with pytest.raises(ValueError, match="a bug"):
        task.result()
    assert not row.downloading and row.download_button.isVisible()


def test_the_choice_can_stand_above_the_buttons(qtbot: QtBot) -> None:
    choice = QComboBox()
    more = QPushButton("More models…")
    row = DownloadRow(choice, "model", beside=[more], choice_above=True)
    qtbot.addWidget(row)
    row.resize(500, 140)
    row.show()
    qtbot.waitExposed(row)
    assert choice.geometry().bottom() < row.download_button.geometry().top()
    assert more.geometry().right() < row.download_button.geometry().left()
    assert row.download_button.accessibleName() == "Download the model"
