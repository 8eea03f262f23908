"""The virtual home against the demo home: Home Assistant's service semantics, domain by
domain, plus the adapter contract (results, events, errors, fault injection)."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import time
from typing import Any

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Entity, Home, StateChange
from integrations.base import (
    ConnectionLostError,
    DeviceAdapter,
    NotFoundError,
    RejectedError,
    ServiceResult,
    TransientError,
)
from integrations.virtual_home import VirtualHome

DEMO = demo_home_source()
NOW = dt.datetime(2026, 3, 1, 7, 45, tzinfo=dt.UTC)


@pytest.fixture
def vh() -> VirtualHome:
    return VirtualHome(Home.load(DEMO), clock=lambda: NOW)


def call(
    vh: VirtualHome,
    action: str,
    targets: str | list[str],
    data: dict[str, Any] | None = None,
    *,
    return_response: bool = False,
) -> ServiceResult:
    domain, service = action.split(".")
    entity_ids = [targets] if isinstance(targets, str) else targets
    return asyncio.run(
        vh.call_service(domain, service, entity_ids, data or {}, return_response=return_response)
    )


def entity(vh: VirtualHome, entity_id: str) -> Entity:
    return vh.home.entities[entity_id]


def attr(vh: VirtualHome, entity_id: str, key: str) -> Any:
    return vh.home.entities[entity_id].attributes.get(key)


# -- the demo home ---------------------------------------------------------------------------


def test_demo_home_loads_with_valid_references() -> None:
    home = Home.load(DEMO)
    assert len(home.entities) >= 38
    assert len(home.areas) >= 8
    assert set(home.floors) == {"downstairs", "upstairs"}
    for area in home.areas.values():
        assert area.floor is None or area.floor in home.floors, area.id
    for e in home.entities.values():
        assert e.name.strip(), e.entity_id
        assert e.attributes.get("friendly_name") == e.name, e.entity_id
        assert e.area is None or e.area in home.areas, e.entity_id
        assert isinstance(e.state, str)
    assert home.areas["living_room"].aliases == ["lounge"]
    assert {"hall", "entrance"} <= set(home.areas["hallway"].aliases)
    assert home.floor_of_area("office") == "upstairs"
    assert home.areas["garden"].floor is None


def test_demo_home_has_the_devices_the_demo_talks_about() -> None:
    home = Home.load(DEMO)
    domains = {e.domain for e in home.entities.values()}
    assert {
        "light", "switch", "climate", "cover", "lock", "alarm_control_panel", "media_player",
        "fan", "vacuum", "sensor", "binary_sensor", "todo", "weather", "scene", "script",
        "button", "input_boolean", "input_select",
    } <= domains  # fmt: skip
    assert "sofa lamp" not in home.entities["light.sofa_lamp"].aliases  # it is the name
    assert "work lamp" in home.entities["light.desk_lamp"].aliases
    assert home.entities["sensor.outdoor_temperature"].state == "7.5"
    assert home.entities["sensor.outdoor_temperature"].area == "garden"
    assert home.entities["cover.garage_door"].device_class == "garage"
    assert home.entities["lock.front_door"].state == "locked"
    todo = home.entities["todo.shopping_list"]
    open_items = [i for i in todo.attributes["items"] if i["status"] == "needs_action"]
    assert todo.state == str(len(open_items))


#: Feature bits each domain defines in Home Assistant 2024.
_KNOWN_FEATURES = {
    "light": 4 | 8 | 32,
    "cover": 255,
    "lock": 1,
    "climate": 511,
    "fan": 63,
    "media_player": (1 << 20) - 1,
    "vacuum": (1 << 14) - 1,
    "alarm_control_panel": 63,
    "todo": 127,
    "weather": 7,
}


def test_demo_supported_features_use_only_real_bits() -> None:
    for e in Home.load(DEMO).entities.values():
        features = e.attributes.get("supported_features")
        if e.domain in _KNOWN_FEATURES:
            assert isinstance(features, int), e.entity_id
            assert features & ~_KNOWN_FEATURES[e.domain] == 0, e.entity_id


def test_every_demo_light_has_a_sane_attribute_set(vh: VirtualHome) -> None:
    valid_modes = {"onoff", "brightness", "color_temp", "hs", "xy", "rgb", "rgbw", "rgbww", "white"}
    lights = [e for e in vh.home.entities.values() if e.domain == "light"]
    assert len(lights) >= 10
    for light in lights:
        attrs = light.attributes
        modes = attrs["supported_color_modes"]
        assert modes and set(modes) <= valid_modes and modes == sorted(modes), light.entity_id
        assert light.state in ("on", "off")
        if light.state == "on":
            assert attrs["color_mode"] in modes, light.entity_id
            if modes != ["onoff"]:
                assert isinstance(attrs["brightness"], int) and 1 <= attrs["brightness"] <= 255
        else:
            assert attrs["color_mode"] is None, light.entity_id
            for key in ("brightness", "hs_color", "rgb_color", "xy_color", "color_temp_kelvin"):
                assert attrs.get(key) is None, (light.entity_id, key)
        if "color_temp" in modes:
            assert attrs["min_color_temp_kelvin"] < attrs["max_color_temp_kelvin"]
            assert attrs["min_mireds"] == 1_000_000 // attrs["max_color_temp_kelvin"]
            assert attrs["max_mireds"] == 1_000_000 // attrs["min_color_temp_kelvin"]
        else:
            assert "color_temp_kelvin" not in attrs, light.entity_id
        if modes == ["onoff"]:
            assert "brightness" not in attrs, light.entity_id
        # Exactly what the virtual home itself reports: re-applying the state changes nothing.
        service = "light.turn_on" if light.state == "on" else "light.turn_off"
        assert call(vh, service, light.entity_id).changed == [], light.entity_id


# -- lights ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pct", "brightness"), [(1, 3), (10, 26), (30, 76), (50, 128), (70, 178), (100, 255)]
)
def test_brightness_pct_uses_home_assistants_rounding(
    vh: VirtualHome, pct: int, brightness: int
) -> None:
    call(vh, "light.turn_on", "light.desk_lamp", {"brightness_pct": pct})
    assert entity(vh, "light.desk_lamp").state == "on"
    assert attr(vh, "light.desk_lamp", "brightness") == brightness


def test_brightness_steps_are_relative_to_255_and_clamped(vh: VirtualHome) -> None:
    call(vh, "light.turn_on", "light.sofa_lamp", {"brightness_step_pct": -10})
    assert attr(vh, "light.sofa_lamp", "brightness") == 153 - 26  # round(-25.5) == -26
    call(vh, "light.turn_on", "light.sofa_lamp", {"brightness_step": 200})
    assert attr(vh, "light.sofa_lamp", "brightness") == 255
    call(vh, "light.turn_on", "light.living_room_ceiling", {"brightness_step_pct": 10})
    assert attr(vh, "light.living_room_ceiling", "brightness") == 26  # an off light starts at 0
    call(vh, "light.turn_on", "light.living_room_ceiling", {"brightness_step_pct": -50})
    assert entity(vh, "light.living_room_ceiling").state == "off"
    assert attr(vh, "light.living_room_ceiling", "brightness") is None


def test_brightness_zero_turns_off_and_light_remembers_its_state(vh: VirtualHome) -> None:
    call(vh, "light.turn_on", "light.sofa_lamp", {"brightness_pct": 0})
    sofa = entity(vh, "light.sofa_lamp")
    assert sofa.state == "off"
    assert sofa.attributes["color_mode"] is None and sofa.attributes["hs_color"] is None
    call(vh, "light.turn_on", "light.sofa_lamp")
    assert sofa.state == "on"
    assert sofa.attributes["brightness"] == 153
    assert sofa.attributes["hs_color"] == [30.0, 60.0]


def test_light_with_no_memory_comes_on_full_and_warm(vh: VirtualHome) -> None:
    call(vh, "light.turn_on", "light.desk_lamp")
    desk = entity(vh, "light.desk_lamp").attributes
    assert desk["brightness"] == 255 and desk["color_mode"] == "color_temp"
    assert desk["color_temp_kelvin"] == 2702  # 2700 K stored as 370 mireds, as HA lights do


def test_brightness_range_is_validated_like_home_assistant(vh: VirtualHome) -> None:
    with pytest.raises(RejectedError, match="brightness_pct"):
        call(vh, "light.turn_on", "light.desk_lamp", {"brightness_pct": 120})
    with pytest.raises(RejectedError, match="number"):
        call(vh, "light.turn_on", "light.desk_lamp", {"brightness_pct": "bright"})
    call(vh, "light.turn_on", "light.desk_lamp", {"brightness": 300})  # vol.Clamp
    assert attr(vh, "light.desk_lamp", "brightness") == 255
    call(vh, "light.turn_on", "light.desk_lamp", {"brightness_pct": "40"})  # vol.Coerce
    assert attr(vh, "light.desk_lamp", "brightness") == 102
    with pytest.raises(RejectedError, match="only one brightness"):
        call(vh, "light.turn_on", "light.desk_lamp", {"brightness": 10, "brightness_pct": 10})


def test_color_name_becomes_hs_with_derived_rgb_and_xy(vh: VirtualHome) -> None:
    call(vh, "light.turn_on", "light.sofa_lamp", {"color_name": "red"})
    sofa = entity(vh, "light.sofa_lamp").attributes
    assert sofa["color_mode"] == "hs"
    assert sofa["hs_color"] == [0.0, 100.0]
    assert sofa["rgb_color"] == [255, 0, 0]
    assert sofa["xy_color"] == [0.701, 0.299]
    assert sofa["color_temp_kelvin"] is None and sofa["brightness"] == 153
    call(vh, "light.turn_on", "light.sofa_lamp", {"color_name": "Dark Sea Green"})
    assert attr(vh, "light.sofa_lamp", "hs_color") == [120.0, 23.936]
    with pytest.raises(RejectedError, match="unknown colour name"):
        call(vh, "light.turn_on", "light.sofa_lamp", {"color_name": "blurple"})


def test_colours_are_converted_to_a_mode_the_light_supports(vh: VirtualHome) -> None:
    call(vh, "light.turn_on", "light.tv_backlight", {"color_name": "blue"})
    assert attr(vh, "light.tv_backlight", "color_mode") == "rgb"
    assert attr(vh, "light.tv_backlight", "rgb_color") == [0, 0, 255]
    call(vh, "light.turn_on", "light.bedside_lamp", {"hs_color": [240, 100]})
    assert attr(vh, "light.bedside_lamp", "color_mode") == "xy"
    assert attr(vh, "light.bedside_lamp", "xy_color") == [0.136, 0.04]
    call(vh, "light.turn_on", "light.night_light", {"color_temp_kelvin": 2700})
    assert attr(vh, "light.night_light", "color_mode") == "hs"  # emulated with a colour
    call(vh, "light.turn_on", "light.desk_lamp", {"color_name": "orange"})
    desk = entity(vh, "light.desk_lamp").attributes
    assert desk["color_mode"] == "color_temp"  # nearest white the lamp can make
    assert desk["min_color_temp_kelvin"] <= desk["color_temp_kelvin"] <= 6500


def test_color_temperature_in_kelvin_and_legacy_forms(vh: VirtualHome) -> None:
    call(vh, "light.turn_on", "light.sofa_lamp", {"color_temp_kelvin": 4000})
    sofa = entity(vh, "light.sofa_lamp").attributes
    assert (sofa["color_mode"], sofa["color_temp_kelvin"], sofa["color_temp"]) == (
        "color_temp",
        4000,
        250,
    )
    assert sofa["hs_color"] is not None  # derived from the temperature, as HA reports it
    call(vh, "light.turn_on", "light.sofa_lamp", {"kelvin": 9000})
    assert attr(vh, "light.sofa_lamp", "color_temp_kelvin") == 6535  # clamped to its range
    call(vh, "light.turn_on", "light.sofa_lamp", {"color_temp": 500})
    assert attr(vh, "light.sofa_lamp", "color_temp_kelvin") == 2000


def test_requests_a_light_cannot_satisfy_are_refused(vh: VirtualHome) -> None:
    with pytest.raises(RejectedError, match="cannot be dimmed"):
        call(vh, "light.turn_on", "light.porch", {"brightness_pct": 50})
    with pytest.raises(RejectedError, match="cannot change colour"):
        call(vh, "light.turn_on", "light.hallway", {"color_name": "red"})
    with pytest.raises(RejectedError, match="no effects"):
        call(vh, "light.turn_on", "light.desk_lamp", {"effect": "Rainbow"})
    call(vh, "light.turn_on", "light.porch")
    assert entity(vh, "light.porch").state == "on"
    assert attr(vh, "light.porch", "color_mode") == "onoff"
    call(vh, "light.turn_on", "light.porch", {"brightness": 0})  # HA: brightness 0 is off
    assert entity(vh, "light.porch").state == "off"


def test_effects_and_transitions(vh: VirtualHome) -> None:
    call(vh, "light.turn_on", "light.tv_backlight", {"effect": "Rainbow", "transition": 2})
    assert attr(vh, "light.tv_backlight", "effect") == "Rainbow"
    with pytest.raises(RejectedError, match="no effect 'Disco'"):
        call(vh, "light.turn_on", "light.tv_backlight", {"effect": "Disco"})
    call(vh, "light.turn_off", "light.tv_backlight", {"transition": 1})
    assert attr(vh, "light.tv_backlight", "effect") is None
    with pytest.raises(RejectedError, match="does not accept 'brightness'"):
        call(vh, "light.turn_off", "light.tv_backlight", {"brightness": 10})


def test_light_toggle(vh: VirtualHome) -> None:
    call(vh, "light.toggle", "light.hallway")
    assert entity(vh, "light.hallway").state == "off"
    call(vh, "light.toggle", "light.hallway")
    assert entity(vh, "light.hallway").state == "on"
    assert attr(vh, "light.hallway", "brightness") == 200


# -- on/off domains and the homeassistant domain ---------------------------------------------


def test_switch_and_input_boolean_toggles(vh: VirtualHome) -> None:
    call(vh, "switch.turn_on", "switch.coffee_machine")
    assert entity(vh, "switch.coffee_machine").state == "on"
    call(vh, "switch.toggle", ["switch.coffee_machine", "switch.christmas_lights"])
    assert entity(vh, "switch.coffee_machine").state == "off"
    assert entity(vh, "switch.christmas_lights").state == "on"
    call(vh, "input_boolean.toggle", "input_boolean.guest_mode")
    assert entity(vh, "input_boolean.guest_mode").state == "on"
    assert attr(vh, "switch.coffee_machine", "device_class") == "outlet"


def test_homeassistant_services_dispatch_per_domain(vh: VirtualHome) -> None:
    targets = ["light.desk_lamp", "switch.coffee_machine", "fan.office_fan"]
    result = call(vh, "homeassistant.turn_on", targets)
    assert {s.entity_id for s in result.changed} == set(targets)
    assert all(entity(vh, t).state == "on" for t in targets)
    call(vh, "homeassistant.toggle", ["cover.living_room_blinds", "light.desk_lamp"])
    assert entity(vh, "cover.living_room_blinds").state == "closed"
    assert entity(vh, "light.desk_lamp").state == "off"
    with pytest.raises(RejectedError, match="sensor entities have no turn_on"):
        call(vh, "homeassistant.turn_on", ["light.garage", "sensor.house_power"])
    assert entity(vh, "light.garage").state == "off"  # nothing applied
    with pytest.raises(NotFoundError):
        call(vh, "homeassistant.restart", "light.garage")


# -- fans ------------------------------------------------------------------------------------


def test_fan_percentage_steps_and_off_at_zero(vh: VirtualHome) -> None:
    fan = "fan.bedroom_fan"  # three speeds
    call(vh, "fan.increase_speed", fan)
    assert (entity(vh, fan).state, attr(vh, fan, "percentage")) == ("on", 33)
    call(vh, "fan.increase_speed", fan)
    call(vh, "fan.increase_speed", fan)
    assert attr(vh, fan, "percentage") == 100
    call(vh, "fan.decrease_speed", fan)
    assert attr(vh, fan, "percentage") == 66
    call(vh, "fan.set_percentage", fan, {"percentage": 50})
    assert attr(vh, fan, "percentage") == 50
    call(vh, "fan.set_percentage", fan, {"percentage": 0})
    assert (entity(vh, fan).state, attr(vh, fan, "percentage")) == ("off", 0)
    call(vh, "fan.turn_on", fan)
    assert attr(vh, fan, "percentage") == 50  # back to its last speed
    with pytest.raises(RejectedError, match="percentage"):
        call(vh, "fan.set_percentage", fan, {"percentage": 101})


def test_fan_oscillation_and_presets(vh: VirtualHome) -> None:
    call(vh, "fan.oscillate", "fan.bedroom_fan", {"oscillating": True})
    assert attr(vh, "fan.bedroom_fan", "oscillating") is True
    call(vh, "fan.set_preset_mode", "fan.bedroom_fan", {"preset_mode": "sleep"})
    assert entity(vh, "fan.bedroom_fan").state == "on"
    assert attr(vh, "fan.bedroom_fan", "preset_mode") == "sleep"
    with pytest.raises(RejectedError, match="not a valid preset_mode"):
        call(vh, "fan.set_preset_mode", "fan.bedroom_fan", {"preset_mode": "turbo"})
    with pytest.raises(RejectedError, match=re.escape("does not support fan.oscillate")):
        call(vh, "fan.oscillate", "fan.office_fan", {"oscillating": True})


# -- covers, locks, alarm ----------------------------------------------------------------------


def test_cover_positions(vh: VirtualHome) -> None:
    blinds = "cover.living_room_blinds"
    call(vh, "cover.close_cover", blinds)
    assert (entity(vh, blinds).state, attr(vh, blinds, "current_position")) == ("closed", 0)
    call(vh, "cover.set_cover_position", blinds, {"position": 40})
    assert (entity(vh, blinds).state, attr(vh, blinds, "current_position")) == ("open", 40)
    call(vh, "cover.open_cover", blinds)
    assert attr(vh, blinds, "current_position") == 100
    call(vh, "cover.toggle", blinds)
    assert entity(vh, blinds).state == "closed"
    assert attr(vh, blinds, "device_class") == "blind"
    with pytest.raises(RejectedError, match="position must be between 0 and 100"):
        call(vh, "cover.set_cover_position", blinds, {"position": 140})


def test_cover_without_positions(vh: VirtualHome) -> None:
    call(vh, "cover.open_cover", "cover.garage_door")
    garage = entity(vh, "cover.garage_door")
    assert garage.state == "open" and "current_position" not in garage.attributes
    with pytest.raises(RejectedError, match=re.escape("does not support cover.set_cover_position")):
        call(vh, "cover.set_cover_position", "cover.garage_door", {"position": 50})
    with pytest.raises(RejectedError, match=re.escape("does not support cover.stop_cover")):
        call(vh, "cover.stop_cover", "cover.garage_door")


def test_lock_unlock_and_open(vh: VirtualHome) -> None:
    call(vh, "lock.unlock", "lock.front_door")
    assert entity(vh, "lock.front_door").state == "unlocked"
    call(vh, "lock.lock", "lock.front_door")
    assert entity(vh, "lock.front_door").state == "locked"
    call(vh, "lock.open", "lock.front_door")
    assert entity(vh, "lock.front_door").state == "open"
    with pytest.raises(RejectedError, match=re.escape("does not support lock.open")):
        call(vh, "lock.open", "lock.back_door")
    assert entity(vh, "lock.back_door").state == "locked"


def test_lock_code_format_is_enforced(vh: VirtualHome) -> None:
    entity(vh, "lock.back_door").attributes["code_format"] = r"^\d{4}$"
    with pytest.raises(RejectedError, match="doesn't match"):
        call(vh, "lock.unlock", "lock.back_door")
    call(vh, "lock.unlock", "lock.back_door", {"code": "1234"})
    assert entity(vh, "lock.back_door").state == "unlocked"


def test_alarm_arm_and_disarm(vh: VirtualHome) -> None:
    alarm = "alarm_control_panel.home_alarm"
    call(vh, "alarm_control_panel.alarm_arm_away", alarm)
    assert entity(vh, alarm).state == "armed_away"
    with pytest.raises(RejectedError, match="must be a number"):
        call(vh, "alarm_control_panel.alarm_disarm", alarm, {"code": "abcd"})
    call(vh, "alarm_control_panel.alarm_disarm", alarm, {"code": "1234"})
    assert entity(vh, alarm).state == "disarmed"
    entity(vh, alarm).attributes["code_arm_required"] = True
    with pytest.raises(RejectedError, match="requires a code"):
        call(vh, "alarm_control_panel.alarm_arm_night", alarm)
    call(vh, "alarm_control_panel.alarm_arm_night", alarm, {"code": "1234"})
    assert entity(vh, alarm).state == "armed_night"


# -- climate ---------------------------------------------------------------------------------


def test_climate_set_temperature_and_range_rejection(vh: VirtualHome) -> None:
    thermostat = "climate.living_room"
    call(vh, "climate.set_temperature", thermostat, {"temperature": 23})
    assert attr(vh, thermostat, "temperature") == 23.0
    assert attr(vh, thermostat, "hvac_action") == "heating"
    call(vh, "climate.set_temperature", thermostat, {"temperature": 19.5})
    assert attr(vh, thermostat, "hvac_action") == "idle"  # the room is at 20.5
    for wrong in (40, 5, 35.5):
        with pytest.raises(RejectedError, match="accepted range is 7 to 35"):
            call(vh, "climate.set_temperature", thermostat, {"temperature": wrong})
    assert attr(vh, thermostat, "temperature") == 19.5
    with pytest.raises(RejectedError, match="needs temperature"):
        call(vh, "climate.set_temperature", thermostat, {"hvac_mode": "cool"})
    assert entity(vh, thermostat).state == "heat"


def test_climate_modes_ranges_and_presets(vh: VirtualHome) -> None:
    thermostat = "climate.living_room"
    call(
        vh,
        "climate.set_temperature",
        thermostat,
        {"target_temp_low": 19, "target_temp_high": 24, "hvac_mode": "heat_cool"},
    )
    assert entity(vh, thermostat).state == "heat_cool"
    assert (attr(vh, thermostat, "target_temp_low"), attr(vh, thermostat, "target_temp_high")) == (
        19.0,
        24.0,
    )
    with pytest.raises(RejectedError, match="higher than"):
        call(
            vh,
            "climate.set_temperature",
            thermostat,
            {"target_temp_low": 25, "target_temp_high": 20},
        )
    with pytest.raises(RejectedError, match="go together"):
        call(vh, "climate.set_temperature", thermostat, {"target_temp_low": 18})
    with pytest.raises(RejectedError, match="not a valid hvac_mode"):
        call(vh, "climate.set_hvac_mode", thermostat, {"hvac_mode": "dry"})
    call(vh, "climate.turn_off", thermostat)
    assert (entity(vh, thermostat).state, attr(vh, thermostat, "hvac_action")) == ("off", "off")
    call(vh, "climate.turn_on", thermostat)
    assert entity(vh, thermostat).state == "heat_cool"  # the mode it was in before
    call(vh, "climate.set_preset_mode", thermostat, {"preset_mode": "eco"})
    assert attr(vh, thermostat, "preset_mode") == "eco"
    with pytest.raises(RejectedError, match=re.escape("does not support climate.set_fan_mode")):
        call(vh, "climate.set_fan_mode", thermostat, {"fan_mode": "auto"})


# -- media players -----------------------------------------------------------------------------


def test_media_player_volume_and_playback(vh: VirtualHome) -> None:
    tv, speaker = "media_player.living_room_tv", "media_player.kitchen_speaker"
    call(vh, "media_player.volume_set", tv, {"volume_level": 0.2})
    assert attr(vh, tv, "volume_level") == 0.2
    with pytest.raises(RejectedError, match="volume_level must be between 0 and 1"):
        call(vh, "media_player.volume_set", tv, {"volume_level": 20})
    call(vh, "media_player.volume_up", speaker)
    assert attr(vh, speaker, "volume_level") == pytest.approx(0.5)
    call(vh, "media_player.volume_mute", speaker, {"is_volume_muted": True})
    assert attr(vh, speaker, "is_volume_muted") is True
    call(vh, "media_player.media_pause", speaker)
    assert entity(vh, speaker).state == "paused"
    call(vh, "media_player.media_play_pause", speaker)
    assert entity(vh, speaker).state == "playing"
    call(vh, "media_player.select_source", tv, {"source": "YouTube"})
    assert attr(vh, tv, "source") == "YouTube"
    with pytest.raises(RejectedError, match="not a valid source"):
        call(vh, "media_player.select_source", tv, {"source": "VHS"})
    with pytest.raises(
        RejectedError, match=re.escape("does not support media_player.select_source")
    ):
        call(vh, "media_player.select_source", speaker, {"source": "Radio"})


def test_media_player_off_hides_and_restores_its_state(vh: VirtualHome) -> None:
    tv = "media_player.living_room_tv"
    call(vh, "media_player.turn_off", tv)
    attrs = entity(vh, tv).attributes
    assert entity(vh, tv).state == "off"
    assert "volume_level" not in attrs and "media_title" not in attrs
    assert attrs["source_list"] and attrs["device_class"] == "tv"
    with pytest.raises(RejectedError, match="is off"):
        call(vh, "media_player.volume_set", tv, {"volume_level": 0.5})
    call(vh, "media_player.turn_on", tv)
    attrs = entity(vh, tv).attributes
    assert entity(vh, tv).state == "on"
    assert (attrs["volume_level"], attrs["source"]) == (0.25, "Netflix")
    assert "media_title" not in attrs  # what was playing is gone


# -- vacuum, to-do -----------------------------------------------------------------------------


def test_vacuum(vh: VirtualHome) -> None:
    robot = "vacuum.robot_vacuum"
    call(vh, "vacuum.start", robot)
    assert entity(vh, robot).state == "cleaning"
    call(vh, "vacuum.pause", robot)
    assert entity(vh, robot).state == "paused"
    call(vh, "vacuum.return_to_base", robot)
    assert entity(vh, robot).state == "docked"
    call(vh, "vacuum.set_fan_speed", robot, {"fan_speed": "turbo"})
    assert attr(vh, robot, "fan_speed") == "turbo"
    with pytest.raises(RejectedError, match="not a valid fan_speed"):
        call(vh, "vacuum.set_fan_speed", robot, {"fan_speed": "jet"})


def test_todo_add_remove_update_and_count(vh: VirtualHome) -> None:
    todo = "todo.shopping_list"
    call(vh, "todo.add_item", todo, {"item": "milk"})
    assert entity(vh, todo).state == "3"
    milk = attr(vh, todo, "items")[-1]
    assert milk["summary"] == "milk" and milk["status"] == "needs_action" and milk["uid"]
    call(vh, "todo.update_item", todo, {"item": "eggs", "status": "completed"})
    assert entity(vh, todo).state == "2"
    call(vh, "todo.update_item", todo, {"item": milk["uid"], "rename": "oat milk"})
    assert attr(vh, todo, "items")[-1]["summary"] == "oat milk"
    call(vh, "todo.remove_item", todo, {"item": ["bread", "eggs"]})
    assert [i["summary"] for i in attr(vh, todo, "items")] == ["coffee beans", "oat milk"]
    assert entity(vh, todo).state == "1"
    with pytest.raises(RejectedError, match="unable to find to-do item 'Coffee Beans'"):
        call(vh, "todo.remove_item", todo, {"item": ["oat milk", "Coffee Beans"]})
    assert len(attr(vh, todo, "items")) == 2  # nothing removed: the call failed as a whole
    with pytest.raises(RejectedError, match="due date"):
        call(vh, "todo.add_item", todo, {"item": "cake", "due_date": "2026-03-02"})
    with pytest.raises(RejectedError, match="must not be empty"):
        call(vh, "todo.add_item", todo, {"item": "  "})


def test_todo_get_items_response(vh: VirtualHome) -> None:
    todo = "todo.shopping_list"
    result = call(vh, "todo.get_items", todo, return_response=True)
    assert result.changed == []
    assert result.response == {
        todo: {
            "items": [
                {"summary": "bread", "status": "needs_action"},
                {"summary": "eggs", "status": "needs_action"},
                {"summary": "coffee beans", "status": "completed"},
            ]
        }
    }
    result = call(vh, "todo.get_items", todo, {"status": "completed"}, return_response=True)
    assert [i["summary"] for i in result.response[todo]["items"]] == ["coffee beans"]
    with pytest.raises(RejectedError, match="return_response"):
        call(vh, "todo.get_items", todo)
    with pytest.raises(RejectedError, match="does not return a response"):
        call(vh, "todo.add_item", todo, {"item": "tea"}, return_response=True)


# -- scenes, scripts, buttons, helpers -------------------------------------------------------


def test_scene_reproduces_its_members_in_one_context(vh: VirtualHome) -> None:
    result = call(vh, "scene.turn_on", "scene.movie_night")
    assert entity(vh, "scene.movie_night").state == NOW.isoformat()
    sofa = entity(vh, "light.sofa_lamp").attributes
    assert (sofa["brightness"], sofa["color_mode"], sofa["color_temp_kelvin"]) == (
        51,
        "color_temp",
        2202,
    )
    assert attr(vh, "light.tv_backlight", "rgb_color") == [80, 40, 255]
    assert entity(vh, "cover.living_room_blinds").state == "closed"
    assert entity(vh, "light.living_room_ceiling").state == "off"  # was off already
    changed = {s.entity_id for s in result.changed}
    assert changed == {
        "scene.movie_night",
        "light.sofa_lamp",
        "light.tv_backlight",
        "cover.living_room_blinds",
    }
    assert {s.context_id for s in result.changed} == {result.context_id}


def test_scene_skips_members_it_cannot_reproduce(vh: VirtualHome) -> None:
    scene = entity(vh, "scene.good_night")
    scene.attributes["entities"]["light.nowhere"] = {"state": "off"}
    scene.attributes["entities"]["cover.garage_door"] = {"attributes": {"current_position": 30}}
    call(vh, "scene.turn_on", "scene.good_night")
    assert entity(vh, "light.sofa_lamp").state == "off"
    assert entity(vh, "media_player.living_room_tv").state == "off"
    assert entity(vh, "cover.garage_door").state == "closed"


def test_script_button_and_select(vh: VirtualHome) -> None:
    call(vh, "script.turn_on", "script.leaving_home")
    assert attr(vh, "script.leaving_home", "last_triggered") == NOW.isoformat()
    assert entity(vh, "script.leaving_home").state == "off"
    call(vh, "script.leaving_home", [])  # script.<name> runs that script
    assert vh.calls[-1][:2] == ("script.turn_on", ["script.leaving_home"])
    call(vh, "button.press", "button.doorbell_chime")
    assert entity(vh, "button.doorbell_chime").state == NOW.isoformat()
    call(vh, "input_select.select_option", "input_select.house_mode", {"option": "Night"})
    assert entity(vh, "input_select.house_mode").state == "Night"
    call(vh, "input_select.select_next", "input_select.house_mode")
    call(vh, "input_select.select_next", "input_select.house_mode")
    assert entity(vh, "input_select.house_mode").state == "Home"  # cycles
    with pytest.raises(RejectedError, match="not a valid option"):
        call(vh, "input_select.select_option", "input_select.house_mode", {"option": "Party"})


def test_number_set_value_within_range() -> None:
    home = Home.from_dict(
        {
            "entities": [
                {
                    "entity_id": "input_number.shower_minutes",
                    "name": "Shower Minutes",
                    "state": "10.0",
                    "attributes": {"min": 1, "max": 30, "step": 1},
                }
            ]
        }
    )
    vh = VirtualHome(home)
    call(vh, "input_number.set_value", "input_number.shower_minutes", {"value": 12})
    assert entity(vh, "input_number.shower_minutes").state == "12.0"
    call(vh, "input_number.increment", "input_number.shower_minutes")
    assert entity(vh, "input_number.shower_minutes").state == "13.0"
    with pytest.raises(RejectedError, match="outside the range"):
        call(vh, "input_number.set_value", "input_number.shower_minutes", {"value": 45})


# -- adapter contract ----------------------------------------------------------------------------


def test_it_is_a_device_adapter(vh: VirtualHome) -> None:
    assert isinstance(vh, DeviceAdapter)
    assert vh.name == "virtual"
    assert VirtualHome.from_file(DEMO).home.entities.keys() == vh.home.entities.keys()


def test_subscribers_get_the_new_state_with_the_calls_context(vh: VirtualHome) -> None:
    seen: list[StateChange] = []
    unsubscribe = vh.subscribe(seen.append)
    result = call(vh, "light.turn_on", "light.desk_lamp", {"brightness_pct": 40})
    (change,) = seen
    assert (change.entity_id, change.state, change.attributes["brightness"]) == (
        "light.desk_lamp",
        "on",
        102,
    )
    assert change.context_id == result.context_id and len(result.context_id or "") == 32
    (state,) = result.changed
    assert (state.entity_id, state.state, state.context_id) == (
        "light.desk_lamp",
        "on",
        result.context_id,
    )
    change.attributes["brightness"] = 1  # listeners get copies
    assert attr(vh, "light.desk_lamp", "brightness") == 102
    unsubscribe()
    call(vh, "light.turn_off", "light.desk_lamp")
    assert len(seen) == 1


def test_a_failing_listener_does_not_stop_the_others(vh: VirtualHome) -> None:
    seen: list[str] = []

    def broken(change: StateChange) -> None:
        raise RuntimeError("boom")

    vh.subscribe(broken)
    vh.subscribe(lambda change: seen.append(change.entity_id))
    call(vh, "switch.turn_on", "switch.coffee_machine")
    assert seen == ["switch.coffee_machine"]


def test_unchanged_entities_are_not_reported(vh: VirtualHome) -> None:
    seen: list[StateChange] = []
    vh.subscribe(seen.append)
    result = call(vh, "lock.lock", "lock.front_door")  # locked already
    assert result.changed == [] and seen == []
    assert vh.calls[-1] == ("lock.lock", ["lock.front_door"], {})


def test_unknown_entities_and_services(vh: VirtualHome) -> None:
    with pytest.raises(NotFoundError, match=re.escape("light.nowhere")):
        call(vh, "light.turn_on", "light.nowhere")
    with pytest.raises(NotFoundError, match=re.escape("light.explode")):
        call(vh, "light.explode", "light.desk_lamp")
    with pytest.raises(NotFoundError, match=re.escape("sensor.turn_on")):
        call(vh, "sensor.turn_on", "sensor.house_power")
    with pytest.raises(RejectedError, match="is not a light entity"):
        call(vh, "light.turn_on", "switch.coffee_machine")
    with pytest.raises(RejectedError, match="at least one target"):
        call(vh, "light.turn_on", [])


def test_a_rejected_call_changes_nothing(vh: VirtualHome) -> None:
    seen: list[StateChange] = []
    vh.subscribe(seen.append)
    data = {"brightness_pct": 50}
    with pytest.raises(RejectedError, match="Porch Light"):
        call(vh, "light.turn_on", ["light.desk_lamp", "light.porch"], data)
    assert entity(vh, "light.desk_lamp").state == "off"
    assert seen == [] and vh.calls == []
    assert data == {"brightness_pct": 50}  # the caller's data is never modified


def test_fail_next_raises_then_recovers(vh: VirtualHome) -> None:
    vh.fail_next(TransientError("HTTP 502"), times=2)
    for _ in range(2):
        with pytest.raises(TransientError, match="502"):
            call(vh, "light.turn_on", "light.desk_lamp")
    assert entity(vh, "light.desk_lamp").state == "off" and vh.calls == []
    call(vh, "light.turn_on", "light.desk_lamp")
    assert entity(vh, "light.desk_lamp").state == "on"
    vh.fail_next(ConnectionLostError("connection refused"))
    with pytest.raises(ConnectionLostError):
        call(vh, "todo.get_items", "todo.shopping_list", return_response=True)


def test_unresponsive_entity_accepts_calls_but_never_changes(vh: VirtualHome) -> None:
    vh.set_unresponsive("light.desk_lamp")
    result = call(vh, "light.turn_on", ["light.desk_lamp", "light.garage"])
    assert entity(vh, "light.desk_lamp").state == "off"
    assert [s.entity_id for s in result.changed] == ["light.garage"]
    assert vh.calls[-1][0] == "light.turn_on"
    state = asyncio.run(vh.get_state("light.desk_lamp"))
    assert state is not None and state.state == "off"
    vh.set_unresponsive("light.desk_lamp", False)
    call(vh, "light.turn_on", "light.desk_lamp")
    assert entity(vh, "light.desk_lamp").state == "on"
    with pytest.raises(NotFoundError):
        vh.set_unresponsive("light.nowhere")


def test_latency_makes_a_slow_device() -> None:
    vh = VirtualHome(Home.load(DEMO), latency=0.2)

    async def too_impatient() -> None:
        await asyncio.wait_for(
            vh.call_service("light", "turn_on", ["light.desk_lamp"], {}), timeout=0.02
        )

    with pytest.raises(TimeoutError):
        asyncio.run(too_impatient())
    assert entity(vh, "light.desk_lamp").state == "off"
    started = time.monotonic()
    call(vh, "light.turn_on", "light.desk_lamp")
    assert time.monotonic() - started >= 0.2
    assert entity(vh, "light.desk_lamp").state == "on"


def test_load_home_and_get_state_return_copies(vh: VirtualHome) -> None:
    copy = asyncio.run(vh.load_home())
    copy.entities["light.sofa_lamp"].attributes["brightness"] = 1
    copy.entities["todo.shopping_list"].attributes["items"].clear()
    assert attr(vh, "light.sofa_lamp", "brightness") == 153
    assert len(attr(vh, "todo.shopping_list", "items")) == 3
    state = asyncio.run(vh.get_state("light.sofa_lamp"))
    assert state is not None and state.attributes["hs_color"] == [30.0, 60.0]
    state.attributes["hs_color"].append(0)
    assert attr(vh, "light.sofa_lamp", "hs_color") == [30.0, 60.0]
    assert asyncio.run(vh.get_state("light.nowhere")) is None


def test_close_drops_listeners(vh: VirtualHome) -> None:
    seen: list[StateChange] = []
    vh.subscribe(seen.append)
    asyncio.run(vh.close())
    call(vh, "switch.turn_on", "switch.coffee_machine")
    assert seen == []


def test_turning_on_a_light_that_is_on_keeps_its_reported_colour() -> None:
    # Home Assistant changes nothing a call did not ask for: a snapshot's colour (here
    # rounded differently from what the virtual home would derive) stays as it was.
    home = Home.from_dict(
        {
            "entities": [
                {
                    "entity_id": "light.night",
                    "name": "Night Light",
                    "state": "on",
                    "attributes": {
                        "supported_color_modes": ["hs"],
                        "color_mode": "hs",
                        "brightness": 26,
                        "hs_color": [300.0, 50.0],
                        "rgb_color": [255, 128, 255],
                    },
                }
            ]
        }
    )
    vh = VirtualHome(home, clock=lambda: NOW)
    call(vh, "light.turn_on", "light.night")
    assert attr(vh, "light.night", "rgb_color") == [255, 128, 255]
    assert attr(vh, "light.night", "brightness") == 26
    assert "xy_color" not in entity(vh, "light.night").attributes
    call(vh, "light.turn_on", "light.night", {"color_name": "red"})
    assert attr(vh, "light.night", "rgb_color") == [255, 0, 0]


# -- valves ------------------------------------------------------------------------------------


def valve_home(**valves: tuple[str, dict[str, Any]]) -> VirtualHome:
    """A home of valves: ``name=(state, attributes)`` becomes ``valve.<name>``."""
    entities = [
        {
            "entity_id": f"valve.{name}",
            "name": name.replace("_", " ").title(),
            "state": state,
            "attributes": attributes,
        }
        for name, (state, attributes) in valves.items()
    ]
    return VirtualHome(Home.from_dict({"entities": entities}), clock=lambda: NOW)


def valve_state(vh: VirtualHome, entity_id: str) -> tuple[str, Any]:
    return entity(vh, entity_id).state, attr(vh, entity_id, "current_position")


def test_valve_with_positions_opens_closes_and_sets_its_position() -> None:
    # OPEN | CLOSE | SET_POSITION | STOP; open/close become positions 100/0.
    attributes = {"supported_features": 15, "current_position": 0, "device_class": "water"}
    vh = valve_home(main=("closed", attributes))
    main = "valve.main"
    call(vh, "valve.open_valve", main)
    assert valve_state(vh, main) == ("open", 100)
    call(vh, "valve.set_valve_position", main, {"position": "30"})
    assert valve_state(vh, main) == ("open", 30)
    call(vh, "valve.set_valve_position", main, {"position": 0})
    assert valve_state(vh, main) == ("closed", 0)
    call(vh, "valve.set_valve_position", main, {"position": 65})
    call(vh, "valve.close_valve", main)
    assert valve_state(vh, main) == ("closed", 0)
    assert attr(vh, main, "device_class") == "water"
    assert vh.calls[0] == ("valve.open_valve", [main], {})
    for bad, message in ((140, "between 0 and 100"), ("half", "whole number")):
        with pytest.raises(RejectedError, match=message):
            call(vh, "valve.set_valve_position", main, {"position": bad})
    with pytest.raises(RejectedError, match="does not accept 'brightness'"):
        call(vh, "valve.set_valve_position", main, {"position": 10, "brightness": 3})
    assert valve_state(vh, main) == ("closed", 0)


def test_valve_without_positions_only_changes_state() -> None:
    vh = valve_home(gas=("closed", {"supported_features": 3, "device_class": "gas"}))
    steps = [
        ("open_valve", "open"),
        ("close_valve", "closed"),
        ("toggle", "open"),
        ("toggle", "closed"),
    ]
    for service, state in steps:
        call(vh, f"valve.{service}", "valve.gas")
        assert valve_state(vh, "valve.gas") == (state, None), service
        assert "current_position" not in entity(vh, "valve.gas").attributes


def test_valve_refuses_what_its_features_do_not_allow() -> None:
    vh = valve_home(
        gas=("closed", {"supported_features": 3}),
        opener=("closed", {"supported_features": 1}),
        dumb=("open", {}),
    )
    refusals = [
        ("valve.set_valve_position", "valve.gas", {"position": 50}),
        ("valve.stop_valve", "valve.gas", {}),
        ("valve.close_valve", "valve.opener", {}),
        ("valve.toggle", "valve.opener", {}),  # toggle needs OPEN and CLOSE
        ("valve.open_valve", "valve.dumb", {}),
    ]
    for action, target, data in refusals:
        with pytest.raises(RejectedError, match=re.escape(f"({target}) does not support {action}")):
            call(vh, action, target, data)
    assert vh.calls == []
    call(vh, "valve.open_valve", "valve.opener")
    assert entity(vh, "valve.opener").state == "open"
    with pytest.raises(NotFoundError, match=re.escape("unknown service valve.turn_on")):
        call(vh, "valve.turn_on", "valve.gas")
    with pytest.raises(RejectedError, match="valve entities have no turn_on service"):
        call(vh, "homeassistant.turn_on", "valve.gas")
    call(vh, "homeassistant.toggle", "valve.gas")
    assert entity(vh, "valve.gas").state == "open"


def test_valve_stop_and_toggle_follow_the_direction_of_movement() -> None:
    vh = valve_home(
        filling=("opening", {"supported_features": 15, "current_position": 40}),
        draining=("closing", {"supported_features": 15, "current_position": 0}),
        no_stop=("closing", {"supported_features": 7, "current_position": 20}),
        main=("open", {"supported_features": 15, "current_position": 100}),
    )
    call(vh, "valve.stop_valve", "valve.filling")
    assert valve_state(vh, "valve.filling") == ("open", 40)
    call(vh, "valve.toggle", "valve.draining")  # moving and it can stop: it stops
    assert valve_state(vh, "valve.draining") == ("closed", 0)
    call(vh, "valve.toggle", "valve.no_stop")  # last seen closing: toggle opens it
    assert valve_state(vh, "valve.no_stop") == ("open", 100)
    call(vh, "valve.toggle", "valve.no_stop")  # now it last moved opening: it closes
    assert valve_state(vh, "valve.no_stop") == ("closed", 0)
    call(vh, "valve.set_valve_position", "valve.main", {"position": 30})
    call(vh, "valve.toggle", "valve.main")  # half closed, then toggled: back open
    assert valve_state(vh, "valve.main") == ("open", 100)
    call(vh, "valve.toggle", "valve.main")
    assert valve_state(vh, "valve.main") == ("closed", 0)
    call(vh, "valve.stop_valve", "valve.main")  # not moving: nothing to stop
    assert valve_state(vh, "valve.main") == ("closed", 0)


def test_valve_changes_are_announced_and_a_refused_call_changes_nothing() -> None:
    vh = valve_home(
        main=("closed", {"supported_features": 15, "current_position": 0}),
        gas=("closed", {"supported_features": 3}),
    )
    seen: list[StateChange] = []
    vh.subscribe(seen.append)
    with pytest.raises(RejectedError, match=re.escape("(valve.gas) does not support")):
        call(vh, "valve.set_valve_position", ["valve.main", "valve.gas"], {"position": 50})
    assert seen == [] and valve_state(vh, "valve.main") == ("closed", 0)
    result = call(vh, "valve.open_valve", ["valve.main", "valve.gas"])
    assert sorted((c.entity_id, c.state) for c in result.changed) == [
        ("valve.gas", "open"),
        ("valve.main", "open"),
    ]
    assert {c.entity_id for c in seen} == {"valve.gas", "valve.main"}
    assert {c.context_id for c in seen} == {result.context_id}
