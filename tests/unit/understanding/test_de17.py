"""German and Dutch as people say it, session 17: a kind of cover said in the singular with a
room that has several of that kind ("mach den Vorhang im Esszimmer zu" where the Esszimmer
has a left and a right curtain) is all of them there, asked about first, never one guessed;
a greeting said before a command ("Servus, ...", "Hoi, ...") leaves the command; Swiss German
as a speech recogniser writes it ("Mach d Storen im Büro abe", "Lösch s Liecht") is read in
standard German words. The homes and sentences are this file's own."""

from __future__ import annotations

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from tests.helpers.small_homes import acts, confirmed, entity


def _cover(
    entity_id: str, name: str, area: str, device_class: str, state: str = "closed"
) -> object:
    return entity(entity_id, name, area, state, device_class=device_class, supported_features=15)


HOME = Home.from_dict(
    {
        "areas": [
            {"id": "ess", "name": "Esszimmer"},
            {"id": "buero", "name": "Büro"},
            {"id": "bad", "name": "Bad"},
        ],
        "entities": [
            _cover("cover.ess_vorhang_l", "Vorhang links", "ess", "curtain"),
            _cover("cover.ess_vorhang_r", "Vorhang rechts", "ess", "curtain"),
            _cover("cover.ess_rollo_l", "Rollo Fenster links", "ess", "blind"),
            _cover("cover.ess_rollo_r", "Rollo Fenster rechts", "ess", "blind"),
            _cover("cover.ess_laden", "Rollladen Tür", "ess", "shutter"),
            _cover("cover.buero_rollladen", "Bürorollladen", "buero", "shutter", "open"),
            entity(
                "light.bad", "Spiegelleuchte", "bad", "off", supported_color_modes=["brightness"]
            ),
            entity(
                "light.buero", "Schreibtischlampe", "buero", "on", supported_color_modes=["onoff"]
            ),
        ],
    }
)

NL_HOME = Home.from_dict(
    {
        "areas": [{"id": "eet", "name": "Eetkamer"}, {"id": "hal", "name": "Hal"}],
        "entities": [
            _cover("cover.eet_l", "Gordijn links", "eet", "curtain"),
            _cover("cover.eet_r", "Gordijn rechts", "eet", "curtain"),
            entity("light.hal", "Hallamp", "hal", "off", supported_color_modes=["onoff"]),
        ],
    }
)


def _plan(text: str, home: Home = HOME, language: str = "de", area: str | None = None) -> Plan:
    return Planner(home, language).plan(text, conversation=Conversation("c"), area=area)


# -- a kind of cover said in the singular with a room ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "action", "targets"),
    [
        (
            "mach den Vorhang im Esszimmer auf",
            "cover.open_cover",
            ["cover.ess_vorhang_l", "cover.ess_vorhang_r"],
        ),
        (
            "im Esszimmer die Gardine öffnen",
            "cover.open_cover",
            ["cover.ess_vorhang_l", "cover.ess_vorhang_r"],
        ),
        (
            "mach im Esszimmer den Vorhang auf",
            "cover.open_cover",
            ["cover.ess_vorhang_l", "cover.ess_vorhang_r"],
        ),
        # The word said is in two names: those two, not the Rollladen of the same kind.
        (
            "öffne das Rollo im Esszimmer",
            "cover.open_cover",
            ["cover.ess_rollo_l", "cover.ess_rollo_r"],
        ),
        (
            "Jalousie im Esszimmer runter",
            "cover.close_cover",
            ["cover.ess_laden", "cover.ess_rollo_l", "cover.ess_rollo_r"],
        ),
    ],
)
def test_one_cover_of_a_room_with_several_is_all_asked_first(
    text: str, action: str, targets: list[str]
) -> None:
    plan = _plan(text)
    assert confirmed(plan) == [(action, targets)]


def test_one_cover_of_this_room_is_all_asked_first() -> None:
    plan = _plan("Vorhang auf", area="ess")
    assert confirmed(plan) == [("cover.open_cover", ["cover.ess_vorhang_l", "cover.ess_vorhang_r"])]


def test_one_cover_with_no_room_of_several_rooms_is_still_asked_which() -> None:
    plan = _plan("mach das Rollo auf")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code == "ambiguous"


def test_the_one_cover_of_a_room_needs_no_question() -> None:
    assert acts(_plan("mach den Rollladen im Büro zu")) == [
        ("cover.close_cover", ["cover.buero_rollladen"])
    ]


def test_a_question_about_one_cover_of_several_changes_nothing() -> None:
    plan = _plan("ist der Vorhang im Esszimmer offen?")
    assert all(step.read_only for step in plan.steps)


