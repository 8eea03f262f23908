"""Dialogs awaited from asyncio tasks.

A dialog run with ``exec()`` inside a task spins a modal event loop of its own while that task
is still executing: every other task that wakes meanwhile (the reminder clock, reads from the
keyring) fails with "Cannot enter into task" and never resumes. :func:`answered` opens the
dialog (window-modal) and awaits its answer instead, so the rest of Hearth keeps running.
"""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog


async def answered(dialog: QDialog) -> bool:
    """Open *dialog* and wait until it is closed: True when it was accepted.

    The dialog is closed (not deleted) when the awaiting task is cancelled; the caller reads
    its values and deletes it."""
    answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not answer.done():
            answer.set_result(result == QDialog.DialogCode.Accepted.value)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await answer
    finally:
        dialog.finished.disconnect(finished)
        dialog.close()
