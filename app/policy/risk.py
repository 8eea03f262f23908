"""Risk classes and the policy decision for each step.

Risk is decided here from what a step will do: the action, the target's domain, device class
and name, the parameters, and for a scene the states it brings its members to (each member
judged as the service call that reproduces it). Never by a planner or a language model:
planners call :func:`classify` and cannot override it. Decisions fail closed: an action this
module does not know is medium risk and needs a person; a script, an automation or a scene
whose effect cannot be seen beforehand is never approved by a standing rule.

:func:`unasked_verdicts` (and :func:`runs_unasked`) is the one rule for "may this plan run
with nobody asked": the window's auto-run, the tray, undo and ``hearth do --yes`` all use it.
"""

from __future__ import annotations

import enum
import functools
import logging
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from app.core.files import load_own_yaml
from app.core.home import Entity, Home
from app.core.plan import Plan, PlannerName, Risk, Step
from app.core.reproduce import reproduce
from app.policy.device_code import device_name, needs_device_code
from app.policy.roles import OWNER, Role

_LOGGER = logging.getLogger(__name__)

#: Covers whose opening lets someone in (a motorised window included): the PIN, as the big
#: assistants ask a second factor for doors, garage doors, gates and windows.
ACCESS_COVER_CLASSES = frozenset({"garage", "gate", "door", "window"})
#: Covers whose opening lets no one in: Home Assistant's other cover classes. A class that is
#: in neither set (a typo, an integration's own word) is judged like no class at all.
HARMLESS_COVER_CLASSES = frozenset({"awning", "blind", "curtain", "damper", "shade", "shutter"})
#: Comfortable range for a target temperature in °C; outside it a person confirms.
COMFORT_RANGE_C = (16.0, 26.0)

