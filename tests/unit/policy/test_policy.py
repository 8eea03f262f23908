"""The policy judges a step by what it will do: a scene by its members, a script or an
automation as unknown, a cover by its class whatever the case, or by its name without one;
and one rule says which plans may run with nobody asked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.core.home import Entity, Home
from app.core.plan import Plan, PlannerName, Risk, Step
from app.policy import risk as policy
from app.policy.roles import Role
from app.understanding import Planner
from tests.helpers.small_homes import core_entity

Decision = policy.Decision
Trigger = policy.Trigger

#: "Welcome Home": unlocks the front door, opens the garage and disarms the alarm.
WELCOME_HOME: dict[str, Any] = {
    "entity_id": "scene.welcome_home",
    "name": "Welcome Home",
    "state": "unknown",
    "attributes": {
        "entity_id": [
            "light.hallway",
            "lock.front_door",
            "cover.garage_door",
            "alarm_control_panel.home_alarm",
        ],
        "entities": {
            "light.hallway": {"state": "on", "attributes": {"brightness": 200}},
            "lock.front_door": {"state": "unlocked"},
            "cover.garage_door": {"state": "open"},
            "alarm_control_panel.home_alarm": {"state": "disarmed"},
        },
        "friendly_name": "Welcome Home",
    },
}


def _entity(entity_id: str, name: str, /, **attributes: Any) -> Entity:
    """A closed cover (or group) in no room."""
    return core_entity(entity_id, name, None, "closed", **attributes)


@pytest.fixture
def home(demo_path: Path) -> Home:
    home = Home.load(demo_path)
    home.entities["scene.welcome_home"] = Home.from_dict({"entities": [WELCOME_HOME]}).entities[
        "scene.welcome_home"
    ]
    return home


def _scene(home: Home, entity_id: str, /, **attributes: Any) -> Step:
    home.entities[entity_id] = core_entity(entity_id, entity_id, **attributes)
    return Step("scene.turn_on", [entity_id], risk=Risk.MEDIUM)


def decide(step: Step, home: Home, **kwargs: Any) -> policy.StepDecision:
    return policy.decide(step, home=home, **kwargs)


# -- scenes ----------------------------------------------------------------------------------


def test_a_scene_that_unlocks_opens_and_disarms_needs_the_pin(home: Home) -> None:
    step = Step("scene.turn_on", ["scene.welcome_home"], risk=Risk.MEDIUM)
    assert decide(step, home).decision is Decision.PIN
    scene = home.entities["scene.welcome_home"]
    assert policy.classify("scene.turn_on", [scene], {}, home=home) is Risk.HIGH
    assert policy.classify("scene.turn_on", [scene], {}) is Risk.HIGH  # from the ids alone


@pytest.mark.parametrize(
    ("member", "state", "expected"),
    [
        ("lock.front_door", "unlocked", Decision.PIN),
        ("lock.front_door", "open", Decision.PIN),  # no service call reproduces it: unknown
        ("lock.front_door", "locked", Decision.CONFIRM),
        ("cover.garage_door", "open", Decision.PIN),
        ("cover.garage_door", "closed", Decision.CONFIRM),
        ("cover.living_room_blinds", "open", Decision.CONFIRM),
        ("alarm_control_panel.home_alarm", "disarmed", Decision.PIN),
        ("alarm_control_panel.home_alarm", "triggered", Decision.PIN),
        ("alarm_control_panel.home_alarm", "armed_away", Decision.CONFIRM),
        ("light.hallway", "on", Decision.CONFIRM),
    ],
)
def test_each_member_is_judged_as_the_call_that_reproduces_it(
    home: Home, member: str, state: str, expected: Decision
) -> None:
    step = _scene(home, "scene.one", entities={member: {"state": state}})
    decision = decide(step, home)
    assert decision.decision is expected
    assert not decision.unknown


def test_a_garage_opened_to_a_position_needs_the_pin_and_closed_to_zero_does_not(
    home: Home,
) -> None:
    opened = {"state": "open", "attributes": {"current_position": 60}}
    closed = {"state": "closed", "attributes": {"current_position": 0}}
    assert decide(
        _scene(home, "scene.a", entities={"cover.garage_door": opened}), home
    ).decision is (Decision.PIN)
    assert decide(
        _scene(home, "scene.b", entities={"cover.garage_door": closed}), home
    ).decision is (Decision.CONFIRM)


def test_home_assistants_scene_config_form_is_read_too(home: Home) -> None:
    # Home Assistant's own form: a bare state, or the attributes beside the state.
    bare = _scene(home, "scene.a", entities={"lock.front_door": "unlocked"})
    flat = _scene(home, "scene.b", entities={"cover.garage_door": {"state": "open", "x": 1}})
    assert decide(bare, home).decision is Decision.PIN
    assert decide(flat, home).decision is Decision.PIN


@pytest.mark.parametrize(
    "member",
    ["lock.front_door", "alarm_control_panel.home_alarm", "cover.garage_door", "cover.mystery"],
)
def test_members_without_states_that_may_let_someone_in_need_the_pin(
    home: Home, member: str
) -> None:
    # What Home Assistant reports: the members' ids only.
    home.entities.setdefault("cover.mystery", _entity("cover.mystery", "Mystery"))
    step = _scene(home, "scene.ha", entity_id=["light.hallway", member])
    assert decide(step, home).decision is Decision.PIN


def test_a_scene_of_lights_and_blinds_stays_a_confirmation(home: Home) -> None:
    movie = Step("scene.turn_on", ["scene.movie_night"], risk=Risk.MEDIUM)
    decision = decide(movie, home)
    assert decision.decision is Decision.CONFIRM and not decision.unknown
    ids_only = _scene(home, "scene.ha", entity_id=["light.hallway", "cover.living_room_blinds"])
    assert decide(ids_only, home).decision is Decision.CONFIRM


def test_a_scene_with_no_members_listed_has_an_unknown_effect(home: Home) -> None:
    decision = decide(_scene(home, "scene.hue", group_name="Lounge"), home)
    assert decision.decision is Decision.CONFIRM and decision.unknown


def test_scene_apply_is_judged_by_its_entities(home: Home) -> None:
    unlock = Step("scene.apply", [], {"entities": {"lock.front_door": "unlocked"}})
    lights = Step("scene.apply", [], {"entities": {"light.hallway": {"state": "on"}}})
    assert decide(unlock, home).decision is Decision.PIN
    assert decide(lights, home).decision is Decision.CONFIRM


def test_a_profile_without_locks_may_not_have_a_scene_unlock_one(home: Home) -> None:
    lights_and_scenes = Role("helper", domains=frozenset({"light", "scene"}))
    step = Step("scene.turn_on", ["scene.welcome_home"], risk=Risk.MEDIUM)
    decision = decide(step, home, role=lights_and_scenes)
    assert decision.decision is Decision.REFUSE
    assert "locks" in decision.reason or "alarm" in decision.reason or "covers" in decision.reason


def test_the_local_planner_shows_the_scene_as_high_risk(home: Home) -> None:
    plan = Planner(home, "en").plan("activate welcome home")
    (step,) = plan.steps
    assert step.action == "scene.turn_on" and step.targets == ["scene.welcome_home"]
    assert step.risk is Risk.HIGH and plan.needs_confirmation


# -- scripts, automations, buttons -----------------------------------------------------------


def test_a_script_or_automation_has_an_unknown_effect(home: Home) -> None:
    home.entities["automation.porch"] = _entity("automation.porch", "Porch lights at dusk")
    for step in (
        Step("script.turn_on", ["script.leaving_home"], risk=Risk.MEDIUM),
        Step("script.leaving_home", [], risk=Risk.LOW),  # the script's own service
        Step("automation.trigger", ["automation.porch"], risk=Risk.LOW),
        Step("automation.turn_on", ["automation.porch"], risk=Risk.LOW),
    ):
        decision = decide(step, home)
        assert decision.decision is Decision.CONFIRM and decision.unknown, step.action


def test_a_script_named_or_listed_as_unlocking_needs_the_pin(home: Home) -> None:
    home.entities["script.cleaner"] = _entity("script.cleaner", "Unlock for the cleaner")
    home.entities["script.arrive"] = _entity("script.arrive", "Open the garage")
    home.entities["script.evening"] = _entity(
        "script.evening", "Evening", entity_id=["light.hallway", "lock.back_door"]
    )
    home.entities["automation.tor"] = _entity("automation.tor", "Gartentor öffnen")
    for step in (
        Step("script.turn_on", ["script.cleaner"]),
        Step("script.arrive", []),
        Step("script.turn_on", ["script.evening"]),
        Step("automation.trigger", ["automation.tor"]),
    ):
        assert decide(step, home).decision is Decision.PIN, step


def test_a_script_the_home_does_not_have_or_hides_is_refused(home: Home) -> None:
    assert decide(Step("script.nowhere", []), home).decision is Decision.REFUSE
    home.entities["script.leaving_home"].exposed = False
    assert decide(Step("script.leaving_home", []), home).decision is Decision.REFUSE


def test_a_button_that_opens_the_gate_needs_the_pin(home: Home) -> None:
    home.entities["button.gate"] = _entity("button.gate", "Open gate")
    assert decide(Step("button.press", ["button.gate"]), home).decision is Decision.PIN
    chime = Step("button.press", ["button.doorbell_chime"], risk=Risk.MEDIUM)
    assert decide(chime, home).decision is Decision.CONFIRM
    # A button named after a way in, with no opening word, works it all the same.
    home.entities["button.garage"] = _entity("button.garage", "Garage Door")
    home.entities["input_button.side"] = _entity("input_button.side", "Side Gate")
    assert decide(Step("button.press", ["button.garage"]), home).decision is Decision.PIN
    assert decide(Step("input_button.press", ["input_button.side"]), home).decision is Decision.PIN


@pytest.mark.parametrize("service", ["turn_on", "turn_off", "toggle"])
def test_a_switch_named_as_opening_or_disarming_needs_the_pin(home: Home, service: str) -> None:
    # A relay that opens the garage, a flag an automation disarms the alarm on.
    home.entities["switch.garage_relay"] = _entity("switch.garage_relay", "Garage Door Opener")
    home.entities["input_boolean.disarm"] = _entity("input_boolean.disarm", "Alarm disarm")
    for target in ("switch.garage_relay", "input_boolean.disarm"):
        step = Step(f"{target.partition('.')[0]}.{service}", [target])
        assert decide(step, home).decision is Decision.PIN, step
    # A switch whose name says nothing of the kind stays low risk.
    coffee = Step(f"switch.{service}", ["switch.coffee_machine"])
    assert decide(coffee, home).decision is not Decision.PIN


def test_targets_hidden_in_the_parameters_are_refused(home: Home) -> None:
    hidden = Step("scene.turn_on", [], {"entity_id": "scene.welcome_home"}, risk=Risk.MEDIUM)
    assert decide(hidden, home).decision is Decision.REFUSE


def test_homeassistant_turn_on_is_judged_as_the_targets_own_service(home: Home) -> None:
    garage = Step("homeassistant.turn_on", ["cover.garage_door"], risk=Risk.MEDIUM)
    lock = Step("homeassistant.toggle", ["lock.front_door"], risk=Risk.MEDIUM)
    assert decide(garage, home).decision is Decision.PIN
    assert decide(lock, home).decision is Decision.PIN


# -- covers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entity", "risk"),
    [
        (_entity("cover.a", "Garage", device_class="Garage"), Risk.HIGH),
        (_entity("cover.b", "B", device_class=" GATE "), Risk.HIGH),
        (_entity("cover.side_gate", "Side Gate"), Risk.HIGH),
        (_entity("cover.c", "Front Doors"), Risk.HIGH),
        (_entity("cover.d", "Gartentor"), Risk.HIGH),
        (_entity("cover.e", "Haustür"), Risk.HIGH),
        (_entity("cover.f", "Portail"), Risk.HIGH),
        (_entity("cover.screen", "Projector Screen"), Risk.MEDIUM),
        (_entity("cover.motor", "Motor"), Risk.MEDIUM),
        (_entity("cover.h", "Doorbell Cam Shield"), Risk.MEDIUM),
        (_entity("cover.i", "Garage blind", device_class="blind"), Risk.LOW),
        (_entity("cover.j", "Kitchen", device_class="Shutter"), Risk.LOW),
        (_entity("cover.k", "Kitchen", device_class="sliding thing"), Risk.MEDIUM),
    ],
)
def test_opening_a_cover(entity: Entity, risk: Risk) -> None:
    assert policy.classify("cover.open_cover", [entity], {}) is risk
    assert policy.classify("cover.set_cover_position", [entity], {"position": 0}) is Risk.LOW


@pytest.mark.parametrize(
    "name",
    ["Side G\u0430te", "Side \uff27\uff41\uff54\uff45", "Side Ga\u200bte", "Front D\u043e\u043er"],
)
def test_a_name_dressed_up_with_look_alike_letters_is_still_a_gate(name: str) -> None:
    # A Cyrillic "а", full-width letters, a zero-width space, Cyrillic "о"s in "Door".
    entity = _entity("cover.side", name)
    assert policy.classify("cover.open_cover", [entity], {}) is Risk.HIGH


def test_a_group_is_judged_by_its_members_too(home: Home) -> None:
    # A cover group helper (no device class, an innocent name) holding the garage door, and
    # an old-style group holding the front door lock: the call reaches them through it.
    home.entities["cover.front_of_house"] = _entity(
        "cover.front_of_house",
        "Front of House",
        entity_id=["cover.living_room_blinds", "cover.garage_door"],
    )
    home.entities["group.everything"] = _entity(
        "group.everything", "Everything", entity_id=["light.sofa_lamp", "lock.front_door"]
    )
    home.entities["cover.all_blinds"] = _entity(
        "cover.all_blinds", "All Blinds", entity_id=["cover.living_room_blinds"]
    )
    for step in (
        Step("cover.open_cover", ["cover.front_of_house"], risk=Risk.MEDIUM),
        Step("cover.set_cover_position", ["cover.front_of_house"], {"position": 80}),
        Step("cover.open_cover", ["group.everything"], risk=Risk.MEDIUM),
        Step("homeassistant.turn_on", ["group.everything"], risk=Risk.MEDIUM),
    ):
        assert decide(step, home).decision is Decision.PIN, step
    closing = Step("cover.close_cover", ["cover.front_of_house"])
    assert decide(closing, home).decision is Decision.RUN
    # A group of harmless members stays what it was.
    blinds = Step("cover.open_cover", ["cover.all_blinds"], risk=Risk.MEDIUM)
    assert decide(blinds, home).decision is Decision.CONFIRM
    # A profile that may not touch locks may not reach one through a group either.
    no_locks = Role(name="guest", domains=frozenset({"group", "homeassistant", "light"}))
    refused = decide(Step("homeassistant.turn_on", ["group.everything"]), home, role=no_locks)
    assert refused.decision is Decision.REFUSE and "locks" in refused.reason
    # Nor one limited to rooms reach a device elsewhere through a group in its room.
    home.entities["light.downstairs"] = core_entity(
        "light.downstairs",
        "Downstairs",
        "living_room",
        entity_id=["light.sofa_lamp", "light.kitchen_ceiling"],
    )
    lounge = Role(name="adult", areas=frozenset({"living_room"}))
    assert home.entities["light.kitchen_ceiling"].area == "kitchen"
    elsewhere = decide(Step("light.turn_on", ["light.downstairs"]), home, role=lounge)
    assert elsewhere.decision is Decision.REFUSE, elsewhere
    alone = decide(Step("light.turn_on", ["light.sofa_lamp"]), home, role=lounge)
    assert alone.decision is Decision.RUN, alone


def test_aliases_count_too() -> None:
    entity = core_entity("cover.x", "Cover X", aliases=["back gate"])
    assert policy.classify("cover.open_cover", [entity], {}) is Risk.HIGH


def test_the_name_words_are_data_in_every_language_of_the_file() -> None:
    from importlib import resources

    import yaml

    source = resources.files("resources") / "safety" / "names.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    assert "en" in data
    for language, kinds in data.items():
        assert set(kinds) == {"access", "unlock", "open"}, language
        for kind, lists in kinds.items():
            for word in [*lists.get("words", []), *lists.get("endings", [])]:
                # One word each, as names are split: lower-case letters and digits only.
                assert word == word.lower() and word.isalnum(), (language, kind, word)


# -- the one rule: may this plan run with nobody asked? --------------------------------------


def _plan(
    *steps: Step,
    planner: PlannerName = PlannerName.LOCAL,
    loose: bool = False,
    corrected: bool = False,
) -> Plan:
    return Plan(text="x", planner=planner, steps=list(steps), loose=loose, corrected=corrected)


LAMP = Step("light.turn_on", ["light.desk_lamp"])
QUESTION = Step("state.get", ["light.desk_lamp"], read_only=True)
MOVIE = Step("scene.turn_on", ["scene.movie_night"], risk=Risk.MEDIUM)
SCRIPT = Step("script.turn_on", ["script.leaving_home"], risk=Risk.MEDIUM)
UNLOCK = Step("lock.unlock", ["lock.front_door"], risk=Risk.HIGH)
WELCOME = Step("scene.turn_on", ["scene.welcome_home"], risk=Risk.MEDIUM)

ALL = tuple(Trigger)
UNSEEN = (Trigger.AUTO_RUN, Trigger.TRAY, Trigger.UNDO, Trigger.CONTROL)


@pytest.mark.parametrize(
    ("steps", "flags", "runs"),
    [
        ((QUESTION,), {}, ALL),
        ((LAMP,), {}, (*UNSEEN, Trigger.YES)),
        ((LAMP, QUESTION), {}, (*UNSEEN, Trigger.YES)),
        ((MOVIE,), {}, (Trigger.YES,)),
        ((LAMP, MOVIE), {}, (Trigger.YES,)),
        ((SCRIPT,), {}, ()),
        ((WELCOME,), {}, ()),
        ((UNLOCK,), {}, ()),
        ((LAMP, UNLOCK), {}, ()),
        ((LAMP,), {"loose": True}, ()),
        ((LAMP,), {"corrected": True}, ()),
        ((QUESTION,), {"corrected": True}, ALL),
    ],
)
def test_the_rule_for_each_trigger(
    home: Home, steps: tuple[Step, ...], flags: dict[str, bool], runs: tuple[Trigger, ...]
) -> None:
    plan = _plan(*steps, loose=flags.get("loose", False), corrected=flags.get("corrected", False))
    decisions = policy.plan_decisions(plan, home=home)
    for trigger in Trigger:
        assert policy.runs_unasked(plan, decisions, trigger=trigger) is (trigger in runs), trigger


def test_a_language_models_plan_never_runs_unseen_but_yes_may(home: Home) -> None:
    plan = _plan(LAMP, planner=PlannerName.LLM)
    decisions = policy.plan_decisions(plan, home=home)
    assert [t for t in Trigger if policy.runs_unasked(plan, decisions, trigger=t)] == [Trigger.YES]


def test_a_refused_step_never_runs_unasked(home: Home) -> None:
    child = Role("child", domains=frozenset({"light"}), highest_risk=Risk.LOW)
    plan = _plan(LAMP, Step("switch.turn_on", ["switch.coffee_machine"]))
    decisions = policy.plan_decisions(plan, home=home, role=child)
    verdicts = policy.unasked_verdicts(plan, decisions, trigger=Trigger.TRAY)
    assert verdicts[0] is None and verdicts[1] is not None and "refused" in verdicts[1]
    assert not policy.runs_unasked(plan, decisions, trigger=Trigger.TRAY)


def test_the_rule_fails_closed(home: Home) -> None:
    plan = _plan(LAMP, LAMP)
    decisions = policy.plan_decisions(plan, home=home)
    assert not policy.runs_unasked(plan, decisions[:1], trigger=Trigger.YES)  # do not match
    assert not policy.runs_unasked(plan, [None, None], trigger=Trigger.YES)  # type: ignore[list-item]
    assert not policy.runs_unasked(_plan(), [], trigger=Trigger.YES)  # nothing to run
    broken = _plan(LAMP)
    broken.steps = None  # type: ignore[assignment]
    assert policy.unasked_verdicts(broken, [], trigger=Trigger.YES) == []
    assert not policy.runs_unasked(broken, [], trigger=Trigger.YES)


def test_the_verdicts_say_why_in_words(home: Home) -> None:
    plan = _plan(LAMP, MOVIE, SCRIPT, UNLOCK)
    decisions = policy.plan_decisions(plan, home=home)
    assert policy.unasked_verdicts(plan, decisions, trigger=Trigger.YES) == [
        None,
        None,
        "what it will do is not known beforehand",
        "it is security-sensitive and needs the PIN",
    ]
