"""Sentences whose meaning a word changes (issue 12): a condition or a later time ("… when I
get home", "at 8 pm") is never dropped to act now with nobody asked (app/understanding/
not_now.py), and the perturbation benchmark (benchmarks/perturb.py) finds such cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.home import Home
from app.core.plan import Plan
from app.understanding import Planner
from app.understanding.not_now import load_not_now, unused
from benchmarks import perturb
from tests.helpers.builders import lamp_source
from tests.helpers.small_homes import entity, home

HOME = home(
    {"living": "Living Room", "kitchen": "Kitchen", "bathroom": "Bathroom"},
    [
        entity("light.reading", "Reading Lamp", "living", "off", brightness=None),
        entity("light.ceiling", "Ceiling Light", "living", "off", brightness=None),
        entity("light.kitchen", "Kitchen Light", "kitchen", "off", brightness=None),
        entity("switch.dehumidifier", "Dehumidifier", "bathroom", "off"),
        entity("lock.front", "Front Door", None, "unlocked"),
        entity("todo.shopping_list", "Shopping List", None, "0"),
    ],
)


def _changes(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(s.action, s.targets) for s in plan.steps if not s.read_only]


def _plan(text: str, language: str = "en", home_: Home = HOME) -> Plan:
    return Planner(home_, language).plan(text)


@pytest.mark.parametrize(
    "text",
    [
        "turn on the reading lamp when I get home",
        "if it rains, turn on the reading lamp",
        "turn on the reading lamp at 8 pm",
        "in 10 minutes turn on the reading lamp",
        "turn on the reading lamp tomorrow morning",
        "the bathroom's all steamed up when I get home",
        "it's too dark in the living room once the sun sets",
    ],
)
def test_a_later_or_conditional_command_is_asked_about_first(text: str) -> None:
    plan = _plan(text)
    assert not _changes(plan) or plan.needs_confirmation, plan.to_json()


def test_the_words_left_out_are_shown() -> None:
    plan = _plan("turn on the reading lamp when I get home")
    assert _changes(plan) == [("light.turn_on", ["light.reading"])]
    assert plan.needs_confirmation
    assert plan.reply is not None and "when I get home" in plan.reply


@pytest.mark.parametrize("text", ["turn on the reading lamp", "turn on the reading lamp please"])
def test_a_command_for_now_still_runs_unasked(text: str) -> None:
    plan = _plan(text)
    assert _changes(plan), plan.to_json()
    assert not plan.needs_confirmation, plan.to_json()


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("turn on the lamp if you can", []),
        ("turn off the lamp if it's still on", []),
        ("turn on the lamp when you get a chance", []),
        ("turn on the lamp once the sun sets", ["once the sun sets"]),
        ("if nobody is home, turn off the lamp", ["if nobody is home"]),
        ("turn on the lamp at 7:30 am", ["at 7:30 am"]),
        ("turn the lamp on in half an hour", ["in half an hour"]),
    ],
)
def test_polite_words_only_look_like_a_condition(text: str, left: list[str]) -> None:
    words = load_not_now("en")
    assert words is not None
    plan = Plan(text=text)
    assert unused(text, plan, words) == left


def test_words_a_step_keeps_are_not_left_out() -> None:
    words = load_not_now("en")
    assert words is not None
    plan = _plan("add call the plumber tomorrow morning to the shopping list")
    assert [s.action for s in plan.steps] == ["todo.add_item"]
    assert unused("add call the plumber tomorrow morning to the shopping list", plan, words) == []


def test_a_timer_reads_its_own_time() -> None:
    plan = _plan("set a timer for 10 minutes")
    assert [s.action for s in plan.steps] == ["timer.start"]
    assert not plan.needs_confirmation


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Schalte die Leselampe ein, wenn ich nach Hause komme"),
        ("de", "Schalte die Leselampe um 20 Uhr ein"),
        ("fr", "S'il pleut, allume la lampe de lecture"),
        ("fr", "Allume la lampe de lecture dans 10 minutes"),
        ("es", "Si llueve, enciende la lámpara de lectura"),
        ("es", "Enciende la lámpara de lectura a las 8 de la noche"),
    ],
)
def test_other_languages_hold_too(language: str, text: str) -> None:
    lamp = home(
        {"living": "Wohnzimmer"},
        [
            entity("light.reading", "Leselampe", "living", "off"),
            entity("light.lectura", "Lámpara de lectura", "living", "off"),
            entity("light.lecture", "Lampe de lecture", "living", "off"),
        ],
    )
    plan = _plan(text, language, lamp)
    assert not _changes(plan) or plan.needs_confirmation, plan.to_json()


COVERS = home(
    {"kitchen": "Kitchen", "bedroom": "Master Bedroom", "drive": "Driveway"},
    [
        entity("cover.kitchen_blind", "Kitchen Blind", "kitchen", "closed", device_class="blind"),
        entity("cover.curtains", "Bedroom Curtains", "bedroom", "closed", device_class="curtain"),
        entity("cover.gate", "Gate", "drive", "closed", device_class="gate"),
    ],
)


@pytest.mark.parametrize(
    "text",
    ["open the gate in the kitchen", "open the garage door in the master bedroom"],
)
def test_a_rooms_word_is_never_a_covers_name(text: str) -> None:
    plan = _plan(text, home_=COVERS)
    assert _changes(plan) == [], plan.to_json()


def test_a_cover_named_with_its_room_still_opens() -> None:
    plan = _plan("open the kitchen blind", home_=COVERS)
    assert _changes(plan) == [("cover.open_cover", ["cover.kitchen_blind"])]


# -- the benchmark --------------------------------------------------------------------------


def test_negation_forms_per_language() -> None:
    assert perturb.negate("turn on the lamp", "en") == "don't turn on the lamp"
    assert perturb.negate("please turn on the lamp", "en") == "please don't turn on the lamp"
    assert perturb.negate("my sister is staying", "en") is None
    assert perturb.negate("Schalte das Licht ein", "de") == "Schalte das Licht nicht ein"
    assert perturb.negate("Öffne die Garage", "de") == "Öffne die Garage nicht"
    assert perturb.negate("Allume la lumière", "fr") == "N'allume pas la lumière"
    assert perturb.negate("Ferme le volet", "fr") == "Ne ferme pas le volet"
    assert perturb.negate("Enciende la luz", "es") == "No enciende la luz"


def test_unknown_names_are_ones_the_home_lacks() -> None:
    source = lamp_source("turn on the reading lamp", target_names=("Reading Lamp",))
    out = perturb.unknown_name(source, HOME, seed=1)
    assert out is not None and "reading lamp" not in out
    assert out.startswith("turn on the ")
    assert perturb.unknown_verb(source, seed=1) is not None
    assert perturb.flip("lock the front door", "en", frozenset({"lock"})) == (
        "unlock the front door"
    )


def test_the_ambiguous_cut_needs_several_alike_and_nothing_else_said() -> None:
    source = lamp_source("turn on the reading lamp", state="off")
    assert perturb.ambiguous(source, HOME) == "turn on the light"
    kitchen = lamp_source("turn on the reading lamp in the kitchen", state="off")
    assert perturb.ambiguous(kitchen, HOME) is None  # "kitchen" says which
    every = lamp_source("turn on all the lights but the reading lamp", state="off")
    assert perturb.ambiguous(every, HOME) is None  # the kind is said already
    called_so = home(
        {"hall": "Hall"},
        [entity("light.a", "Light", "hall", "off"), entity("light.b", "Desk Lamp", None, "off")],
    )
    assert perturb.ambiguous(source, called_so) is None  # a device called "Light"


def test_a_wrong_room_is_one_the_device_is_not_in() -> None:
    source = lamp_source("turn on the reading lamp", target_areas=("living",))
    out = perturb.wrong_room(source, HOME, seed=3)
    assert out in {
        "turn on the reading lamp in the kitchen",
        "turn on the reading lamp in the bathroom",
    }
    placed = lamp_source(
        "turn on the reading lamp in the living room",
        areas=("living room",),
        target_areas=("living",),
    )
    assert perturb.wrong_room(placed, HOME, seed=3) is None


def test_judge_sorts_plans() -> None:
    step = {"action": "light.turn_on", "targets": ["light.reading"]}
    assert perturb.judge({"steps": [step]}, unasked=True) == "wrong"
    assert perturb.judge({"steps": [step], "needs_confirmation": True}, unasked=False) == "asked"
    assert perturb.judge({"steps": [], "error": {"code": "ambiguous"}}, unasked=False) == "asked"
    assert perturb.judge({"steps": [], "reply": "Reading Lamp is off."}, unasked=False) == "fine"


def test_the_benchmark_runs_on_a_tiny_input(tmp_path: Path) -> None:
    lang = tmp_path / "en"
    lang.mkdir()
    (lang / "_fixtures.yaml").write_text(
        json.dumps(
            {
                "language": "en",
                "areas": [{"name": "Living Room", "id": "living_room"}],
                "entities": [
                    {
                        "name": "Reading Lamp",
                        "id": "light.reading_lamp",
                        "area": "living_room",
                        "state": "off",
                    },
                    {"name": "Desk Lamp", "id": "light.desk_lamp", "state": "off"},
                ],
            }
        )
    )
    tests = {
        "language": "en",
        "tests": [
            {
                "sentences": [f"turn on the reading lamp{'!' * i}" for i in range(12)],
                "intent": {"name": "HassTurnOn", "slots": {"name": "Reading Lamp"}},
            }
        ],
    }
    (lang / "light_HassTurnOn.yaml").write_text(json.dumps(tests))
    out = tmp_path / "out.json"
    corpora: list[Path] = []
    assert perturb.main(["--lang", "en", "--data", str(tmp_path), "--json", str(out)], corpora) == 0
    data = json.loads(out.read_text())
    kinds = {case["kind"] for case in data["cases"]}
    assert {"negation", "condition", "question", "unknown_name", "unknown_verb"} <= kinds
    assert "wrong_room" not in kinds or data["summary"]["en"]["wrong_room"]["total"] > 0
    assert all(case["outcome"] in perturb.OUTCOMES for case in data["cases"])
    assert data["summary"]["en"]["all"]["wrong"] == 0
    assert perturb.main(["--lang", "xx", "--data", str(tmp_path)]) == perturb.EXIT_MISSING