_LOW_ACTIONS = frozenset(
    {
        "light.turn_on",
        "light.turn_off",
        "light.toggle",
        "switch.turn_on",
        "switch.turn_off",
        "switch.toggle",
        "fan.turn_on",
        "fan.turn_off",
        "fan.set_percentage",
        "fan.increase_speed",
        "fan.decrease_speed",
        "fan.oscillate",
        "fan.set_preset_mode",
        "input_boolean.turn_on",
        "input_boolean.turn_off",
        "media_player.turn_on",
        "media_player.turn_off",
        "media_player.volume_set",
        "media_player.volume_up",
        "media_player.volume_down",
        "media_player.volume_mute",
        "media_player.media_play",
        "media_player.media_pause",
        "media_player.media_stop",
        "media_player.media_next_track",
        "media_player.media_previous_track",
        "media_player.select_source",
        "vacuum.start",
        "vacuum.stop",
        "vacuum.pause",
        "vacuum.return_to_base",
        "todo.add_item",
        "todo.update_item",
        "lock.lock",
        "cover.close_cover",
        "cover.stop_cover",
        "climate.set_temperature",
        "climate.set_hvac_mode",
        "climate.set_fan_mode",
        "climate.set_preset_mode",
        "climate.turn_on",
        "climate.turn_off",
        "alarm_control_panel.alarm_arm_home",
        "alarm_control_panel.alarm_arm_away",
        "alarm_control_panel.alarm_arm_night",
        "alarm_control_panel.alarm_arm_vacation",
        "valve.close_valve",
        "lawn_mower.start_mowing",
        "lawn_mower.dock",
        # Hearth's own: a reminder only ever rings on this computer; a new event can be
        # moved or removed again (with a confirmation).
        "reminder.create",
        "reminder.cancel",
        "reminder.snooze",
        "reminder.done",
        "calendar.create_event",
        # Timers, Hearth's own and Home Assistant's timer helpers: a countdown that rings.
        "timer.start",
        "timer.cancel",
        "timer.pause",
        "timer.resume",
        "timer.change",
    }
)
# Every other action is medium risk: a scene, a script, a button, opening a cover or a valve,
# moving or deleting a calendar event (it changes what others see and may not be undone).
_HIGH_ACTIONS = frozenset(
    {
        "lock.unlock",
        "lock.open",
        "alarm_control_panel.alarm_disarm",
        "alarm_control_panel.alarm_trigger",
    }
)
#: Actions that only read: the only ones a step may call read-only (a step that says it is
#: read-only but names anything else is judged as the state change it would be).
READ_ONLY_ACTIONS = frozenset(
    {
        "state.get",
        "todo.get_items",
        "calendar.get_events",
        "reminder.list",
        "timer.status",
        "weather.get_forecasts",
    }
)
#: Hearth's own action domains: a role is checked against the targets' domains instead.
_HEARTH_DOMAINS = frozenset({"state", "reminder", "timer"})
"""A Home Assistant timer step names its timer as a target, whose domain is checked."""
#: How a refusal names what was asked, in words.
_ACTION_WORDS = {
    "lock.unlock": "unlock doors",
    "lock.open": "open doors",
    "lock.lock": "lock doors",
    "alarm_control_panel.alarm_disarm": "disarm the alarm",
    "alarm_control_panel.alarm_trigger": "trigger the alarm",
    "cover.open_cover": "open covers",
    "cover.set_cover_position": "move covers",
    "calendar.delete_event": "delete calendar events",
    "calendar.update_event": "move calendar events",
}
_DOMAIN_WORDS = {
    "lock": "locks",
    "alarm_control_panel": "the alarm",
    "cover": "covers, doors and gates",
    "climate": "the heating and cooling",
    "calendar": "the calendar",
}
_COVER_OPENING = frozenset({"cover.open_cover", "cover.set_cover_position", "cover.toggle"})
#: Services of the script domain itself; any other ``script.<name>`` runs the script <name>.
_SCRIPT_SERVICES = frozenset({"turn_on", "turn_off", "toggle", "reload"})
#: Actions that run something whose effect Hearth cannot see beforehand.
_ROUTINE_ACTIONS = frozenset(
    {
        "script.turn_on",
        "script.toggle",
        "automation.trigger",
        "automation.turn_on",
        "automation.toggle",
    }
)
#: Actions whose effect comes from the target's name alone: a button that opens the gate, a
#: relay switch "Garage Door Opener", an input boolean "Alarm disarm" that an automation
#: watches. Turning such a switch off may be what unlocks, so every change counts.
_NAMED_ACTIONS = frozenset(
    {
        "button.press",
        "input_button.press",
        *(
            f"{d}.{s}"
            for d in ("switch", "input_boolean")
            for s in ("turn_on", "turn_off", "toggle")
        ),
    }
)
#: Keys of Home Assistant's service data that name targets: a step names its targets as
#: targets, where the policy sees them, never hidden in its parameters.
_TARGET_KEYS = frozenset({"entity_id", "device_id", "area_id", "floor_id", "label_id"})
#: Domains whose members a scene must never be trusted with blindly.
_GUARDED_DOMAINS = frozenset({"lock", "alarm_control_panel"})
#: Domains whose ``entity_id`` attribute lists what they act on rather than group members.
_LISTING_DOMAINS = frozenset({"scene", "script", "automation"})
#: How deep scenes inside scenes are followed before the rest is judged unknown.
_MAX_DEPTH = 3


class CoverKind(enum.StrEnum):
    ACCESS = "access"
    """A way in (garage door, gate, door, window): opening it needs the PIN."""
    UNKNOWN = "unknown"
    """Of no known kind: opening it needs a confirmation."""
    HARMLESS = "harmless"
    """Blinds, curtains, shades, awnings, shutters, dampers."""


@dataclass(frozen=True, slots=True)
class _Judgement:
    risk: Risk
    unknown: bool = False
    """What the step will do cannot be seen beforehand (a script, an automation, a scene
    whose members are not listed)."""


def _most(judgements: Iterable[_Judgement], floor: Risk) -> _Judgement:
    risk, unknown = floor, False
    for judgement in judgements:
        risk = max(risk, judgement.risk, key=lambda r: r.rank)
        unknown = unknown or judgement.unknown
    return _Judgement(risk, unknown)


def classify(
    action: str,
    entities: Iterable[Entity],
    params: Mapping[str, object],
    *,
    home: Home | None = None,
) -> Risk:
    """The risk of running *action* with *params* on *entities* (the highest over them).

    *home* gives the members of a scene and of a script's listed entities their device
    classes and names; without it they are judged from their entity ids (never as harmless
    as a known blind)."""
    return _judge(action, list(entities), params, home, 0).risk


