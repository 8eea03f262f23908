"""Mechanisms for the languages Hearth has no rules of its own for (not English, German, French
or Spanish), on small homes per language. The sentences are this file's own, written as
people say them, not Home Assistant's intent tests."""

from __future__ import annotations

from app.core.home import Home
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity as _entity
from tests.helpers.small_homes import home as _home
from tests.helpers.small_homes import reads

_POWER = {"device_class": "power", "unit_of_measurement": "W"}


# -- a sensor, a binary sensor or a person named in a sentence nothing else read -------------

_NL = _home(
    {"keuken": "Keuken", "hal": "Hal", "woonkamer": "Woonkamer"},
    [
        _entity("sensor.pc_vermogen", "PC Vermogen", "woonkamer", "120", **_POWER),
        _entity("binary_sensor.rook", "Rookmelder", "keuken", "off", device_class="smoke"),
        _entity("binary_sensor.raam_keuken", "Raam", "keuken", "on", device_class="window"),
        _entity("binary_sensor.raam_hal", "Raam", "hal", "off", device_class="window"),
        _entity("person.anna", "Anna", None, "home"),
        _entity("light.lamp", "Leeslamp", "woonkamer", "off"),
    ],
)


def test_a_sensor_named_in_any_words_is_read() -> None:
    planner = Planner(_NL, "nl")
    assert reads(planner.plan("hoeveel stroom trekt PC Vermogen nu")) == ["sensor.pc_vermogen"]
    assert reads(planner.plan("ruikt de rookmelder iets?")) == ["binary_sensor.rook"]
    assert reads(planner.plan("is Anna al binnen")) == ["person.anna"]


def test_a_name_two_sensors_share_is_read_only_with_its_room() -> None:
    planner = Planner(_NL, "nl")
    assert reads(planner.plan("staat het raam in de keuken op een kier")) == [
        "binary_sensor.raam_keuken"
    ]
    plan = planner.plan("staat het raam op een kier")
    assert plan.error is not None and not plan.steps


def test_a_sensor_beside_another_device_is_not_guessed() -> None:
    planner = Planner(_NL, "nl")
    plan = planner.plan("knipper de leeslamp als de rookmelder afgaat")
    assert not any(step.action == "state.get" for step in plan.steps)


def test_commands_still_act() -> None:
    planner = Planner(_NL, "nl")
    plan = planner.plan("zet de leeslamp aan")
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_on", ["light.lamp"])]


def test_a_name_inside_a_longer_name_said_is_the_longer_one() -> None:
    home = _home(
        {"kuchnia": "Kuchnia"},
        [
            _entity("binary_sensor.telefon", "Telefon", None, "on", device_class="plug"),
            _entity(
                "sensor.telefon_bateria", "Telefon bateria", None, "40", device_class="battery"
            ),
        ],
    )
    planner = Planner(home, "pl")
    assert reads(planner.plan("ile procent ma telefon bateria")) == ["sensor.telefon_bateria"]
    assert reads(planner.plan("czy telefon się ładuje")) == ["binary_sensor.telefon"]


def test_a_name_in_a_script_without_spaces() -> None:
    home = _home(
        {"keting": "客厅"},
        [_entity("sensor.keting_shidu", "客厅湿度", "keting", "48", device_class="humidity")],
    )
    assert reads(Planner(home, "zh-cn").plan("客厅湿度现在怎么样")) == ["sensor.keting_shidu"]


# -- what binary sensors sense, said in a sentence nothing else read -------------------------

_SENSORS_NL = _home(
    {"keuken": "Keuken", "hal": "Hal"},
    [
        _entity("binary_sensor.rook_keuken", "Melder K", "keuken", "on", device_class="smoke"),
        _entity("binary_sensor.rook_hal", "Melder H", "hal", "off", device_class="smoke"),
        _entity("binary_sensor.wasmachine", "Wasser", "keuken", "on", device_class="running"),
        _entity("light.plafond", "Plafond", "keuken", "off"),
    ],
)


def test_what_a_sensor_senses_reads_those_sensors() -> None:
    planner = Planner(_SENSORS_NL, "nl")
    assert reads(planner.plan("ruik je ergens rook?")) == [
        "binary_sensor.rook_hal",
        "binary_sensor.rook_keuken",
    ]
    assert reads(planner.plan("hangt er rook in de keuken")) == ["binary_sensor.rook_keuken"]
    assert reads(planner.plan("draait er nog iets")) == ["binary_sensor.wasmachine"]


