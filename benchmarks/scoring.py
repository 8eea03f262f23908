"""The evaluation corpus: reading it, validating it against its homes, and scoring one plan.

The format is described in benchmarks/corpus/README.md. This module needs only ``app.core.home``;
the planner and the virtual home are used by :mod:`benchmarks.accuracy`.
"""

from __future__ import annotations

import colorsys
import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.home import Entity, Home

DOMAINS = frozenset(
    {
        "light", "switch", "fan", "cover", "lock", "climate", "media_player", "vacuum",
        "alarm", "todo", "scene", "query", "compound", "followup", "refuse",
        "timer", "water", "calendar", "weather", "undo",
    }
)  # fmt: skip
KINDS = frozenset(
    {
        "direct", "indirect", "alias", "area", "floor", "here", "compound", "misheard",
        "followup", "relative", "question", "refuse",
        "short", "number", "duplicate", "exception", "count", "safety", "unknown",
    }
)  # fmt: skip
EXPECTATIONS = (
    "expect", "expect_answer", "expect_refusal", "expect_change",
    "expect_steps", "expect_count", "expect_ask",
)  # fmt: skip
PARTS = ("tune", "holdout")
HOLDOUT_PERCENT = 30
"""Share of conversations and standalone lines in the holdout part (by :func:`part_of`)."""
DIRECTIONS = frozenset({"up", "down", "changed"})
KNOWN_KEYS = frozenset(
    {
        "id", "home", "text", "area", "now", "conversation", "domain", "kind", "part",
        "confirm", *EXPECTATIONS,
    }
)  # fmt: skip
#: Words a count may be written as in a reply ("three windows are open").
NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty",
)  # fmt: skip
#: Error codes of a plan that asks the person something instead of acting.
ASKING_ERRORS = frozenset({"ambiguous", "unclear"})

#: How far a number may be from the expected one and still count as equal.
TOLERANCE: dict[str, float] = {
    "brightness": 2.0,  # 0-255; planners and Home Assistant round percentages differently
    "percentage": 1.0,  # fans report int(step * n)
    "current_position": 1.0,
    "current_tilt_position": 1.0,
    # Home Assistant stores colour temperature in whole mireds, so 2700 K reads back as 2702 K;
    # rounding a mired moves at most 21 K at 6500 K.
    "color_temp_kelvin": 25.0,
    "color_temp": 1.0,
}
DEFAULT_TOLERANCE = 0.01
HUE_TOLERANCE = 5.0  # degrees
SATURATION_TOLERANCE = 5.0  # percent