def _judge(
    action: str, entities: list[Entity], params: Mapping[str, object], home: Home | None, depth: int
) -> _Judgement:
    judgement = _judge_targets(action, entities, params, home, depth)
    members = [m for e in entities for m in group_members(e)]
    if not members or action in _HIGH_ACTIONS or action in READ_ONLY_ACTIONS:
        return judgement
    # A group (``group.*``, or a cover or light group helper) passes the call on to its
    # members: opening "Front of House" opens the garage door in it.
    if depth >= _MAX_DEPTH:
        inner = _most(
            (_Judgement(Risk.HIGH if guarded(_entity(home, m)) else Risk.MEDIUM) for m in members),
            Risk.LOW,
        )
    else:
        inner = _judge(action, [_entity(home, m) for m in members], params, home, depth + 1)
    return _most((judgement, inner), Risk.LOW)


def group_members(entity: Entity) -> list[str]:
    """The entities a call on *entity* reaches through it when it is a group: the ids in its
    ``entity_id`` attribute (what Home Assistant reports for old-style groups and for group
    helpers of any domain). A scene's, script's or automation's list is judged apart."""
    if entity.domain in _LISTING_DOMAINS:
        return []
    ids = entity.attributes.get("entity_id")
    listed = [ids] if isinstance(ids, str) else ids if isinstance(ids, list) else []
    return [m for m in listed if isinstance(m, str) and m != entity.entity_id]


def _judge_targets(
    action: str, entities: list[Entity], params: Mapping[str, object], home: Home | None, depth: int
) -> _Judgement:
    if action in _HIGH_ACTIONS:
        return _Judgement(Risk.HIGH)
    if action in READ_ONLY_ACTIONS:
        return _Judgement(Risk.LOW)
    base = Risk.LOW if action in _LOW_ACTIONS else Risk.MEDIUM
    if action == "climate.set_temperature":
        for key in ("temperature", "target_temp_low", "target_temp_high"):
            value = params.get(key)
            if isinstance(value, (int, float)) and not (
                COMFORT_RANGE_C[0] <= value <= COMFORT_RANGE_C[1]
            ):
                base = Risk.MEDIUM
    domain, _, service = action.partition(".")
    if action in _COVER_OPENING and entities:
        return _most(
            (_Judgement(_cover_opening_risk(action, e, params)) for e in entities), Risk.LOW
        )
    if action == "scene.turn_on":
        return _scene(entities, home, depth)
    if action == "scene.apply":
        return _members_judgement(_members_of_param(params.get("entities")), home, depth)
    if domain == "script" and service not in _SCRIPT_SERVICES:
        # script.<name>: the service runs the script of that name.
        return _routine([_entity(home, action), *entities], home)
    if action in _ROUTINE_ACTIONS:
        return _routine(entities, home)
    if action in _NAMED_ACTIONS:
        # A button has one effect, its press: one named after a way in ("Garage Door")
        # works it. A switch may be a light by the door, so it needs an opening word too.
        pressed = service == "press"
        named = any(_may_unlock_by_name(e) or (pressed and _named(e, "access")) for e in entities)
        return _Judgement(Risk.HIGH if named else base)
    if domain == "homeassistant" and service in ("turn_on", "turn_off", "toggle"):
        return _most((_generic(service, e, params, home, depth) for e in entities), base)
    return _Judgement(base)


def raise_risk(step: Step, home: Home | None) -> None:
    """Raise *step*'s risk to what the policy judges with *home* (a scene's members by their
    device classes), never lower it: planners build steps from entities alone, and what a
    plan shows should be what :func:`decide` will hold it to."""
    if step.read_only or not isinstance(step.risk, Risk):
        return
    entities = [_entity(home, t) for t in step.targets if isinstance(t, str)]
    judged = _judge(step.action, entities, step.params, home, 0).risk
    step.risk = max(step.risk, judged, key=lambda r: r.rank)


