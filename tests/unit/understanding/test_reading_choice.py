"""Which of several readings of a sentence is meant, in any language (issue 12): a number
said as a word is never read out of a longer word and comes after the literal word it also
is; a free-text item ends where the most words of the rule matched; a to-do item keeps its
capitals; a place named for media or robots means what is there."""

from __future__ import annotations

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner


def _steps(
    home: Home, language: str, text: str, area: str | None = None
) -> list[tuple[str, list[str], dict[str, object]]]:
    plan = Planner(home, language).plan(text, area=area, conversation=Conversation("t"))
    assert plan.error is None, (text, plan.reply)
    return [(s.action, s.targets, s.params) for s in plan.steps]


GERMAN = Home.from_dict(
    {
        "areas": [{"id": "wohnzimmer", "name": "Wohnzimmer"}],
        "entities": [
            {
                "entity_id": "fan.ceiling",
                "name": "Deckenventilator",
                "area": "wohnzimmer",
                "state": "off",
                "attributes": {"supported_features": 1, "percentage": 0},
            },
            {"entity_id": "todo.haushalt", "name": "Haushalt", "state": "0"},
        ],
    }
)


def test_a_word_that_is_also_a_number_is_first_the_word() -> None:
    # German "ein" is "on" and "one": "Deckenventilator ein" turns the fan on.
    assert _steps(GERMAN, "de", "Deckenventilator ein") == [("fan.turn_on", ["fan.ceiling"], {})]
    # A number said as a word where nothing else reads it still counts.
    assert _steps(GERMAN, "de", "Deckenventilator auf fünfzig Prozent") == [
        ("fan.set_percentage", ["fan.ceiling"], {"percentage": 50})
    ]


def test_a_free_text_item_ends_where_the_rule_goes_on() -> None:
    # Not "putzen zur liste": the reading that matched the most words of the rule wins.
    assert _steps(GERMAN, "de", "Putzen zur Liste Haushalt hinzufügen") == [
        ("todo.add_item", ["todo.haushalt"], {"item": "Putzen"})
    ]


def test_an_item_keeps_its_capitals() -> None:
    home = Home.from_dict(
        {"entities": [{"entity_id": "todo.shopping_list", "name": "Shopping List", "state": "0"}]}
    )
    assert _steps(home, "en", "add iPhone Charger to the shopping list") == [
        ("todo.add_item", ["todo.shopping_list"], {"item": "iPhone Charger"})
    ]


DANISH = Home.from_dict(
    {
        "areas": [{"id": "bathroom", "name": "Badeværelse"}],
        "entities": [
            {
                "entity_id": "cover.bath",
                "name": "Badeværelsesgardin",
                "area": "bathroom",
                "state": "open",
                "attributes": {
                    "device_class": "curtain",
                    "supported_features": 15,
                    "current_position": 100,
                },
            }
        ],
    }
)


def test_a_number_is_never_read_out_of_a_longer_word() -> None:
    # "gardinet" is "the curtain", not "gardin" + "et" (one): close it, never to 1 %.
    assert _steps(DANISH, "da", "luk for gardinet på badeværelset") == [
        ("cover.close_cover", ["cover.bath"], {})
    ]


PLAYERS = Home.from_dict(
    {
        "areas": [{"id": "sala", "name": "Sala"}, {"id": "quarto", "name": "Quarto"}],
        "entities": [
            {
                "entity_id": "media_player.tv_sala",
                "name": "TV da Sala",
                "area": "sala",
                "state": "playing",
            },
            {"entity_id": "media_player.tv", "name": "TV", "area": "sala", "state": "playing"},
            {
                "entity_id": "media_player.radio",
                "name": "Rádio",
                "area": "quarto",
                "state": "playing",
            },
            {"entity_id": "vacuum.robo", "name": "Robô", "area": "quarto", "state": "docked"},
            {"entity_id": "vacuum.outro", "name": "Aspirador", "area": "sala", "state": "docked"},
        ],
    }
)


