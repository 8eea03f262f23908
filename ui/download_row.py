"""A model download on a settings page: what to download, its Download and Cancel buttons, a
progress bar that gives the sizes, and a line that says how it goes (connecting, downloading,
checking the checksum, unpacking) and how it ended (cancelled and kept to resume, or what went
wrong).

Settings › Language model and Settings › Voice each show one. The download itself blocks
(network, files, the checksum), so :meth:`DownloadRow.run` runs it on a worker thread; its
progress comes back to the GUI thread through the event loop, and Cancel sets the event the
downloader checks between blocks (:mod:`app.core.download`).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.download import (
    DownloadCancelled,
    DownloadError,
    Progress,
    ProgressCallback,
    human_size,
)
from ui.settings_parts import error_colour
from ui.translations import QT_TRANSLATE_NOOP

T = TypeVar("T")

CANCELLED = QT_TRANSLATE_NOOP(
    "DownloadRow", "Cancelled. What was downloaded is kept: Download again to resume."
)

Job = Callable[[ProgressCallback, threading.Event], T]
"""A download: given where to report progress and the event that cancels it, the result."""

STAGES = {
    "downloading": QT_TRANSLATE_NOOP("DownloadRow", "Downloading"),
    "unpacking": QT_TRANSLATE_NOOP("DownloadRow", "Unpacking"),
    "checking": QT_TRANSLATE_NOOP("DownloadRow", "Checking"),
}
"""The stages a download reports (:class:`~app.core.download.Progress`), as the row says them."""


def _stage(progress: Progress) -> str:
    words = STAGES.get(progress.stage)
    return (
        QCoreApplication.translate("DownloadRow", words) if words else progress.stage.capitalize()
    )


class DownloadRow(QWidget):
    """The choice of what to download, the buttons, the progress bar and the message."""

    running = Signal(bool)
    """A download started (True) or ended, however it ended (False)."""

    def __init__(
        self,
        choice: QWidget,
        what: str,
        *,
        beside: Sequence[QWidget] = (),
        choice_above: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """*choice*: the widget that picks what to download; *what*: what the Download button
        fetches, for screen readers ("model file"); *beside*: more buttons before Download;
        *choice_above*: the choice on its own line above the buttons (for long names)."""
        super().__init__(parent)
        self.last_progress: Progress | None = None
        """The last progress shown (tests and screenshots wait for it)."""
        self._cancel: threading.Event | None = None
        self._what = ""
        self.download_button = QPushButton(QCoreApplication.translate("DownloadRow", "&Download"))
        self.download_button.setAccessibleName(
            QCoreApplication.translate("DownloadRow", "Download the {what}").format(what=what)
        )
        self.cancel_button = QPushButton(QCoreApplication.translate("DownloadRow", "&Cancel"))
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("DownloadRow", "Cancel the download")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(
            QCoreApplication.translate("DownloadRow", "Download progress")
        )
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(
            QCoreApplication.translate("DownloadRow", "Download message")
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        if choice_above:
            layout.addWidget(choice)
            buttons.addStretch(1)
        else:
            buttons.addWidget(choice, 1)
        for widget in beside:
            buttons.addWidget(widget)
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)

    @property
    def downloading(self) -> bool:
        return self._cancel is not None

    async def run(
        self,
        name: str,
        job: Job[T],
        *,
        errors: tuple[type[Exception], ...] = (DownloadError,),
    ) -> T | None:
        """Run ``job(report, cancel)`` on a worker thread, showing its progress as the download
        of *name*; its result, or None when it was cancelled or raised one of *errors* (the
        row then says so; anything else propagates). The caller says how it ended well."""
        loop = asyncio.get_running_loop()
        cancel = threading.Event()
        self._cancel = cancel
        self._what = name
        self.last_progress = None
        self.download_button.hide()
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.say(
            QCoreApplication.translate("DownloadRow", "Connecting for {name}…").format(name=name)
        )
        self.running.emit(True)

        def report(progress: Progress) -> None:  # on the worker thread
            loop.call_soon_threadsafe(self._show_progress, progress)

        try:
            return await asyncio.to_thread(job, report, cancel)
        except DownloadCancelled:
            self.say(QCoreApplication.translate("DownloadRow", CANCELLED))
            return None
        except errors as err:
            self.say(_capital(str(err)), error=True)
            return None
        finally:
            self._cancel = None
            self.download_button.show()
            self.cancel_button.hide()
            self.progress.hide()
            self.running.emit(False)

    def _show_progress(self, progress: Progress) -> None:
        if not self.downloading:  # a report that arrived after the end
            return
        self.last_progress = progress
        if progress.total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(1000 * progress.done / progress.total))
            self.progress.setFormat(
                QCoreApplication.translate(
                    "DownloadRow", "{stage}: {done} of {total} (%p%)"
                ).format(
                    stage=_stage(progress),
                    done=human_size(progress.done),
                    total=human_size(progress.total),
                )
            )
        else:
            self.progress.setRange(0, 0)
        self.say(
            QCoreApplication.translate("DownloadRow", "{stage} {what}…").format(
                stage=_stage(progress), what=self._what
            )
        )

    def cancel(self) -> None:
        """Stop the download at its next block; what arrived is kept to resume."""
        if self._cancel is not None:
            self._cancel.set()
            self.say(QCoreApplication.translate("DownloadRow", "Cancelling…"))

    def say(self, text: str, *, error: bool = False) -> None:
        """Show *text* under the bar (in the error colour when *error*)."""
        self.message.setText(text)
        palette = self.palette()
        if error:
            palette.setColor(self.message.foregroundRole(), error_colour(self))
        self.message.setPalette(palette)


def _capital(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]
