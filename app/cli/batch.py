"""The batch protocol: one planning request per JSON line in, one plan per line out.

Requests: ``{"text", "home", "area"?, "now"?, "lang"?, "conversation"?}``. Lines sharing a
``conversation`` id are one conversation, in order. No network and no GUI: this is how planners
are evaluated and benchmarked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from app.core.context import Conversation
from app.core.errors import HearthError, SnapshotError
from app.core.files import UnreadableFileError, parse_json, read_regular_file
from app.core.home import MAX_SNAPSHOT_BYTES, Home
from app.core.plan import ErrorCode, Plan
from app.understanding import Planner, UnknownLanguageError

_SURROGATES = re.compile("[\ud800-\udfff]")


class BatchRequestError(HearthError):
    """A batch line is not a valid request."""


#: A snapshot file whose times fall this close to when it was last read may have changed
#: since without its times showing it (file times are coarse): its content is compared again.
_RACY_NS = 2_000_000_000


@dataclass(slots=True)
class _Snapshot:
    """A home as last read from its file, and what tells whether the file has changed."""

    home: Home
    stamp: tuple[int, int, int, int]
    """The file's inode, size, modification and change times when it was read."""
    digest: bytes
    """A hash of the file's bytes."""
    read_ns: int
    """When it was read (wall clock, as the file's times)."""

    def current(self, stamp: tuple[int, int, int, int] | None) -> bool:
        """Whether a file with *stamp* certainly still holds what was read."""
        if stamp is None or stamp != self.stamp:
            return False
        return max(stamp[2], stamp[3]) < self.read_ns - _RACY_NS


class BatchPlanner:
    """Keeps homes, planners and conversations across the lines of one batch.

    A home is kept by its file's path only while the file holds what was read: a snapshot
    rewritten between two lines (a home refreshed, a device renamed) is read again and
    planned on with a new planner, never with the names the old file had."""

    def __init__(
        self,
        *,
        base_dir: Path | None = None,
        default_home: Path | None = None,
        default_language: str = "en",
        tz: ZoneInfo | None = None,
    ) -> None:
        """*tz*: the zone times are read in (None: this computer's)."""
        self.base_dir = base_dir or Path.cwd()
        self.tz = tz
        self.default_home = default_home
        self.default_language = default_language
        self._homes: dict[Path, _Snapshot] = {}
        self._planners: dict[tuple[Path, str], Planner] = {}
        self._conversations: dict[str, Conversation] = {}

    def _home(self, raw: Any) -> Path:
        if raw is None:
            if self.default_home is None:
                raise BatchRequestError("the request names no home")
            return self.default_home
        if not isinstance(raw, str):
            raise BatchRequestError("'home' must be a path")
        path = Path(raw)
        return path if path.is_absolute() else self.base_dir / path

    def plan(self, request: Any) -> Plan:
        if not isinstance(request, dict):
            raise BatchRequestError("a request must be a JSON object")
        if "__invalid__" in request:
            raise BatchRequestError(str(request["__invalid__"]))
        for key, value in request.items():
            if isinstance(value, str) and (bad := first_surrogate(value)) is not None:
                raise BatchRequestError(
                    f"{key!r} is not valid UTF-8 text: it holds U+{ord(bad):04X}, a lone "
                    "surrogate (a JSON escape such as \\ud800, or a byte that is not UTF-8)"
                )
        text = request.get("text")
        if not isinstance(text, str):
            raise BatchRequestError("'text' must be a string")
        home_path = self._home(request.get("home"))
        language = request.get("lang") or self.default_language
        if not isinstance(language, str):
            raise BatchRequestError("'lang' must be a string")
        key = (home_path, language)
        home = self._home_in(home_path)
        planner = self._planners.get(key)
        if planner is None or planner.home is not home:
            try:
                planner = self._planners[key] = Planner(home, language, tz=self.tz)
            except UnknownLanguageError as err:
                return Plan.failed(text, ErrorCode.UNKNOWN_LANGUAGE, str(err))
        now = parse_now(request.get("now"), planner.tz)
        area = request.get("area")
        if area is not None and not isinstance(area, str):
            raise BatchRequestError("'area' must be an area id")
        conversation = None
        conversation_id = request.get("conversation")
        if conversation_id is not None:
            conversation_id = str(conversation_id)
            conversation = self._conversations.setdefault(
                conversation_id, Conversation(conversation_id)
            )
        return planner.plan(text, area=area, now=now, conversation=conversation)

    def _home_in(self, path: Path) -> Home:
        """The home the snapshot file *path* holds now (read again only when it changed)."""
        known = self._homes.get(path)
        try:
            found = path.stat()
            stamp: tuple[int, int, int, int] | None = (
                found.st_ino,
                found.st_size,
                found.st_mtime_ns,
                found.st_ctime_ns,
            )
        except (OSError, ValueError):  # ValueError: a NUL byte in the name
            stamp = None
        if known is not None and known.current(stamp):
            return known.home
        read_ns = time.time_ns()
        try:
            raw = read_regular_file(path, MAX_SNAPSHOT_BYTES)
        except UnreadableFileError as err:
            raise SnapshotError(f"home snapshot {path} {err}") from err
        digest = hashlib.blake2b(raw, digest_size=16).digest()
        if known is None or digest != known.digest:
            known = _Snapshot(Home.from_bytes(raw, path), (0, 0, 0, 0), digest, read_ns)
        known.stamp, known.read_ns = stamp or (0, 0, 0, 0), read_ns
        self._homes[path] = known
        return known.home


