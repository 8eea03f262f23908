"""hassil is handed only the sentence templates that may read a text (app/understanding/
templates.py), and reads exactly what it read when handed them all."""

from __future__ import annotations

from typing import Any

import pytest
from hassil import Intents, recognize_all
from hassil.intents import SlotList, TextSlotList

from app.bootstrap import demo_home_source
from app.core.home import Home
from app.understanding import Planner
from app.understanding import planner as planner_module
from app.understanding.media import said_content
from app.understanding.templates import narrowed

SENTENCES = {
    "en": [
        "turn on the sofa lamp",
        "turn off the lights in the kitchen",
        "turn off the lights",
        "dim the sofa lamp to 30 percent",
        "set the living room blinds to 40%",
        "set the thermostat to 22 degrees",
        "make the thermostat two degrees warmer",
        "what's the temperature in the kitchen",
        "is the front door locked",
        "which lights are on in the living room",
        "lock the front door please",
        "turn on the sofa lamp and turn off the kitchen lights",
        "turn off the lights upstairs",
        "add milk to the shopping list",
        "set a timer for 5 minutes",
        "pause the music",
        "make me a sandwich",
        "turn it off",
        "close the curtains in the bedroom",
        "set the kitchen lights to red",
        "",
    ],
    "de": [
        "schalte die Küche aus",
        "mach das Licht im Wohnzimmer an",
        "wie warm ist es im Schlafzimmer",
        "stelle die Heizung auf 21 Grad",
    ],
    "fr": [
        "allume la lumière de la cuisine",
        "éteins toutes les lumières",
        "quelle est la température dans le salon",
        "ferme les volets de la chambre",
    ],
    "es": [
        "enciende la luz de la cocina",
        "apaga todas las luces",
        "sube la persiana del salón al 50 %",
        "cuál es la temperatura en el dormitorio",
    ],
}


@pytest.fixture(scope="module")
def home() -> Home:
    return Home.load(demo_home_source())


def _lists(text: str, planner: Planner) -> dict[str, SlotList]:
    """The slot lists the planner hands hassil for *text*."""
    slot_lists = planner.vocab.slot_lists(text)
    slot_lists["media_said"] = said_content(planner.home, text)
    return slot_lists


def _readings(text: str, intents: Intents, planner: Planner) -> list[Any]:
    slot_lists = _lists(text, planner)
    return [
        (
            r.intent.name,
            r.intent_sentence.text if r.intent_sentence else None,
            sorted((k, str(e.value), e.text, e.text_span) for k, e in r.entities.items()),
            sorted(r.context.items(), key=str),
            r.text_chunks_matched,
        )
        for r in recognize_all(
            text,
            intents,
            slot_lists=slot_lists,
            skip_words=planner.data.skip_words,
            language=planner.language,
        )
    ]


def _templates(intents: Intents) -> list[str | None]:
    return [t.text for i in intents.intents.values() for b in i.data for t in b.sentences]


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_the_readings_are_those_of_every_template(home: Home, language: str) -> None:
    planner = Planner(home, language)
    intents = planner.data.intents
    for text in SENTENCES[language]:
        fewer = narrowed(intents, text, planner.data.skip_words, _lists(text, planner))
        assert _readings(text, fewer, planner) == _readings(text, intents, planner), text


def test_a_request_is_read_against_a_small_part_of_the_templates(home: Home) -> None:
    planner = Planner(home, "en")
    intents = planner.data.intents
    text = "turn on the sofa lamp"
    fewer = narrowed(intents, text, planner.data.skip_words, _lists(text, planner))
    every = _templates(intents)
    kept = _templates(fewer)
    assert len(every) > 1000
    assert 0 < len(kept) < len(every) // 10
    assert set(kept) <= set(every)
    # the same words and lists are the same subset, not a new one per request
    again = narrowed(intents, text, planner.data.skip_words, _lists(text, planner))
    assert again is fewer


def test_the_planner_hands_hassil_the_narrowed_templates(
    home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    planner = Planner(home, "en")
    handed: list[int] = []
    real = planner_module.recognize_all  # type: ignore[attr-defined]

    def spy(text: str, intents: Intents, **kwargs: Any) -> Any:
        handed.append(len(_templates(intents)))
        return real(text, intents, **kwargs)

    monkeypatch.setattr(planner_module, "recognize_all", spy)
    plan = planner.plan("turn on the sofa lamp", area=None, now=None, conversation=None)
    assert plan.error is None
    assert [s.targets for s in plan.steps] == [["light.sofa_lamp"]]
    assert handed
    assert max(handed) < len(_templates(planner.data.intents)) // 10


SMALL = {
    "language": "en",
    "intents": {
        "Floors": {"data": [{"sentences": ["lights off on {floor}", "lights off (on|in) {area}"]}]},
        "Either": {"data": [{"sentences": ["lights off (in {area}|here)"]}]},
        "Own": {
            "data": [
                {
                    "sentences": ["lights off in {spot}"],
                    "lists": {"spot": {"values": ["nook"]}},
                }
            ]
        },
        "Top": {"data": [{"sentences": ["lights off at {spot}"]}]},
    },
    "lists": {
        "floor": {"values": ["attic"]},
        "area": {"values": ["kitchen"]},
        "spot": {"values": []},
    },
}


def test_a_template_that_needs_a_list_with_no_value_is_left_out() -> None:
    intents = Intents.from_dict(SMALL)
    text = "lights off on attic here in at nook"
    every = _templates(intents)
    assert len(every) == 5
    # the intents' own {spot} has no value: "lights off at {spot}" can read nothing, but
    # a block's own list ("lights off in {spot}" with "nook") is the block's to decide
    assert _templates(narrowed(intents, text, None, {})) == every[:4]
    spots: dict[str, SlotList] = {"spot": TextSlotList.from_strings(["nook"])}
    assert _templates(narrowed(intents, text, None, spots)) == every
    # {floor} said by no value: "lights off on {floor}" goes; an optional list ("here"
    # instead of {area}) is never a reason
    no_floor: dict[str, SlotList] = {"floor": TextSlotList(name="floor", values=[])}
    assert _templates(narrowed(intents, text, None, no_floor)) == every[1:4]
    no_area: dict[str, SlotList] = {"area": TextSlotList(name="area", values=[])}
    assert _templates(narrowed(intents, text, None, no_area)) == [every[0], *every[2:4]]
    # and what hassil reads is unchanged
    for said, lists in [
        ("lights off on attic", no_floor),
        ("lights off here", no_area),
        ("lights off in kitchen", no_area),
        ("lights off in nook", {}),
        ("lights off at nook", spots),
    ]:
        fewer = narrowed(intents, said, None, lists)
        assert [r.intent.name for r in recognize_all(said, fewer, slot_lists=lists)] == [
            r.intent.name for r in recognize_all(said, intents, slot_lists=lists)
        ], said


def test_a_template_whose_words_are_not_said_is_left_out() -> None:
    intents = Intents.from_dict(SMALL)
    assert _templates(narrowed(intents, "music on", None, {})) == []
    assert _templates(narrowed(intents, "LIGHTS, off! here", None, {})) == [
        "lights off (in {area}|here)"
    ]