class CorpusError(Exception):
    """The corpus file is malformed; ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


@dataclass(frozen=True, slots=True)
class CorpusLine:
    number: int
    """Line number in the corpus file (1-based)."""
    id: str
    home: str
    text: str
    domain: str
    kind: str
    area: str | None = None
    now: str | None = None
    conversation: str | None = None
    expect: dict[str, dict[str, Any]] | None = None
    expect_answer: list[str] | None = None
    expect_refusal: bool = False
    expect_change: dict[str, dict[str, Any]] | None = None
    expect_steps: list[dict[str, Any]] | None = None
    """Plan steps that must be there (for actions the virtual home cannot run: timers,
    valves, track changes, calendar look-ups)."""
    expect_count: int | None = None
    """A counting question: the reply must give this number."""
    expect_ask: bool = False
    """The plan must ask a clarifying question and change nothing."""
    confirm: bool = False
    """A safety-relevant action: it passes only when the plan asks for confirmation."""
    part: str | None = None
    """"tune" or "holdout" (see :func:`part_of`); None in corpora without a split."""

    @property
    def expectation(self) -> str:
        if self.expect is not None:
            return "expect"
        if self.expect_answer is not None:
            return "expect_answer"
        if self.expect_change is not None:
            return "expect_change"
        if self.expect_steps is not None:
            return "expect_steps"
        if self.expect_count is not None:
            return "expect_count"
        if self.expect_ask:
            return "expect_ask"
        return "expect_refusal"

    def request(self, home_path: Path, language: str) -> dict[str, Any]:
        """The batch-protocol request for this line."""
        request: dict[str, Any] = {"text": self.text, "home": str(home_path), "lang": language}
        if self.area is not None:
            request["area"] = self.area
        if self.now is not None:
            request["now"] = self.now
        if self.conversation is not None:
            request["conversation"] = self.conversation
        return request

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "home": self.home, "text": self.text}
        for key in ("area", "now", "conversation"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        out["domain"] = self.domain
        out["kind"] = self.kind
        if self.part is not None:
            out["part"] = self.part
        if self.expect is not None:
            out["expect"] = self.expect
        elif self.expect_answer is not None:
            out["expect_answer"] = self.expect_answer
        elif self.expect_change is not None:
            out["expect_change"] = self.expect_change
        elif self.expect_steps is not None:
            out["expect_steps"] = self.expect_steps
        elif self.expect_count is not None:
            out["expect_count"] = self.expect_count
        elif self.expect_ask:
            out["expect_ask"] = True
        else:
            out["expect_refusal"] = True
        if self.confirm:
            out["confirm"] = True
        return out


def part_of(key_text: str) -> str:
    """The part a line belongs to, fixed by a hash of its text (for a conversation, the text of
    its first line), so that nobody chooses by hand which sentences are held out."""
    digest = hashlib.sha256(key_text.strip().lower().encode("utf-8")).hexdigest()
    return "holdout" if int(digest[:8], 16) % 100 < HOLDOUT_PERCENT else "tune"


# -- reading -------------------------------------------------------------------------------------


def read_corpus(path: Path) -> list[CorpusLine]:
    """Parse a corpus file; raises :class:`CorpusError` listing every malformed line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise CorpusError([f"{path}: cannot read: {err}"]) from err
    lines: list[CorpusLine] = []
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            data = json.loads(raw)
        except ValueError as err:
            problems.append(f"{where}: not JSON: {err}")
            continue
        line, line_problems = _parse_line(data, number, where)
        problems.extend(line_problems)
        if line is not None:
            lines.append(line)
    if not lines and not problems:
        problems.append(f"{path}: the corpus is empty")
    problems.extend(_part_problems(lines))
    seen: dict[str, int] = {}
    for line in lines:
        if line.id in seen:
            problems.append(
                f"line {line.number}: id {line.id!r} already used on line {seen[line.id]}"
            )
        seen.setdefault(line.id, line.number)
    if problems:
        raise CorpusError(problems)
    return lines


def _part_problems(lines: Sequence[CorpusLine]) -> list[str]:
    """Every line has a part or none does, and each part is the one :func:`part_of` gives."""
    with_part = [line for line in lines if line.part is not None]
    if not with_part:
        return []
    if len(with_part) != len(lines):
        return ["either every line has a 'part' or none does"]
    problems: list[str] = []
    for unit in units(lines):
        wanted = part_of(unit[0].text)
        problems.extend(
            f"line {line.number} ({line.id}): part {line.part!r}, but the hash of "
            f"{unit[0].text!r} puts it in {wanted!r}"
            for line in unit
            if line.part != wanted
        )
    return problems