def test_a_kind_the_home_or_room_lacks_reads_nothing() -> None:
    planner = Planner(_SENSORS_NL, "nl")
    for text in ("trilt er iets", "draait er iets in de hal"):
        plan = planner.plan(text)
        assert not plan.steps, text


def test_the_longest_word_said_decides_the_kind() -> None:
    home = _home(
        {"kukhnya": "Кухня"},
        [
            _entity(
                "binary_sensor.co", "Датчик 1", "kukhnya", "off", device_class="carbon_monoxide"
            ),
            _entity("binary_sensor.gas", "Датчик 2", "kukhnya", "off", device_class="gas"),
        ],
    )
    planner = Planner(home, "ru")
    assert reads(planner.plan("чувствуется где-нибудь угарный газ?")) == ["binary_sensor.co"]
    assert reads(planner.plan("пахнет ли газом")) == ["binary_sensor.gas"]


def test_a_kind_said_with_a_room_in_korean() -> None:
    home = _home(
        {"jubang": "주방", "geosil": "거실"},
        [
            _entity("binary_sensor.a", "센서 가", "jubang", "on", device_class="smoke"),
            _entity("binary_sensor.b", "센서 나", "geosil", "off", device_class="smoke"),
        ],
    )
    assert reads(Planner(home, "ko").plan("주방에 연기 나?")) == ["binary_sensor.a"]


# -- a volume step too large to be one; words of the sentence kept in a list item ------------

_PLAYER = {"volume_level": 0.3, "supported_features": 4095, "device_class": "speaker"}


def test_a_volume_step_larger_than_half_is_never_run_as_a_step() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "kukhnya", "name": "Кухня", "aliases": ["кухне"]}],
            "entities": [_entity("media_player.radio", "Радио", "kukhnya", "playing", **_PLAYER)],
        }
    )
    planner = Planner(home, "ru")
    plan = planner.plan("увеличь громкость на кухне на 90")
    assert not plan.steps and plan.error is not None
    plan = planner.plan("увеличь громкость на кухне на 20")
    assert [(s.action, s.params) for s in plan.steps] == [
        ("media_player.volume_set", {"volume_level": 0.5})
    ]


def test_an_item_keeps_neither_article_nor_particle() -> None:
    todo = {"supported_features": 15, "items": []}
    nb = _home({}, [_entity("todo.dagligvarer", "Dagligvarer", None, "0", **todo)])
    plan = Planner(nb, "nb").plan("legg epler til i dagligvarer")
    assert [s.params for s in plan.steps] == [{"item": "epler"}]
    el = _home({}, [_entity("todo.kyria", "Κύρια", None, "0", **todo)])
    plan = Planner(el, "el").plan("Πρόσθεσε τα μήλα στην κύρια λίστα μου")
    assert [s.params for s in plan.steps] == [{"item": "μήλα"}]


# -- a temperature asked in words Home Assistant's sentences lack ----------------------------

_HEAT = {"current_temperature": 21.5, "temperature": 22, "hvac_modes": ["off", "heat"]}


def test_a_temperature_asked_reads_the_thermostat_named_or_the_room_said() -> None:
    home = _home(
        {"salon": "Salon", "biuro": "Biuro"},
        [
            _entity("climate.salon", "Termostat", "salon", "heat", **_HEAT),
            _entity("climate.biuro", "Grzejnik biurowy", "biuro", "heat", **_HEAT),
            _entity("light.lampa", "Lampa", "salon", "off"),
        ],
    )
    planner = Planner(home, "pl")
    assert reads(planner.plan("jak ciepły jest termostat?")) == ["climate.salon"]
    assert reads(planner.plan("ile stopni ma biuro")) == ["climate.biuro"]
    plan = planner.plan("jak zimno jest przy lampa")  # a light is no thermometer
    assert not plan.steps


# -- a device said with its room where the language's sentences know it by name alone --------

_COVER = {"device_class": "gate", "supported_features": 15, "current_position": 100}


def _gates() -> Home:
    return Home.from_dict(
        {
            "areas": [
                {"id": "ogrod", "name": "Ogród", "aliases": ["Ogrodzie"]},
                {"id": "garaz", "name": "Garaż", "aliases": ["Garażu"]},
            ],
            "entities": [
                _entity("cover.brama", "Brama wjazdowa", "ogrod", "open", **_COVER),
                _entity("light.lampa", "Lampa", "garaz", "on"),
                _entity("light.kinkiet", "Kinkiet", "ogrod", "on"),
            ],
        }
    )


