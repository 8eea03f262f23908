"""Roles and the policy engine: who may do what, and nothing a step claims changes it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.config.settings import ROLE_NAMES, Settings
from app.core.errors import ConfigError
from app.core.home import Home
from app.core.plan import Plan, Risk, Step
from app.core.results import Approval, StepStatus
from app.execution.executor import Executor
from app.policy import risk as policy
from app.policy.roles import DEFAULT_ROLES, OWNER, most_restrictive, role_named
from app.policy.safety import active_role
from integrations.virtual_home import VirtualHome

CHILD = DEFAULT_ROLES["child"]
GUEST = DEFAULT_ROLES["guest"]
ADULT = DEFAULT_ROLES["adult"]


@pytest.fixture
def home(demo_path: Path) -> Home:
    return Home.load(demo_path)


def step(action: str, target: str, risk: Risk = Risk.LOW, **params: object) -> Step:
    return Step(action=action, targets=[target], params=dict(params), risk=risk, summary=action)


UNLOCK = ("lock.unlock", "lock.front_door")
DISARM = ("alarm_control_panel.alarm_disarm", "alarm_control_panel.home_alarm")
GARAGE = ("cover.open_cover", "cover.garage_door")


@pytest.mark.parametrize(
    "action_target", [UNLOCK, DISARM, GARAGE], ids=["unlock", "disarm", "garage"]
)
def test_child_is_refused_security_actions(action_target: tuple[str, str], home: Home) -> None:
    decision = policy.decide(step(*action_target), role=CHILD, home=home)
    assert decision.decision is policy.Decision.REFUSE
    assert decision.reason.startswith("the child profile can't")


def test_refusal_says_why_in_words(home: Home) -> None:
    child_unlock = policy.decide(step(*UNLOCK, risk=Risk.HIGH), role=role_named("child"), home=home)
    assert child_unlock.reason == "the child profile can't use locks"
    no_domain_limit = DEFAULT_ROLES["child"].__class__("child", highest_risk=Risk.LOW)
    assert policy.decide(step(*UNLOCK), role=no_domain_limit, home=home).reason == (
        "the child profile can't unlock doors"
    )


@pytest.mark.parametrize("action_target", [UNLOCK, ("lock.lock", "lock.back_door"), DISARM, GARAGE])
def test_guest_is_refused_locks_alarm_and_garage(
    action_target: tuple[str, str], home: Home
) -> None:
    assert policy.decide(step(*action_target), role=GUEST, home=home).decision is (
        policy.Decision.REFUSE
    )


def test_guest_may_use_lights_and_a_comfortable_temperature(home: Home) -> None:
    light = step("light.turn_on", "light.sofa_lamp")
    warm = step("climate.set_temperature", "climate.living_room", temperature=21)
    hot = step("climate.set_temperature", "climate.living_room", temperature=30)
    assert policy.decide(light, role=GUEST, home=home).decision is policy.Decision.RUN
    assert policy.decide(warm, role=GUEST, home=home).decision is policy.Decision.RUN
    assert policy.decide(hot, role=GUEST, home=home).decision is policy.Decision.REFUSE


@pytest.mark.parametrize("role", [OWNER, ADULT], ids=["owner", "adult"])
def test_owner_and_adult_need_the_pin_for_security_actions(role: object, home: Home) -> None:
    for action_target in (UNLOCK, DISARM, GARAGE):
        decision = policy.decide(step(*action_target), role=role, home=home)  # type: ignore[arg-type]
        assert decision.decision is policy.Decision.PIN


def test_a_hand_built_step_cannot_lower_its_risk(home: Home) -> None:
    """A planner or model that says "low" for an unlock changes nothing."""
    forged = step(*UNLOCK, risk=Risk.LOW)
    assert policy.decide(forged).decision is policy.Decision.PIN
    assert policy.decide(forged, role=OWNER, home=home).decision is policy.Decision.PIN
    no_domain_limit = DEFAULT_ROLES["child"].__class__("child", highest_risk=Risk.LOW)
    assert policy.decide(forged, role=no_domain_limit).decision is policy.Decision.REFUSE
    garage = step(*GARAGE, risk=Risk.LOW)
    assert policy.decide(garage, home=home).decision is policy.Decision.PIN
    # Without the home the device class is unknown: never judged harmless.
    assert policy.decide(garage).decision is not policy.Decision.RUN


def test_a_step_claiming_read_only_is_judged_by_its_action(home: Home) -> None:
    forged = step(*UNLOCK)
    forged.read_only = True
    assert not policy.is_read_only(forged)
    assert policy.decide(forged, home=home).decision is policy.Decision.PIN
    assert policy.decide(forged, role=CHILD, home=home).decision is policy.Decision.REFUSE


def test_read_only_runs_unless_the_role_cannot_see_the_domain(home: Home) -> None:
    query = Step(action="state.get", targets=["lock.front_door"], read_only=True)
    assert policy.decide(query, home=home).decision is policy.Decision.RUN
    assert policy.decide(query, role=CHILD, home=home).decision is policy.Decision.REFUSE


def test_configured_pin_actions_and_areas(home: Home) -> None:
    scene = step("light.turn_on", "light.sofa_lamp")
    decision = policy.decide(scene, home=home, pin_actions=["light.turn_on"])
    assert decision.decision is policy.Decision.PIN
    settings = Settings.from_dict(
        {"safety": {"profile": "child", "roles": {"child": {"areas": ["kids_room"]}}}}
    )
    child = active_role(settings.safety)
    assert child.areas == frozenset({"kids_room"})
    kids = step("light.turn_on", "light.kids_room")
    assert policy.decide(kids, role=child, home=home).decision is policy.Decision.RUN
    assert policy.decide(scene, role=child, home=home).decision is policy.Decision.REFUSE
    # Area limits with no home to look the areas up in: refused.
    assert policy.decide(kids, role=child).decision is policy.Decision.REFUSE


@pytest.mark.parametrize(
    "safety",
    [
        {"profile": "admin"},
        {"pin_actions": "lock.unlock"},
        {"roles": {"child": {"highest_risk": "extreme"}}},
        {"roles": {"robot": {}}},
        {"roles": {"child": {"domains": "light"}}},
        {"colour": 1},
    ],
)
def test_bad_safety_settings_are_config_errors(safety: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        Settings.from_dict({"safety": safety})


def test_safety_settings_round_trip() -> None:
    settings = Settings.from_dict(
        {
            "safety": {
                "profile": "guest",
                "pin_actions": ["cover.open_cover"],
                "roles": {"guest": {"highest_risk": "medium"}},
            }
        }
    )
    settings.save()
    assert Settings.load() == settings
    assert active_role(Settings.load().safety).highest_risk is Risk.MEDIUM


def test_policy_errors_fail_closed() -> None:
    broken = Step(action="light.turn_on", targets=["light.x"], params=None)  # type: ignore[arg-type]
    assert policy.decide(broken).decision is policy.Decision.REFUSE


def test_executor_refuses_what_the_role_may_not_do(home: Home) -> None:
    virtual = VirtualHome(home)
    executor = Executor(virtual, role=CHILD, home=home)
    plan = Plan(text="unlock", steps=[step(*UNLOCK, risk=Risk.LOW)])
    approval = Approval.all_of(plan, by="test", confirm_high_risk=True)
    (result,) = asyncio.run(executor.run(plan, approval))
    assert result.status is StepStatus.SKIPPED
    assert result.reason == "the child profile can't use locks"
    assert home.entities["lock.front_door"].state == "locked"


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({}, "guest"),  # low risk like child, and fewer kinds of device
        ({"guest": {"highest_risk": "medium"}}, "child"),
        ({"child": {"domains": ["light"]}}, "child"),
        ({"child": {"domains": ["light", "fan", "todo"], "areas": ["kids_room"]}}, "child"),
        ({"guest": {"highest_risk": "high"}, "child": {"highest_risk": "high"}}, "guest"),
    ],
)
def test_the_most_restrictive_profile_with_the_overrides(
    overrides: dict[str, object], expected: str
) -> None:
    """What a session falls back to when the profile kept with the PIN cannot be trusted:
    the lowest highest risk, then the fewest devices, then the fewest areas; never owner."""
    settings = Settings.from_dict({"safety": {"roles": overrides}})
    role = most_restrictive(settings.safety)
    assert role.name == expected
    assert role == role_named(expected, settings.safety)


def test_every_role_the_settings_name_has_defaults_in_their_order() -> None:
    """The settings file names the roles (app.config.settings.ROLE_NAMES) without importing
    the policy: each name has its defaults here, and no role is missing a name there."""
    assert tuple(DEFAULT_ROLES) == ROLE_NAMES
    assert all(DEFAULT_ROLES[name].name == name for name in ROLE_NAMES)