def _parse_line(data: Any, number: int, where: str) -> tuple[CorpusLine | None, list[str]]:
    if not isinstance(data, dict):
        return None, [f"{where}: a line must be a JSON object"]
    problems: list[str] = []
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        problems.append(f"{where}: unknown keys {unknown}")
    strings: dict[str, str] = {}
    for key in ("id", "home", "text", "domain", "kind"):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}: {key!r} must be a non-empty string")
        else:
            strings[key] = value
    optional: dict[str, str | None] = {}
    for key in ("area", "now", "conversation", "part"):
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            problems.append(f"{where}: {key!r} must be a non-empty string when given")
            value = None
        optional[key] = value
    if optional["part"] is not None and optional["part"] not in PARTS:
        problems.append(f"{where}: 'part' must be one of {list(PARTS)}")
    if "domain" in strings and strings["domain"] not in DOMAINS:
        problems.append(f"{where}: unknown domain {strings['domain']!r}")
    if "kind" in strings and strings["kind"] not in KINDS:
        problems.append(f"{where}: unknown kind {strings['kind']!r}")
    now = optional["now"]
    if now is not None:
        problems.extend(_check_now(now, where))
    present = [key for key in EXPECTATIONS if key in data]
    if len(present) != 1:
        problems.append(f"{where}: needs exactly one of {list(EXPECTATIONS)}, has {present}")
    expect = expect_change = None
    expect_answer = None
    expect_refusal = False
    if "expect" in data:
        expect, found = _parse_expect(data["expect"], where)
        problems.extend(found)
    if "expect_change" in data:
        expect_change, found = _parse_expect_change(data["expect_change"], where)
        problems.extend(found)
    if "expect_answer" in data:
        value = data["expect_answer"]
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            problems.append(f"{where}: 'expect_answer' must be a non-empty list of strings")
        else:
            expect_answer = [str(v) for v in value]
    if "expect_refusal" in data:
        if data["expect_refusal"] is not True:
            problems.append(f"{where}: 'expect_refusal' must be true")
        expect_refusal = True
    expect_steps, found = _parse_expect_steps(data.get("expect_steps"), where)
    problems.extend(found)
    expect_count = data.get("expect_count")
    if "expect_count" in data and (
        isinstance(expect_count, bool) or not isinstance(expect_count, int) or expect_count < 0
    ):
        problems.append(f"{where}: 'expect_count' must be a whole number >= 0")
    if "expect_ask" in data and data["expect_ask"] is not True:
        problems.append(f"{where}: 'expect_ask' must be true")
    confirm = data.get("confirm", False)
    if confirm is not False and confirm is not True:
        problems.append(f"{where}: 'confirm' must be true or false")
    elif confirm and not any(k in data for k in ("expect", "expect_change", "expect_steps")):
        problems.append(f"{where}: 'confirm' goes with expect, expect_change or expect_steps")
    if problems:
        return None, problems
    line = CorpusLine(
        number=number,
        id=strings["id"],
        home=strings["home"],
        text=strings["text"],
        domain=strings["domain"],
        kind=strings["kind"],
        area=optional["area"],
        now=now,
        conversation=optional["conversation"],
        expect=expect,
        expect_answer=expect_answer,
        expect_refusal=expect_refusal,
        expect_change=expect_change,
        expect_steps=expect_steps,
        expect_count=expect_count if "expect_count" in data else None,
        expect_ask="expect_ask" in data,
        confirm=bool(confirm),
        part=optional["part"],
    )
    return line, []


def _parse_expect_steps(value: Any, where: str) -> tuple[list[dict[str, Any]] | None, list[str]]:
    if value is None:
        return None, []
    if not isinstance(value, list) or not value:
        return None, [f"{where}: 'expect_steps' must be a non-empty list of steps"]
    problems: list[str] = []
    for i, spec in enumerate(value):
        at = f"{where}: expect_steps[{i}]"
        if not isinstance(spec, dict):
            problems.append(f"{at} must be an object")
            continue
        extra = sorted(set(spec) - {"action", "targets", "params"})
        if extra:
            problems.append(f"{at}: unknown keys {extra}")
        action = spec.get("action")
        if not isinstance(action, str) or action.count(".") != 1:
            problems.append(f"{at}: 'action' must be a domain.service name")
        targets = spec.get("targets")
        if targets is not None and (
            not isinstance(targets, list) or not all(isinstance(t, str) for t in targets)
        ):
            problems.append(f"{at}: 'targets' must be a list of entity ids")
        params = spec.get("params")
        if params is not None and (not isinstance(params, dict) or not params):
            problems.append(f"{at}: 'params' must be a non-empty object")
    return (value if not problems else None), problems


def _check_now(now: str, where: str) -> list[str]:
    import datetime as dt

    try:
        value = dt.datetime.fromisoformat(now)
    except ValueError:
        return [f"{where}: 'now' is not an ISO 8601 date and time"]
    if value.tzinfo is None:
        return [f"{where}: 'now' needs a UTC offset"]
    return []