def _cover_opening_risk(action: str, entity: Entity, params: Mapping[str, object]) -> Risk:
    position = params.get("position")
    closing = action == "cover.set_cover_position" and position == 0
    kind = cover_kind(entity)
    if kind is CoverKind.ACCESS:
        return Risk.LOW if closing else Risk.HIGH
    # Blinds, curtains, shades, awnings: opening them is harmless. A cover of unknown kind
    # might be a way in, so a person confirms.
    if kind is CoverKind.UNKNOWN:
        return Risk.LOW if closing else Risk.MEDIUM
    return Risk.LOW


def cover_kind(entity: Entity) -> CoverKind:
    """What kind of cover *entity* is. The device class decides, whatever its case
    ("Garage" is a garage); a cover with no class, or one Home Assistant does not define, is
    a way in when its name, aliases or id say so ("Side Gate"), else of unknown kind."""
    value = entity.attributes.get("device_class")
    device_class = value.strip().casefold() if isinstance(value, str) else None
    if device_class in ACCESS_COVER_CLASSES:
        return CoverKind.ACCESS
    if device_class in HARMLESS_COVER_CLASSES:
        return CoverKind.HARMLESS
    return CoverKind.ACCESS if _named(entity, "access") else CoverKind.UNKNOWN


def opens_access(action: str, entity: Entity, params: Mapping[str, object]) -> bool:
    """Whether *action* opens *entity*, a way in (a garage door, a gate): what undo never does."""
    return (
        entity.domain == "cover"
        and action in _COVER_OPENING
        and cover_kind(entity) is CoverKind.ACCESS
        and _cover_opening_risk(action, entity, params) is Risk.HIGH
    )


def guarded(entity: Entity) -> bool:
    """Whether a change of *entity* whose target state is unknown may let someone in: a lock,
    an alarm panel, or a cover that is not known to be harmless."""
    if entity.domain in _GUARDED_DOMAINS:
        return True
    return entity.domain == "cover" and cover_kind(entity) is not CoverKind.HARMLESS


# -- scenes, scripts and automations ---------------------------------------------------------

Members = dict[str, Mapping[str, Any] | None]
"""A scene's members: entity id → the state it is brought to (None: not known)."""


def _scene(entities: list[Entity], home: Home | None, depth: int) -> _Judgement:
    members: Members = {}
    for entity in entities:
        if entity.domain != "scene":
            return _Judgement(Risk.MEDIUM, unknown=True)
        members.update(scene_members(entity))
    return _members_judgement(members, home, depth)


def scene_members(entity: Entity) -> Members:
    """The members of a scene entity: Home Assistant's ``entity_id`` attribute (the ids only)
    and Hearth's snapshot convention ``entities`` (id → ``{state, attributes}``: the states
    the scene reproduces)."""
    members: Members = {}
    ids = entity.attributes.get("entity_id")
    for member in [ids] if isinstance(ids, str) else ids if isinstance(ids, list) else []:
        if isinstance(member, str):
            members[member] = None
    members.update(_members_of_param(entity.attributes.get("entities")))
    return members


def _members_of_param(value: object) -> Members:
    """``{entity_id: state}`` in any of the forms scenes use: a state ("unlocked"),
    ``{state, attributes}`` (Hearth's snapshots), or ``{state, <attribute>: ...}`` (Home
    Assistant's scene configuration and ``scene.apply``)."""
    members: Members = {}
    if not isinstance(value, Mapping):
        return members
    for member, wanted in value.items():
        if not isinstance(member, str):
            continue
        state: object = wanted.get("state") if isinstance(wanted, Mapping) else wanted
        if isinstance(state, bool):  # YAML reads a bare on/off as a boolean
            state = "on" if state else "off"
        if not isinstance(state, (str, int, float)):
            members[member] = None
            continue
        attributes: object = {}
        if isinstance(wanted, Mapping):
            attributes = wanted.get("attributes")
            if not isinstance(attributes, Mapping):
                attributes = {k: v for k, v in wanted.items() if k != "state"}
        members[member] = {"state": str(state), "attributes": attributes}
    return members


def _members_judgement(members: Members, home: Home | None, depth: int) -> _Judgement:
    """A scene by its members: each one judged as the call that brings it to its state; one
    whose state is unknown as the worst that call could be. No members: unknown effect."""
    if not members:
        return _Judgement(Risk.MEDIUM, unknown=True)
    return _most(
        (_member(_entity(home, member), wanted, home, depth) for member, wanted in members.items()),
        Risk.MEDIUM,
    )


