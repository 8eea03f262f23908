"""Sentence data for languages other than English, German, French, Spanish, Italian and Dutch
(``resources/sentences/<lang>/``), on small homes per language. The sentences are this file's
own, written as people say them, not Home Assistant's intent tests."""

from __future__ import annotations

from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from tests.helpers.small_homes import acts, confirmed, reads
from tests.helpers.small_homes import entity as _entity
from tests.helpers.small_homes import home as _home


def _changes_nothing(plan: Plan) -> bool:
    return not any(step.action != "state.get" for step in plan.steps)


# -- Hungarian -------------------------------------------------------------------------------

_HU = _home(
    {"konyha": "Konyha", "nappali": "Nappali", "halo": "Háló"},
    [
        _entity("cover.redony_k", "Konyhai redőny", "konyha", "open", device_class="blind"),
        _entity("cover.redony_n", "Nappali redőny", "nappali", "closed", device_class="blind"),
        _entity("cover.fuggony", "Függöny", "nappali", "open", device_class="curtain"),
        _entity("fan.plafon", "Plafon ventilátor", "nappali", "off"),
        _entity("fan.allo", "Álló ventilátor", "nappali", "off"),
        _entity("fan.halo", "Asztali ventilátor", "halo", "on"),
        _entity("light.mennyezet", "Mennyezeti lámpa", "halo", "on"),
        _entity("light.olvaso", "Olvasólámpa", "halo", "off"),
        _entity("light.pult", "Pultvilágítás", "konyha", "on"),
        _entity("lock.bejarat", "Bejárati ajtó", None, "locked"),
        _entity("switch.kavefozo", "Kávéfőző", "konyha", "on"),
        _entity("scene.mozi", "Mozi", None, "scening"),
        _entity("script.reggel", "Reggeli rutin", None, "off"),
        _entity("valve.locsolo", "Locsoló szelep", None, "closed"),
    ],
)


def test_hu_covers_by_kind_in_a_room_or_where_one_is() -> None:
    planner = Planner(_HU, "hu")
    assert confirmed(planner.plan("Húzd le a redőnyöket a konyhában")) == [
        ("cover.close_cover", ["cover.redony_k"])
    ]
    assert acts(planner.plan("nyisd ki a nappali redőnyöket")) == [
        ("cover.open_cover", ["cover.redony_n"])
    ]
    assert acts(planner.plan("húzd be a függönyöket", area="nappali")) == [
        ("cover.close_cover", ["cover.fuggony"])
    ]


def test_hu_fans_of_a_room_here_and_everywhere() -> None:
    planner = Planner(_HU, "hu")
    assert acts(planner.plan("kapcsold be a ventilátorokat a nappaliban")) == [
        ("fan.turn_on", ["fan.allo", "fan.plafon"])
    ]
    assert acts(planner.plan("ahol vagyok kapcsold ki a ventilátort", area="halo")) == [
        ("fan.turn_off", ["fan.halo"])
    ]
    plan = planner.plan("kapcsold ki mindenhol a ventilátorokat")
    assert sorted(t for s in plan.steps for t in s.targets) == [
        "fan.allo",
        "fan.halo",
        "fan.plafon",
    ]
    assert all(step.action == "fan.turn_off" for step in plan.steps)


def test_hu_lights_everywhere_and_brightness_and_colour_of_a_room() -> None:
    planner = Planner(_HU, "hu")
    plan = planner.plan("oltsd el mindenhol az összes lámpát")
    assert sorted(t for s in plan.steps for t in s.targets) == [
        "light.mennyezet",
        "light.olvaso",
        "light.pult",
    ]
    assert all(step.action == "light.turn_off" for step in plan.steps)
    plan = planner.plan("állítsd a lámpák fényerejét a hálóban 30 százalékra")
    assert plan.error is None and plan.steps
    assert {t for s in plan.steps for t in s.targets} == {"light.mennyezet", "light.olvaso"}
    assert all(s.params.get("brightness_pct") == 30 for s in plan.steps)
    plan = planner.plan("a hálóban állítsd a lámpák színét kékre")
    assert {t for s in plan.steps for t in s.targets} == {"light.mennyezet", "light.olvaso"}


def test_hu_a_lock_by_its_lock_and_a_scene_and_script_by_their_words() -> None:
    planner = Planner(_HU, "hu")
    assert confirmed(planner.plan("nyisd ki a bejárati ajtó zárát")) == [
        ("lock.unlock", ["lock.bejarat"])
    ]
    assert confirmed(planner.plan("kapcsold be a mozi jelenetet")) == [
        ("scene.turn_on", ["scene.mozi"])
    ]
    assert confirmed(planner.plan("indítsd el a reggeli rutin szkriptet")) == [
        ("script.turn_on", ["script.reggel"])
    ]
    assert confirmed(planner.plan("a locsoló szelepet nyisd ki")) == [
        ("valve.open_valve", ["valve.locsolo"])
    ]