def _parse_expect(value: Any, where: str) -> tuple[dict[str, dict[str, Any]] | None, list[str]]:
    if not isinstance(value, dict) or not value:
        return None, [f"{where}: 'expect' must be a non-empty object of entity ids"]
    problems: list[str] = []
    for entity_id, spec in value.items():
        at = f"{where}: expect[{entity_id!r}]"
        if not isinstance(spec, dict) or not spec:
            problems.append(f"{at} must be a non-empty object")
            continue
        extra = sorted(set(spec) - {"state", "attributes"})
        if extra:
            problems.append(f"{at}: unknown keys {extra}")
        if "state" in spec and not _is_state(spec["state"]):
            problems.append(f"{at}: 'state' must be a string or a list of strings")
        attributes = spec.get("attributes")
        if attributes is not None and (not isinstance(attributes, dict) or not attributes):
            problems.append(f"{at}: 'attributes' must be a non-empty object")
    return (value if not problems else None), problems


def _parse_expect_change(
    value: Any, where: str
) -> tuple[dict[str, dict[str, Any]] | None, list[str]]:
    if not isinstance(value, dict) or not value:
        return None, [f"{where}: 'expect_change' must be a non-empty object of entity ids"]
    problems: list[str] = []
    for entity_id, spec in value.items():
        at = f"{where}: expect_change[{entity_id!r}]"
        if not isinstance(spec, dict):
            problems.append(f"{at} must be an object")
            continue
        extra = sorted(set(spec) - {"attribute", "direction", "state"})
        if extra:
            problems.append(f"{at}: unknown keys {extra}")
        if spec.get("direction") not in DIRECTIONS:
            problems.append(f"{at}: 'direction' must be one of {sorted(DIRECTIONS)}")
        attribute = spec.get("attribute")
        if attribute is not None and (not isinstance(attribute, str) or not attribute):
            problems.append(f"{at}: 'attribute' must be an attribute name")
        if spec.get("direction") in ("up", "down") and attribute is None:
            problems.append(f"{at}: 'up' and 'down' need an 'attribute'")
        if "state" in spec and not _is_state(spec["state"]):
            problems.append(f"{at}: 'state' must be a string or a list of strings")
    return (value if not problems else None), problems


def _is_state(value: Any) -> bool:
    if isinstance(value, str):
        return True
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


# -- grouping ------------------------------------------------------------------------------------


def units(lines: Iterable[CorpusLine]) -> list[list[CorpusLine]]:
    """Standalone lines alone, conversations together (in file order, placed at their first
    line). Each unit starts from a fresh copy of its home."""
    out: list[list[CorpusLine]] = []
    by_conversation: dict[str, list[CorpusLine]] = {}
    for line in lines:
        if line.conversation is None:
            out.append([line])
            continue
        unit = by_conversation.get(line.conversation)
        if unit is None:
            unit = by_conversation[line.conversation] = []
            out.append(unit)
        unit.append(line)
    return out


# -- validation against the homes ---------------------------------------------------------------


def home_path(name: str, corpus_path: Path, homes_dir: Path | None) -> Path:
    """A line's ``home``: a name looked up in the homes directory (``NAME.yaml`` or
    ``NAME.json``), or a path relative to the corpus file."""
    if name.endswith((".yaml", ".yml", ".json")):
        path = Path(name)
        return path if path.is_absolute() else (corpus_path.parent / path).resolve()
    folder = homes_dir or (corpus_path.parent.parent / "homes")
    for suffix in (".yaml", ".yml", ".json"):
        candidate = folder / f"{name}{suffix}"
        if candidate.exists():
            return candidate.resolve()
    return (folder / f"{name}.yaml").resolve()


