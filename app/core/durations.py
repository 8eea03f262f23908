"""Durations in words and as Home Assistant writes them: the planner's summaries ("Start a
12 minute egg timer"), the timers' answers ("9 minutes 12 seconds left on the egg timer") and
Home Assistant's timer service data ("00:12:00") share these, so they always agree."""

from __future__ import annotations


def _parts(seconds: float) -> tuple[int, int, int]:
    total = max(0, round(seconds))
    return total // 3600, total % 3600 // 60, total % 60


def duration_words(seconds: float) -> str:
    """ "1 hour 5 minutes", "9 minutes 12 seconds", "30 seconds" (whole seconds; zero is
    "0 seconds")."""
    hours, minutes, secs = _parts(seconds)
    words = []
    for value, unit in ((hours, "hour"), (minutes, "minute"), (secs, "second")):
        if value:
            words.append(f"{value} {unit}{'' if value == 1 else 's'}")
    return " ".join(words) or "0 seconds"


def duration_label(seconds: float) -> str:
    """The attributive form a timer is called by: "12 minute", "1 hour 30 minute",
    "45 second" (as in "the 12 minute timer")."""
    hours, minutes, secs = _parts(seconds)
    words = [
        f"{value} {unit}"
        for value, unit in ((hours, "hour"), (minutes, "minute"), (secs, "second"))
        if value
    ]
    return " ".join(words) or "0 second"


def duration_short(seconds: float) -> str:
    """The short form a plan card shows a change of a timer in: "4 min", "1 h 5 min",
    "2 min 30 s", "45 s"."""
    hours, minutes, secs = _parts(seconds)
    words = [
        f"{value} {unit}" for value, unit in ((hours, "h"), (minutes, "min"), (secs, "s")) if value
    ]
    return " ".join(words) or "0 s"


def hms(seconds: float) -> str:
    """Home Assistant's duration text: "HH:MM:SS" (hours may exceed 24)."""
    hours, minutes, secs = _parts(seconds)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


def parse_hms(text: object) -> float | None:
    """Seconds of Home Assistant's "H:MM:SS" text (a timer's ``remaining`` or ``duration``
    attribute), None when it is not one."""
    if not isinstance(text, str):
        return None
    days = 0
    body = text.strip()
    if " day" in body:  # Python's timedelta text: "1 day, 2:00:00"
        head, _, body = body.partition(",")
        try:
            days = int(head.split()[0])
        except ValueError:
            return None
        body = body.strip()
    pieces = body.split(":")
    if len(pieces) != 3:
        return None
    try:
        hours, minutes, secs = int(pieces[0]), int(pieces[1]), float(pieces[2])
    except ValueError:
        return None
    return days * 86400 + hours * 3600 + minutes * 60 + secs
