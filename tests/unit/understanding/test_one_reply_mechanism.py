"""One way to say a reply in the request's language (app/understanding/keyed_replies.py): a
key, its slots, each language's template, and one fallback for every reply — a language that
lacks the template or a word of it says the whole reply in English, never half of it."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.core.durations import duration_label, duration_words
from app.core.home import Home
from app.core.plan import Plan, Step
from app.core.results import Approval
from app.execution import preview, timer_change
from app.policy import risk
from app.understanding import agenda, keyed_replies, not_found
from app.understanding.keyed_replies import English, Keyed, LengthOfTime, Listed, Word
from app.understanding.planner import Planner
from integrations.base import EntityState
from integrations.reminders import FakeClock, ReminderStore
from integrations.reminders.timers import TimerService
from integrations.virtual_home import VirtualHome


def test_a_word_the_language_lacks_says_the_whole_reply_in_english() -> None:
    # German has "Thermostat" but no word for "fan": the sentence is English, not
    # "Ich finde nichts vom Typ „fan“."
    assert keyed_replies.say("de", "missing.kind", kind=Word("thermostat")) == (
        "Ich finde nichts vom Typ „Thermostat“."
    )
    assert keyed_replies.say("de", "missing.kind", kind=Word("fan")) == "I couldn't find a fan."


def _lacking(monkeypatch: pytest.MonkeyPatch, language: str, *keys: str) -> None:
    """*language*'s templates without *keys*: every language has every key English has
    (test_reply_keys.py), so a gap is made here to show what one would do."""
    templates = keyed_replies._templates

    def without(lang: str) -> dict[str, Any]:
        found = dict(templates(lang))
        if lang == language:
            for key in keys:
                found.pop(key, None)
        return found

    monkeypatch.setattr(keyed_replies, "_templates", without)


def test_a_key_the_language_lacks_is_said_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    assert keyed_replies.say("pl", "timer.how_long") == "Na jak długo?"
    # Polish without its "For how long?" (Italian has: "Per quanto tempo?").
    _lacking(monkeypatch, "pl", "timer.how_long")
    assert keyed_replies.say("pl", "timer.how_long") == "For how long?"
    assert keyed_replies.say("it", "timer.how_long") == "Per quanto tempo?"
    assert keyed_replies.say("de", "timer.how_long") == "Wie lange?"


def test_a_language_without_the_list_words_says_the_list_reply_in_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _lacking(monkeypatch, "pl", "list.more")
    lamps = Listed((("Lamp", "Office"), ("Lamp", "Hall")), more=2)
    assert keyed_replies.say("fr", "ask.which_one", choices=lamps) == (
        "Lequel voulez-vous dire : Lamp (Office), Lamp (Hall) ou l'un des 2 autres ?"
    )
    # Polish has "Which one do you mean" and its joins, but no "one of N more".
    assert keyed_replies.say("pl", "ask.which_one", choices=lamps) == (
        "Which one do you mean: Lamp in the Office, Lamp in the Hall or one of 2 more?"
    )
    two = Listed((("Lamp", "Office"), ("Lamp", "Hall")))
    assert keyed_replies.say("pl", "ask.which_one", choices=two) == (
        "Które masz na myśli: Lamp (Office) lub Lamp (Hall)?"
    )


def test_a_part_said_by_its_own_key_follows_the_same_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
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
    assert keyed_replies.say("pl", "ask.which_one", choices=items) == (
        "Które masz na myśli: „Milch” na liście Einkauf lub „Hafermilch” na liście Einkauf?"
    )
    # Polish with "Which one do you mean" but no "“{item}” on {list}": all of it in English.
    _lacking(monkeypatch, "pl", "list.on_list")
    assert keyed_replies.say("pl", "ask.which_one", choices=items) == (
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


# -- what the home lacks (app/understanding/not_found.py) ------------------------------------


def test_the_not_found_replies_are_keyed_replies_of_every_language_that_had_them() -> None:
    keys = ("no_kind", "no_kinds", "no_kind_in_area", "no_kinds_in_area", "no_area", "no_floor")
    for language in ("en", "de", "fr", "es", "it", "nl"):
        for key in (*keys, "no_name"):
            assert keyed_replies.own(language, f"not_found.{key}"), (language, key)
    assert not_found.say("de", not_found.NO_KIND, "as before", kind="wasserkocher") == (
        "In diesem Zuhause gibt es nichts vom Typ „Wasserkocher“."
    )
    assert not_found.say("fr", not_found.NO_AREA, "as before", area="grenier") == (
        "Je ne connais aucune pièce appelée « grenier »."
    )
    # Hungarian has no such reply: the caller's own, whole; never "There's no printer …".
    assert not_found.say("hu", not_found.NO_KIND, "as before", kind="printer") == "as before"


def test_undo_is_said_by_key_in_the_request_language() -> None:
    planner = Planner(Home.load(demo_home_source()), "es")
    assert planner.plan("deshaz eso").reply == (
        "Todavía no he cambiado nada en esta conversación que pueda deshacer."
    )
    assert keyed_replies.say("nl", "undo.undoing", text="doe het licht aan") == (
        "Ik maak „doe het licht aan” ongedaan."
    )
    assert keyed_replies.say("hu", "undo.none") == "Nothing to undo: everything is as it was."


# -- answers: a state word the language lacks -------------------------------------------------

BUFFERING: dict[str, Any] = {
    "areas": [{"id": "living", "name": "Wohnzimmer"}],
    "entities": [
        {
            "entity_id": "media_player.tv",
            "name": "Fernseher",
            "area": "living",
            "state": "buffering",
        },
        {"entity_id": "lock.door", "name": "Haustür", "area": "living", "state": "locked"},
    ],
}


def test_an_answer_with_a_state_word_the_language_lacks_is_wholly_english() -> None:
    german = Planner(Home.from_dict(BUFFERING), "de")
    assert keyed_replies.own("de", "states.buffering") is None  # the word German lacks
    # Not "Ja, Fernseher ist buffering.": the whole answer in English.
    assert german.plan("Ist der Fernseher an?").reply == "Yes, Fernseher is buffering."
    # A state German has a word for is answered in German.
    assert german.plan("Ist die Haustür abgeschlossen?").reply == "Ja, Haustür ist abgeschlossen."


def test_whole_says_again_in_english_only_where_a_word_was_missing() -> None:
    def answer() -> str:
        return keyed_replies.said(
            "unchanged.already",
            name="Lampe",
            state=keyed_replies.word("states.buffering", "buffering"),
        )

    assert keyed_replies.whole("de", answer) == "Lampe is already buffering"
    assert keyed_replies.whole("de", lambda: keyed_replies.word("states.open", "open")) == "offen"


# -- replies made when a plan runs: timers, the calendar --------------------------------------


@pytest.mark.parametrize(
    ("seconds", "language", "said"),
    [
        (3900, "en", "1 hour 5 minutes"),
        (552, "de", "9 Minuten 12 Sekunden"),
        (60, "fr", "1 minute"),
        (7200, "es", "2 horas"),
        (0, "nl", "0 seconden"),
        (600, "da", "10 minutter"),
        (600, "hu", None),
    ],
)
def test_a_length_of_time_is_said_in_the_language_words(
    seconds: int, language: str, said: str | None
) -> None:
    assert LengthOfTime(seconds).said_in(language) == said
    if language == "en":
        assert LengthOfTime(seconds).said_in(language) == duration_words(seconds)
        assert LengthOfTime(seconds, attributive=True).said_in("en") == duration_label(seconds)


BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        (
            "en",
            "Egg timer has only 4 minutes left, so 5 minutes can't be taken off it. "
            "Nothing was changed.",
        ),
        (
            "de",
            "Der Timer „Egg“ hat nur noch 4 Minuten, 5 Minuten lassen sich also nicht abziehen. "
            "Es wurde nichts geändert.",
        ),
        (
            "es",
            "El temporizador «Egg» solo tiene 4 minutos por delante, así que no se le pueden "
            "quitar 5 minutos. No se ha cambiado nada.",
        ),
        (
            "da",
            "Timeren »Egg« har kun 4 minutter tilbage, så 5 minutter kan ikke trækkes fra. "
            "Intet blev ændret.",
        ),
        (
            "hu",
            "Egg timer has only 4 minutes left, so 5 minutes can't be taken off it. "
            "Nothing was changed.",
        ),
    ],
)
def test_a_timer_change_that_cannot_be_made_is_said_in_the_plan_language(
    tmp_path: Path, language: str, reply: str
) -> None:
    store = ReminderStore(tmp_path / "reminders.sqlite3", tz=BERLIN)
    clock = FakeClock(NOW)
    timers = TimerService(store, None, tz=BERLIN, clock=clock)
    try:
        asyncio.run(timers.call("start", [], {"duration_s": 600.0, "name": "egg"}))
        clock.advance(dt.timedelta(minutes=6))
        change = Step("timer.start", [], {"change_s": -300.0, "timer": {"name": "egg"}})
        plan = Plan(text="take 5 minutes off the egg timer", steps=[change], language=language)
        made = asyncio.run(timer_change.annotate(plan, timers))
        assert made.steps == [] and made.reply == reply
        by_length = Keyed.of("timer.of_length", length=LengthOfTime(600, attributive=True))
        assert keyed_replies.say("en", "timer.too_long_left", label=by_length, left="x") == (
            "A timer can run for at most 100 hours; 10 minute timer has x left. "
            "Nothing was changed."
        )
    finally:
        store.close()


def test_calendar_answers_without_a_date_are_said_in_the_request_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = {"events": [], "unavailable": ["calendar.work"]}
    assert agenda.events_answer(empty, now=NOW, tz=BERLIN, language="de") == (
        "Dann steht nichts in deinem Kalender. (1 Kalender konnte nicht gelesen werden.)"
    )
    assert agenda.events_answer(None, now=NOW, tz=BERLIN, language="fr") == (
        "Je n'ai pas pu lire votre agenda."
    )
    assert agenda.reminders_answer({"reminders": []}, now=NOW, tz=BERLIN, language="it") == (
        "Non hai promemoria."
    )
    assert agenda.events_answer(empty, now=NOW, tz=BERLIN, language="sv") == (
        "Inget i din kalender då. (1 kalender gick inte att läsa.)"
    )
    two = {"events": [], "unavailable": ["calendar.work", "calendar.home", "calendar.club"]}
    assert agenda.events_answer(two, now=NOW, tz=BERLIN, language="ru") == (
        "В это время в календаре ничего нет. (Не удалось прочитать 3 календаря.)"
    )
    # Swedish without the note's key: the whole answer in English, not half.
    _lacking(monkeypatch, "sv", "agenda.unread_one")
    assert agenda.events_answer(empty, now=NOW, tz=BERLIN, language="sv") == (
        "Nothing on your calendar then. (1 calendar could not be read.)"
    )
    # A date is said in English's words only: the whole answer is English.
    assert keyed_replies.say("de", "ask.which_one", choices=English("“Dentist” on Mon 2 Mar")) == (
        "Which one do you mean: “Dentist” on Mon 2 Mar?"
    )


def test_listed_reminders_and_events_are_keyed_and_english_while_dates_are() -> None:
    reminders = {
        "reminders": [
            {"message": "Bins", "due": "2026-03-02T19:00:00+01:00"},
            {"message": "Call Mum", "due": "2026-03-03T10:00:00+01:00"},
        ]
    }
    english = agenda.reminders_answer(reminders, now=NOW, tz=BERLIN)
    assert english.startswith("You have 2 reminders: “Bins” ") and english.endswith(".")
    # German has its time words (resources/time/de.yaml): the answer is German's, whole.
    german = agenda.reminders_answer(reminders, now=NOW, tz=BERLIN, language="de")
    assert german.startswith("Du hast 2 Erinnerungen: „Bins“ ") and "morgen um 10:00" in german
    # Ukrainian has its time words (resources/time/uk.yaml) since session 15: its answer is
    # Ukrainian's, whole, with the plural form of the number.
    ukrainian = agenda.reminders_answer(reminders, now=NOW, tz=BERLIN, language="uk")
    assert ukrainian.startswith("У вас 2 нагадування: «Bins» ") and "завтра о 10:00" in ukrainian
    # Without a date the template is German's own.
    two = Keyed.of("agenda.events", count=2)
    assert keyed_replies.say(
        "de", "agenda.you_have", count=two, items="A; B", more="", note=""
    ) == ("Du hast 2 Termine: A; B.")
