"""Serbian (Latin), Slovenian and Slovak in small homes: the sentence data these languages
gained (``resources/sentences/sr-Latn|sl/commands.yaml``), a case form of a word for a kind of
cover, and the word for "sensor" used as a sensor's name. The sentences are this file's own,
not Home Assistant's intent tests."""

from __future__ import annotations

from app.core.home import Home
from app.core.plan import ErrorCode
from app.understanding.class_words import named_class_of
from app.understanding.planner import Planner
from tests.helpers.small_homes import acts as _acts
from tests.helpers.small_homes import confirmed as _confirmed
from tests.helpers.small_homes import entity as _entity
from tests.helpers.small_homes import home as _home
from tests.helpers.small_homes import reads as _reads

# -- Serbian (Latin script) ------------------------------------------------------------------


def _aliased_home(areas: dict[str, list[str]], entities: list[dict[str, object]]) -> Home:
    """A home whose rooms have aliases, the way Home Assistant lets a room be called by the
    form a sentence says it in ("kuhinji" for the "Kuhinja"): the first of each list is the
    room's name."""
    return Home.from_dict(
        {
            "areas": [{"id": a, "name": n[0], "aliases": n[1:]} for a, n in areas.items()],
            "entities": entities,
        }
    )


def _sr_home() -> Home:
    return _aliased_home(
        {
            "kuhinja": ["Kuhinja", "kuhinji"],
            "soba": ["Dnevna soba", "dnevnoj sobi"],
            "garaza": ["Garaža", "garaži"],
        },
        [
            _entity(
                "cover.prozor_k", "Prozor kod šporeta", "kuhinja", "open", device_class="window"
            ),
            _entity("cover.prozor_s", "Veliki prozor", "soba", "open", device_class="window"),
            _entity("cover.zavesa", "Zavesa uz kauč", "soba", "open", device_class="curtain"),
            _entity("cover.garaza", "Vrata garaže", "garaza", "closed", device_class="garage"),
            _entity("fan.aspirator", "Aspirator", "kuhinja", "off"),
            _entity("fan.stoni", "Stoni ventilator", "soba", "off"),
            _entity("lock.kuhinja", "Zadnja brava", "kuhinja", "unlocked"),
            _entity("lock.ulaz", "Glavna brava", "soba", "locked"),
            _entity("light.plafon", "Plafonjera", "soba", "off"),
            _entity("media_player.tv", "TV", "soba", "playing", volume_level=0.2),
        ],
    )


def test_sr_every_cover_of_a_kind_in_a_room_with_sve() -> None:
    planner = Planner(_sr_home(), "sr-Latn")
    assert _acts(planner.plan("zatvori sve prozore u dnevnoj sobi")) == [
        ("cover.close_cover", ["cover.prozor_s"])
    ]
    # the garage door by its kind, with no room said
    plan = planner.plan("otvori garažna vrata")
    assert _confirmed(plan) == [("cover.open_cover", ["cover.garaza"])]


def test_sr_fans_everywhere_and_locks_of_a_room() -> None:
    planner = Planner(_sr_home(), "sr-Latn")
    assert _acts(planner.plan("upali sve ventilatore u stanu")) == [
        ("fan.turn_on", ["fan.aspirator", "fan.stoni"])
    ]
    assert _acts(planner.plan("zaključaj bravu u kuhinji")) == [("lock.lock", ["lock.kuhinja"])]


def test_sr_volume_with_the_word_glasnoca() -> None:
    plan = Planner(_sr_home(), "sr-Latn").plan("smanji glasnoću na TV na 40 posto")
    assert _acts(plan) == [("media_player.volume_set", ["media_player.tv"])]
    assert plan.steps[0].params == {"volume_level": 0.4}


def test_sr_how_many_locked_reads_the_locks() -> None:
    planner = Planner(_sr_home(), "sr-Latn")
    assert _reads(planner.plan("koliko ima zaključanih brava?")) == ["lock.kuhinja", "lock.ulaz"]