def check_corpus(lines: Sequence[CorpusLine], homes: Mapping[str, Home]) -> list[str]:
    """Problems of the corpus against its homes: unknown homes, areas and entities,
    conversations that change home, and expectations that hold before anything is done
    (a planner that does nothing would pass them)."""
    problems: list[str] = []
    for unit in units(lines):
        first = unit[0]
        home = homes.get(first.home)
        if home is None:
            problems.extend(f"line {line.number}: unknown home {line.home!r}" for line in unit)
            continue
        sim = _Simulation(home.copy())
        for line in unit:
            where = f"line {line.number} ({line.id})"
            if line.home != first.home:
                problems.append(f"{where}: conversation {line.conversation!r} changes home")
                continue
            if line.area is not None and line.area not in sim.home.areas:
                problems.append(f"{where}: unknown area {line.area!r}")
            problems.extend(_check_line(line, sim, where))
            sim.said.append(line.text.lower())
    return problems


@dataclass(slots=True)
class _Simulation:
    """A conversation's home with every earlier expectation applied; what the expectations
    leave open ("brighter", a light turned on at an unknown brightness) is unknown."""

    home: Home
    unknown: set[tuple[str, str | None]] = field(default_factory=set)
    """(entity id, attribute or None for the state); attribute "*" for all attributes."""
    said: list[str] = field(default_factory=list)
    """Earlier lines of the conversation (items added to a list appear only there)."""

    def is_unknown(self, entity_id: str, attribute: str | None) -> bool:
        return (entity_id, attribute) in self.unknown or (
            attribute is not None and (entity_id, "*") in self.unknown
        )


def _check_line(line: CorpusLine, sim: _Simulation, where: str) -> list[str]:
    problems: list[str] = []
    if line.expect is not None:
        differs = False
        for entity_id, spec in line.expect.items():
            entity = sim.home.get(entity_id)
            if entity is None:
                problems.append(f"{where}: unknown entity {entity_id!r} in expect")
                continue
            if (
                ("state" in spec and sim.is_unknown(entity_id, None))
                or any(sim.is_unknown(entity_id, name) for name in spec.get("attributes", {}))
                or _entity_problems(entity_id, spec, entity)
            ):
                differs = True
            old_state = entity.state
            _apply_expected(entity, spec)
            if entity.state != old_state:  # attributes the line does not name now vary
                sim.unknown.add((entity_id, "*"))
            sim.unknown.discard((entity_id, None))
            for name in spec.get("attributes") or {}:
                sim.unknown.discard((entity_id, name))
        if not differs and not problems:
            problems.append(f"{where}: every expectation already holds before the plan runs")
    elif line.expect_change is not None:
        for entity_id, spec in line.expect_change.items():
            entity = sim.home.get(entity_id)
            if entity is None:
                problems.append(f"{where}: unknown entity {entity_id!r} in expect_change")
                continue
            attribute = spec.get("attribute")
            if spec["direction"] in ("up", "down") and not sim.is_unknown(entity_id, attribute):
                current = _number(_read(entity, attribute))
                if current is None:
                    problems.append(
                        f"{where}: {entity_id} has no number in {attribute!r} to go "
                        f"{spec['direction']} from"
                    )
            sim.unknown.add((entity_id, attribute))
            if "state" in spec and isinstance(spec["state"], str):
                entity.state = spec["state"]
    elif line.expect_steps is not None:
        for spec in line.expect_steps:
            problems.extend(
                f"{where}: unknown entity {target!r} in expect_steps"
                for target in spec.get("targets") or []
                if sim.home.get(target) is None
            )
    elif line.expect_answer is not None:
        dump = json.dumps(sim.home.to_dict(), ensure_ascii=False, default=str).lower()
        haystack = "\n".join([dump, *sim.said])
        for needle in line.expect_answer:
            if needle.lower() not in haystack:
                problems.append(f"{where}: answer {needle!r} appears nowhere in the home's state")
    return problems


def _apply_expected(entity: Entity, spec: Mapping[str, Any]) -> None:
    state = spec.get("state")
    if isinstance(state, str):
        entity.state = state
    elif isinstance(state, list):
        entity.state = str(state[0])
    for name, value in (spec.get("attributes") or {}).items():
        entity.attributes[name] = value


# -- scoring -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Verdict:
    passed: bool
    reasons: list[str] = field(default_factory=list)