def test_pause_in_a_room_pauses_what_plays_there_only() -> None:
    steps = _steps(PLAYERS, "pt-br", "pausar video da sala")
    assert [(a, sorted(t)) for a, t, _ in steps] == [
        ("media_player.media_pause", ["media_player.tv", "media_player.tv_sala"])
    ]
    # Said in the room without naming it: the players playing here, not the bedroom's radio.
    steps = _steps(PLAYERS, "pt-br", "pausar", area="sala")
    assert [(a, sorted(t)) for a, t, _ in steps] == [
        ("media_player.media_pause", ["media_player.tv", "media_player.tv_sala"])
    ]


def test_a_robot_for_a_room_is_the_one_that_lives_there() -> None:
    english = Home.from_dict(
        {
            "areas": [{"id": "bedroom", "name": "Bedroom"}, {"id": "hall", "name": "Hall"}],
            "entities": [
                {"entity_id": "vacuum.a", "name": "Robo A", "area": "bedroom", "state": "docked"},
                {"entity_id": "vacuum.b", "name": "Robo B", "area": "hall", "state": "docked"},
            ],
        }
    )
    assert [t for _, t, _ in _steps(english, "en", "vacuum the bedroom")] == [["vacuum.a"]]


def test_a_number_word_may_carry_a_particle() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "bedroom", "name": "침실"}],
            "entities": [
                {
                    "entity_id": "light.mood",
                    "name": "침실 무드등",
                    "area": "bedroom",
                    "state": "on",
                    "attributes": {"brightness": 40, "supported_color_modes": ["brightness"]},
                }
            ],
        }
    )
    # "최대로": "to the maximum", the particle 로 joined to the word.
    assert _steps(home, "ko", "침실 무드등 밝기 최대로 설정") == [
        ("light.turn_on", ["light.mood"], {"brightness_pct": 100})
    ]


def test_a_name_called_out_before_a_comma_is_read_with_the_command() -> None:
    home = Home.from_dict(
        {
            "entities": [
                {
                    "entity_id": "vacuum.roborock",
                    "name": "Roborock",
                    "state": "cleaning",
                    "attributes": {"supported_features": 16383},
                }
            ]
        }
    )
    assert _steps(home, "hr", "Roborock, vrati se u bazu") == [
        ("vacuum.return_to_base", ["vacuum.roborock"], {})
    ]
    # Clauses that are each a command are still read one by one.
    assert [a for a, _, _ in _steps(home, "en", "pause the roborock, then send it home")] == [
        "vacuum.pause",
        "vacuum.return_to_base",
    ]


def test_several_lists_and_no_shopping_list_ask_which() -> None:
    home = Home.from_dict(
        {
            "entities": [
                {"entity_id": "todo.chores", "name": "Chores", "state": "0"},
                {"entity_id": "todo.hardware", "name": "Hardware Store", "state": "0"},
            ]
        }
    )
    plan = Planner(home, "en").plan("add milk to the shopping list")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code.value == "ambiguous"


def test_a_rooms_name_with_a_plural_kind_is_the_whole_room() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "kitchen", "name": "Kitchen"}],
            "entities": [
                {"entity_id": "light.kitchen", "name": "Kitchen", "area": "kitchen", "state": "on"},
                {
                    "entity_id": "light.island",
                    "name": "Island Pendants",
                    "area": "kitchen",
                    "state": "on",
                },
            ],
        }
    )
    # "the kitchen lights": every light in the Kitchen, the one called "Kitchen" among them.
    assert [sorted(t) for _, t, _ in _steps(home, "en", "turn off the kitchen lights")] == [
        ["light.island", "light.kitchen"]
    ]
    # "the kitchen light": the one named so.
    assert [t for _, t, _ in _steps(home, "en", "turn off the kitchen light")] == [
        ["light.kitchen"]
    ]