def _member(
    entity: Entity, wanted: Mapping[str, Any] | None, home: Home | None, depth: int
) -> _Judgement:
    if wanted is None or depth >= _MAX_DEPTH:
        return _Judgement(Risk.HIGH if guarded(entity) else Risk.LOW)
    calls = reproduce(entity.domain, wanted)
    if not calls:  # a state no service call brings about ("open" lock, "triggered" alarm)
        return _Judgement(Risk.HIGH if guarded(entity) else Risk.LOW)
    return _most(
        (
            _judge(f"{entity.domain}.{name}", [entity], data, home, depth + 1)
            for name, data in calls
        ),
        Risk.LOW,
    )


def _routine(entities: list[Entity], home: Home | None) -> _Judgement:
    """A script or automation runs: at least a confirmation, and never by a standing rule
    (its effect is unknown). The PIN when it may unlock, open a way in or disarm: its name
    says so, or the entities it lists (``entity_id``, ``entities``) include a lock, an alarm
    panel or a cover that may be a way in."""
    for entity in entities:
        if _may_unlock_by_name(entity):
            return _Judgement(Risk.HIGH, unknown=True)
        for member in scene_members(entity):
            if guarded(_entity(home, member)):
                return _Judgement(Risk.HIGH, unknown=True)
    return _Judgement(Risk.MEDIUM, unknown=True)


def _generic(
    service: str, entity: Entity, params: Mapping[str, object], home: Home | None, depth: int
) -> _Judgement:
    """``homeassistant.turn_on`` (``turn_off``, ``toggle``) on *entity*, as its own domain's
    service: turning a cover on opens it."""
    if entity.domain in _GUARDED_DOMAINS:
        return _Judgement(Risk.HIGH)
    if entity.domain == "cover":
        action = {"turn_on": "cover.open_cover", "turn_off": "cover.close_cover"}.get(
            service, "cover.toggle"
        )
    else:
        action = f"{entity.domain}.{service}"
    return _judge(action, [entity], params, home, depth + 1)


# -- names -----------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class _Words:
    words: frozenset[str]
    endings: tuple[str, ...]

    def match(self, word: str) -> bool:
        return word in self.words or word.endswith(self.endings)


@functools.lru_cache(maxsize=1)
def _name_words() -> dict[str, _Words] | None:
    """The words of ``resources/safety/names.yaml`` by kind (access, unlock, open), all
    languages together; None when the file cannot be read (then every name matches)."""
    try:
        source = resources.files("resources") / "safety" / "names.yaml"
        data = load_own_yaml(source.read_text(encoding="utf-8"))
        kinds: dict[str, tuple[set[str], set[str]]] = {}
        for language in data.values():
            for kind, lists in language.items():
                words, endings = kinds.setdefault(kind, (set(), set()))
                words.update(str(w).casefold() for w in lists.get("words") or ())
                endings.update(str(w).casefold() for w in lists.get("endings") or ())
    except (OSError, yaml.YAMLError, AttributeError, TypeError) as err:
        _LOGGER.error("The safety word list cannot be read (%s): every name counts", err)
        return None
    return {k: _Words(frozenset(w), tuple(sorted(e))) for k, (w, e) in kinds.items()}


#: Cyrillic, Greek and Latin letters drawn like the Latin letters of the word lists: "Gаte"
#: with a Cyrillic "а" is read as "gate" too.
_LOOKALIKES = str.maketrans(
    "асԁеһіјкӏорԛѕухԝАВСЕНІЈКМОРЅТХУαικνορτυχγΑΒΕΖΗΙΚΜΝΟΡΤΥΧɡıȷ",
    "acdehijklopqsyxwABCEHIJKMOPSTXYaikvoptuxyABEZHIKMNOPTYXgij",
)


