"""Exposure: what Hearth may see and control, and that nothing reaches past it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from app.assistant import Assistant
from app.config.settings import SafetySettings, Settings
from app.core.errors import ConfigError
from app.core.home import Home
from app.core.plan import ErrorCode, Plan, Risk, Step
from app.core.results import Approval, StepStatus
from app.policy import exposure
from app.policy import risk as policy
from integrations.virtual_home import VirtualHome
from tests.helpers.small_homes import core_entity


@pytest.fixture
def home(demo_path: Path) -> Home:
    return Home.load(demo_path)


def _sofa_off(home: Home) -> Plan:
    return Plan(
        text="hand-made",
        steps=[Step("light.turn_off", ["light.sofa_lamp"], summary="Turn off Sofa Lamp")],
    )


def test_a_hidden_device_is_invisible_to_the_planner(home: Home) -> None:
    assistant = Assistant(
        home, VirtualHome(home), exposure=SafetySettings(hidden=["light.sofa_lamp"])
    )
    plan = assistant.plan("turn on the sofa lamp")
    assert not any("light.sofa_lamp" in step.targets for step in plan.steps)
    assert plan.error is not None
    assert plan.error.code in (ErrorCode.NO_TARGET, ErrorCode.AMBIGUOUS)
    assert "Sofa Lamp" not in (plan.reply or "")  # not even named as a candidate
    # The rest of the home is untouched.
    assert assistant.plan("turn on the kitchen light").steps


def test_a_step_naming_a_hidden_device_is_refused_and_never_runs(home: Home) -> None:
    virtual = VirtualHome(home)
    assistant = Assistant(home, virtual, exposure=SafetySettings(hidden=["light.sofa_lamp"]))
    before = home.get("light.sofa_lamp")
    assert before is not None and before.state == "on"
    plan = _sofa_off(home)
    [decision] = assistant.decisions(plan)
    assert decision.decision is policy.Decision.REFUSE
    assert decision.reason == "Hearth is not allowed to use Sofa Lamp"
    outcome = asyncio.run(
        assistant.execute(assistant.record(plan, source="test"), Approval.all_of(plan, by="test"))
    )
    assert outcome.results[0].status is StepStatus.SKIPPED
    assert virtual.calls == []
    assert before.state == "on"


def test_a_made_up_entity_is_refused(home: Home) -> None:
    step = Step("lock.unlock", ["lock.secret_vault"], risk=Risk.LOW)
    decision = policy.decide(step, home=home)
    assert decision.decision is policy.Decision.REFUSE
    assert decision.reason == "lock.secret_vault is not a device in this home"


def test_follow_assist_or_see_everything(home: Home) -> None:
    lamp = home.get("light.sofa_lamp")
    assert lamp is not None
    lamp.exposed = False  # as Home Assistant reports an entity not exposed to Assist
    seen = exposure.apply(home, SafetySettings())
    assert not lamp.exposed
    assert seen == len(home.entities) - 1
    assert exposure.apply(home, SafetySettings(exposure="all")) == len(home.entities)
    assert lamp.exposed


def test_shown_and_hidden_refine_the_list(home: Home) -> None:
    lamp = home.get("light.sofa_lamp")
    assert lamp is not None
    lamp.exposed = False
    exposure.apply(home, SafetySettings(shown=["light.sofa_lamp"]))
    assert lamp.exposed
    # Listed in both: hidden wins.
    exposure.apply(home, SafetySettings(shown=["light.sofa_lamp"], hidden=["light.sofa_lamp"]))
    assert not lamp.exposed


def test_exposure_settings_round_trip_and_are_checked() -> None:
    settings = Settings()
    settings.safety.exposure = "all"
    settings.safety.hidden = ["lock.front_door"]
    again = Settings.from_dict(settings.to_dict())
    assert again.safety.exposure == "all"
    assert again.safety.hidden == ["lock.front_door"]
    with pytest.raises(ConfigError, match=r"safety\.exposure must be one of assist, all"):
        Settings.from_dict({"safety": {"exposure": "everything"}})
    with pytest.raises(ConfigError, match=r"safety\.hidden"):
        Settings.from_dict({"safety": {"hidden": "lock.front_door"}})


def test_opening_a_window_needs_the_pin() -> None:
    window = core_entity("cover.skylight", "Skylight", None, "closed", device_class="window")
    blinds = core_entity("cover.blinds", "Blinds", None, "closed", device_class="blind")
    home = Home(entities=[window, blinds])
    open_window = Step("cover.open_cover", ["cover.skylight"])
    assert policy.decide(open_window, home=home).decision is policy.Decision.PIN
    close_window = Step("cover.set_cover_position", ["cover.skylight"], {"position": 0})
    assert policy.decide(close_window, home=home).decision is policy.Decision.RUN
    open_blinds = Step("cover.open_cover", ["cover.blinds"])
    assert policy.decide(open_blinds, home=home).decision is policy.Decision.RUN