# -- Slovenian -------------------------------------------------------------------------------


def _sl_home() -> Home:
    return _home(
        {"klet": "Klet", "spalnica": "Spalnica"},
        [
            _entity("fan.klet", "Razvlažilnik zraka", "klet", "on"),
            _entity("fan.strop", "Stropni ventilator", "spalnica", "on"),
            _entity("lock.klet", "Kletna ključavnica", "klet", "unlocked"),
            _entity("light.nocna", "Nočna lučka", "spalnica", "off"),
            _entity("sensor.tlak", "Senzor", "klet", "1013", device_class="atmospheric_pressure"),
            _entity("binary_sensor.dim", "Javljalnik", "klet", "off", device_class="smoke"),
        ],
    )


def test_sl_every_fan_with_vso_ventilacijo() -> None:
    planner = Planner(_sl_home(), "sl")
    assert _acts(planner.plan("ugasni vso ventilacijo")) == [
        ("fan.turn_off", ["fan.klet", "fan.strop"])
    ]


def test_sl_the_lock_of_a_room() -> None:
    planner = Planner(_sl_home(), "sl")
    assert _confirmed(planner.plan("odkleni ključavnico v kleti")) == [
        ("lock.unlock", ["lock.klet"])
    ]
    assert _confirmed(planner.plan("zakleni ključavnico v kleti")) == [("lock.lock", ["lock.klet"])]


def test_sl_a_rooms_brightness_said_room_first() -> None:
    plan = Planner(_sl_home(), "sl").plan("spalnica na največjo svetlost")
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_on", ["light.nocna"])]
    assert plan.steps[0].params.get("brightness_pct") == 100


def test_sl_a_pressure_sensor_called_sensor_is_not_what_smoke_asks_about() -> None:
    planner = Planner(_sl_home(), "sl")
    assert _reads(planner.plan("kateri senzor je zaznal dim?")) == ["binary_sensor.dim"]
    # asked by its name and nothing it cannot sense, the sensor is read
    assert _reads(planner.plan("kakšna je vrednost senzor?")) == ["sensor.tlak"]


# -- Slovak: a case form of a word for a kind of cover ---------------------------------------


def test_named_class_of_reads_a_case_form_of_a_class_word_through_the_covers_name() -> None:
    assert named_class_of("sk", "garážovú bránu", ["garážová brána"]) == "garage"
    # a different word, not a case form of the name: no class
    assert named_class_of("sk", "zadnú bránku", ["garážová brána"]) is None
    assert named_class_of("sk", "garážovú bránu", ["kuchynské okno"]) is None


def test_sk_a_cover_named_garage_gate_in_another_case_is_asked_about() -> None:
    home = _home(
        {"garaz": "Garáž"},
        [
            _entity("cover.stara", "Garážová brána", "garaz", "open"),
            _entity("cover.nova", "Nová brána", "garaz", "open", device_class="garage"),
        ],
    )
    plan = Planner(home, "sk").plan("zatvor garážovú bránu")
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
    assert not plan.steps


# -- Croatian, Catalan, Vietnamese, Thai, Luxembourgish, Norwegian ---------------------------


def test_hr_fans_everywhere_and_the_lock_of_a_room() -> None:
    home = _aliased_home(
        {"kuhinja": ["Kuhinja", "kuhinji"], "soba": ["Dnevna soba", "dnevnoj sobi"]},
        [
            _entity("fan.napa", "Napa", "kuhinja", "on"),
            _entity("fan.stropni", "Stropni ventilator", "soba", "on"),
            _entity("lock.kuhinja", "Stražnja brava", "kuhinja", "unlocked"),
        ],
    )
    planner = Planner(home, "hr")
    assert _acts(planner.plan("isključi sve ventilatore u stanu")) == [
        ("fan.turn_off", ["fan.napa", "fan.stropni"])
    ]
    assert _acts(planner.plan("zaključaj vrata u kuhinji")) == [("lock.lock", ["lock.kuhinja"])]


