"""Slavic languages in small homes: questions about what a sensor measures said in Slovene,
Croatian and Serbian (Latin) (``measures`` in their ``questions.yaml``, Serbian's in its own
``sr-Latn`` folder), several sensors called by one name answered by the one that reads what is
asked, Bulgarian words for every kind of window cover (``bg/device_types.yaml``), Slovak
locks, "tu" and case endings (``sk/inflection.yaml``), and "what" said first in Ukrainian
and Polish. Elsewhere names said with a case ending are given as aliases, as a Home Assistant
home gives them. The sentences are this file's own, not Home Assistant's intent tests."""

from __future__ import annotations

from app.core.home import Home
from app.understanding.planner import Planner
from app.understanding.question_data import load_questions
from tests.helpers.small_homes import entity as _entity
from tests.helpers.small_homes import home as _home
from tests.helpers.small_homes import reads as _reads


def _sensor(
    entity_id: str, name: str, area: str | None, device_class: str, aliases: list[str]
) -> dict[str, object]:
    row: dict[str, object] = _entity(
        entity_id,
        name,
        area,
        "12",
        device_class=device_class,
        unit_of_measurement="x",
        aliases=aliases,
    )
    return row


def _weather_station_home(names: dict[str, str], said: dict[str, list[str]]) -> Home:
    """A home with a garden weather station of several sensors (each called *names*' word for
    the station), a workshop air sensor and a light; *said*: the forms each name (key of
    *names*) is also called by."""
    station, air = names["station"], names["air"]
    return Home.from_dict(
        {
            "areas": [
                {"id": "vrt", "name": names["garden"], "aliases": said.get("garden", [])},
                {"id": "radiona", "name": names["workshop"], "aliases": said.get("workshop", [])},
            ],
            "entities": [
                _sensor("sensor.station_wind", station, "vrt", "wind_speed", said["station"]),
                _sensor("sensor.station_rain", station, "vrt", "precipitation", said["station"]),
                _sensor(
                    "sensor.station_pressure",
                    station,
                    "vrt",
                    "atmospheric_pressure",
                    said["station"],
                ),
                _sensor("sensor.station_temp", station, "vrt", "temperature", said["station"]),
                _sensor("sensor.workshop_ozone", air, "radiona", "ozone", said["air"]),
                _sensor("sensor.workshop_pm10", air, "radiona", "pm10", said["air"]),
                _sensor("sensor.workshop_lux", names["lux"], "radiona", "illuminance", []),
                _entity("light.workshop", names["light"], "radiona", "off"),
            ],
        }
    )


# -- Slovene ---------------------------------------------------------------------------------


def _sl_home() -> Home:
    return _weather_station_home(
        {
            "station": "Vremenska postaja",
            "garden": "Vrt",
            "workshop": "Delavnica",
            "air": "Zračnik",
            "lux": "Svetlomer",
            "light": "Stropna luč",
        },
        {"station": ["vremenski postaji"], "air": ["zračniku"], "workshop": ["delavnici"]},
    )


def test_sl_a_measure_said_with_its_own_word_reads_that_sensor_of_a_named_station() -> None:
    planner = Planner(_sl_home(), "sl")
    assert _reads(planner.plan("kakšna je koncentracija ozona v zračniku?")) == [
        "sensor.workshop_ozone"
    ]
    assert _reads(planner.plan("kakšna je raven pm10 v zračniku?")) == ["sensor.workshop_pm10"]


def test_sl_illuminance_in_a_room_is_read_from_the_rooms_light_sensor() -> None:
    planner = Planner(_sl_home(), "sl")
    assert _reads(planner.plan("kakšna je osvetljenost v delavnici?")) == ["sensor.workshop_lux"]


def test_sl_a_measure_question_never_switches_anything() -> None:
    plan = Planner(_sl_home(), "sl").plan("kakšna je stopnja osvetlitve v delavnici?")
    assert all(step.action == "state.get" for step in plan.steps)
    assert plan.error is None


# -- Croatian and Serbian (Latin) --------------------------------------------------------------


def _hr_home() -> Home:
    return _weather_station_home(
        {
            "station": "Meteo stanica",
            "garden": "Vrt",
            "workshop": "Radiona",
            "air": "Pročišćivač",
            "lux": "Mjerač svjetla",
            "light": "Stropno svjetlo",
        },
        {"station": ["meteo stanice"], "air": ["pročišćivača"]},
    )


def test_hr_several_sensors_of_one_name_answer_with_the_one_of_the_measure() -> None:
    planner = Planner(_hr_home(), "hr")
    assert _reads(planner.plan("koja je brzina vjetra meteo stanice?")) == ["sensor.station_wind"]
    assert _reads(planner.plan("kolika je količina padalina meteo stanice?")) == [
        "sensor.station_rain"
    ]
    assert _reads(planner.plan("koja je razina ozona pročišćivača?")) == ["sensor.workshop_ozone"]


def test_hr_a_measure_question_is_read_never_done() -> None:
    plan = Planner(_hr_home(), "hr").plan("koliki je tlak zraka meteo stanice?")
    assert _reads(plan) == ["sensor.station_pressure"]
    assert not plan.needs_confirmation