def _words_of(entity: Entity) -> list[str]:
    """The words of *entity*'s name, aliases and id, each also as the Latin letters it looks
    like (full-width forms and look-alike letters folded, invisible characters dropped), so
    a name cannot dress a gate up as something else; more words only ever mean more care."""
    texts = [entity.name, entity.entity_id.partition(".")[2], *entity.aliases]
    words: list[str] = []
    for text in texts:
        if not isinstance(text, str):
            continue
        words += _WORD.findall(text.casefold())
        folded = "".join(c for c in unicodedata.normalize("NFKC", text) if not _invisible(c))
        words += _WORD.findall(folded.translate(_LOOKALIKES).casefold())
    return words


def _invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def _named(entity: Entity, kind: str) -> bool:
    """Whether *entity*'s name, aliases or id has a word of *kind* (fails closed: True when
    the words cannot be read)."""
    lists = _name_words()
    if lists is None:
        return True
    words = lists.get(kind)
    return words is not None and any(words.match(w) for w in _words_of(entity))


def _may_unlock_by_name(entity: Entity) -> bool:
    """A script, automation or button named as if it unlocks, disarms or opens a way in."""
    return _named(entity, "unlock") or (_named(entity, "open") and _named(entity, "access"))


class Decision(enum.StrEnum):
    RUN = "run"
    CONFIRM = "confirm"
    PIN = "pin"
    REFUSE = "refuse"


@dataclass(frozen=True, slots=True)
class StepDecision:
    decision: Decision
    reason: str
    unknown: bool = False
    """What the step will do cannot be seen beforehand (a script, an automation, a scene whose
    members are not listed): it needs a person's look, which no standing rule gives."""
    code_for: str | None = None
    """The entity id of the alarm panel or lock whose own code the step needs
    (:mod:`app.policy.device_code`): asked for when it is approved, never run unasked."""
    code_device: str = ""
    """That device's name, as the question for its code says it."""


def codes_to_ask(
    decisions: Sequence[StepDecision], approved: Collection[int], pin_given: Collection[int]
) -> list[int]:
    """The approved steps whose device's own code is to be asked for, in order: each that
    needs one (:attr:`StepDecision.code_for`), but a PIN step whose PIN was not given (it
    does not run, so its code is not asked)."""
    return [
        index
        for index, decision in enumerate(decisions)
        if decision.code_for is not None
        and index in approved
        and (decision.decision is not Decision.PIN or index in pin_given)
    ]


def is_read_only(step: Step) -> bool:
    """Whether *step* only reads: it says so and its action is one that only reads."""
    return step.read_only and step.action in READ_ONLY_ACTIONS


def decide(
    step: Step,
    *,
    role: Role = OWNER,
    home: Home | None = None,
    pin_actions: Collection[str] = (),
) -> StepDecision:
    """What must happen before *step* runs for a person in *role*.

    Nothing the step carries is trusted: the risk is recomputed with :func:`classify` (and
    never lowered below what the step claims), and "read-only" holds only for actions that
    only read. A role that may not touch the domain, area or action, or not up to the risk,
    is refused with the reason. Otherwise read-only steps run, low risk runs when the person
    approves the plan, medium risk needs a confirmation and high risk (and the owner's
    *pin_actions*) the PIN, which ``--yes`` never gives. Any error refuses.
    """
    try:
        return _decide(step, role, home, frozenset(pin_actions))
    except Exception:  # fail closed: a bug here must never let a step through
        _LOGGER.exception("Policy error for %s; refusing", step.action)
        return StepDecision(Decision.REFUSE, "the safety check failed")


