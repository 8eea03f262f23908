"""Russian and Polish, session 14: a part of a compound that names no device never borrows the
last part's noun to plan that device twice; Polish typed without its diacritics where the home
writes its names without them too ("wlacz swiatlo w lazience"); what a binary sensor senses
asked with the word for sensor that several sensors of other kinds are called; Russian colour
temperatures in kelvin without the word "температуру", modes a device lists, a climate's
operating mode, every cover of a kind, and a roller shade called a "штора". The homes and
sentences are this file's own."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import Plan
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity


def _home(rooms: dict[str, str], *entities: dict[str, Any]) -> Home:
    return Home.from_dict(
        {
            "areas": [{"id": room, "name": name} for room, name in rooms.items()],
            "entities": list(entities),
        }
    )


def _plan(language: str, home: Home, text: str, area: str | None = None) -> Plan:
    return Planner(home, language).plan(text, area=area, conversation=Conversation("c"))


def _steps(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(s.action, sorted(s.targets)) for s in plan.steps if not s.read_only]


RUSSIAN = _home(
    {"terrasa": "Терраса", "gostinaya": "Гостиная", "spalnya": "Спальня", "detskaya": "Детская"},
    entity("light.girlyanda", "Гирлянда на террасе", "terrasa", "on"),
    entity(
        "light.nochnik",
        "Ночник",
        "spalnya",
        "off",
        supported_color_modes=["color_temp"],
        min_color_temp_kelvin=2000,
        max_color_temp_kelvin=6500,
    ),
    entity("cover.markiza", "Маркиза", "terrasa", "open", device_class="awning"),
    entity(
        "cover.zhalyuzi_gostinaya", "Жалюзи гостиная", "gostinaya", "open", device_class="blind"
    ),
    entity("cover.zhalyuzi_spalnya", "Жалюзи спальня", "spalnya", "open", device_class="blind"),
    entity("cover.shtora_detskaya", "Рулонная штора", "detskaya", "open", device_class="shade"),
    entity(
        "fan.ventilyator",
        "Вентилятор",
        "spalnya",
        "off",
        preset_modes=["auto", "sleep"],
        preset_mode=None,
        supported_features=8,
    ),
    entity(
        "climate.split",
        "Сплит",
        "gostinaya",
        "off",
        hvac_modes=["off", "heat", "cool"],
        temperature=22,
        current_temperature=21,
    ),
    entity("binary_sensor.dvizhenie", "Датчик", "gostinaya", "off", device_class="motion"),
    entity("binary_sensor.prisutstvie", "Датчик", "spalnya", "on", device_class="occupancy"),
    entity("binary_sensor.mikrofon", "Микрофон", "detskaya", "on", device_class="sound"),
)


# -- a compound part never borrows the last part's noun for the same device -------------------


def test_compound_plans_each_device_once() -> None:
    plan = _plan("ru", RUSSIAN, "погаси гирлянду и закрой маркизу")
    assert _steps(plan) == [
        ("light.turn_off", ["light.girlyanda"]),
        ("cover.close_cover", ["cover.markiza"]),
    ]


def test_compound_never_closes_the_cover_twice() -> None:
    plan = _plan("ru", RUSSIAN, "погаси гирлянду и закрой маркизу")
    closing = [step for step in plan.steps if step.action == "cover.close_cover"]
    assert len(closing) == 1


# -- Polish typed without diacritics ---------------------------------------------------------

POLISH = _home(
    {"lazienka": "Lazienka", "korytarz": "Korytarz", "kuchnia": "Kuchnia"},
    entity("light.lustro", "Lustro", "lazienka", "off"),
    entity("light.swiatlo_korytarz", "Swiatlo korytarz", "korytarz", "off"),
    entity("light.swiatlo_w_kuchni", "Swiatlo w kuchni", "kuchnia", "on"),
)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("wlacz swiatlo w lazience", ("light.turn_on", ["light.lustro"])),
        ("włącz światło w łazience", ("light.turn_on", ["light.lustro"])),
        ("zgas swiatlo w kuchni", ("light.turn_off", ["light.swiatlo_w_kuchni"])),
    ],
)
def test_polish_plain_letters_where_the_home_writes_them_too(
    text: str, step: tuple[str, list[str]]
) -> None:
    plan = _plan("pl", POLISH, text)
    assert plan.error is None
    assert _steps(plan) == [step]


def test_polish_plain_word_never_the_light_of_another_room() -> None:
    plan = _plan("pl", POLISH, "wlacz swiatlo w lazience")
    assert "light.swiatlo_korytarz" not in [t for s in plan.steps for t in s.targets]


# -- what binary sensors sense, asked with the word for sensor ------------------------------


def test_sensor_word_shared_by_other_kinds_asks_about_the_kind() -> None:
    plan = _plan("ru", RUSSIAN, "какой-нибудь датчик шума сработал?")
    assert plan.error is None
    assert all(step.read_only for step in plan.steps)
    assert [t for s in plan.steps for t in s.targets] == ["binary_sensor.mikrofon"]


def test_smoke_said_as_zadymlenie_is_a_smoke_question() -> None:
    home = _home(
        {"kuhnya": "Кухня"},
        entity("binary_sensor.dym", "Пожарный", "kuhnya", "off", device_class="smoke"),
        entity("light.kuhnya", "Свет кухня", "kuhnya", "off"),
    )
    plan = _plan("ru", home, "есть ли задымление на кухне?")
    assert [t for s in plan.steps for t in s.targets] == ["binary_sensor.dym"]
    assert all(step.read_only for step in plan.steps)


# -- colour temperature in kelvin, modes, operating modes ------------------------------------


def test_kelvin_without_the_word_temperature() -> None:
    plan = _plan("ru", RUSSIAN, "поставь ночник на 3500 кельвинов")
    assert [(s.action, s.targets, s.params) for s in plan.steps] == [
        ("light.turn_on", ["light.nochnik"], {"color_temp_kelvin": 3500})
    ]


def test_a_number_without_kelvin_is_no_colour_temperature() -> None:
    plan = _plan("ru", RUSSIAN, "поставь ночник на 35")
    assert all("color_temp_kelvin" not in s.params for s in plan.steps)


@pytest.mark.parametrize("text", ["переключи вентилятор в ночной режим", "вентилятор в режим сна"])
def test_mode_the_fan_lists(text: str) -> None:
    plan = _plan("ru", RUSSIAN, text)
    assert [(s.action, s.params) for s in plan.steps] == [
        ("fan.set_preset_mode", {"preset_mode": "sleep"})
    ]


def test_mode_the_fan_does_not_list_is_not_set() -> None:
    plan = _plan("ru", RUSSIAN, "переключи вентилятор в режим турбо")
    assert not any(s.action == "fan.set_preset_mode" for s in plan.steps)


@pytest.mark.parametrize(
    ("text", "mode"),
    [("поставь сплит на обогрев", "heat"), ("переведи сплит в режим охлаждения", "cool")],
)
def test_climate_operating_mode(text: str, mode: str) -> None:
    plan = _plan("ru", RUSSIAN, text)
    assert [(s.action, s.params) for s in plan.steps] == [
        ("climate.set_hvac_mode", {"hvac_mode": mode})
    ]


# -- every cover of a kind, a shade called a "штора" ------------------------------------------


def test_close_every_blind() -> None:
    plan = _plan("ru", RUSSIAN, "закрой все жалюзи")
    assert _steps(plan) == [
        ("cover.close_cover", ["cover.zhalyuzi_gostinaya", "cover.zhalyuzi_spalnya"])
    ]


def test_blinds_without_all_ask_which() -> None:
    plan = _plan("ru", RUSSIAN, "закрой жалюзи")
    assert plan.steps == []
    assert plan.error is not None and plan.error.code.value == "ambiguous"


def test_shtora_is_the_roller_shade_of_the_room() -> None:
    plan = _plan("ru", RUSSIAN, "опусти штору", area="detskaya")
    assert _steps(plan) == [("cover.close_cover", ["cover.shtora_detskaya"])]


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("ustaw lampe w lazience na 40 procent", ("light.turn_on", ["light.lustro"])),
        ("otworz markize", ("cover.open_cover", ["cover.markiza"])),
    ],
)
def test_polish_case_endings_typed_without_diacritics(
    text: str, step: tuple[str, list[str]]
) -> None:
    home = _home(
        {"lazienka": "Lazienka", "taras": "Taras"},
        entity("light.lustro", "Lampa", "lazienka", "off", supported_color_modes=["brightness"]),
        entity("cover.markiza", "Markiza tarasowa", "taras", "closed", device_class="awning"),
    )
    plan = _plan("pl", home, text)
    assert plan.error is None
    assert _steps(plan) == [step]


# -- Portuguese: all but one, everything in a room, timers, modes, covers ---------------------

PORTUGUESE = _home(
    {"sala": "Sala", "cozinha": "Cozinha", "quarto": "Quarto", "escritorio": "Escritório"},
    entity("light.candeeiro", "Candeeiro", "sala", "on"),
    entity("light.teto_sala", "Luz do teto", "sala", "on"),
    entity("light.bancada", "Luz da bancada", "cozinha", "on"),
    entity("light.mesa", "Luz da mesa", "quarto", "on"),
    entity("switch.torradeira", "Torradeira", "cozinha", "on", device_class="outlet"),
    entity(
        "climate.ar_cozinha",
        "Ar condicionado da cozinha",
        "cozinha",
        "cool",
        hvac_modes=["off", "cool", "dry"],
        temperature=24,
        current_temperature=25,
    ),
    entity("cover.persiana_escritorio", "Persiana", "escritorio", "open", device_class="blind"),
    entity("cover.persiana_quarto", "Persiana", "quarto", "open", device_class="blind"),
)


def _targets(plan: Plan) -> set[str]:
    return {t for s in plan.steps for t in s.targets}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("apaga todas as luzes menos a da cozinha", {"light.bancada"}),
        ("desliga as luzes todas exceto o candeeiro", {"light.candeeiro"}),
        ("apaga todas as luzes tirando a da sala e a do quarto", None),
    ],
)
def test_portuguese_all_lights_but(text: str, kept: set[str] | None) -> None:
    plan = _plan("pt", PORTUGUESE, text)
    lights = {"light.candeeiro", "light.teto_sala", "light.bancada", "light.mesa"}
    expected = (
        lights - kept
        if kept is not None
        else {"light.bancada"}  # the room said and the other room said are both left on
    )
    assert all(s.action == "light.turn_off" for s in plan.steps)
    assert _targets(plan) == expected


def test_portuguese_all_but_something_not_in_the_home_is_not_understood() -> None:
    plan = _plan("pt", PORTUGUESE, "apaga todas as luzes menos a garagem")
    assert plan.steps == []


def test_portuguese_apaga_tudo_is_the_rooms_lights_only() -> None:
    plan = _plan("pt", PORTUGUESE, "apaga tudo na cozinha")
    assert _steps(plan) == [("light.turn_off", ["light.bancada"])]


def test_portuguese_desliga_tudo_never_the_climate() -> None:
    plan = _plan("pt", PORTUGUESE, "desliga tudo na cozinha")
    assert _targets(plan) == {"light.bancada", "switch.torradeira"}


def test_portuguese_all_lights_said_last() -> None:
    plan = _plan("pt", PORTUGUESE, "apaga as luzes todas")
    assert _targets(plan) == {"light.candeeiro", "light.teto_sala", "light.bancada", "light.mesa"}


@pytest.mark.parametrize(
    ("text", "seconds", "name"),
    [
        ("coloca um timer de 12 minutos", 720.0, None),
        ("põe um temporizador de meia hora para o arroz", 1800.0, "arroz"),
        ("bota um timer de 1 hora e 5 minutos", 3900.0, None),
    ],
)
def test_portuguese_timers(text: str, seconds: float, name: str | None) -> None:
    plan = _plan("pt", PORTUGUESE, text)
    assert [s.action for s in plan.steps] == ["timer.start"]
    assert plan.steps[0].params.get("duration_s") == seconds
    assert plan.steps[0].params.get("name") == name


def test_portuguese_timer_without_length_asks_how_long() -> None:
    plan = _plan("pt", PORTUGUESE, "põe um timer")
    assert plan.steps == []
    assert plan.error is not None


@pytest.mark.parametrize(
    ("text", "mode"), [("põe o ar condicionado da cozinha em modo seco", "dry")]
)
def test_portuguese_mode_words(text: str, mode: str) -> None:
    plan = _plan("pt", PORTUGUESE, text)
    assert [(s.action, s.params) for s in plan.steps] == [
        ("climate.set_hvac_mode", {"hvac_mode": mode})
    ]


def test_portuguese_mode_the_device_lacks_is_not_set() -> None:
    plan = _plan("pt", PORTUGUESE, "põe o ar condicionado da cozinha em modo quente")
    assert not any(s.action == "climate.set_hvac_mode" for s in plan.steps)


def test_portuguese_air_conditioner_of_a_room_to_a_temperature() -> None:
    plan = _plan("pt", PORTUGUESE, "coloca o ar da cozinha em 22 graus")
    assert [(s.action, s.targets, s.params) for s in plan.steps] == [
        ("climate.set_temperature", ["climate.ar_cozinha"], {"temperature": 22})
    ]


def test_portuguese_brazilian_verbs_for_covers() -> None:
    plan = _plan("pt", PORTUGUESE, "abaixa a persiana do escritório")
    assert _steps(plan) == [("cover.close_cover", ["cover.persiana_escritorio"])]


def test_portuguese_every_cover_of_a_kind() -> None:
    plan = _plan("pt", PORTUGUESE, "fecha os estores todos")
    assert _steps(plan) == [
        ("cover.close_cover", ["cover.persiana_escritorio", "cover.persiana_quarto"])
    ]


# -- Portuguese lists and the robot vacuum, said day to day ----------------------------------

ERRANDS = _home(
    {"sala": "Sala"},
    entity("todo.feira", "Feira", None, "0"),
    entity("todo.lista_de_tarefas", "Lista de tarefas", None, "0"),
    entity("vacuum.robo", "Robô", "sala", "cleaning", supported_features=16383),
)


@pytest.mark.parametrize(
    ("text", "target", "item"),
    [
        ("adiciona tomates na lista da feira", "todo.feira", "tomates"),
        (
            "acrescenta regar as plantas na lista de tarefas",
            "todo.lista_de_tarefas",
            "regar as plantas",
        ),
    ],
)
def test_portuguese_item_on_a_list_said_with_of(text: str, target: str, item: str) -> None:
    plan = _plan("pt", ERRANDS, text)
    assert [(s.action, s.targets, s.params) for s in plan.steps] == [
        ("todo.add_item", [target], {"item": item})
    ]


@pytest.mark.parametrize("text", ["o robô volta pra base", "manda o robô voltar para a base"])
def test_portuguese_vacuum_back_to_its_base(text: str) -> None:
    plan = _plan("pt", ERRANDS, text)
    assert _steps(plan) == [("vacuum.return_to_base", ["vacuum.robo"])]


# -- a room's light said without a verb in Russian -------------------------------------------

ROOMS = _home(
    {"kladovaya": "Кладовая", "veranda": "Веранда"},
    entity("light.kladovaya", "Лампочка кладовой", "kladovaya", "off"),
    entity("light.veranda", "Фонарь", "veranda", "off"),
)


@pytest.mark.parametrize(
    ("text", "target"), [("свет кладовая", "light.kladovaya"), ("веранда свет", "light.veranda")]
)
def test_room_light_said_without_verb_turns_it_on(text: str, target: str) -> None:
    plan = _plan("ru", ROOMS, text)
    assert _steps(plan) == [("light.turn_on", [target])]


def test_room_light_asked_is_no_command() -> None:
    plan = _plan("ru", ROOMS, "свет кладовая?")
    assert not any(not s.read_only for s in plan.steps)