def test_sr_latn_reads_its_own_question_words_not_croatian_ones() -> None:
    serbian, croatian = load_questions("sr-Latn"), load_questions("hr")
    assert serbian is not None and croatian is not None
    assert serbian is not croatian
    home = _weather_station_home(
        {
            "station": "Meteo stanica",
            "garden": "Bašta",
            "workshop": "Radionica",
            "air": "Prečistač",
            "lux": "Merač svetla",
            "light": "Plafonsko svetlo",
        },
        {"station": ["meteo stanice"], "air": ["prečistača"]},
    )
    planner = Planner(home, "sr-Latn")
    assert _reads(planner.plan("koja je brzina vetra meteo stanice?")) == ["sensor.station_wind"]
    assert _reads(planner.plan("koliki je vazdušni pritisak meteo stanice?")) == [
        "sensor.station_pressure"
    ]


# -- Bulgarian ----------------------------------------------------------------------------------


def _bg_home() -> Home:
    return _home(
        {"spalnia": "Спалня", "hol": "Хол"},
        [
            _entity(
                "cover.spalnia", "Пердето до леглото", "spalnia", "open", device_class="curtain"
            ),
            _entity("cover.hol_1", "Голямата щора", "hol", "open", device_class="blind"),
            _entity("cover.hol_2", "Малката щора", "hol", "open", device_class="shutter"),
            _entity("light.hol", "Лампата", "hol", "off"),
        ],
    )


def test_bg_a_word_for_window_covers_closes_the_covers_of_the_room_said() -> None:
    planner = Planner(_bg_home(), "bg")
    plan = planner.plan("затвори щорите в спалнята")
    assert plan.error is None, plan.error
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [
        ("cover.close_cover", ["cover.spalnia"])
    ]
    plan = planner.plan("спусни кепенците в хола")
    assert plan.error is None, plan.error
    assert sorted(t for s in plan.steps for t in s.targets) == ["cover.hol_1", "cover.hol_2"]
    assert all(s.action == "cover.close_cover" for s in plan.steps)


# -- Slovak locks and "tu" -------------------------------------------------------------------


def test_sk_every_lock_of_the_room_here_is_asked_about_first() -> None:
    home = _home(
        {"vchod": "Vchod", "garaz": "Garáž"},
        [
            _entity("lock.dvere", "Dvere", "vchod", "locked"),
            _entity("lock.brana", "Brána", "garaz", "locked"),
            _entity("light.vchod", "Svetlo", "vchod", "off"),
        ],
    )
    plan = Planner(home, "sk").plan("odomkni tu všetky zámky", area="vchod")
    assert plan.error is None, plan.error
    assert plan.needs_confirmation
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [("lock.unlock", ["lock.dvere"])]


# -- "what" said first ----------------------------------------------------------------------------


def test_what_said_first_lists_the_devices_in_that_state() -> None:
    uk = _home(
        {"kukhnia": "Кухня", "spalnia": "Спальня"},
        [
            _entity("light.kukhnia", "Лампа над столом", "kukhnia", "on"),
            _entity("switch.chainyk", "Чайник", "kukhnia", "on"),
            _entity("light.spalnia", "Нічник", "spalnia", "on"),
            _entity("fan.kukhnia", "Витяжка", "kukhnia", "off"),
        ],
    )
    assert _reads(Planner(uk, "uk").plan("що увімкнено на кухні?")) == [
        "light.kukhnia",
        "switch.chainyk",
    ]
    pl = _home(
        {"kuchnia": "Kuchnia", "salon": "Salon"},
        [
            _entity("light.kuchnia", "Lampa nad zlewem", "kuchnia", "on"),
            _entity("light.salon", "Kinkiet", "salon", "on"),
            _entity("switch.czajnik", "Czajnik", "kuchnia", "off"),
        ],
    )
    assert _reads(Planner(pl, "pl").plan("co jest włączone w kuchni?")) == ["light.kuchnia"]


# -- Slovak case endings ---------------------------------------------------------------------


def test_sk_names_said_with_case_endings_are_the_homes_names() -> None:
    home = _home(
        {"obyvacka": "Obývačka", "kuchyna": "Kuchyňa"},
        [
            _entity("light.stojacia", "Stojacia lampa", "obyvacka", "off"),
            _entity("light.kuchyna", "Stropné svetlo", "kuchyna", "off"),
            _entity("fan.strop", "Stropný ventilátor", "kuchyna", "on"),
        ],
    )
    planner = Planner(home, "sk")
    plan = planner.plan("zapni stojaciu lampu v obývačke")
    assert plan.error is None, plan.error
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [
        ("light.turn_on", ["light.stojacia"])
    ]
    plan = planner.plan("vypni stropný ventilátor v kuchyni")
    assert plan.error is None, plan.error
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [("fan.turn_off", ["fan.strop"])]


def test_cs_what_said_first_lists_the_devices_in_that_state() -> None:
    home = _home(
        {"kuchyn": "Kuchyň", "loznice": "Ložnice"},
        [
            _entity("light.kuchyn", "Světlo nad linkou", "kuchyn", "on"),
            _entity("fan.digestor", "Digestoř", "kuchyn", "on"),
            _entity("switch.konvice", "Konvice", "kuchyn", "off"),
            _entity("light.loznice", "Lampička", "loznice", "on"),
        ],
    )
    assert _reads(Planner(home, "cs").plan("co je zapnuté v kuchyni?")) == [
        "fan.digestor",
        "light.kuchyn",
    ]
