"""Polish and Portuguese as people say them: Polish names and rooms said with case endings
(``resources/sentences/pl/inflection.yaml``, app/understanding/case_forms.py), one light said
in the singular where a room has several, a class word the home uses as a name; read in
small homes of our own, never acting on a reading that is unsure."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import case_forms
from app.understanding.planner import Planner
from tests.helpers.builders import COLOURED, cover, light, temperature_sensor
from tests.helpers.builders import targets as _targets
from tests.helpers.small_homes import entity as _entity

PL = {
    "floors": [{"id": "parter", "name": "Parter"}, {"id": "pietro", "name": "Piętro"}],
    "areas": [
        {"id": "kuchnia", "name": "Kuchnia", "floor": "parter"},
        {"id": "salon", "name": "Salon", "floor": "parter"},
        {"id": "sypialnia", "name": "Sypialnia", "floor": "pietro"},
        {"id": "lazienka", "name": "Łazienka", "floor": "pietro"},
        {"id": "pokoj_ani", "name": "Pokój Ani", "floor": "pietro"},
    ],
    "entities": [
        light("light.lampa_kuchnia", "Lampa w kuchni", "kuchnia", "off"),
        light("light.listwa", "Listwa LED", "kuchnia", "off"),
        light("light.sufit_salon", "Sufit", "salon", "off"),
        light("light.lazienka", "Światło łazienka", "lazienka", "off"),
        light("light.lampa_syp", "Lampa sypialnia", "sypialnia", "off"),
        light("light.biurkowa", "Lampka biurkowa", "sypialnia", "off"),
        light("light.nocna_ani", "Lampka nocna", "pokoj_ani", "off"),
        light("light.sufit_ani", "Plafon Ani", "pokoj_ani", "off"),
        cover("cover.zaluzje_salon", "Żaluzje salon", "salon", "closed", "blind", 0),
        cover("cover.zaluzje_syp", "Żaluzje sypialnia", "sypialnia", "closed", "blind", 0),
        cover("cover.roleta_kuchnia", "Roleta kuchenna", "kuchnia", "closed", "shutter", 0),
    ],
}


def _plan(text: str, area: str | None = None) -> Any:
    planner = Planner(Home.from_dict(PL), "pl")
    return planner.plan(text, area=area, conversation=Conversation("c"))


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a device's name said in the accusative, its room in the locative
        ("zapal lampę w kuchni", ["light.lampa_kuchnia"]),
        ("zapal lampkę nocną w pokoju Ani", ["light.nocna_ani"]),
        # the room alone said in the locative: its one light
        ("włącz światło w łazience", ["light.lazienka"]),
        ("wyłącz światło w łazience", ["light.lazienka"]),
        # one lamp said in a room with several: the one the home calls just so
        ("włącz lampę w sypialni", ["light.lampa_syp"]),
    ],
)
def test_polish_case_endings_name_the_device(text: str, targets: list[str]) -> None:
    plan = _plan(text)
    assert plan.error is None, plan.reply
    assert _targets(plan) == targets


def test_one_lamp_said_in_this_room_is_the_one_called_so() -> None:
    plan = _plan("zapal lampę", area="sypialnia")
    assert plan.error is None, plan.reply
    assert _targets(plan) == ["light.lampa_syp"]


def test_a_class_word_the_home_uses_as_a_name_names_those_devices() -> None:
    # Home Assistant's Polish "żaluzje" are shutters; this home calls its blinds so, and its
    # one shutter "Roleta kuchenna": the word said is what the home calls them.
    plan = _plan("odsłoń wszystkie żaluzje")
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("cover.open_cover", ["cover.zaluzje_salon", "cover.zaluzje_syp"])
    ]
    rolety = _plan("zamknij wszystkie rolety")
    assert _targets(rolety) == ["cover.roleta_kuchnia"]
    # the kitchen's cover is called "Roleta" whatever its class
    assert _targets(_plan("opuść roletę w kuchni")) == ["cover.roleta_kuchnia"]


def test_a_class_word_the_home_uses_as_a_name_is_asked_about() -> None:
    # Where the covers of the class said are called nothing of the kind, which is meant is
    # asked.
    home = {
        "areas": [{"id": "salon", "name": "Salon"}, {"id": "kuchnia", "name": "Kuchnia"}],
        "entities": [
            _entity("cover.zaluzje", "Żaluzje salon", "salon", "open", device_class="blind"),
            _entity("cover.okap", "Przesłona", "kuchnia", "open", device_class="shutter"),
        ],
    }
    planner = Planner(Home.from_dict(home), "pl")
    plan = planner.plan("zasłoń wszystkie żaluzje", conversation=Conversation("c"))
    assert plan.steps == []
    assert plan.error is not None and plan.error.code.value == "ambiguous"
    assert "Żaluzje salon" in (plan.reply or "")


def test_an_ending_makes_no_word_the_home_does_not_use() -> None:
    endings = case_forms.word_endings("pl")
    home = {"lampa", "kuchnia", "salon"}
    assert case_forms.as_written(["zapal", "lampę", "w", "kuchni"], home, "pl") == [
        "zapal",
        "lampa",
        "w",
        "kuchnia",
    ]
    # "szafę" is no word of the home: left as said
    assert case_forms.as_written(["otwórz", "szafę"], home, "pl") is None
    assert case_forms.same_word("lampę", "lampa", endings)
    assert not case_forms.same_word("lampka", "lampa", endings)
    assert "łazience" in case_forms.said_forms("łazienka", endings)
    assert "pokoju dla gości" in case_forms.said_forms("pokój dla gości", endings)
    # a language without endings listed changes nothing
    assert case_forms.as_written(["zapal", "lampę"], home, "en") is None
    assert case_forms.said_forms("kitchen", case_forms.word_endings("en")) == []


PT = {
    "floors": [{"id": "res", "name": "Rés do chão"}, {"id": "primeiro", "name": "Primeiro andar"}],
    "areas": [
        {"id": "cozinha", "name": "Cozinha", "floor": "res"},
        {"id": "sala", "name": "Sala", "floor": "res"},
        {"id": "quarto", "name": "Quarto", "floor": "primeiro"},
        {"id": "jardim", "name": "Jardim"},
    ],
    "entities": [
        light("light.cozinha", "Luz da cozinha", "cozinha", "off"),
        light("light.sala", "Candeeiro da sala", "sala", "on"),
        cover("cover.estore_sala", "Estore sala", "sala", "open", "shutter", 100),
        cover("cover.estore_quarto", "Estore quarto", "quarto", "closed", "shutter", 0),
        temperature_sensor("sensor.temp_quarto", "Temperatura quarto", "quarto", "23.2"),
        temperature_sensor("sensor.exterior", "Temperatura exterior", "jardim", "14.1"),
        _entity(
            "media_player.tv", "Televisão", "sala", "playing", device_class="tv", volume_level=0.3
        ),
    ],
}


def _plan_pt(text: str, conversation: Conversation | None = None) -> Any:
    planner = Planner(Home.from_dict(PT), "pt")
    return planner.plan(text, conversation=conversation or Conversation("c"))


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # "no" is a word here, not YAML's false: "no quarto" is the room
        ("quantos graus estão no quarto?", ["23,2"]),
        ("que temperatura está no quarto?", ["23,2"]),
        ("que temperatura está lá fora?", ["14,1"]),
        ("a que volume está a televisão?", ["30"]),
        ("quantos estores estão abertos?", ["1", "Estore sala"]),
        ("o estore da sala está a quantos por cento?", ["100"]),
    ],
)
def test_portuguese_questions_are_answered_and_never_acted_on(
    question: str, words: list[str]
) -> None:
    plan = _plan_pt(question)
    assert plan.error is None, plan.reply
    assert plan.steps and all(step.read_only for step in plan.steps)
    for word in words:
        assert word in (plan.reply or "")


def test_a_portuguese_pronoun_glued_to_its_verb_is_what_was_just_acted_on() -> None:
    conversation = Conversation("c")
    planner = Planner(Home.from_dict(PT), "pt")
    first = planner.plan("acende o candeeiro da sala", conversation=conversation)
    assert _targets(first) == ["light.sala"]
    plan = planner.plan("põe-no a 60 por cento", conversation=conversation)
    assert _targets(plan) == ["light.sala"]
    assert 60 in plan.steps[0].params.values()


def test_a_portuguese_heater_by_its_name_is_never_the_aircon() -> None:
    home = {
        "areas": [{"id": "quarto", "name": "Quarto principal"}, {"id": "sala", "name": "Sala"}],
        "entities": [
            _entity("switch.aquecedor", "Aquecedor a óleo", "quarto", "off"),
            _entity("climate.termostato", "Termostato", "sala", "heat", temperature=20),
            _entity("climate.ar", "Ar condicionado", "quarto", "off", temperature=22),
        ],
    }
    planner = Planner(Home.from_dict(home), "pt")
    heater = planner.plan("liga o aquecedor", conversation=Conversation("c"))
    assert _targets(heater) == ["switch.aquecedor"]
    # the aircon said is the one called so, not the home's thermostat
    aircon = planner.plan("desliga o ar condicionado", conversation=Conversation("d"))
    assert _targets(aircon) == ["climate.ar"]


def test_polish_kinds_follow_ups_and_two_commands() -> None:
    planner = Planner(Home.from_dict(PL), "pl")
    conversation = Conversation("c")
    first = planner.plan("zapal lampę w kuchni", conversation=conversation)
    assert _targets(first) == ["light.lampa_kuchnia"]
    # "her" of the conversation, read loosely: asked before it runs
    then = planner.plan("ustaw ją na 40 procent", conversation=conversation)
    assert _targets(then) == ["light.lampa_kuchnia"]
    assert then.loose and 40 in then.steps[0].params.values()
    both = planner.plan(
        "zapal lampę w kuchni i zgaś lampkę biurkową", conversation=Conversation("d")
    )
    assert [(s.action, s.targets) for s in both.steps] == [
        ("light.turn_on", ["light.lampa_kuchnia"]),
        ("light.turn_off", ["light.biurkowa"]),
    ]


_POS = {"supported_features": 15}

# A Polish home asked about: twins in two rooms, covers the home calls "Roleta" and
# "Żaluzja" whatever their class, lights outdoors, a lock left open.
PL_Q = {
    "areas": [
        {"id": "salon", "name": "Salon"},
        {"id": "sypialnia", "name": "Sypialnia"},
        {"id": "pokoj_zosi", "name": "Pokój Zosi"},
        {"id": "ogrod", "name": "Ogród"},
        {"id": "taras", "name": "Taras"},
        {"id": "garaz", "name": "Garaż"},
    ],
    "entities": [
        light("light.lampa_salon", "Lampa stojąca", "salon", "on", COLOURED),
        light("light.sufit_salon", "Lampa sufitowa", "salon", "off"),
        light("light.nocna_syp", "Lampka nocna", "sypialnia", "on"),
        light("light.nocna_zosi", "Lampka nocna", "pokoj_zosi", "off"),
        light("light.taras", "Lampy na tarasie", "taras", "on", COLOURED),
        light("light.latarnia", "Latarnia", "ogrod", "off"),
        cover("cover.roleta_syp", "Roleta", "sypialnia", "open", "shutter", 100, **_POS),
        cover("cover.roleta_zosi", "Roleta", "pokoj_zosi", "open", "shutter", 60, **_POS),
        cover("cover.zaluzja", "Żaluzja", "salon", "open", "blind", 100, **_POS),
        _entity("cover.brama", "Brama", "ogrod", "closed", device_class="gate"),
        cover("cover.okno_dachowe", "Okno dachowe", "sypialnia", "closed", "window", 0, **_POS),
        _entity("lock.wejscie", "Drzwi wejściowe", "salon", "unlocked"),
        _entity("lock.garaz", "Drzwi do garażu", "garaz", "locked"),
        _entity(
            "media_player.tv", "Telewizor", "salon", "playing", device_class="tv", volume_level=0.2
        ),
        _entity(
            "climate.klima",
            "Klimatyzacja",
            "sypialnia",
            "cool",
            temperature=22,
            hvac_modes=["off", "cool", "heat"],
        ),
        temperature_sensor("sensor.temp_zewn", "Temperatura zewnętrzna", "ogrod", "1.5"),
    ],
}


def _plan_q(text: str, conversation: Conversation | None = None) -> Any:
    planner = Planner(Home.from_dict(PL_Q), "pl")
    return planner.plan(text, conversation=conversation or Conversation("c"))


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # after "ile" the kind and its state in the genitive plural, any order, any verb
        ("ile świateł się świeci?", ["3"]),
        ("ile lamp jest zapalonych w salonie?", ["1", "Lampa stojąca"]),
        ("ile świateł jest włączonych na zewnątrz?", ["1", "Lampy na tarasie"]),
        # twins in two rooms: both counted, never asked which
        ("ile lampek nocnych się świeci?", ["1"]),
        # the word said picks the covers the home calls so, whatever their class
        ("ile rolet jest otwartych?", ["2"]),
        ("ile żaluzji jest otwartych?", ["1", "Żaluzja"]),
        ("ile rolet i żaluzji jest otwartych?", ["3"]),
        ("ile drzwi jest niezamkniętych na klucz?", ["1", "Drzwi wejściowe"]),
        ("ile bram jest otwartych?", ["0"]),
        # yes/no and what a device reports
        ("czy żaluzja jest zasłonięta?", ["Nie"]),
        ("czy wszystkie rolety są otwarte?", ["Tak"]),
        ("jaka jest głośność telewizora?", ["20"]),
        ("jak głośno gra telewizor?", ["20"]),
        ("na ile jest ustawiona klimatyzacja?", ["22"]),
        ("na ile procent jest otwarta roleta w pokoju Zosi?", ["60"]),
        ("ile stopni jest na dworze?", ["1,5"]),
    ],
)
def test_polish_questions_are_answered_and_never_acted_on(question: str, words: list[str]) -> None:
    plan = _plan_q(question)
    assert plan.error is None, plan.reply
    assert plan.steps and all(step.read_only for step in plan.steps)
    for word in words:
        assert word in (plan.reply or ""), plan.reply


def test_polish_typed_without_accents_or_l_stroke_is_the_command() -> None:
    plan = _plan("wlacz swiatlo w lazience")
    assert plan.error is None, plan.reply
    assert _targets(plan) == ["light.lazienka"]
    off = _plan("wylacz lampke biurkowa")
    assert [(s.action, s.targets) for s in off.steps] == [("light.turn_off", ["light.biurkowa"])]


def test_polish_commands_stay_commands_beside_the_question_rules() -> None:
    plan = _plan_q("uchyl okno dachowe na 20%")
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("cover.set_cover_position", ["cover.okno_dachowe"])
    ]
    assert plan.steps[0].params["position"] == 20
    lamp = _plan_q("zapal lampę sufitową")
    assert _targets(lamp) == ["light.sufit_salon"]


@pytest.mark.parametrize(
    ("text", "action", "targets", "params"),
    [
        # a light on a colour, a white in kelvins or a brightness, with a verb or without
        (
            "lampa stojąca na czerwono",
            "light.turn_on",
            ["light.lampa_salon"],
            {"color_name": "red"},
        ),
        (
            "włącz lampy na tarasie na pomarańczowo",
            "light.turn_on",
            ["light.taras"],
            {"color_name": "orange"},
        ),
        (
            "lampy na tarasie na 4000 kelwinów",
            "light.turn_on",
            ["light.taras"],
            {"color_temp_kelvin": 4000},
        ),
        ("salon na fioletowo", "light.turn_on", ["light.lampa_salon"], {"color_name": "purple"}),
        ("latarnia na 40%", "light.turn_on", ["light.latarnia"], {"brightness_pct": 40}),
        # warmer light, a warmer room
        ("cieplejsze światło w salonie", "light.turn_on", ["light.lampa_salon"], {}),
        ("cieplej w sypialni", "climate.set_temperature", ["climate.klima"], {"temperature": 23}),
        (
            "podnieś temperaturę w sypialni o stopień",
            "climate.set_temperature",
            ["climate.klima"],
            {"temperature": 23},
        ),
        (
            "zmniejsz temperaturę w sypialni o dwa stopnie",
            "climate.set_temperature",
            ["climate.klima"],
            {"temperature": 20},
        ),
        # every cover called so, whatever its class
        (
            "zamknij wszystkie rolety",
            "cover.close_cover",
            ["cover.roleta_syp", "cover.roleta_zosi"],
            {},
        ),
    ],
)
def test_polish_amounts_colours_and_steps(
    text: str, action: str, targets: list[str], params: dict[str, Any]
) -> None:
    plan = _plan_q(text)
    assert plan.error is None, plan.reply
    assert [s.action for s in plan.steps] == [action]
    assert _targets(plan) == targets
    for key, value in params.items():
        assert plan.steps[0].params.get(key) == value


# A Portuguese home on two floors: an aircon, a scene, a thermostat with presets, lights of
# colour.
PT_B = {
    "floors": [
        {"id": "res", "name": "Rés do chão", "level": 0},
        {"id": "cima", "name": "Primeiro andar", "level": 1},
    ],
    "areas": [
        {"id": "sala", "name": "Sala", "floor": "res"},
        {"id": "cozinha", "name": "Cozinha", "floor": "res"},
        {"id": "quarto", "name": "Quarto principal", "floor": "cima"},
        {"id": "escritorio", "name": "Escritório", "floor": "cima"},
    ],
    "entities": [
        light("light.sala", "Luz da sala", "sala", "on", COLOURED),
        light("light.cozinha", "Luz da cozinha", "cozinha", "off", COLOURED),
        light("light.teto_quarto", "Luz do teto", "quarto", "on", COLOURED),
        light("light.teto_escritorio", "Luz do teto", "escritorio", "off", COLOURED),
        _entity("climate.ar", "Ar condicionado", "sala", "cool", temperature=23),
        _entity(
            "climate.aquecimento",
            "Aquecimento",
            "cozinha",
            "heat",
            temperature=20,
            preset_modes=["eco", "comfort"],
            preset_mode="comfort",
        ),
        _entity("scene.jantar", "Jantar", None, "scening"),
    ],
}


def _plan_pt_b(text: str) -> Any:
    planner = Planner(Home.from_dict(PT_B), "pt")
    return planner.plan(text, conversation=Conversation("c"))


@pytest.mark.parametrize(
    ("text", "action", "targets", "params"),
    [
        # a value said after the name, with a verb or without
        (
            "luz da cozinha a 4000 kelvin",
            "light.turn_on",
            ["light.cozinha"],
            {"color_temp_kelvin": 4000},
        ),
        ("luz da sala 80%", "light.turn_on", ["light.sala"], {"brightness_pct": 80}),
        (
            "põe a luz da cozinha em azul",
            "light.turn_on",
            ["light.cozinha"],
            {"color_name": "blue"},
        ),
        ("põe a sala verde", "light.turn_on", ["light.sala"], {"color_name": "green"}),
        # a mode the device lists, a scene after "modo"
        (
            "aquecimento em modo eco",
            "climate.set_preset_mode",
            ["climate.aquecimento"],
            {"preset_mode": "eco"},
        ),
        ("modo jantar", "scene.turn_on", ["scene.jantar"], {}),
        # a floor said by where it is
        (
            "apaga as luzes lá em cima",
            "light.turn_off",
            ["light.teto_escritorio", "light.teto_quarto"],
            {},
        ),
    ],
)
def test_portuguese_short_forms_modes_and_floors(
    text: str, action: str, targets: list[str], params: dict[str, Any]
) -> None:
    plan = _plan_pt_b(text)
    assert plan.error is None, plan.reply
    assert [s.action for s in plan.steps] == [action]
    assert _targets(plan) == targets
    for key, value in params.items():
        assert plan.steps[0].params.get(key) == value


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # the question word at the end
        ("o aquecimento da cozinha está programado para quantos graus?", ["20"]),
        ("o ar condicionado está programado para quantos graus?", ["23"]),
    ],
)
def test_portuguese_questions_ending_in_the_question_word(question: str, words: list[str]) -> None:
    plan = _plan_pt_b(question)
    assert plan.error is None, plan.reply
    assert plan.steps and all(step.read_only for step in plan.steps)
    for word in words:
        assert word in (plan.reply or "")