def test_hu_state_questions_only_read() -> None:
    planner = Planner(_HU, "hu")
    # Hearth's own question rules (hu/questions.yaml) read only the lights that are on.
    assert reads(planner.plan("Hány lámpa van bekapcsolva?")) == [
        "light.mennyezet",
        "light.pult",
    ]
    assert reads(planner.plan("Van bármelyik függöny nyitva a nappaliban?")) == ["cover.fuggony"]
    assert reads(planner.plan("zárva van az összes ajtózár?")) == ["lock.bejarat"]
    assert reads(planner.plan("a kávéfőző be van kapcsolva?")) == ["switch.kavefozo"]
    assert _changes_nothing(planner.plan("melyik kapcsoló van bekapcsolva a konyhában"))


def test_hu_a_room_without_the_kind_acts_on_nothing() -> None:
    planner = Planner(_HU, "hu")
    plan = planner.plan("Húzd le a függönyöket a konyhában")
    assert not plan.steps or plan.error is not None


# -- Polish ----------------------------------------------------------------------------------

_PL = _home(
    {"kuchnia": "Kuchnia", "salon": "Salon", "sypialnia": "Sypialnia"},
    [
        _entity("cover.roleta_s", "Roleta duża", "salon", "open", device_class="blind"),
        _entity("cover.roleta_k", "Roleta mała", "kuchnia", "closed", device_class="blind"),
        _entity("cover.okno", "Okno dachowe", "sypialnia", "closed", device_class="window"),
        _entity("cover.garaz", "Brama wjazdowa", None, "closed", device_class="garage"),
        _entity("light.sufit", "Sufit", "sypialnia", "on"),
        _entity("light.kinkiet", "Kinkiet", "sypialnia", "off"),
        _entity("light.blat", "Blat", "kuchnia", "on"),
        _entity("fan.wiatrak", "Wiatrak sufitowy", "salon", "off"),
        _entity("lock.tylne", "Tylne drzwi", "kuchnia", "locked"),
        _entity("lock.glowne", "Główne drzwi", None, "unlocked"),
        _entity("switch.czajnik", "Czajnik", "kuchnia", "on"),
        _entity("media_player.glosnik", "Głośnik", "salon", "playing"),
    ],
)


def test_pl_every_cover_or_light_of_the_home_only_with_all() -> None:
    planner = Planner(_PL, "pl")
    assert acts(planner.plan("Zamknij wszystkie rolety")) == [
        ("cover.close_cover", ["cover.roleta_k", "cover.roleta_s"])
    ]
    plan = planner.plan("Zgaś wszystkie lampy")
    assert {t for s in plan.steps for t in s.targets} == {
        "light.blat",
        "light.kinkiet",
        "light.sufit",
    }
    assert all(step.action == "light.turn_off" for step in plan.steps)
    assert confirmed(planner.plan("Otwórz bramę garażową")) == [
        ("cover.open_cover", ["cover.garaz"])
    ]


def test_pl_here_said_after_the_device() -> None:
    planner = Planner(_PL, "pl")
    assert acts(planner.plan("Zamknij rolety w tym pokoju", area="salon")) == [
        ("cover.close_cover", ["cover.roleta_s"])
    ]
    assert acts(planner.plan("Włącz wiatraki tutaj", area="salon")) == [
        ("fan.turn_on", ["fan.wiatrak"])
    ]


def test_pl_locks_by_room_and_by_name() -> None:
    planner = Planner(_PL, "pl")
    assert confirmed(planner.plan("Odblokuj zamki w kuchni")) == [("lock.unlock", ["lock.tylne"])]
    assert acts(planner.plan("Zablokuj główne drzwi")) == [("lock.lock", ["lock.glowne"])]


def test_pl_brightness_colour_and_music_in_other_orders() -> None:
    planner = Planner(_PL, "pl")
    plan = planner.plan("Ustaw w sypialni maksymalną jasność")
    assert {t for s in plan.steps for t in s.targets} == {"light.kinkiet", "light.sufit"}
    assert all(s.params.get("brightness_pct") == 100 for s in plan.steps)
    plan = planner.plan("Zmień kolory w sypialni na niebieski")
    assert {t for s in plan.steps for t in s.targets} == {"light.kinkiet", "light.sufit"}
    assert acts(planner.plan("W salonie zatrzymaj odtwarzanie muzyki")) == [
        ("media_player.media_pause", ["media_player.glosnik"])
    ]


