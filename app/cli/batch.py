"""The batch protocol: one planning request per JSON line in, one plan per line out.

Requests: ``{"text", "home", "area"?, "now"?, "lang"?, "conversation"?}``. Lines sharing a
``conversation`` id are one conversation, in order. No network and no GUI: this is how planners
are evaluated and benchmarked.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from app.core.context import Conversation
from app.core.errors import HearthError
from app.core.files import parse_json
from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding import Planner, UnknownLanguageError

_SURROGATES = re.compile("[\ud800-\udfff]")


class BatchRequestError(HearthError):
    """A batch line is not a valid request."""


class BatchPlanner:
    """Keeps homes, planners and conversations across the lines of one batch."""

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
        self._homes: dict[Path, Home] = {}
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
        planner = self._planners.get(key)
        if planner is None:
            home = self._homes.get(home_path)
            if home is None:
                home = self._homes[home_path] = Home.load(home_path)
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