def test_ca_every_fan_and_a_rooms_heating() -> None:
    home = _home(
        {"menjador": "Menjador", "estudi": "Estudi"},
        [
            _entity("fan.sostre", "Ventilador del sostre", "menjador", "on"),
            _entity("fan.taula", "Ventilador de taula", "estudi", "on"),
            _entity("climate.menjador", "Radiador", "menjador", "heat"),
            _entity("climate.estudi", "Bomba de calor", "estudi", "heat"),
        ],
    )
    planner = Planner(home, "ca")
    assert _acts(planner.plan("apaga tots els ventiladors")) == [
        ("fan.turn_off", ["fan.sostre", "fan.taula"])
    ]
    assert _acts(planner.plan("apaga la calefacció de l'estudi")) == [
        ("climate.turn_off", ["climate.estudi"])
    ]


def test_vi_every_fan_and_a_weak_battery() -> None:
    home = _home(
        {"ngu": "Phòng ngủ", "khach": "Phòng khách"},
        [
            _entity("fan.ngu", "Quạt đứng", "ngu", "on"),
            _entity("fan.khach", "Quạt trần", "khach", "on"),
            _entity("binary_sensor.pin", "Khóa cửa", "khach", "on", device_class="battery"),
        ],
    )
    planner = Planner(home, "vi")
    assert _acts(planner.plan("tắt hết quạt ở mọi nơi")) == [
        ("fan.turn_off", ["fan.khach", "fan.ngu"])
    ]
    assert _reads(planner.plan("có pin nào đang yếu không")) == ["binary_sensor.pin"]


def test_th_a_device_then_the_state_wanted_without_pen() -> None:
    home = _home(
        {"non": "ห้องนอน"},
        [_entity("fan.non", "พัดลมตั้งพื้น", "non", "on")],
    )
    planner = Planner(home, "th")
    assert _acts(planner.plan("เปลี่ยนพัดลมตั้งพื้นปิด")) == [("fan.turn_off", ["fan.non"])]
    assert _acts(planner.plan("พัดลมตั้งพื้นหยุดทำงาน")) == [("fan.turn_off", ["fan.non"])]


def test_lb_the_room_before_the_light() -> None:
    home = _home(
        {"kichen": "Kichen", "buro": "Büro"},
        [
            _entity("light.kichen", "Plafong", "kichen", "on"),
            _entity("light.buro", "Dëschlamp", "buro", "on"),
        ],
    )
    plan = Planner(home, "lb").plan("schalt an der Kichen d'Luucht aus")
    assert _acts(plan) == [("light.turn_off", ["light.kichen"])]


def test_nb_how_cold_a_room_is_asks_its_temperature() -> None:
    home = _home(
        {"stue": "Stue", "bad": "Bad"},
        [
            _entity("climate.stue", "Varmepumpe", "stue", "heat", current_temperature=21),
            _entity("climate.bad", "Gulvvarme", "bad", "heat", current_temperature=24),
            _entity("binary_sensor.frost", "Frostvakt", "bad", "off", device_class="cold"),
        ],
    )
    assert _reads(Planner(home, "nb").plan("er det kaldt i stuen?")) == ["climate.stue"]


def test_ar_every_fan_and_every_lights_brightness() -> None:
    home = _home(
        {"matbakh": "المطبخ", "salon": "الصالة"},
        [
            _entity("fan.matbakh", "شفاط", "matbakh", "on"),
            _entity("fan.salon", "مروحة السقف", "salon", "on"),
            _entity("light.matbakh", "مصباح الطاولة", "matbakh", "on"),
            _entity("light.salon", "الثريا", "salon", "on"),
        ],
    )
    planner = Planner(home, "ar")
    assert _acts(planner.plan("طفي كل المراوح")) == [("fan.turn_off", ["fan.matbakh", "fan.salon"])]
    plan = planner.plan("اضبط سطوع جميع الأضواء الى 30")
    assert _acts(plan) == [("light.turn_on", ["light.matbakh", "light.salon"])]
    assert plan.steps[0].params.get("brightness_pct") == 30