def _decide(step: Step, role: Role, home: Home | None, pin_actions: frozenset[str]) -> StepDecision:
    if not isinstance(step.action, str) or "." not in step.action:
        return StepDecision(Decision.REFUSE, "not a known kind of action")
    if not isinstance(step.params, Mapping) or _TARGET_KEYS.intersection(step.params):
        return StepDecision(Decision.REFUSE, "its targets are hidden in its parameters")
    targets = list(step.targets)
    domain, _, service = step.action.partition(".")
    if domain == "script" and service not in _SCRIPT_SERVICES:
        targets.append(step.action)  # script.<name> runs the script entity script.<name>
    if home is not None:
        unseen = _unseen_target(home, targets)
        if unseen is not None:
            return StepDecision(Decision.REFUSE, unseen)
    entities = [_entity(home, target) for target in targets]
    refusal = _role_refusal(step, role, home, entities)
    if refusal is not None:
        return StepDecision(Decision.REFUSE, refusal)
    if is_read_only(step):
        return StepDecision(Decision.RUN, "read-only")
    judgement = _judge(step.action, [_entity(home, t) for t in step.targets], step.params, home, 0)
    claimed = step.risk if isinstance(step.risk, Risk) else Risk.HIGH
    risk = max(judgement.risk, claimed, key=lambda r: r.rank)
    if step.action in pin_actions:
        risk = Risk.HIGH
    if risk.rank > role.highest_risk.rank:
        return StepDecision(Decision.REFUSE, f"the {role.name} profile can't {_words(step.action)}")
    code_for = needs_device_code(step, home)
    if code_for is not None:
        # The device's own code is typed when the step is approved: at least a confirmation,
        # and a high-risk step keeps the PIN too (Hearth's PIN first, then the code).
        name = device_name(code_for, home)
        if risk is Risk.HIGH:
            return StepDecision(
                Decision.PIN, "security-sensitive action", judgement.unknown, code_for, name
            )
        return StepDecision(
            Decision.CONFIRM, f"needs {name}'s code", judgement.unknown, code_for, name
        )
    if risk is Risk.HIGH:
        return StepDecision(Decision.PIN, "security-sensitive action", judgement.unknown)
    if judgement.unknown:
        return StepDecision(Decision.CONFIRM, "what it will do is not known", unknown=True)
    if risk is Risk.MEDIUM:
        return StepDecision(Decision.CONFIRM, "needs confirmation")
    return StepDecision(Decision.RUN, "low risk")


def _unseen_target(home: Home, targets: list[str]) -> str | None:
    """Why a target may not be used: not in this home, or hidden from Hearth. Whatever made
    the step (a planner, a language model, a hand-written batch), it only reaches devices the
    person exposed."""
    for target in targets:
        if not isinstance(target, str):
            return "a target is not an entity id"
        entity = home.get(target)
        if entity is None:
            return f"{target} is not a device in this home"
        if not entity.exposed:
            return f"Hearth is not allowed to use {entity.name}"
    return None


def _entity(home: Home | None, entity_id: str) -> Entity:
    """The target as the home knows it; unknown targets have no device class (never a
    harmless one), so opening them is judged as opening a way in might be."""
    entity = home.get(entity_id) if home is not None else None
    return entity if entity is not None else Entity(entity_id=entity_id, name=entity_id)


def _role_refusal(step: Step, role: Role, home: Home | None, entities: list[Entity]) -> str | None:
    if step.action in role.denied_actions:
        return f"the {role.name} profile can't {_words(step.action)}"
    domains = {e.domain for e in entities}
    if step.action in ("scene.turn_on", "scene.apply"):
        # A scene reaches its members: a profile that may not touch locks may not have a
        # scene unlock one either.
        members = _members_of_param(step.params.get("entities"))
        for entity in entities:
            members.update(scene_members(entity))
        domains.update(member.partition(".")[0] for member in members)
    for entity in entities:  # a group reaches its members' domains
        domains.update(member.partition(".")[0] for member in group_members(entity))
    if step.domain not in _HEARTH_DOMAINS:
        domains.add(step.domain)
    if role.domains is not None:
        for domain in sorted(domains - role.domains):
            return f"the {role.name} profile can't use {_DOMAIN_WORDS.get(domain, domain)}"
    if role.areas is not None and entities:
        if home is None:
            return f"the {role.name} profile is limited to some rooms, and the home is unknown"
        reached = [*entities, *(_entity(home, m) for e in entities for m in group_members(e))]
        for entity in reached:  # a group's members are used too, wherever they are
            if entity.area not in role.areas:
                return f"the {role.name} profile can't use {entity.name}"
    return None


def _words(action: str) -> str:
    return _ACTION_WORDS.get(action, f"use {action}")


def plan_decisions(
    plan: Plan,
    *,
    role: Role = OWNER,
    home: Home | None = None,
    pin_actions: Collection[str] = (),
) -> list[StepDecision]:
    return [decide(s, role=role, home=home, pin_actions=pin_actions) for s in plan.steps]