def test_dutch_one_curtain_of_a_room_is_both_asked_first() -> None:
    plan = _plan("doe het gordijn in de eetkamer dicht", NL_HOME, "nl")
    assert confirmed(plan) == [("cover.close_cover", ["cover.eet_l", "cover.eet_r"])]


def test_a_language_without_the_rule_still_asks_which() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "din", "name": "Dining Room"}],
            "entities": [
                _cover("cover.l", "Curtain Left", "din", "curtain"),
                _cover("cover.r", "Curtain Right", "din", "curtain"),
            ],
        }
    )
    plan = _plan("open the curtain in the dining room", home, "en")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code == "ambiguous"


# -- a greeting before a command ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Servus, mach die Spiegelleuchte an",
        "Hallo Hearth, Spiegelleuchte an",
        "Guten Abend, schalte die Spiegelleuchte ein",
    ],
)
def test_a_greeting_before_a_command_leaves_the_command(text: str) -> None:
    assert acts(_plan(text)) == [("light.turn_on", ["light.bad"])]


def test_a_dutch_greeting_before_a_command() -> None:
    assert acts(_plan("Hoi, doe de hallamp aan", NL_HOME, "nl")) == [
        ("light.turn_on", ["light.hal"])
    ]


def test_a_greeting_alone_changes_nothing() -> None:
    plan = _plan("Servus")
    assert plan.steps == []


def test_a_scene_called_like_a_greeting_is_still_the_scene() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "bad", "name": "Bad"}],
            "entities": [
                entity("scene.morgen", "Guten Morgen", None, "scening"),
                entity("light.bad", "Spiegelleuchte", "bad", "off"),
            ],
        }
    )
    plan = Planner(home, "de")
    assert plan._greeting(["Guten Morgen", "bitte"]) is None
    assert plan._greeting(["Moin", "mach die Spiegelleuchte an"]) == "moin"


# -- Swiss German as it is written down -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "action", "target"),
    [
        ("Mach d Storen im Büro abe", "cover.close_cover", "cover.buero_rollladen"),
        ("Lösch s Liecht im Büro", "light.turn_off", "light.buero"),
        ("Mach bitte d Spiegelleuchte aa", "light.turn_on", "light.bad"),
    ],
)
def test_swiss_german_words(text: str, action: str, target: str) -> None:
    plan = _plan(text)
    assert plan.error is None, plan.error
    assert [(s.action, s.targets) for s in plan.steps] == [(action, [target])]


# -- follow-ups in another room -------------------------------------------------------------------

FOLLOW_HOME = Home.from_dict(
    {
        "areas": [
            {"id": "werk", "name": "Werkstatt", "aliases": ["Bastelraum"]},
            {"id": "gast", "name": "Gästezimmer"},
            {"id": "diele", "name": "Diele"},
        ],
        "entities": [
            _cover("cover.werk", "Rollo Werkstatt", "werk", "blind", "open"),
            _cover("cover.gast", "Rollo Gäste", "gast", "blind", "open"),
            entity(
                "climate.diele",
                "Fußbodenheizung",
                "diele",
                "heat",
                temperature=20,
                hvac_modes=["off", "heat"],
                supported_features=1,
            ),
            entity(
                "climate.gast",
                "Thermostat Gäste",
                "gast",
                "heat",
                temperature=18,
                hvac_modes=["off", "heat"],
                supported_features=1,
            ),
        ],
    }
)


def _two(first: str, then: str, home: Home = FOLLOW_HOME) -> Plan:
    planner = Planner(home, "de")
    conversation = Conversation("c")
    done = planner.plan(first, conversation=conversation)
    assert done.error is None, done.error
    return planner.plan(then, conversation=conversation)


def test_follow_up_in_another_room_after_a_room_said_by_its_other_name() -> None:
    plan = _two("Rollo im Bastelraum runter", "und im Gästezimmer auch")
    assert acts(plan) == [("cover.close_cover", ["cover.gast"])]


def test_follow_up_in_another_room_after_a_compound_name() -> None:
    plan = _two("Fußbodenheizung auf 23", "und im Gästezimmer auf 19")
    assert plan.error is None, plan.error
    assert [(s.action, s.targets, dict(s.params)) for s in plan.steps] == [
        ("climate.set_temperature", ["climate.gast"], {"temperature": 19})
    ]


# -- "<name> status" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "home", "target"),
    [
        ("Spiegelleuchte Status", "de", HOME, "light.bad"),
        ("hallamp status", "nl", NL_HOME, "light.hal"),
        ("hallamp huidige status", "nl", NL_HOME, "light.hal"),
    ],
)
def test_a_name_then_status_asks_its_state(
    text: str, language: str, home: Home, target: str
) -> None:
    plan = _plan(text, home, language)
    assert plan.error is None, plan.error
    assert [(s.action, s.targets) for s in plan.steps] == [("state.get", [target])]
    assert all(s.read_only for s in plan.steps)
