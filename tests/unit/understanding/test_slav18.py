"""Czech words for kinds of device and questions (``resources/sentences/cs/``): every word
for a shading cover ("rolety", "žaluzie", "stínítka") names the blinds, shades, shutters and
awnings of the room, a device whose whole name holds a kind's word is that device, a kind's
own word said with a case ending is no narrower word, valves said with a floor or "tady",
and questions about locks, water sensors, covers that are moving and the people of the
home. The sentences are this file's own, not Home Assistant's intent tests."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.understanding.planner import Planner
from tests.helpers.small_homes import acts
from tests.helpers.small_homes import entity as _entity


def _planner(entities: list[dict[str, Any]]) -> Planner:
    home = Home.from_dict(
        {
            "floors": [{"id": "dole", "name": "Přízemí"}, {"id": "nahore", "name": "Podkroví"}],
            "areas": [
                {"id": "pracovna", "name": "Pracovna", "floor": "nahore"},
                {"id": "sklep", "name": "Sklep", "floor": "dole"},
                {"id": "dvorek", "name": "Dvorek", "floor": "dole"},
            ],
            "entities": entities,
        }
    )
    return Planner(home, "cs")


def _reads(plan: Any) -> list[str]:
    return sorted(t for step in plan.steps if step.read_only for t in step.targets)


def test_every_shading_word_names_the_awning_of_the_room() -> None:
    planner = _planner(
        [
            _entity("cover.slunecnik", "Slunečník", "pracovna", "open", device_class="awning"),
            _entity("cover.sklep", "Okénko", "sklep", "open", device_class="window"),
        ]
    )
    for said in (
        "stáhni žaluzie v pracovně",
        "zatáhni rolety v pracovně",
        "zatáhni stínítka v pracovně",
    ):
        plan = planner.plan(said)
        assert acts(plan) == [("cover.close_cover", ["cover.slunecnik"])], said


def test_a_kinds_own_word_with_a_case_ending_is_not_asked_about() -> None:
    planner = _planner(
        [_entity("cover.vychod", "Východní okno", "pracovna", "open", device_class="blind")]
    )
    plan = planner.plan("stáhni roletu v pracovně")
    assert acts(plan) == [("cover.close_cover", ["cover.vychod"])]
    assert not plan.needs_confirmation


def test_a_name_that_holds_a_kinds_word_is_that_device() -> None:
    planner = _planner(
        [
            _entity("cover.pracovna", "Žaluzie pracovna", "pracovna", "open", device_class="blind"),
            _entity("cover.okenice", "Okenice", "pracovna", "open", device_class="shutter"),
        ]
    )
    plan = planner.plan("zatáhni žaluzie pracovna")
    assert acts(plan) == [("cover.close_cover", ["cover.pracovna"])]
    plan = planner.plan("zatáhni žaluzie v pracovně")
    assert acts(plan) == [("cover.close_cover", ["cover.okenice", "cover.pracovna"])]


def test_a_valve_said_with_a_floor_or_here() -> None:
    planner = _planner(
        [
            _entity("valve.dvorek", "Kapková závlaha", "dvorek", "open"),
            _entity("valve.hlavni", "Hlavní přívod", None, "open"),
        ]
    )
    plan = planner.plan("zavři ventil v přízemí")
    assert acts(plan) == [("valve.close_valve", ["valve.dvorek"])]
    plan = planner.plan("zavři tady ventily", area="dvorek")
    assert acts(plan) == [("valve.close_valve", ["valve.dvorek"])]


def test_questions_about_locks_water_and_moving_covers() -> None:
    planner = _planner(
        [
            _entity("lock.sklep", "Zámek sklepa", "sklep", "locked"),
            _entity("lock.branka", "Branka", "dvorek", "unlocked"),
            _entity(
                "binary_sensor.voda", "Čidlo u bojleru", "sklep", "on", device_class="moisture"
            ),
            _entity("binary_sensor.pohyb", "Pohyb sklep", "sklep", "off", device_class="motion"),
            _entity("cover.vrata", "Vrata", "dvorek", "closing", device_class="garage"),
            _entity("cover.roleta", "Roleta", "pracovna", "open", device_class="blind"),
        ]
    )
    plan = planner.plan("jsou zamknuté některé zámky?")
    assert plan.error is None and "lock.sklep" in _reads(plan)
    assert plan.reply is not None and "Zámek sklepa" in plan.reply and "zamčeno" in plan.reply
    plan = planner.plan("je sklep zaplavený?")
    assert _reads(plan) == ["binary_sensor.voda"]
    plan = planner.plan("zavírá se vrata?")
    assert _reads(plan) == ["cover.vrata"]
    assert all(s.read_only for s in plan.steps)


def test_who_is_not_home() -> None:
    planner = _planner(
        [
            _entity("person.eliska", "Eliška", None, "home"),
            _entity("person.vojta", "Vojta", None, "not_home"),
        ]
    )
    plan = planner.plan("kdo není doma?")
    assert _reads(plan) == ["person.eliska", "person.vojta"]
    assert plan.reply is not None and plan.reply.startswith("Vojta")


def _kitchen(language: str) -> Planner:
    home = Home.from_dict(
        {
            "areas": [{"id": "kuchyne", "name": "Kuchyně"}, {"id": "balkon", "name": "Balkon"}],
            "entities": [
                # the kettle and the watering as each language calls them
                _entity(
                    "switch.varna", "Varná konvice", "kuchyne", "off", aliases=["Чайник", "Czajnik"]
                ),
                _entity(
                    "valve.kvetiny", "Kapkovač", "balkon", "closed", aliases=["Полив", "Podlewanie"]
                ),
                _entity("vacuum.uklid", "Uklízeč", "kuchyne", "docked"),
                _entity("climate.dum", "Termostat", "kuchyne", "heat", temperature=19),
            ],
        }
    )
    return Planner(home, language)


def test_a_kettle_said_by_what_it_is_for() -> None:
    for language, said in (
        ("cs", "uvař mi čaj"),
        ("uk", "постав чайник"),
        ("ru", "вскипяти воду для чая"),
        ("pl", "nastaw wodę na herbatę"),
    ):
        plan = _kitchen(language).plan(said)
        assert acts(plan) == [("switch.turn_on", ["switch.varna"])], said


def test_watering_and_cleaning_said_by_what_they_do() -> None:
    for language, said in (("ru", "полей цветы"), ("pl", "podlej kwiaty")):
        plan = _kitchen(language).plan(said)
        assert [(s.action, s.targets) for s in plan.steps] == [
            ("valve.open_valve", ["valve.kvetiny"])
        ], said
    for language, said in (("ru", "запусти уборку"), ("pl", "włącz sprzątanie")):
        plan = _kitchen(language).plan(said)
        assert acts(plan) == [("vacuum.start", ["vacuum.uklid"])], said


def test_ukrainian_temperature_without_a_room() -> None:
    planner = _kitchen("uk")
    plan = planner.plan("зроби температуру 22 градуси")
    assert [(s.action, s.targets, s.params) for s in plan.steps] == [
        ("climate.set_temperature", ["climate.dum"], {"temperature": 22})
    ]
    plan = planner.plan("скільки градусів?")
    assert _reads(plan) == ["climate.dum"]