def test_pl_state_questions_in_any_order_only_read() -> None:
    planner = Planner(_PL, "pl")
    assert reads(planner.plan("Czy w kuchni są jakieś włączone przełączniki?")) == [
        "switch.czajnik"
    ]
    assert reads(planner.plan("Czy są zablokowane w kuchni wszystkie drzwi?")) == ["lock.tylne"]
    # "Which blinds are open?": the open one is named, the closed one is not.
    which = planner.plan("Jakie rolety są otwarte?")
    assert _changes_nothing(which) and "cover.roleta_s" in reads(which)
    assert "Roleta duża" in (which.reply or "") and "mała" not in (which.reply or "")
    assert _changes_nothing(planner.plan("Kto jest teraz w domu?"))


# -- Portuguese ------------------------------------------------------------------------------

_PT = _home(
    {"cozinha": "Cozinha", "quarto": "Quarto"},
    [
        _entity("light.teto", "Teto", "quarto", "on"),
        _entity("light.cabeceira", "Cabeceira", "quarto", "off"),
        _entity("light.bancada", "Bancada", "cozinha", "off"),
        _entity("switch.chaleira", "Chaleira", "cozinha", "on"),
        _entity("cover.estore", "Estore grande", "quarto", "open", device_class="blind"),
    ],
)


def test_pt_all_or_any_said_first_only_reads() -> None:
    planner = Planner(_PT, "pt")
    # Portuguese questions.yaml answers it: the light still on is named, the others read.
    plan = planner.plan("todas as luzes estão desligadas?")
    assert reads(plan) == ["light.bancada", "light.cabeceira"]
    assert (plan.reply or "").startswith("Não, Teto: ligado")
    assert reads(planner.plan("algum interruptor está ligado na cozinha?")) == ["switch.chaleira"]


def test_pt_brightness_of_a_rooms_lights() -> None:
    planner = Planner(_PT, "pt")
    plan = planner.plan("põe o brilho das luzes do quarto a 40%")
    assert {t for s in plan.steps for t in s.targets} == {"light.cabeceira", "light.teto"}
    assert all(s.params.get("brightness_pct") == 40 for s in plan.steps)


# -- Chinese (simplified) --------------------------------------------------------------------

_ZH = _home(
    {"kitchen": "厨房", "bedroom": "卧室", "living": "客厅"},
    [
        _entity("lock.kitchen", "后门", "kitchen", "locked"),
        _entity("lock.front", "大门锁", "living", "locked"),
        _entity("light.bed_1", "吸顶灯", "bedroom", "on"),
        _entity("light.bed_2", "台灯", "bedroom", "off"),
        _entity("cover.curtain", "客厅窗帘", "living", "closed", device_class="curtain"),
        _entity("light.living", "主灯", "living", "on"),
    ],
)


def test_zh_locks_of_a_room() -> None:
    planner = Planner(_ZH, "zh-cn")
    assert confirmed(planner.plan("把厨房的门锁都解锁")) == [("lock.unlock", ["lock.kitchen"])]
    assert acts(planner.plan("厨房上锁")) == [("lock.lock", ["lock.kitchen"])]


def test_zh_a_rooms_lights_said_with_de() -> None:
    planner = Planner(_ZH, "zh-cn")
    plan = planner.plan("把卧室的灯亮度设置为30%")
    assert {t for s in plan.steps for t in s.targets} == {"light.bed_1", "light.bed_2"}
    assert all(s.params.get("brightness_pct") == 30 for s in plan.steps)


def test_zh_which_and_how_many_without_shi_only_read() -> None:
    planner = Planner(_ZH, "zh-cn")
    assert reads(planner.plan("哪些窗帘关了？")) == ["cover.curtain"]
    assert reads(planner.plan("有几个灯开着？")) == ["light.bed_1", "light.bed_2", "light.living"]


# -- a room's name said with the language's ending (Norwegian, Danish, Swedish) -------------

_NB = Home.from_dict(
    {
        "areas": [
            {"id": "soverom", "name": "Soverom"},
            {"id": "stue", "name": "Stue"},
            {"id": "kjokken", "name": "Kjøkken"},
        ],
        "entities": [
            _entity("climate.soverom", "Panelovn", "soverom", "heat"),
            _entity("climate.stue", "Varmepumpe", "stue", "heat"),
            _entity("climate.kjokken", "Gulvvarme", "kjokken", "heat"),
            _entity("sensor.temp", "Temperatur", "soverom", "20", device_class="temperature"),
            _entity("light.stue", "Taklampe", "stue", "off"),
        ],
    }
)