# -- may this plan run with nobody asked? ----------------------------------------------------


class Trigger(enum.StrEnum):
    """What would start a plan without a person answering a question about it."""

    SHOWN = "shown"
    """The window shows the plan, auto-run off: only what only reads starts at once."""
    AUTO_RUN = "auto-run"
    """The window shows the plan with "Run low-risk commands without asking" on."""
    TRAY = "tray"
    """A quick command clicked in the tray, or a command from ``hearth send``."""
    UNDO = "undo"
    """The Undo button: the click approves what an undo may do with nobody asked."""
    YES = "yes"
    """``hearth do --yes`` and ``hearth undo --yes``: approval given before the plan was seen."""
    CONTROL = "control"
    """A control in the Home view (a light's switch, a blind's slider): the click approves the
    one low-risk change it names; anything more waits in the Assistant."""


_UNSURE = "it was understood loosely or from corrected words"


def unasked_verdicts(
    plan: Plan, decisions: Sequence[StepDecision], *, trigger: Trigger
) -> list[str | None]:
    """For each step of *plan*: None when *trigger* may start it with nobody asked, else why
    a person must answer first (in words, for the message that says why it did not run).

    The one rule for every caller that runs a plan unseen (the window's auto-run, the tray,
    undo, the Home view's controls, ``--yes``). *decisions* are the policy's for each step
    (:func:`plan_decisions` with the active profile and the home: what the executor will
    enforce). Whatever the trigger: a step the policy refuses, that needs the PIN or that
    needs the device's own code never starts unasked; a plan read loosely or from corrected
    words changes nothing unasked; a step that only reads starts at once. Then ``--yes``
    stands for a confirmation of known effect (low and medium risk); the tray, auto-run,
    undo and a Home view control only for low risk, in a plan Hearth itself made (its local
    planner, a control, an undo: never a language model's). Fails closed: any error, or
    decisions that do not match the steps, asks for every step."""
    try:
        return _verdicts(plan, list(decisions), Trigger(trigger))
    except Exception:  # fail closed: a bug here must never let a step run unasked
        _LOGGER.exception("The approval rule failed; asking for every step")
        steps = getattr(plan, "steps", None)
        return ["the safety check failed"] * (len(steps) if isinstance(steps, list) else 0)


def runs_unasked(plan: Plan, decisions: Sequence[StepDecision], *, trigger: Trigger) -> bool:
    """Whether *trigger* may run all of *plan* with nobody asked (see :func:`unasked_verdicts`);
    a plan with nothing to run never does."""
    if plan.error is not None or not plan.steps:
        return False
    verdicts = unasked_verdicts(plan, decisions, trigger=trigger)
    return len(verdicts) == len(plan.steps) and all(v is None for v in verdicts)


def _verdicts(plan: Plan, decisions: list[StepDecision], trigger: Trigger) -> list[str | None]:
    if len(decisions) != len(plan.steps):
        return ["the safety check failed"] * len(plan.steps)
    if plan.error is not None:
        return ["nothing was planned"] * len(plan.steps)
    return [_verdict(plan, step, d, trigger) for step, d in zip(plan.steps, decisions, strict=True)]


def _verdict(plan: Plan, step: Step, decision: StepDecision, trigger: Trigger) -> str | None:
    if not isinstance(decision, StepDecision):
        return "the safety check failed"
    if decision.decision is Decision.REFUSE:
        return f"refused: {decision.reason}"
    if decision.decision is Decision.PIN:
        return "it is security-sensitive and needs the PIN"
    if decision.code_for is not None:
        return f"{decision.code_device or decision.code_for} needs its code"
    if decision.decision is Decision.RUN and is_read_only(step):
        return None
    if plan.corrected or plan.loose:
        return _UNSURE
    if decision.unknown:
        return "what it will do is not known beforehand"
    if trigger is Trigger.YES:
        return None if decision.decision in (Decision.RUN, Decision.CONFIRM) else "needs you"
    if trigger is Trigger.SHOWN:
        return "it waits for your approval"
    if plan.planner is not PlannerName.LOCAL:
        return "the language model planned it"
    if decision.decision is not Decision.RUN:
        return "it needs your confirmation"
    return None
