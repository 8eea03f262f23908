"""Portuguese and Polish as people say them, read in small homes of our own: the place said
right after the verb ("apaga cá as luzes"), "o quarto" for the main bedroom among several
(``resources/places/pt.yaml``), the air conditioner said by its kind ("o ar"), words that say
which kind of device a loose reading is about (``word_domains``), pumps counted by their name,
a light said with its room and no verb; Polish awnings rolled out and in, a device's mode said
in Polish, a misspelt verb corrected, and "zapal" never opening a blind."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import said_places
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity as _entity

_DIM = {"supported_color_modes": ["brightness"], "brightness": 128}

CASA = {
    "areas": [
        {"id": "sala", "name": "Sala"},
        {"id": "suite", "name": "Quarto principal"},
        {"id": "quarto_rita", "name": "Quarto da Rita"},
        {"id": "quarto_hospedes", "name": "Quarto de hóspedes"},
        {"id": "wc", "name": "Casa de banho"},
        {"id": "quintal", "name": "Quintal"},
    ],
    "entities": [
        _entity("light.sala", "Sala", "sala", "off", **_DIM),
        _entity("light.pendente", "Pendente", "sala", "off", **_DIM),
        _entity("light.cabeceira", "Candeeiro de cabeceira", "suite", "off", **_DIM),
        _entity("light.rita", "Candeeiro", "quarto_rita", "off", **_DIM),
        _entity("light.hospedes", "Candeeiro", "quarto_hospedes", "off", **_DIM),
        _entity("light.espelho", "Luz do espelho", "wc", "off", **_DIM),
        _entity("light.quintal", "Luz do quintal", "quintal", "off", **_DIM),
        _entity("fan.suite", "Ventoinha de pé", "suite", "off", percentage=0),
        _entity("fan.wc", "Extrator", "wc", "off", percentage=0),
        _entity(
            "cover.rita",
            "Estore",
            "quarto_rita",
            "open",
            device_class="shutter",
            current_position=100,
        ),
        _entity("climate.split", "Ar condicionado", "sala", "off", temperature=21),
        _entity("climate.caldeira", "Caldeira", "quintal", "heat", temperature=19),
        _entity("switch.poco", "Bomba do poço", "quintal", "on", device_class="switch"),
        _entity("switch.rega", "Bomba da rega", "quintal", "off", device_class="switch"),
        _entity("switch.termo", "Termoacumulador", "wc", "on", device_class="switch"),
    ],
}


def _plan(text: str, area: str | None = None, language: str = "pt") -> Any:
    planner = Planner(Home.from_dict(CASA), language)
    return planner.plan(text, area=area, conversation=Conversation("c"))


def _steps(plan: Any) -> list[tuple[str, list[str]]]:
    return [(s.action, sorted(s.targets)) for s in plan.steps]


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("acende aqui a luz", [("light.turn_on", ["light.cabeceira"])]),
        ("apaga cá as luzes", [("light.turn_off", ["light.cabeceira"])]),
    ],
)
def test_here_said_before_the_light_is_the_room_one_is_in(
    text: str, steps: list[tuple[str, list[str]]]
) -> None:
    assert _steps(_plan(text, area="suite")) == steps


def test_here_said_before_the_light_needs_a_room() -> None:
    # no room known for this computer: nothing is guessed
    assert _plan("acende aqui a luz").steps == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "o quarto" among the main bedroom and the others: the main one
        ("liga a ventoinha do quarto", "fan.suite"),
        ("acende o candeeiro de cabeceira do quarto", "light.cabeceira"),
        # a room whose name starts with the word, said whole, is that room
        ("acende o candeeiro do quarto da Rita", "light.rita"),
        ("fecha o estore do quarto da Rita", "cover.rita"),
        # a Brazilian word for the room a Portuguese home calls otherwise
        ("acende a luz do banheiro", "light.espelho"),
    ],
)
def test_a_room_said_in_other_words_is_the_home_s(text: str, target: str) -> None:
    plan = _plan(text)
    assert plan.error is None, plan.reply
    assert [t for s in plan.steps for t in s.targets] == [target]


def test_a_room_the_home_calls_so_keeps_its_name() -> None:
    home = {
        "areas": [{"id": "quarto", "name": "Quarto"}, {"id": "suite", "name": "Quarto principal"}],
        "entities": [
            _entity("light.a", "Candeeiro", "quarto", "off", **_DIM),
            _entity("light.b", "Candeeiro", "suite", "off", **_DIM),
        ],
    }
    plan = Planner(Home.from_dict(home), "pt").plan(
        "acende o candeeiro do quarto", conversation=Conversation("c")
    )
    assert _steps(plan) == [("light.turn_on", ["light.a"])]


def test_placing_words_are_the_language_s() -> None:
    before, put = said_places.placing_words("pt")
    assert "do" in before and put == ("em",)
    before_en, put_en = said_places.placing_words("en")
    assert "in" in before_en and put_en == ("in", "the")


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("liga o ar da sala", [("climate.turn_on", ["climate.split"])]),
        ("desliga o ar", [("climate.turn_off", ["climate.split"])]),
    ],
)
def test_the_air_conditioner_said_by_its_kind(
    text: str, steps: list[tuple[str, list[str]]]
) -> None:
    # "o ar da sala" is the Sala's air conditioner, never the light called "Sala", and "o ar"
    # never the boiler.
    assert _steps(_plan(text)) == steps


def test_a_temperature_said_never_changes_a_light() -> None:
    # "Sala" is a light's name too: the loose reading does not brighten it for "temperatura"
    for text in ("aumenta a temperatura da sala", "deixa a sala mais quente"):
        plan = _plan(text)
        assert all(not t.startswith("light.") for s in plan.steps for t in s.targets), text


def test_pumps_are_counted_by_their_name() -> None:
    plan = _plan("quantas bombas estão ligadas?")
    assert [t for s in plan.steps for t in s.targets] == ["switch.poco"]
    assert plan.reply is not None and "Bomba do poço" in plan.reply
    assert "Termoacumulador" not in plan.reply


@pytest.mark.parametrize(
    ("text", "target", "params"),
    [
        ("luz do quintal", "light.quintal", {}),
        ("pendente sala 40%", "light.pendente", {"brightness_pct": 40}),
    ],
)
def test_a_light_said_without_a_verb(text: str, target: str, params: dict[str, Any]) -> None:
    plan = _plan(text)
    assert [(s.action, s.targets, s.params) for s in plan.steps] == [
        ("light.turn_on", [target], params)
    ]


def test_a_light_said_as_a_question_is_no_command() -> None:
    plan = _plan("a luz do quintal está ligada?")
    assert all(s.read_only for s in plan.steps)


DOM = {
    "areas": [
        {"id": "taras", "name": "Taras"},
        {"id": "salon", "name": "Salon"},
        {"id": "pokoj_kuby", "name": "Pokój Kuby"},
    ],
    "entities": [
        _entity(
            "cover.markiza", "Markiza", "taras", "closed", device_class="awning", current_position=0
        ),
        _entity(
            "cover.roleta", "Roleta", "salon", "open", device_class="blind", current_position=100
        ),
        _entity(
            "cover.roleta_kuby",
            "Roleta Kuby",
            "pokoj_kuby",
            "closed",
            device_class="blind",
            current_position=0,
        ),
        _entity("light.salon", "Lampa", "salon", "on", **_DIM),
        _entity(
            "climate.piec",
            "Piec",
            "salon",
            "heat",
            preset_modes=["comfort", "eco", "away"],
            preset_mode="comfort",
        ),
    ],
}


def _plan_pl(text: str) -> Any:
    planner = Planner(Home.from_dict(DOM), "pl")
    return planner.plan(text, conversation=Conversation("c"))


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("rozwiń markizę", [("cover.open_cover", ["cover.markiza"])]),
        ("zwiń markizę na tarasie", [("cover.close_cover", ["cover.markiza"])]),
    ],
)
def test_a_polish_awning_is_rolled_out_and_in(
    text: str, steps: list[tuple[str, list[str]]]
) -> None:
    assert _steps(_plan_pl(text)) == steps


def test_rolling_out_is_said_of_awnings_only() -> None:
    # a blind "rolled out" comes down: the awning words never open it
    plan = _plan_pl("rozwiń roletę")
    assert ("cover.open_cover", ["cover.roleta"]) not in _steps(plan)


@pytest.mark.parametrize(
    ("text", "mode"), [("piec w trybie eko", "eco"), ("ustaw piec na tryb komfort", "comfort")]
)
def test_a_mode_said_in_polish_is_the_device_s_own(text: str, mode: str) -> None:
    plan = _plan_pl(text)
    assert [(s.action, s.params) for s in plan.steps] == [
        ("climate.set_preset_mode", {"preset_mode": mode})
    ]


def test_a_mode_the_device_lacks_is_not_guessed() -> None:
    assert _plan_pl("piec w trybie turbo").steps == []


def test_a_misspelt_polish_verb_is_corrected() -> None:
    plan = _plan_pl("zgaż lampę w salonie")
    assert _steps(plan) == [("light.turn_off", ["light.salon"])]


def test_lighting_a_lamp_never_opens_a_blind() -> None:
    # "zapal" is said of lights: a lamp Hearth cannot find is not Kuba's blind
    plan = _plan_pl("zapal lampkę nocną w pokoju kuby")
    assert all(not t.startswith("cover.") for s in plan.steps for t in s.targets)


MIESZKANIE = {
    "areas": [{"id": "salon", "name": "Salon"}, {"id": "kuchnia", "name": "Kuchnia"}],
    "entities": [
        _entity("vacuum.robot", "Robot", "salon", "docked"),
        _entity("todo.sklep", "Sklep", None, "0"),
        _entity("todo.prace", "Prace domowe", None, "0"),
    ],
}


def _plan_flat(text: str, home: dict[str, Any] = MIESZKANIE) -> Any:
    planner = Planner(Home.from_dict(home), "pl")
    return planner.plan(text, conversation=Conversation("c"))


@pytest.mark.parametrize("text", ["posprzątaj całe mieszkanie", "odkurz dom", "odpal robota"])
def test_the_one_vacuum_cleans_the_whole_home(text: str) -> None:
    assert _steps(_plan_flat(text)) == [("vacuum.start", ["vacuum.robot"])]


def test_cleaning_the_whole_home_with_two_vacuums_asks_which() -> None:
    two = {
        **MIESZKANIE,
        "entities": [
            *MIESZKANIE["entities"],
            _entity("vacuum.drugi", "Roomba", "kuchnia", "docked"),
        ],
    }
    plan = _plan_flat("odkurz mieszkanie", two)
    assert plan.steps == []


@pytest.mark.parametrize(
    ("text", "target", "item"),
    [
        ("dopisz masło do listy sklep", "todo.sklep", "masło"),
        ("wpisz mycie okien na listę prace domowe", "todo.prace", "mycie okien"),
        ("dodaj do listy sklep ser żółty", "todo.sklep", "ser żółty"),
    ],
)
def test_a_polish_list_is_added_to_with_other_verbs_and_the_list_first(
    text: str, target: str, item: str
) -> None:
    plan = _plan_flat(text)
    assert [(s.action, s.targets, s.params) for s in plan.steps] == [
        ("todo.add_item", [target], {"item": item})
    ]


def test_a_list_named_in_the_genitive_plural_is_that_list() -> None:
    home = {"entities": [_entity("todo.zakupy", "Zakupy", None, "0")]}
    plan = _plan_flat("dodaj jabłka do zakupów", home)
    assert [(s.targets, s.params) for s in plan.steps] == [(["todo.zakupy"], {"item": "jabłka"})]


APARTAMENTO = {
    "areas": [{"id": "sala", "name": "Sala"}],
    "entities": [
        _entity(
            "vacuum.robo",
            "Robô",
            "sala",
            "docked",
        )
    ],
}


@pytest.mark.parametrize(
    "text", ["manda o robô limpar a casa", "põe o robô a aspirar", "aspira a casa toda"]
)
def test_the_portuguese_vacuum_is_sent_to_clean(text: str) -> None:
    planner = Planner(Home.from_dict(APARTAMENTO), "pt")
    plan = planner.plan(text, conversation=Conversation("c"))
    assert _steps(plan) == [("vacuum.start", ["vacuum.robo"])]


def test_a_sauna_is_named_by_its_stove() -> None:
    home = {
        "areas": [{"id": "ogrod", "name": "Ogród"}],
        "entities": [
            _entity("switch.piec", "Piec do sauny", "ogrod", "off", device_class="switch"),
            _entity("switch.pompa", "Pompa", "ogrod", "off", device_class="switch"),
        ],
    }
    assert _steps(_plan_flat("włącz saunę", home)) == [("switch.turn_on", ["switch.piec"])]
    assert _steps(_plan_flat("wyłącz saunę", home)) == [("switch.turn_off", ["switch.piec"])]
