"""The home view's controls without Qt: what each demo device offers and the plan it asks for."""

from __future__ import annotations

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Entity, Home
from app.core.plan import PlannerName, Risk
from app.policy.risk import Decision, plan_decisions
from app.understanding import Planner, controls


@pytest.fixture(scope="module")
def home() -> Home:
    return Home.load(demo_home_source())


def entity(home: Home, entity_id: str) -> Entity:
    found = home.get(entity_id)
    assert found is not None
    return found


def test_capabilities_follow_domain_and_supported_features(home: Home) -> None:
    lamp = controls.capabilities(entity(home, "light.desk_lamp"))
    assert lamp.power and lamp.brightness and not lamp.position
    porch = controls.capabilities(entity(home, "light.porch"))  # colour mode onoff
    assert porch.power and not porch.brightness
    for entity_id in ("switch.coffee_machine", "fan.office_fan", "input_boolean.guest_mode"):
        caps = controls.capabilities(entity(home, entity_id))
        assert caps.power and not caps.brightness, entity_id
    tv = controls.capabilities(entity(home, "media_player.living_room_tv"))
    assert tv.power and tv.volume
    blinds = controls.capabilities(entity(home, "cover.living_room_blinds"))  # features 15
    assert blinds.open and blinds.close and blinds.stop and blinds.position
    garage = controls.capabilities(entity(home, "cover.garage_door"))  # features 3
    assert garage.open and garage.close and not garage.stop and not garage.position
    assert controls.capabilities(entity(home, "lock.front_door")).lock
    thermostat = controls.capabilities(entity(home, "climate.living_room"))
    assert thermostat.temperature == controls.TemperatureRange(7.0, 35.0, 0.5)
    assert controls.capabilities(entity(home, "scene.movie_night")).activate == "Activate"
    for entity_id in ("sensor.outdoor_temperature", "binary_sensor.garage_motion", "weather.home"):
        assert not controls.capabilities(entity(home, entity_id)).any, entity_id


def test_toggle_is_the_plan_a_typed_command_gets(home: Home) -> None:
    lamp = entity(home, "light.desk_lamp")
    plan = controls.toggle_plan(lamp)
    assert plan.planner is PlannerName.LOCAL
    assert plan.text == "Turn on Desk Lamp"
    (step,) = plan.steps
    assert (step.action, step.targets, step.risk) == (
        "light.turn_on",
        ["light.desk_lamp"],
        Risk.LOW,
    )
    assert step.expect == {"light.desk_lamp": {"state": "on"}}
    assert not plan.needs_confirmation
    typed = Planner(home, "en").plan("turn on the desk lamp")
    assert [s.to_json() for s in typed.steps] == [step.to_json()]
    on = Entity("light.x", "X", state="on")
    assert controls.toggle_plan(on).steps[0].action == "light.turn_off"


def test_media_power_counts_playing_as_on(home: Home) -> None:
    tv = entity(home, "media_player.living_room_tv")
    assert controls.is_on(tv)
    assert controls.toggle_plan(tv).steps[0].action == "media_player.turn_off"
    standby = Entity("media_player.x", "X", state="standby")
    assert not controls.is_on(standby)


def test_unlock_and_opening_an_access_cover_need_a_person(home: Home) -> None:
    unlock = controls.lock_plan(entity(home, "lock.front_door"), locked=False)
    assert unlock.steps[0].action == "lock.unlock"
    assert unlock.steps[0].risk is Risk.HIGH and unlock.needs_confirmation
    assert plan_decisions(unlock)[0].decision is Decision.PIN
    lock = controls.lock_plan(entity(home, "lock.front_door"), locked=True)
    assert lock.steps[0].risk is Risk.LOW and not lock.needs_confirmation
    garage = controls.cover_plan(entity(home, "cover.garage_door"), "open")
    assert garage.steps[0].risk is Risk.HIGH
    assert controls.cover_plan(entity(home, "cover.garage_door"), "close").steps[0].risk is Risk.LOW
    with pytest.raises(ValueError):
        controls.cover_plan(entity(home, "cover.garage_door"), "explode")


def test_sliders_and_boxes_clamp_and_expect_the_new_state(home: Home) -> None:
    lamp = entity(home, "light.desk_lamp")
    dim = controls.brightness_plan(lamp, 30)
    assert dim.steps[0].params == {"brightness_pct": 30}
    assert dim.steps[0].expect["light.desk_lamp"]["attributes"] == {"brightness": 76}
    assert controls.brightness_plan(lamp, 0).steps[0].params == {"brightness_pct": 1}
    assert controls.brightness_plan(lamp, 180).steps[0].params == {"brightness_pct": 100}

    blinds = entity(home, "cover.living_room_blinds")
    half = controls.position_plan(blinds, 40)
    assert half.steps[0].action == "cover.set_cover_position"
    assert half.steps[0].risk is Risk.LOW  # blinds let nobody in
    assert half.steps[0].expect[blinds.entity_id]["attributes"] == {"current_position": 40}

    thermostat = entity(home, "climate.living_room")
    warm = controls.temperature_plan(thermostat, 21.5)
    assert warm.steps[0].params == {"temperature": 21.5} and warm.steps[0].risk is Risk.LOW
    hot = controls.temperature_plan(thermostat, 30)
    assert hot.steps[0].risk is Risk.MEDIUM and hot.needs_confirmation  # outside comfort

    tv = entity(home, "media_player.living_room_tv")
    assert controls.volume_plan(tv, 40).steps[0].params == {"volume_level": 0.4}
    scene = controls.activate_plan(entity(home, "scene.movie_night"))
    assert scene.steps[0].action == "scene.turn_on" and scene.needs_confirmation


def test_reading_the_state_for_the_controls(home: Home) -> None:
    assert controls.brightness_pct(entity(home, "light.sofa_lamp")) == 60  # 153 of 255
    assert controls.brightness_pct(entity(home, "light.desk_lamp")) == 0  # off
    assert controls.position(entity(home, "cover.living_room_blinds")) == 100
    assert controls.position(entity(home, "cover.garage_door")) is None
    assert controls.target_temperature(entity(home, "climate.living_room")) == 21.0
    assert controls.volume_pct(entity(home, "media_player.living_room_tv")) == 25
    assert not controls.available(Entity("light.x", "X", state="unavailable"))
