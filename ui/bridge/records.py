"""The bridge's records: the history page's requests, the tray's recent commands, and the
history export, each read or written in the bridge's own worker thread (never on the GUI
thread, one after another) on a connection of its own."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from app.records.export import Format, write_records
from app.records.history import HistoryError, RequestRecord
from app.session import history
from ui.bridge.base import BridgePart

_T = TypeVar("_T")


class RecordsPart(BridgePart):
    _records_worker: ThreadPoolExecutor

    @property
    def history_path(self) -> Path | None:
        """The history database (None: history is off, or the home is not loaded yet)."""
        assistant = self.assistant
        if assistant is None or assistant.history is None:
            return None
        return assistant.history.path

    async def _in_records_worker(self, function: Callable[..., _T], *args: Any) -> _T:
        loop = asyncio.get_running_loop()
        try:
            future = loop.run_in_executor(self._records_worker, function, *args)
        except RuntimeError as err:  # the worker is shut down: the bridge has stopped
            raise HistoryError("Hearth is closing: history is no longer read") from err
        return await future

    async def read_history(self, limit: int, search: str | None) -> list[RequestRecord] | None:
        """The newest *limit* requests matching *search* (None: history is off). Raises
        HistoryError when the database cannot be read."""
        path = self.history_path
        if path is None:
            return None
        return await self._in_records_worker(history.read_history, path, limit, search)

    async def recent_commands(self, count: int) -> list[str]:
        """The last *count* different commands typed or said, newest first ([] without
        history). Raises HistoryError when the database cannot be read."""
        path = self.history_path
        if path is None:
            return []
        return await self._in_records_worker(history.recent_commands, path, count)

    async def export_history(
        self, records: list[RequestRecord], path: Path, fmt: Format | None
    ) -> int:
        """Write *records* to *path*; returns how many. Raises HearthError."""
        return await self._in_records_worker(write_records, records, path, fmt)