def parse_now(raw: Any, tz: ZoneInfo | None = None) -> dt.datetime | None:
    """The clock a request gives (None: none given). It must be a moment that exists in UTC
    and in *tz*, the zone times are read in: a clock of 9999-12-31T23:59-12:00 is in the
    year 10000 in UTC, and planning with it could only fail."""
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise BatchRequestError("'now' must be an ISO 8601 date and time")
    try:
        value = dt.datetime.fromisoformat(raw)
    except ValueError as err:
        raise BatchRequestError(f"'now' is not an ISO 8601 date and time: {raw!r}") from err
    try:
        value = value if value.tzinfo else value.astimezone()
        value.astimezone(dt.UTC)
        if tz is not None:
            value.astimezone(tz)
    except (OverflowError, ValueError) as err:  # ValueError: "year 0 is out of range"
        where = f"UTC and {tz}" if tz is not None else "UTC"
        raise BatchRequestError(
            f"'now' is outside the dates Hearth can work with (years 1 to 9999 in {where}): {raw!r}"
        ) from err
    return value


def first_surrogate(text: str) -> str | None:
    """The first lone surrogate in *text* (a JSON ``\\ud800`` escape, or bytes that were not
    UTF-8 read with ``surrogateescape``), or None. Such text cannot be written as UTF-8: not
    to the output, not to the history."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return text[err.start]
    return None


def printable(text: str) -> str:
    """*text* with every lone surrogate replaced by U+FFFD, so that it can be written."""
    return _SURROGATES.sub("\ufffd", text)


def plan_batch(
    requests: Iterable[dict[str, Any]], *, base_dir: Path | None = None
) -> Iterator[dict[str, Any]]:
    """Plan each request in order; yields plan JSON objects (or error objects)."""
    batch = BatchPlanner(base_dir=base_dir)
    for request in requests:
        yield plan_line(batch, request)


def plan_line(batch: BatchPlanner, request: Any) -> dict[str, Any]:
    """One output line: the plan, or a plan with a ``bad_request`` error for a bad line."""
    try:
        return batch.plan(request).to_json()
    except HearthError as err:
        text = request.get("text") if isinstance(request, dict) else None
        text = printable(text) if isinstance(text, str) else ""
        plan = Plan.failed(text, ErrorCode.BAD_REQUEST, str(err))
        return plan.to_json()


MAX_LINE_CHARS = 1024 * 1024
"""The longest batch line read (a request is a few hundred characters)."""


def bounded_lines(stream: IO[str], limit: int = MAX_LINE_CHARS) -> Iterator[str]:
    """The lines of *stream*, each cut after *limit* + 1 characters; the rest of a longer line
    is read and dropped in pieces, so an endless line (a pipe that never sends a newline)
    costs no memory. :func:`read_jsonl` refuses the cut line."""
    while line := stream.readline(limit + 1):
        if len(line) > limit and not line.endswith("\n"):
            while (rest := stream.readline(limit)) and not rest.endswith("\n"):
                pass
        yield line


def read_jsonl(lines: Iterable[str]) -> Iterator[Any]:
    """One request per non-blank line; a line that is not one becomes an ``__invalid__``
    marker (planned as a ``bad_request`` error object), and the next line is read as ever."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if len(line) > MAX_LINE_CHARS:
            yield {"__invalid__": f"line {number}: longer than {MAX_LINE_CHARS:,} characters"}
            continue
        try:
            yield parse_json(line)
        except json.JSONDecodeError as err:
            yield {"__invalid__": f"line {number}: not JSON ({err.msg})"}
        except ValueError as err:  # nested too deeply
            yield {"__invalid__": f"line {number}: {err}"}
