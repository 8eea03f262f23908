"""Slavic names said with a case ending (``inflection.yaml`` of Slovene, Croatian and Serbian
(Latin)): a device and its room said in the case the sentence puts them in are the home's own
names, and a room's case forms are not put after a device's name with "in", so
that a home of many rooms builds as fast as without them. The sentences are this file's
own, not Home Assistant's intent tests."""

from __future__ import annotations

import time

import pytest

from app.understanding import case_forms
from app.understanding.planner import Planner
from tests.helpers.small_homes import acts
from tests.helpers.small_homes import entity as _entity
from tests.helpers.small_homes import home as _home


@pytest.mark.parametrize(
    ("language", "rooms", "devices", "said", "meant"),
    [
        (
            "sl",
            {"delavnica": "Delavnica", "klet": "Klet"},
            [("light.bench", "Namizna svetilka", "delavnica"), ("switch.pump", "Črpalka", "klet")],
            "prižgi namizno svetilko v delavnici",
            ("light.turn_on", ["light.bench"]),
        ),
        (
            "sl",
            {"delavnica": "Delavnica", "klet": "Klet"},
            [("light.bench", "Namizna svetilka", "delavnica"), ("switch.pump", "Črpalka", "klet")],
            "izklopi črpalko",
            ("switch.turn_off", ["switch.pump"]),
        ),
        (
            "hr",
            {"radionica": "Radionica", "podrum": "Podrum"},
            [("light.bench", "Stolna lampa", "radionica"), ("switch.pump", "Pumpa", "podrum")],
            "upali stolnu lampu u radionici",
            ("light.turn_on", ["light.bench"]),
        ),
        (
            "hr",
            {"radionica": "Radionica", "podrum": "Podrum"},
            [("light.bench", "Stolna lampa", "radionica"), ("switch.pump", "Pumpa", "podrum")],
            "isključi pumpu",
            ("switch.turn_off", ["switch.pump"]),
        ),
        (
            "sr-Latn",
            {"radionica": "Radionica", "podrum": "Podrum"},
            [("light.bench", "Stona lampa", "radionica"), ("switch.pump", "Pumpa", "podrum")],
            "upali stonu lampu u radionici",
            ("light.turn_on", ["light.bench"]),
        ),
        (
            "sr-Latn",
            {"radionica": "Radionica", "podrum": "Podrum"},
            [("light.bench", "Stona lampa", "radionica"), ("switch.pump", "Pumpa", "podrum")],
            "isključi pumpu",
            ("switch.turn_off", ["switch.pump"]),
        ),
    ],
)
def test_names_said_with_case_endings_are_the_homes_names(
    language: str,
    rooms: dict[str, str],
    devices: list[tuple[str, str, str]],
    said: str,
    meant: tuple[str, list[str]],
) -> None:
    home = _home(rooms, [_entity(eid, name, area, "off") for eid, name, area in devices])
    plan = Planner(home, language).plan(said)
    assert acts(plan) == [meant]


@pytest.mark.parametrize("language", ["sl", "hr", "sr-Latn"])
def test_languages_list_their_endings(language: str) -> None:
    endings = case_forms.word_endings(language)
    assert endings, language
    lengths = [len(ending) for ending, _ in endings]
    assert lengths == sorted(lengths, reverse=True)  # the longest ending is tried first


def test_a_rooms_case_forms_name_the_room_and_stand_before_a_device_name_only() -> None:
    # Twenty rooms of two lights each: the rooms' case forms put after every light's name
    # with "in" made two phrases per form and name; now they stand only before it.
    rooms = {f"soba{i}": f"Soba {letter}" for i, letter in enumerate("abcdefghijklmnoprstu")}
    entities = [
        _entity(f"light.l{i}", f"Stropna svetilka {i}", area, "off")
        for i, area in enumerate(list(rooms) * 2)
    ]
    started = time.process_time()
    planner = Planner(_home(rooms, entities), "sl")
    assert time.process_time() - started < 3.0
    assert planner.vocab.area_by_word.get("sobi a") == "soba0"  # "v sobi a"
    assert "sobi a stropna svetilka 0" in planner.vocab.name_index  # before the name
    after = [p for p in planner.vocab.name_index if " in sobi " in p or " in the sobi " in p]
    assert not after
    plan = planner.plan("prižgi stropno svetilko 1 v sobi b")
    assert acts(plan) == [("light.turn_on", ["light.l1"])]


# -- Slovene: a sensor asked about by what it senses, "sprožen" ----------------------------------


def _sl_sensor_home() -> Planner:
    rows = [
        _entity("binary_sensor.kotlovnica_plin", "Plin kotlovnica", "kotlovnica", "off"),
        _entity("binary_sensor.hodnik_co", "Javljalnik CO", "hodnik", "on"),
        _entity("binary_sensor.hodnik_gibanje", "Gibanje hodnik", "hodnik", "on"),
        _entity("light.hodnik", "Luč na hodniku", "hodnik", "off"),
    ]
    rows[0]["attributes"] = {"device_class": "gas"}
    rows[1]["attributes"] = {"device_class": "carbon_monoxide"}
    rows[2]["attributes"] = {"device_class": "motion"}
    return Planner(_home({"kotlovnica": "Kotlovnica", "hodnik": "Hodnik"}, rows), "sl")


@pytest.mark.parametrize(
    ("said", "read", "answer"),
    [
        ("je sprožen kateri senzor plina?", ["binary_sensor.kotlovnica_plin"], "vse mirno"),
        ("ali je sprožen kakšen senzor co?", ["binary_sensor.hodnik_co"], "Da, "),
        ("koliko senzorjev gibanja je sproženih?", ["binary_sensor.hodnik_gibanje"], "1 ("),
    ],
)
def test_sl_a_sensor_said_triggered_is_asked_about(said: str, read: list[str], answer: str) -> None:
    plan = _sl_sensor_home().plan(said)
    assert plan.error is None, plan.error
    assert [s.action for s in plan.steps] == ["state.get"]
    assert sorted(plan.steps[0].targets) == read
    assert answer in (plan.reply or "")


# -- Serbian (Latin): media and vacuum commands in either word order and the polite forms --------


def _sr_media_home() -> Planner:
    rows = [
        _entity("media_player.radio", "Zvučnik", "trpezarija", "playing"),
        _entity("vacuum.robi", "Robi", "trpezarija", "docked"),
        _entity("light.trpezarija", "Luster", "trpezarija", "off"),
    ]
    return Planner(_home({"trpezarija": "Trpezarija", "hodnik": "Hodnik"}, rows), "sr-Latn")


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        (
            "preskočite ovu numeru na zvučniku",
            ("media_player.media_next_track", ["media_player.radio"]),
        ),
        ("u trpezariji sledeća pesma", ("media_player.media_next_track", ["media_player.radio"])),
        (
            "prethodna stvar na zvučniku",
            ("media_player.media_previous_track", ["media_player.radio"]),
        ),
        ("robi idi na punjenje", ("vacuum.return_to_base", ["vacuum.robi"])),
        ("pošaljite robi natrag na stanicu", ("vacuum.return_to_base", ["vacuum.robi"])),
        ("očisti pod robi", ("vacuum.start", ["vacuum.robi"])),
    ],
)
def test_sr_latn_media_and_vacuum_commands(said: str, meant: tuple[str, list[str]]) -> None:
    assert acts(_sr_media_home().plan(said)) == [meant]
