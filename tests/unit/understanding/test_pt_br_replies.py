"""Brazilian Portuguese says a plan's steps and Hearth's replies in its own words where they
differ from Portugal's ("persiana", "ventilador", "colocar em 50%", "não entendi", "cômodo",
"tocando"): ``resources/sentences/pt-BR/steps_text.yaml`` and ``replies.yaml`` hold only those,
every other key is Portuguese's (``pt``), and Portuguese itself is unchanged."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.context import Conversation
from app.core.home import Entity, Home
from app.understanding import keyed_replies
from app.understanding.actions import summarize
from app.understanding.keyed_replies import own, speaking
from app.understanding.own_data import own_data
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity as _entity

_BLIND = Entity("cover.persiana", "Janela", "closed", {"current_position": 0})
_FAN = Entity("fan.teto", "Teto", "off", {"percentage": 0})
_LAMP = Entity("light.abajur", "Abajur", "on", {"brightness": 100})


def _step(language: str, action: str, entity: Entity, params: dict[str, Any]) -> str:
    with speaking(language):
        return summarize(action, [entity], params)


@pytest.mark.parametrize(
    ("action", "entity", "params", "pt", "pt_br"),
    [
        (
            "light.turn_on",
            _LAMP,
            {"brightness_pct": 40},
            "Pôr Abajur a 40%",
            "Colocar Abajur em 40%",
        ),
        (
            "fan.set_percentage",
            _FAN,
            {"percentage": 60},
            "Pôr a velocidade de Teto a 60%",
            "Colocar a velocidade de Teto em 60%",
        ),
        (
            "button.press",
            Entity("button.campainha", "Campainha", "unknown", {}),
            {},
            "Premir Campainha",
            "Apertar Campainha",
        ),
        (
            "light.turn_on",
            _LAMP,
            {"color_name": "brown"},
            "Pôr Abajur em castanho",
            "Mudar a cor de Abajur para marrom",
        ),
    ],
)
def test_a_step_reads_in_the_variant_s_words(
    action: str, entity: Entity, params: dict[str, Any], pt: str, pt_br: str
) -> None:
    assert _step("pt", action, entity, params) == pt
    assert _step("pt-BR", action, entity, params) == pt_br


def test_a_step_the_variant_does_not_change_is_the_base_language_s() -> None:
    # "Ligar"/"Desligar" and "Abrir" are said alike in both: pt-BR has no key of its own for
    # them, and reads Portuguese's, never English's.
    assert own_data("pt-BR", "steps_text.yaml") is not None
    for language in ("pt", "pt-BR"):
        assert _step(language, "light.turn_off", _LAMP, {}) == "Desligar Abajur"
        assert _step(language, "cover.open_cover", _BLIND, {}) == "Abrir Janela"


def test_counted_devices_take_the_variant_s_word() -> None:
    blinds = [Entity(f"cover.p{i}", f"P{i}", "closed", {"current_position": 0}) for i in range(6)]
    with speaking("pt"):
        assert "6 estores" in summarize("cover.open_cover", blinds, {})
    with speaking("pt-BR"):
        assert "6 persianas" in summarize("cover.open_cover", blinds, {})


def test_reply_words_differ_only_where_the_variant_has_its_own() -> None:
    assert own("pt", "ask.not_understood") == "Desculpe, não percebi."
    assert own("pt-BR", "ask.not_understood") == "Desculpe, não entendi."
    # a key of the base language's the variant does not repeat
    assert own("pt-BR", "one.state") == own("pt", "one.state")
    with speaking("pt-BR"):
        assert keyed_replies.word("states.playing", "playing") == "tocando"
        assert keyed_replies.word("measures.humidity", "humidity") == "umidade"
        assert keyed_replies.word("states.closed", "closed") == "fechado"
    with speaking("pt"):
        assert keyed_replies.word("states.playing", "playing") == "a tocar"


def test_the_variant_s_reply_file_holds_no_words_to_understand() -> None:
    # replies.yaml is only what Hearth says: the sentences Brazilians say are understood from
    # the same files as before (pt's questions, pt-BR's commands).
    data = own_data("pt-BR", "replies.yaml")
    assert data is not None and set(data) == {"language", "replies"}


_HOME = {
    "areas": [{"id": "sala", "name": "Sala"}, {"id": "quarto", "name": "Quarto"}],
    "entities": [
        _entity("light.sala", "Luz da sala", "sala", "off"),
        _entity("light.quarto", "Luz do quarto", "quarto", "off"),
        _entity(
            "cover.sala", "Persiana", "sala", "open", device_class="blind", current_position=100
        ),
        _entity("media_player.tv", "TV", "sala", "playing"),
    ],
}


def _plan(text: str, language: str) -> Any:
    planner = Planner(Home.from_dict(_HOME), language)
    return planner.plan(text, conversation=Conversation("c"))


def test_a_brazilian_plan_reads_in_brazilian_words() -> None:
    plan = _plan("coloque a persiana em 30%", "pt-BR")
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("cover.set_cover_position", ["cover.sala"])
    ]
    assert plan.steps[0].summary == "Abrir Persiana em 30%"
    european = _plan("põe a persiana a 30%", "pt")
    assert [s.summary for s in european.steps] == ["Abrir Persiana a 30%"]


def test_a_brazilian_answer_says_a_state_in_brazilian_words() -> None:
    plan = _plan("o que está tocando na TV?", "pt-BR")
    assert plan.error is None, plan.reply
    assert "tocando" in (plan.reply or "")
    assert "a tocar" not in (plan.reply or "")


@pytest.mark.parametrize(
    ("language", "key", "slots", "said"),
    [
        ("pt", "ask.question_not_understood", {}, "Desculpe, não percebi a pergunta."),
        ("pt-BR", "ask.question_not_understood", {}, "Desculpe, não entendi a pergunta."),
        ("pt", "missing.room", {"name": "Sótão"}, "Não conheço nenhuma divisão chamada Sótão."),
        ("pt-BR", "missing.room", {"name": "Sótão"}, "Não conheço nenhum cômodo chamado Sótão."),
        (
            "pl",
            "not_found.no_area",
            {"area": "Strych"},
            "Nie znam pomieszczenia o nazwie „Strych”.",
        ),
        ("pl", "ask.question_not_understood", {}, "Przepraszam, nie zrozumiałem pytania."),
    ],
)
def test_asking_back_and_what_is_missing_are_said_in_the_language(
    language: str, key: str, slots: dict[str, Any], said: str
) -> None:
    assert keyed_replies.say(language, key, **slots) == said


def test_a_long_list_of_choices_is_cut_short_in_portuguese() -> None:
    lamps = keyed_replies.Listed(
        (("Candeeiro", "Sala"), ("Candeeiro", "Quarto"), ("Candeeiro", "Hall")), more=4
    )
    assert keyed_replies.say("pt", "ask.which_one", choices=lamps) == (
        "Qual quer dizer: Candeeiro (Sala), Candeeiro (Quarto), Candeeiro (Hall) ou um dos "
        "outros 4?"
    )


def test_a_question_s_step_reads_in_the_variant_s_words() -> None:
    assert keyed_replies.say("pt", "step.read_playing") == "Ler o que está a tocar"
    assert keyed_replies.say("pt-BR", "step.read_playing") == "Ler o que está tocando"
    # a step text pt-BR does not change is pt's
    assert keyed_replies.say("pt-BR", "step.read_weather") == keyed_replies.say(
        "pt", "step.read_weather"
    )
