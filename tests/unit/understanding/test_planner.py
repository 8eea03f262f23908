"""The local planner against the demo home: what people say becomes the right steps."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bootstrap import demo_home_source
from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode, PlannerName, Risk
from app.understanding import Planner, UnknownLanguageError


@pytest.fixture(scope="module")
def planner() -> Planner:
    home = Home.load(demo_home_source())
    return Planner(home, "en")


def actions(plan: object) -> list[tuple[str, list[str], dict[str, object]]]:
    return [(s.action, sorted(s.targets), s.params) for s in plan.steps]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "area", "expected"),
    [
        (
            "dim the sofa lamp to 30 percent",
            None,
            [("light.turn_on", ["light.sofa_lamp"], {"brightness_pct": 30})],
        ),
        ("turn off the reading lamp", None, [("light.turn_off", ["light.sofa_lamp"], {})]),
        ("switch on the work lamp please", None, [("light.turn_on", ["light.desk_lamp"], {})]),
        (
            "turn off the lights",
            "kitchen",
            [("light.turn_off", ["light.kitchen_ceiling", "light.kitchen_counter"], {})],
        ),
        ("lock the front door", None, [("lock.lock", ["lock.front_door"], {})]),
        (
            "set the thermostat to 22 degrees",
            None,
            [("climate.set_temperature", ["climate.living_room"], {"temperature": 22})],
        ),
        (
            "close the bedroom curtains",
            None,
            [("cover.close_cover", ["cover.bedroom_curtains"], {})],
        ),
        (
            "set the living room blinds to 40%",
            None,
            [("cover.set_cover_position", ["cover.living_room_blinds"], {"position": 40})],
        ),
        (
            "add milk to the shopping list",
            None,
            [("todo.add_item", ["todo.shopping_list"], {"item": "milk"})],
        ),
        ("start the robot vacuum", None, [("vacuum.start", ["vacuum.robot_vacuum"], {})]),
        (
            "set the bedroom fan to 50 percent",
            None,
            [("fan.set_percentage", ["fan.bedroom_fan"], {"percentage": 50})],
        ),
        (
            "turn the sofa lamp red",
            None,
            [("light.turn_on", ["light.sofa_lamp"], {"color_name": "red"})],
        ),
        (
            "pause the kitchen speaker",
            None,
            [("media_player.media_pause", ["media_player.kitchen_speaker"], {})],
        ),
        (
            "set the tv volume to 20",
            None,
            [("media_player.volume_set", ["media_player.living_room_tv"], {"volume_level": 0.2})],
        ),
    ],
)
def test_direct_commands(
    planner: Planner, text: str, area: str | None, expected: list[object]
) -> None:
    plan = planner.plan(text, area=area)
    assert plan.error is None, plan.reply
    assert plan.planner is PlannerName.LOCAL
    assert actions(plan) == expected


def test_floor_targets_every_light_downstairs_and_nothing_upstairs(planner: Planner) -> None:
    plan = planner.plan("turn off the downstairs lights")
    (step,) = plan.steps
    assert step.action == "light.turn_off"
    home = planner.home
    assert all(
        home.floor_of_area(home.entities[t].area or "") == "downstairs" for t in step.targets
    )
    assert "light.kitchen_ceiling" in step.targets and "light.bedroom_ceiling" not in step.targets


def test_compound_and_then(planner: Planner) -> None:
    plan = planner.plan("turn off the downstairs lights and lock the front door")
    assert [s.action for s in plan.steps] == ["light.turn_off", "lock.lock"]
    assert not plan.steps[1].depends_on_previous
    plan = planner.plan("close the garage door, then lock the back door")
    assert [s.action for s in plan.steps] == ["cover.close_cover", "lock.lock"]
    assert plan.steps[1].depends_on_previous


def test_compound_carries_the_verb(planner: Planner) -> None:
    plan = planner.plan("turn off the hallway light and the desk lamp")
    assert actions(plan) == [
        ("light.turn_off", ["light.hallway"], {}),
        ("light.turn_off", ["light.desk_lamp"], {}),
    ]


def test_compound_pronoun_refers_to_previous_part(planner: Planner) -> None:
    plan = planner.plan("turn on the bedside lamp and dim it to 20 percent")
    assert actions(plan)[1] == ("light.turn_on", ["light.bedside_lamp"], {"brightness_pct": 20})


def test_follow_ups_in_a_conversation(planner: Planner) -> None:
    conversation = Conversation("c1")
    first = planner.plan("turn on the desk lamp", conversation=conversation)
    assert actions(first) == [("light.turn_on", ["light.desk_lamp"], {})]
    second = planner.plan("make it 40 percent", conversation=conversation)
    assert actions(second) == [("light.turn_on", ["light.desk_lamp"], {"brightness_pct": 40})]
    third = planner.plan("turn it off", conversation=conversation)
    assert actions(third) == [("light.turn_off", ["light.desk_lamp"], {})]


def test_follow_up_with_another_area(planner: Planner) -> None:
    conversation = Conversation("c2")
    planner.plan("turn off the living room lights", conversation=conversation)
    plan = planner.plan("and the kitchen too", conversation=conversation)
    assert plan.steps and plan.steps[0].action == "light.turn_off"
    assert set(plan.steps[0].targets) == {"light.kitchen_ceiling", "light.kitchen_counter"}


def test_pronoun_without_conversation_is_not_guessed(planner: Planner) -> None:
    plan = planner.plan("turn it off", conversation=Conversation("empty"))
    assert plan.steps == []
    assert plan.error is not None


def test_relative_changes(planner: Planner) -> None:
    plan = planner.plan("make it two degrees warmer", area="living_room")
    assert actions(plan) == [
        ("climate.set_temperature", ["climate.living_room"], {"temperature": 23})
    ]
    plan = planner.plan("dim the sofa lamp a bit")
    (step,) = plan.steps
    assert step.params["brightness_step_pct"] < 0


def test_questions_are_read_only_and_answered_from_state(planner: Planner) -> None:
    plan = planner.plan("is the garage door open?")
    assert plan.read_only and plan.steps[0].read_only
    assert plan.reply is not None and "closed" in plan.reply and plan.reply.startswith("No")
    plan = planner.plan("what's the temperature outside?")
    assert plan.reply is not None and "7.5" in plan.reply
    assert not plan.needs_confirmation


def test_high_risk_steps_need_confirmation(planner: Planner) -> None:
    for text in (
        "unlock the front door",
        "open the garage door",
        "disarm the alarm",
        "open the driveway gate",
    ):
        plan = planner.plan(text)
        assert plan.steps, text
        assert plan.steps[0].risk is Risk.HIGH, text
        assert plan.needs_confirmation, text


def test_misheard_words_are_corrected_and_confirmed(planner: Planner) -> None:
    plan = planner.plan("dim the sofa lamb to 30 percent")
    assert actions(plan) == [("light.turn_on", ["light.sofa_lamp"], {"brightness_pct": 30})]
    assert plan.corrected and plan.needs_confirmation
    plan = planner.plan("turn of the kitchen light")
    assert actions(plan) == [("light.turn_off", ["light.kitchen_ceiling"], {})]


@pytest.mark.parametrize(
    "text",
    [
        "what is the meaning of life",
        "turn on the jacuzzi",
        "asdf qwer zxcv",
        "make me a sandwich",
        "???",
    ],
)
def test_nonsense_plans_nothing(planner: Planner, text: str) -> None:
    plan = planner.plan(text)
    assert plan.steps == []
    assert plan.error is not None
    assert plan.reply


def test_ambiguous_name_asks_back_unless_this_area_decides() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "den", "name": "Den"}, {"id": "snug", "name": "Snug"}],
            "entities": [
                {"entity_id": "light.den_ceiling", "name": "Ceiling Light", "area": "den"},
                {"entity_id": "light.snug_ceiling", "name": "Ceiling Light", "area": "snug"},
            ],
        }
    )
    planner = Planner(home)
    plan = planner.plan("turn on the ceiling light")
    assert plan.steps == [] and plan.error is not None
    assert plan.error.code is ErrorCode.AMBIGUOUS
    assert plan.reply is not None and "Den" in plan.reply and "Snug" in plan.reply
    here = planner.plan("turn on the ceiling light", area="snug")
    assert actions(here) == [("light.turn_on", ["light.snug_ceiling"], {})]


def test_unexposed_entities_are_invisible(planner: Planner) -> None:
    home = Home.from_dict(
        {
            "entities": [
                {"entity_id": "lock.safe", "name": "Safe", "exposed": False, "state": "locked"}
            ]
        }
    )
    plan = Planner(home).plan("unlock the safe")
    assert plan.steps == []


def test_empty_and_huge_input(planner: Planner) -> None:
    assert planner.plan("").error.code is ErrorCode.EMPTY  # type: ignore[union-attr]
    assert planner.plan("   ").error.code is ErrorCode.EMPTY  # type: ignore[union-attr]
    huge = planner.plan("turn on the light " * 6000)
    assert huge.error is not None and huge.error.code is ErrorCode.TOO_LONG and huge.steps == []


def test_time_question_uses_the_injected_clock(planner: Planner) -> None:
    now = dt.datetime(2026, 3, 1, 7, 45, tzinfo=dt.UTC)
    plan = planner.plan("what time is it", now=now)
    assert plan.reply == "It's 07:45."


def test_other_languages_plan_device_commands() -> None:
    home = Home.load(demo_home_source())
    german = Planner(home, "de").plan("schalte die Sofa Lamp aus")
    assert actions(german) == [("light.turn_off", ["light.sofa_lamp"], {})]
    french = Planner(home, "fr").plan("allume Sofa Lamp")
    assert actions(french) == [("light.turn_on", ["light.sofa_lamp"], {})]


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(UnknownLanguageError, match="xx"):
        Planner(Home.from_dict({"entities": [{"entity_id": "light.a", "name": "A"}]}), "xx")


def test_position_on_a_cover_without_that_feature_is_refused(planner: Planner) -> None:
    plan = planner.plan("set the garage door to 50 percent")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.UNSUPPORTED


@pytest.mark.parametrize(
    ("text", "area", "expected"),
    [
        # A kind of device instead of its name, decided by this computer's area.
        (
            "turn off the tv",
            "living_room",
            [("media_player.turn_off", ["media_player.living_room_tv"], {})],
        ),
        (
            "mute the telly",
            "living_room",
            [
                (
                    "media_player.volume_mute",
                    ["media_player.living_room_tv"],
                    {"is_volume_muted": True},
                )
            ],
        ),
        # A name qualified by its area.
        ("turn on the bedroom fan", None, [("fan.turn_on", ["fan.bedroom_fan"], {})]),
        ("turn on the lamp in the office", None, [("light.turn_on", ["light.desk_lamp"], {})]),
        # Loose readings: one device, one cue.
        ("put the coffee machine on", None, [("switch.turn_on", ["switch.coffee_machine"], {})]),
        (
            "thermostat to 19.5",
            None,
            [("climate.set_temperature", ["climate.living_room"], {"temperature": 19.5})],
        ),
        (
            "put the bedroom fan on full",
            None,
            [("fan.set_percentage", ["fan.bedroom_fan"], {"percentage": 100})],
        ),
        (
            "kitchen speaker a bit quieter",
            None,
            [("media_player.volume_set", ["media_player.kitchen_speaker"], {"volume_level": 0.3})],
        ),
    ],
)
def test_everyday_phrasings(
    planner: Planner, text: str, area: str | None, expected: list[object]
) -> None:
    plan = planner.plan(text, area=area)
    assert plan.error is None, plan.reply
    assert actions(plan) == expected


def test_loose_reading_always_asks_first(planner: Planner) -> None:
    plan = planner.plan("fire up the coffee machine")
    assert plan.loose and plan.needs_confirmation


def test_bare_cue_refers_to_the_conversation() -> None:
    home = Home.load(demo_home_source())
    fan = home.entities["fan.bedroom_fan"]
    fan.state, fan.attributes["percentage"] = "on", 33
    planner = Planner(home)
    conversation = Conversation("c3")
    planner.plan("turn on the bedroom fan", conversation=conversation)
    plan = planner.plan("faster", conversation=conversation)
    assert actions(plan) == [("fan.set_percentage", ["fan.bedroom_fan"], {"percentage": 66})]


def test_loose_reading_refuses_two_devices_or_no_cue(planner: Planner) -> None:
    assert planner.plan("the coffee machine the sofa lamp on").steps == []
    assert planner.plan("sofa lamp coffee machine").steps == []
    assert planner.plan("is the coffee machine on").read_only


@pytest.mark.parametrize(
    ("text", "area", "target", "answer"),
    [
        ("is the telly on?", "living_room", "media_player.living_room_tv", "Yes"),
        ("what's the thermostat set to", None, "climate.living_room", "21"),
        ("how humid is it outside", None, "sensor.outdoor_humidity", "%"),
        ("what's the robot vacuum's battery at", None, "vacuum.robot_vacuum", "100"),
        ("is the alarm on", None, "alarm_control_panel.home_alarm", "No"),
    ],
)
def test_questions_about_one_device_or_a_measure(
    planner: Planner, text: str, area: str | None, target: str, answer: str
) -> None:
    plan = planner.plan(text, area=area)
    assert plan.error is None, plan.reply
    assert plan.read_only and plan.steps[0].targets == [target]
    assert plan.reply is not None and answer in plan.reply


def test_shopping_list_is_read_and_ticked_off(planner: Planner) -> None:
    plan = planner.plan("what's on the shopping list?")
    assert plan.read_only and plan.steps[0].action == "todo.get_items"
    assert plan.reply == "Shopping List: bread and eggs."
    plan = planner.plan("tick eggs off the shopping list")
    assert actions(plan) == [
        ("todo.update_item", ["todo.shopping_list"], {"item": "eggs", "status": "completed"})
    ]


def test_singular_and_plural_names(planner: Planner) -> None:
    plan = planner.plan("turn on the counter light")
    assert actions(plan) == [("light.turn_on", ["light.kitchen_counter"], {})]
    # "kitchen lights" is the kitchen's lights, not the one called "Kitchen Light".
    plan = planner.plan("turn off the kitchen lights")
    assert set(plan.steps[0].targets) == {"light.kitchen_ceiling", "light.kitchen_counter"}


def test_scene_and_alarm_modes(planner: Planner) -> None:
    assert actions(planner.plan("set the movie night scene")) == [
        ("scene.turn_on", ["scene.movie_night"], {})
    ]
    assert actions(planner.plan("set the home alarm to night mode")) == [
        ("alarm_control_panel.alarm_arm_night", ["alarm_control_panel.home_alarm"], {})
    ]


@pytest.mark.parametrize("text", ["order a pizza", "pause", "unlock", "brighter", "lower"])
def test_no_device_named_and_no_area_plans_nothing(planner: Planner, text: str) -> None:
    plan = planner.plan(text)
    assert [s for s in plan.steps if not s.read_only] == []
