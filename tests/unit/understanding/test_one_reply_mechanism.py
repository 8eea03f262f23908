"""One way to say a reply in the request's language (app/understanding/keyed_replies.py): a
key, its slots, each language's template, and one fallback for every reply — a language that
lacks the template or a word of it says the whole reply in English, never half of it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import Plan
from app.core.results import Approval
from app.execution import preview
from app.policy import risk
from app.understanding import keyed_replies
from app.understanding.keyed_replies import Keyed, Listed, Word
from integrations.base import EntityState
from integrations.virtual_home import VirtualHome


def test_a_word_the_language_lacks_says_the_whole_reply_in_english() -> None:
    # German has "Thermostat" but no word for "fan": the sentence is English, not
    # "Ich finde nichts vom Typ „fan“."
    assert keyed_replies.say("de", "missing.kind", kind=Word("thermostat")) == (
        "Ich finde nichts vom Typ „Thermostat“."
    )
    assert keyed_replies.say("de", "missing.kind", kind=Word("fan")) == "I couldn't find a fan."


def test_a_key_the_language_lacks_is_said_in_english() -> None:
    # Italian has no "For how long?" of its own.
    assert keyed_replies.say("it", "timer.how_long") == "For how long?"
    assert keyed_replies.say("de", "timer.how_long") == "Wie lange?"


def test_a_language_without_the_list_words_says_the_list_reply_in_english() -> None:
    lamps = Listed((("Lamp", "Office"), ("Lamp", "Hall")), more=2)
    assert keyed_replies.say("fr", "ask.which_one", choices=lamps) == (
        "Lequel voulez-vous dire : Lamp (Office), Lamp (Hall) ou l'un des 2 autres ?"
    )
    # Dutch has "Which one do you mean" and its joins, but no "one of N more".
    assert keyed_replies.say("nl", "ask.which_one", choices=lamps) == (
        "Which one do you mean: Lamp in the Office, Lamp in the Hall or one of 2 more?"
    )
    two = Listed((("Lamp", "Office"), ("Lamp", "Hall")))
    assert keyed_replies.say("nl", "ask.which_one", choices=two) == (
        "Welke bedoel je: Lamp (Office) of Lamp (Hall)?"
    )


def test_a_part_said_by_its_own_key_follows_the_same_rule() -> None:
    items = Listed(
        (
            Keyed.of("list.on_list", item="Milch", list="Einkauf"),
            Keyed.of("list.on_list", item="Hafermilch", list="Einkauf"),
        ),
        commas=False,
    )
    assert keyed_replies.say("de", "ask.which_one", choices=items) == (
        "Welches meinst du: „Milch“ auf Einkauf oder „Hafermilch“ auf Einkauf?"
    )
    # Dutch has "Which one do you mean" but no "“{item}” on {list}": all of it in English.
    assert keyed_replies.say("nl", "ask.which_one", choices=items) == (
        "Which one do you mean: “Milch” on Einkauf or “Hafermilch” on Einkauf?"
    )


def test_names_of_the_home_are_never_translated() -> None:
    # A device called "Salt and Pepper" keeps its "and" in every language.
    assert keyed_replies.say("de", "undo.cannot_put_back", name="Salt and Pepper") == (
        "Hearth kann Salt and Pepper nicht wiederherstellen."
    )


def _unchanged(language: str, attributes: dict[str, Any]) -> str | None:
    effect = {"state": "on", "attributes": dict.fromkeys(attributes)}
    state = EntityState("fan.fan", "on", attributes)
    return preview._Already([("Fan", effect, state)]).said_in(language)


def test_nothing_to_change_in_a_language_lacking_a_word_is_wholly_english() -> None:
    assert _unchanged("de", {"percentage": 40}) == "Fan ist schon an, auf 40 %"
    assert _unchanged("de", {"oscillating": True}) is None  # no German word: English instead
    assert _unchanged("en", {"oscillating": True}) == "Fan is already on at oscillating True"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Nothing to change: Sofa Lamp is already on."),
        ("de", "Nichts zu ändern: Sofa Lamp ist schon an."),
        ("fr", "Rien à changer. Sofa Lamp : déjà allumé."),
        ("es", "Nada que cambiar. Sofa Lamp: ya encendido."),
    ],
)
def test_turning_on_a_lamp_that_is_on_is_answered_in_the_request_language(
    language: str, said: str
) -> None:
    adapter = VirtualHome(Home.load(demo_home_source()))
    assistant = Assistant(adapter.home, adapter, area="living_room", language=language)
    text = {
        "en": "turn on the sofa lamp",
        "de": "schalte Sofa Lamp ein",
        "fr": "allume Sofa Lamp",
        "es": "enciende Sofa Lamp",
    }[language]
    asked: list[Plan] = []

    async def approve(plan: Plan, _decisions: list[risk.StepDecision]) -> Approval | None:
        asked.append(plan)
        return None

    outcome = asyncio.run(assistant.handle(text, approve))
    assert outcome.unchanged == said
    assert asked == [] and adapter.calls == []