def changing_steps(plan: Mapping[str, Any]) -> list[dict[str, Any]]:
    steps = plan.get("steps")
    if not isinstance(steps, list):
        return []
    return [s for s in steps if isinstance(s, dict) and not s.get("read_only", False)]


def score(
    line: CorpusLine,
    plan: Mapping[str, Any],
    before: Home,
    after: Home,
    call_errors: Sequence[str] = (),
) -> Verdict:
    """Whether *plan* (applied to *before*, giving *after*) meets the line's expectation."""
    reasons: list[str] = []
    changes = changing_steps(plan)
    if line.confirm and changes and plan.get("needs_confirmation") is not True:
        reasons.append("a safety-relevant action planned without asking for confirmation")
    if line.expect_steps is not None:
        reasons.extend(_steps_problems(line.expect_steps, plan))
        return Verdict(not reasons, reasons)
    if line.expect_count is not None:
        reasons.extend(_question_problems(plan, changes))
        reply = plan.get("reply")
        if not gives_count(reply if isinstance(reply, str) else "", line.expect_count):
            reasons.append(f"reply {reply!r} does not give the count {line.expect_count}")
        return Verdict(not reasons, reasons)
    if line.expect_ask:
        if changes:
            actions = ", ".join(f"{s.get('action')} {s.get('targets')}" for s in changes)
            reasons.append(f"planned state changes where a question was expected: {actions}")
        elif not asks(plan):
            reasons.append(f"no clarifying question (reply {plan.get('reply')!r})")
        return Verdict(not reasons, reasons)
    if line.expect_refusal:
        if changes:
            actions = ", ".join(f"{s.get('action')} {s.get('targets')}" for s in changes)
            reasons.append(f"planned state changes where a refusal was expected: {actions}")
        return Verdict(not reasons, reasons)
    if line.expect_answer is not None:
        if changes:
            reasons.append("a question planned state-changing steps")
        error = plan.get("error")
        if error:
            reasons.append(f"error instead of an answer: {error}")
        reply = plan.get("reply")
        reply_text = reply.lower() if isinstance(reply, str) else ""
        missing = [n for n in line.expect_answer if not _said(n, reply_text)]
        if missing:
            reasons.append(f"reply {reply!r} lacks {missing}")
        return Verdict(not reasons, reasons)
    reasons.extend(f"service call rejected: {e}" for e in call_errors)
    listed: set[str] = set()
    if line.expect is not None:
        for entity_id, spec in line.expect.items():
            listed.add(entity_id)
            entity = after.get(entity_id)
            if entity is None:
                reasons.append(f"{entity_id} is missing after the plan")
                continue
            reasons.extend(_entity_problems(entity_id, spec, entity))
    elif line.expect_change is not None:
        for entity_id, spec in line.expect_change.items():
            listed.add(entity_id)
            reasons.extend(_change_problems(entity_id, spec, before.get(entity_id), after))
    listed |= _scene_members(listed, before)
    reasons.extend(_unexpected_changes(before, after, listed))
    return Verdict(not reasons, reasons)


def _question_problems(plan: Mapping[str, Any], changes: Sequence[Mapping[str, Any]]) -> list[str]:
    problems: list[str] = []
    if changes:
        problems.append("a question planned state-changing steps")
    if plan.get("error"):
        problems.append(f"error instead of an answer: {plan.get('error')}")
    return problems


def gives_count(reply: str, count: int) -> bool:
    """Whether *reply* states *count*, as digits or as a word, as a whole word ("2" is not
    found in "12", "one" not in "someone")."""
    forms = [str(count)]
    if count < len(NUMBER_WORDS):
        forms.append(NUMBER_WORDS[count])
    if count == 0:
        forms += ["no", "none", "nothing"]
    text = reply.lower()
    return any(re.search(rf"(?<![\w.]){re.escape(form)}(?![\w]|\.\d)", text) for form in forms)