def test_nb_a_room_said_in_its_definite_form() -> None:
    planner = Planner(_NB, "nb")
    plan = planner.plan("endre soverommets temperatur til 18")
    assert acts(plan) == [("climate.set_temperature", ["climate.soverom"])]
    assert plan.steps[0].params.get("temperature") == 18
    plan = planner.plan("juster stuens temperatur til 21 grader")
    assert acts(plan) == [("climate.set_temperature", ["climate.stue"])]


def test_nb_an_ending_on_a_word_that_is_no_room_changes_nothing() -> None:
    planner = Planner(_NB, "nb")
    plan = planner.plan("sett temperaturen på loftet til 18 grader")
    assert not any(step.action == "climate.set_temperature" for step in plan.steps)


_FI = _home(
    {"ullakko": "Ullakko", "eteinen": "Eteinen", "makuuhuone": "Makuuhuone"},
    [
        _entity("light.ullakko", "Kattovalo", "ullakko", "on"),
        _entity("light.eteinen", "Seinävalo", "eteinen", "on"),
        _entity("light.makuuhuone", "Yövalo", "makuuhuone", "on"),
    ],
)


def test_fi_a_room_said_with_a_case_ending() -> None:
    planner = Planner(_FI, "fi")
    assert acts(planner.plan("sammuta ullakon valot")) == [("light.turn_off", ["light.ullakko"])]
    assert acts(planner.plan("sammuta eteisessä valot")) == [("light.turn_off", ["light.eteinen"])]


# -- Catalan ---------------------------------------------------------------------------------

_CA = _home(
    {"cuina": "Cuina", "menjador": "Menjador"},
    [
        _entity("light.cuina", "Llum cuina", "cuina", "off"),
        _entity("light.menjador", "Llum menjador", "menjador", "off"),
        _entity("lock.entrada", "Porta entrada", "menjador", "locked"),
        _entity("lock.pati", "Porta pati", "cuina", "locked"),
    ],
)


def test_ca_every_light_of_the_home_only_with_the_home_said() -> None:
    planner = Planner(_CA, "ca")
    plan = planner.plan("encén totes les llums de la casa")
    assert {t for s in plan.steps for t in s.targets} == {"light.cuina", "light.menjador"}
    assert all(step.action == "light.turn_on" for step in plan.steps)
    plan = planner.plan("desbloqueja totes les portes")
    assert {t for s in plan.steps for t in s.targets} == {"lock.entrada", "lock.pati"}
    assert all(step.action == "lock.unlock" for step in plan.steps)


# -- Romanian --------------------------------------------------------------------------------

_RO = _home(
    {"dormitor": "Dormitor", "hol": "Hol"},
    [
        _entity("cover.jaluzea", "Jaluzea mare", "dormitor", "closed", device_class="blind"),
        _entity("cover.jaluzea_hol", "Jaluzea hol", "hol", "closed", device_class="blind"),
        _entity("light.bec", "Bec", "dormitor", "on"),
        _entity("light.spot", "Spot", "hol", "off"),
    ],
)


def test_ro_all_of_a_kind_in_a_room_and_questions_with_all_first() -> None:
    planner = Planner(_RO, "ro")
    assert acts(planner.plan("deschide toate jaluzelele din dormitor")) == [
        ("cover.open_cover", ["cover.jaluzea"])
    ]
    # Hearth's own question rules (ro/questions.yaml) answer no, naming the light that is off.
    plan = planner.plan("toate luminile sunt aprinse?")
    assert reads(plan) and (plan.reply or "").startswith("Nu, Spot")
    assert reads(planner.plan("este vreo lumina aprinsa in dormitor?")) == ["light.bec"]


# -- Russian ---------------------------------------------------------------------------------

_RU = _home(
    {"kuhnya": "Кухня", "spalnya": "Спальня"},
    [
        _entity("light.kuhnya", "Люстра", "kuhnya", "off"),
        _entity("light.spalnya", "Ночник", "spalnya", "off"),
    ],
)


def test_ru_every_light_of_the_home_only_with_the_home_said() -> None:
    planner = Planner(_RU, "ru")
    plan = planner.plan("включи в доме свет")
    assert {t for s in plan.steps for t in s.targets} == {"light.kuhnya", "light.spalnya"}
    assert all(step.action == "light.turn_on" for step in plan.steps)
