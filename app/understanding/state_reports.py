"""Clauses that report a device's state, never a command to put it in that state.

"The vent's been shut all day" says the shut vent is the problem; "the telly's on pause" that
the television is paused. Read as a command they would close the vent and pause the
television again. Beside another clause (a complaint or a wish: "it's muggy in the greenhouse,
the vent's been shut all day") a report is read as the command that changes the state it
reports ("open the vent"), asked about first; said alone it is answered as the question of
that state ("the kettle's on": is it?). The words are data per language
(``resources/sentences/<lang>/state_reports.yaml``); a language without the file reads its
sentences as before.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from app.understanding.own_data import own_data
from app.understanding.vocabulary import normalize

#: What splits a sentence into clauses before its words are normalised.
_PUNCTUATION = re.compile(r"\s*[,;]\s*|\s+-\s+")


@dataclass(frozen=True, slots=True)
class Report:
    """One clause that reports a state: what ("the vent"), the state ("shut"), the place said
    after it (" in the greenhouse", or ""), and the command that changes the state."""

    what: str
    state: str
    where: str
    command: str
    asked: str
    """The state as a question says it ("paused" for "on pause")."""

    @property
    def question(self) -> str:
        """The report asked as a question ("is the vent shut in the greenhouse")."""
        return f"is {self.what} {self.asked}{self.where}"


@dataclass(frozen=True, slots=True)
class Reported:
    """A sentence with at least one clause that reports a state."""

    reports: tuple[Report, ...]
    """Its reports, in the order said."""
    whole: str
    """The sentence with each report said as its command ("it's muggy, open the vent")."""
    changes: str
    """The reports' commands alone ("open the vent")."""
    remarks: tuple[str, ...]
    """Its other clauses ("it's muggy in the greenhouse")."""


@dataclass(frozen=True, slots=True)
class StateReports:
    """A language's reading of reported states."""

    pattern: re.Pattern[str]
    """A clause that reports a state (groups ``what``, ``state``, ``where``)."""
    change: dict[str, str]
    """A state and the words of the command that changes it ("shut": "open")."""
    joints: re.Pattern[str] | None
    """Words that join clauses ("and", "but"), between spaces."""
    asked: dict[str, str]
    """A state and how a question says it ("on pause": "paused")."""

    def report(self, clause: str) -> Report | None:
        """The report *clause* (normalised) is, or None when it is none."""
        found = self.pattern.fullmatch(clause)
        if found is None:
            return None
        what = found.group("what")
        state = found.group("state")
        where = found.group("where") or ""
        command = f"{self.change[state]} {what}{where}"
        return Report(what, state, where, command, self.asked.get(state, state))

    def read(self, text: str) -> Reported | None:
        """The reports of *text*, its clauses split at commas and joining words, or None when
        none of its clauses reports a state."""
        clauses: list[str] = []
        for part in _PUNCTUATION.split(text):
            clean = normalize(part)
            pieces = self.joints.split(clean) if self.joints is not None else [clean]
            clauses.extend(p.strip() for p in pieces if p.strip())
        reports = [self.report(clause) for clause in clauses]
        if not any(reports):
            return None
        said = tuple(r for r in reports if r is not None)
        return Reported(
            reports=said,
            whole=", ".join(r.command if r else c for r, c in zip(reports, clauses, strict=True)),
            changes=", ".join(r.command for r in said),
            remarks=tuple(c for r, c in zip(reports, clauses, strict=True) if r is None),
        )


def _choice(words: list[str]) -> str:
    """*words* as alternatives of a regular expression, longest first."""
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"


def _reports(raw: dict[str, Any]) -> StateReports | None:
    """The reading of reported states from a language's data (None where it has none)."""
    change = {normalize(str(k)): normalize(str(v)) for k, v in (raw.get("change") or {}).items()}
    determiners = [normalize(str(w)) for w in raw.get("determiners") or ()]
    be = [str(w).lower() for w in raw.get("be") or ()]
    if not change or not determiners or not be:
        return None
    # A form that starts with an apostrophe is written onto the word before it ("vent's").
    joined = [re.escape(w) for w in be if w.startswith("'")]
    spaced = [" " + re.escape(w) for w in be if not w.startswith("'")]
    be_forms = "(?:" + "|".join(sorted(joined + spaced, key=len, reverse=True)) + ")"
    after = _choice([normalize(str(w)) for w in raw.get("after") or ()])
    places = _choice([normalize(str(w)) for w in raw.get("places") or ()])
    states = _choice(list(change))
    pattern = re.compile(
        rf"(?P<what>{_choice(determiners)} .+?){be_forms} (?P<state>{states})"
        rf"(?: {after})*(?P<where> {places}(?: \S+){{0,3}})?(?: {after})*"
    )
    joints = [normalize(str(w)) for w in raw.get("joints") or ()]
    return StateReports(
        pattern=pattern,
        change=change,
        joints=re.compile(rf" {_choice(joints)} ") if joints else None,
        asked={normalize(str(k)): normalize(str(v)) for k, v in (raw.get("asked") or {}).items()},
    )


@functools.lru_cache(maxsize=16)
def load_state_reports(language: str) -> StateReports | None:
    """The language's reading of reported states (None where it has none)."""
    raw = own_data(language, "state_reports.yaml")
    return _reports(raw) if raw else None