def asks(plan: Mapping[str, Any]) -> bool:
    """Whether the plan asks the person something: an ``ambiguous`` or ``unclear`` error, or a
    question as the reply of a plan without an error. A "not understood" with a guess ("Did
    you mean Garage?") is not a question about the request: it did not understand it."""
    error = plan.get("error")
    if error:
        return isinstance(error, Mapping) and error.get("code") in ASKING_ERRORS
    reply = plan.get("reply")
    return isinstance(reply, str) and "?" in reply


def _steps_problems(expected: Sequence[Mapping[str, Any]], plan: Mapping[str, Any]) -> list[str]:
    """Every expected step is matched by its own plan step (read-only steps included), and
    every state-changing plan step matches an expected one."""
    raw = plan.get("steps")
    steps = [s for s in raw if isinstance(s, dict)] if isinstance(raw, list) else []
    used: set[int] = set()
    problems: list[str] = []
    for spec in expected:
        match = next(
            (i for i, s in enumerate(steps) if i not in used and step_matches(spec, s)), None
        )
        if match is None:
            problems.append(f"no step matches {json.dumps(spec, ensure_ascii=False)}")
        else:
            used.add(match)
    for i, s in enumerate(steps):
        if i not in used and not s.get("read_only", False):
            problems.append(
                f"unexpected step {s.get('action')} {s.get('targets')} "
                f"{json.dumps(s.get('params') or {}, ensure_ascii=False)}"
            )
    return problems


def step_matches(spec: Mapping[str, Any], step: Mapping[str, Any]) -> bool:
    """Same action; the same targets as a set (when *spec* gives them); each parameter
    *spec* gives equal (numbers within tolerance; texts without case, surrounding spaces,
    and for ``name`` a trailing word "timer")."""
    if step.get("action") != spec.get("action"):
        return False
    if "targets" in spec:
        targets = step.get("targets")
        if not isinstance(targets, list) or set(map(str, targets)) != set(spec["targets"]):
            return False
    params = step.get("params")
    params = params if isinstance(params, dict) else {}
    for name, wanted in (spec.get("params") or {}).items():
        if name not in params:
            return False
        got = params[name]
        if isinstance(wanted, str) and isinstance(got, str):
            if _plain_text(wanted, name) != _plain_text(got, name):
                return False
        elif not attribute_matches(name, wanted, got):
            return False
    return True


def _plain_text(value: str, name: str) -> str:
    text = " ".join(value.lower().split())
    if name == "name":
        text = text.removesuffix(" timer").removeprefix("the ")
    return text


def _entity_problems(entity_id: str, spec: Mapping[str, Any], entity: Entity) -> list[str]:
    problems: list[str] = []
    if "state" in spec:
        wanted = spec["state"]
        accepted = [wanted] if isinstance(wanted, str) else list(wanted)
        if entity.state not in accepted:
            problems.append(f"{entity_id}: state {entity.state!r}, expected {wanted!r}")
    for name, expected in (spec.get("attributes") or {}).items():
        actual = entity.attributes.get(name)
        if not attribute_matches(name, expected, actual):
            problems.append(f"{entity_id}: {name} is {actual!r}, expected {expected!r}")
    return problems


def _change_problems(
    entity_id: str, spec: Mapping[str, Any], old: Entity | None, after: Home
) -> list[str]:
    new = after.get(entity_id)
    if old is None or new is None:
        return [f"{entity_id} is missing"]
    problems: list[str] = []
    if "state" in spec:
        wanted = spec["state"]
        accepted = [wanted] if isinstance(wanted, str) else list(wanted)
        if new.state not in accepted:
            problems.append(f"{entity_id}: state {new.state!r}, expected {wanted!r}")
    attribute = spec.get("attribute")
    before_value = _read(old, attribute)
    after_value = _read(new, attribute)
    what = attribute or "state"
    direction = spec["direction"]
    if direction == "changed":
        if before_value == after_value:
            problems.append(f"{entity_id}: {what} did not change ({after_value!r})")
        return problems
    a, b = _number(before_value), _number(after_value)
    if b is None:
        problems.append(f"{entity_id}: {what} is {after_value!r}, expected a number")
    elif a is None:
        if direction == "down":
            problems.append(f"{entity_id}: {what} had no value to go down from")
    elif (direction == "up" and not b > a) or (direction == "down" and not b < a):
        problems.append(f"{entity_id}: {what} went from {a} to {b}, expected {direction}")
    return problems