def test_a_device_said_with_its_room_acts_when_it_is_in_that_room() -> None:
    planner = Planner(_gates(), "pl")
    for text in ("Zamknij bramę wjazdową w ogrodzie", "Zamknij w ogrodzie bramę wjazdową"):
        plan = planner.plan(text)
        assert [(s.action, s.targets) for s in plan.steps] == [
            ("cover.close_cover", ["cover.brama"])
        ], text


def test_a_device_said_with_another_room_is_not_acted_on() -> None:
    planner = Planner(_gates(), "pl")
    plan = planner.plan("Zamknij bramę wjazdową w garażu")
    assert not plan.steps


def test_a_name_several_sensors_share_is_narrowed_by_what_is_sensed() -> None:
    home = _home(
        {"hal": "Hal"},
        [
            _entity("binary_sensor.tel_trilt", "Telefoon", None, "off", device_class="vibration"),
            _entity(
                "binary_sensor.tel_laadt", "Telefoon", None, "on", device_class="battery_charging"
            ),
            _entity("binary_sensor.tel_update", "Telefoon", None, "off", device_class="update"),
        ],
    )
    planner = Planner(home, "nl")
    assert reads(planner.plan("ligt de telefoon te trillen")) == ["binary_sensor.tel_trilt"]
    assert reads(planner.plan("is de telefoon al opgeladen")) == ["binary_sensor.tel_laadt"]
    assert not planner.plan("hoe gaat het met de telefoon").steps


# -- Italian: every light of the home, the air conditioner of a room by its kind -------------


def test_italian_whole_home_lights_and_a_rooms_air_conditioner() -> None:
    home = _home(
        {"soggiorno": "Soggiorno", "cucina": "Cucina"},
        [
            _entity("light.a", "Lampadario", "soggiorno", "off"),
            _entity("light.b", "Faretti", "cucina", "off"),
            _entity("climate.s", "Condizionatore Grande", "soggiorno", "off", **_HEAT),
            _entity("climate.c", "Split", "cucina", "off", **_HEAT),
        ],
    )
    planner = Planner(home, "it")
    plan = planner.plan("accendi tutte le luci")
    assert [(s.action, sorted(s.targets)) for s in plan.steps] == [
        ("light.turn_on", ["light.a", "light.b"])
    ]
    plan = planner.plan("spegni l'aria condizionata in cucina")
    assert [(s.action, s.targets) for s in plan.steps] == [("climate.turn_off", ["climate.c"])]
    plan = planner.plan("in soggiorno accendi il clima")
    assert [(s.action, s.targets) for s in plan.steps] == [("climate.turn_on", ["climate.s"])]


# -- Finnish: lights and fans of a room on or off, the words in any order --------------------


def test_finnish_room_commands_in_any_order() -> None:
    home = _home(
        {"olohuone": "Olohuone", "keittio": "Keittiö"},
        [
            _entity("light.a", "Kattovalo", "olohuone", "on"),
            _entity("light.b", "Työtaso", "keittio", "on"),
            _entity("fan.k", "Liesituuletin", "keittio", "off"),
        ],
    )
    planner = Planner(home, "fi")
    for text in ("kytke olohuone pois päältä jokainen valo", "sammuta olohuoneen valot"):
        plan = planner.plan(text)
        assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_off", ["light.a"])], (
            text
        )
    plan = planner.plan("kytke tuuletin alueesta keittiö päälle")
    assert [(s.action, s.targets) for s in plan.steps] == [("fan.turn_on", ["fan.k"])]


def test_a_sensor_called_by_the_word_of_a_kind_gives_way_to_that_kind() -> None:
    home = _home(
        {"predsin": "Předsíň"},
        [
            _entity("sensor.napeti", "napětí baterie", None, "12", device_class="voltage"),
            _entity("binary_sensor.zvonek", "Zvonek", "predsin", "on", device_class="battery"),
        ],
    )
    planner = Planner(home, "cs")
    assert reads(planner.plan("kolik ukazuje napětí baterie")) == ["sensor.napeti"]
    home.entities["sensor.napeti"].aliases.append("baterie")
    planner = Planner(home, "cs")
    assert reads(planner.plan("je některá baterie vybitá?")) == ["binary_sensor.zvonek"]