def _read(entity: Entity, attribute: str | None) -> Any:
    return entity.state if attribute is None else entity.attributes.get(attribute)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _scene_members(listed: set[str], home: Home) -> set[str]:
    """Entities a listed scene may set: Home Assistant's scene attribute ``entity_id`` (a
    list), or ``entities`` (each member with the state the scene gives it)."""
    members: set[str] = set()
    for entity_id in listed:
        entity = home.get(entity_id)
        if entity is not None and entity.domain == "scene":
            value = entity.attributes.get("entity_id")
            if isinstance(value, list):
                members.update(str(v) for v in value)
            states = entity.attributes.get("entities")
            if isinstance(states, dict):
                members.update(str(k) for k in states)
    return members


def _unexpected_changes(before: Home, after: Home, listed: set[str]) -> list[str]:
    problems: list[str] = []
    for entity_id, old in before.entities.items():
        if entity_id in listed:
            continue
        new = after.get(entity_id)
        if new is None:
            problems.append(f"{entity_id} disappeared")
            continue
        if new.state != old.state:
            problems.append(f"unexpected change: {entity_id} {old.state!r} -> {new.state!r}")
            continue
        changed = sorted(
            k
            for k in set(old.attributes) | set(new.attributes)
            if old.attributes.get(k) != new.attributes.get(k)
        )
        if changed:
            problems.append(f"unexpected change: {entity_id} attributes {changed}")
    return problems


def attribute_matches(name: str, expected: Any, actual: Any) -> bool:
    if name == "rgb_color":
        return _colour_matches(expected, actual, rgb=True)
    if name == "hs_color":
        return _colour_matches(expected, actual, rgb=False)
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual or expected == actual
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        return abs(float(expected) - float(actual)) <= TOLERANCE.get(name, DEFAULT_TOLERANCE)
    if isinstance(expected, list | tuple) and isinstance(actual, list | tuple):
        return list(expected) == list(actual)
    return bool(expected == actual)


def _colour_matches(expected: Any, actual: Any, *, rgb: bool) -> bool:
    """Colours compare by hue and saturation: Home Assistant reports ``rgb_color`` of an
    ``hs`` light at full value, so CSS green (0, 128, 0) comes back as (0, 255, 0)."""
    want = _hue_saturation(expected, rgb=rgb)
    got = _hue_saturation(actual, rgb=rgb)
    if want is None or got is None:
        return False
    hue_gap = abs(want[0] - got[0]) % 360.0
    hue_gap = min(hue_gap, 360.0 - hue_gap)
    if want[1] < 1.0 and got[1] < 1.0:  # both white-ish: hue is meaningless
        return True
    return hue_gap <= HUE_TOLERANCE and abs(want[1] - got[1]) <= SATURATION_TOLERANCE


def _hue_saturation(value: Any, *, rgb: bool) -> tuple[float, float] | None:
    if not isinstance(value, list | tuple):
        return None
    numbers = [_number(v) for v in value]
    if any(n is None for n in numbers):
        return None
    clean = [n for n in numbers if n is not None]
    if rgb:
        if len(clean) != 3:
            return None
        h, s, _ = colorsys.rgb_to_hsv(*(max(0.0, min(255.0, c)) / 255.0 for c in clean))
        return h * 360.0, s * 100.0
    if len(clean) != 2:
        return None
    return math.fmod(clean[0], 360.0), clean[1]


_DECIMAL = re.compile(r"^\d+\.\d+$")


def _said(needle: str, reply_text: str) -> bool:
    """Whether *reply_text* (lower case) contains *needle*; a decimal number also counts when
    written with a decimal comma ("21,5"), as most languages other than English write it."""
    wanted = needle.lower()
    if wanted in reply_text:
        return True
    return bool(_DECIMAL.match(wanted)) and wanted.replace(".", ",") in reply_text
