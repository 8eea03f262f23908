"""What the home's calendars already tell about a question is said in the question's language:
the event, its place, how long it lasts, what comes next and what a day holds, with the
language's weekday and month names (``agenda.answers`` in its replies, dates from
resources/time/<lang>.yaml). A language without time words, or without every one of those
keys, hears the whole answer in English, never half of each; English's wording is the one
it always was."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.core.context import Conversation
from app.core.home import Home
from app.understanding import Planner, agenda, keyed_replies
from app.understanding.agenda import KnownEvent
from app.understanding.timeparse import Span, UnsupportedLanguageError
from app.understanding.timeparse.lexicon import load_language
from tests.helpers.small_homes import entity, home

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 12, 10, 8, 0, tzinfo=BERLIN)  # a Thursday morning


def _home() -> Home:
    return home(
        {"kueche": "Küche"},
        [
            entity("light.kueche", "Deckenlicht", "kueche"),
            entity(
                "calendar.familie",
                "Familie",
                None,
                message="Zahnarzt",
                all_day=False,
                start_time="2026-12-14 09:30:00",  # Monday, in the home's zone
                end_time="2026-12-14 10:15:00",
                location="Praxis Weber",
            ),
            entity(
                "calendar.schule",
                "Schule",
                None,
                message="Sportfest",
                all_day=True,
                start_time="2026-12-11",  # Friday and Saturday
                end_time="2026-12-13",
            ),
        ],
    )


HOME = _home()

DENTIST = KnownEvent(
    "calendar.familie",
    "Familie",
    "Zahnarzt",
    dt.datetime(2026, 12, 14, 9, 30, tzinfo=BERLIN),
    dt.datetime(2026, 12, 14, 10, 15, tzinfo=BERLIN),
    location="Praxis Weber",
)
SPORTS = KnownEvent(
    "calendar.schule",
    "Schule",
    "Sportfest",
    dt.datetime(2026, 12, 11, tzinfo=BERLIN),
    dt.datetime(2026, 12, 13, tzinfo=BERLIN),
    all_day=True,
)
STANDUP = KnownEvent(
    "calendar.work",
    "Work Calendar",
    "Standup",
    dt.datetime(2026, 12, 10, 7, 30, tzinfo=BERLIN),
    dt.datetime(2026, 12, 10, 8, 30, tzinfo=BERLIN),
)
TOMORROW = Span(
    dt.datetime(2026, 12, 11, tzinfo=BERLIN), dt.datetime(2026, 12, 12, tzinfo=BERLIN), all_day=True
)


@pytest.mark.parametrize(
    ("language", "question", "answer"),
    [
        (
            "de",
            "wann ist der Zahnarzt",
            "Zahnarzt: Montag, 14. Dezember um 09:30, Ort: Praxis Weber.",
        ),
        (
            "de",
            "wo ist der Zahnarzt",
            "Zahnarzt findet hier statt: Praxis Weber (Montag, 14. Dezember um 09:30).",
        ),
        (
            "de",
            "was steht morgen an",
            "Als Nächstes im Kalender „Schule“ morgen: Sportfest, morgen – Samstag, ganztägig. "
            "Nichts im Kalender „Familie“ morgen; als Nächstes: Zahnarzt, Montag, 14. Dezember "
            "um 09:30.",
        ),
        (
            "fr",
            "quand est le Zahnarzt",
            "Zahnarzt : lundi 14 décembre à 09:30, à Praxis Weber.",
        ),
        (
            "fr",
            "qu'est-ce que j'ai demain",
            "Prochain événement dans l'agenda « Schule » demain : Sportfest, demain – samedi, "
            "toute la journée. Rien dans l'agenda « Familie » demain ; ensuite : Zahnarzt, "
            "lundi 14 décembre à 09:30.",
        ),
        (
            "es",
            "cuándo es el Zahnarzt",
            "Zahnarzt: lunes 14 de diciembre a las 09:30, en Praxis Weber.",
        ),
        (
            "es",
            "qué tengo mañana",
            "Lo próximo en el calendario «Schule» mañana: Sportfest, mañana – sábado, todo el "
            "día. Nada en el calendario «Familie» mañana; lo próximo es Zahnarzt, lunes 14 de "
            "diciembre a las 09:30.",
        ),
        (
            "en",
            "when is the Zahnarzt",
            "Zahnarzt: Monday 14 December at 09:30, at Praxis Weber.",
        ),
        (
            "en",
            "what's on tomorrow",
            "Next on the Schule calendar tomorrow: Sportfest, tomorrow – Saturday, all day. "
            "Nothing on the Familie calendar tomorrow; next is Zahnarzt, Monday 14 December at "
            "09:30.",
        ),
    ],
)
def test_a_calendar_question_is_answered_in_its_language(
    language: str, question: str, answer: str
) -> None:
    plan = Planner(HOME, language, tz=BERLIN).plan(question, now=NOW)
    assert [step.action for step in plan.steps] == ["calendar.get_events"]
    assert plan.reply == answer


def test_every_answer_is_said_in_german_with_its_times() -> None:
    assert agenda.length_answer(DENTIST, NOW, language="de") == (
        "Zahnarzt dauert 45 Minuten: Montag um 09:30 – 10:15."
    )
    assert agenda.length_answer(DENTIST, NOW, end=True, language="de") == (
        "Zahnarzt endet: 10:15 (beginnt Montag um 09:30)."
    )
    assert agenda.length_answer(STANDUP, NOW, end=True, language="de") == (
        "Standup endet: 08:30 (hat heute um 07:30 begonnen)."
    )
    assert agenda.length_answer(SPORTS, NOW, language="de") == (
        "Sportfest dauert 2 Tage, ganztägig (erster Tag: morgen)."
    )
    # German word order: the verb second, the calendar after it
    assert agenda.about_answer(DENTIST, NOW, language="de") == (
        "Zahnarzt (Montag, 14. Dezember um 09:30): Mehr sagt der Kalender „Familie“ dazu nicht."
    )
    assert agenda.event_answer(SPORTS, NOW, where=True, language="de") == (
        "Sportfest (morgen – Samstag, ganztägig): Einen Ort nennt der Kalender „Schule“ nicht."
    )
    # a calendar whose name says it is one is not called a calendar twice
    assert agenda.next_answer([STANDUP], NOW, language="de") == (
        "Gerade in „Work Calendar“: Standup, jetzt, bis 08:30."
    )
    assert agenda.nothing_but_answer(DENTIST, NOW, language="de") == (
        "Nichts: Zahnarzt: Montag, 14. Dezember um 09:30, Ort: Praxis Weber."
    )


def test_french_and_spanish_say_how_long_and_what_comes_next() -> None:
    assert agenda.length_answer(DENTIST, NOW, language="fr") == (
        "Zahnarzt dure 45 minutes : lundi à 09:30 – 10:15."
    )
    assert agenda.next_answer([DENTIST], NOW, language="fr") == (
        "Prochain événement dans l'agenda « Familie » : Zahnarzt, lundi 14 décembre à 09:30, "
        "à Praxis Weber."
    )
    assert agenda.length_answer(SPORTS, NOW, end=True, language="es") == (
        "Sportfest: último día sábado (todo el día; primer día: mañana)."
    )
    assert agenda.next_answer([STANDUP], NOW, language="es") == (
        "Ahora en «Work Calendar»: Standup, ahora, hasta las 08:30."
    )


def test_english_wording_is_unchanged() -> None:
    assert agenda.length_answer(DENTIST, NOW) == (
        "Zahnarzt lasts 45 minutes: Monday at 09:30, until 10:15."
    )
    assert agenda.length_answer(SPORTS, NOW, end=True) == (
        "Sportfest ends Saturday (all day, from tomorrow)."
    )
    assert agenda.about_answer(DENTIST, NOW) == (
        "Zahnarzt (Monday 14 December at 09:30): the Familie calendar says no more about it."
    )
    assert agenda.next_answer([STANDUP], NOW) == (
        "Now on the Work Calendar: Standup, now, until 08:30."
    )
    when = agenda.span_words(TOMORROW, NOW)
    assert agenda.span_answer([DENTIST], TOMORROW, when, NOW) == (
        "Nothing on the Familie calendar tomorrow; next is Zahnarzt, Monday 14 December at 09:30."
    )


def _answers(language: str) -> list[str | None]:
    when = agenda.span_words(TOMORROW, NOW, language=language)
    return [
        agenda.event_answer(DENTIST, NOW, language=language),
        agenda.event_answer(SPORTS, NOW, where=True, language=language),
        agenda.about_answer(DENTIST, NOW, language=language),
        agenda.length_answer(DENTIST, NOW, language=language),
        agenda.length_answer(SPORTS, NOW, end=True, language=language),
        agenda.next_answer([DENTIST, SPORTS], NOW, language=language),
        agenda.span_answer([DENTIST, SPORTS], TOMORROW, when, NOW, language=language),
    ]


@pytest.mark.parametrize("language", ["zh-CN", "zh-HK", "ko"])
def test_a_language_without_time_words_hears_the_whole_answer_in_english(language: str) -> None:
    with pytest.raises(UnsupportedLanguageError):
        load_language(language)
    assert agenda.answer_language(language) == "en"
    assert _answers(language) == _answers("en")


def test_a_language_lacking_one_key_hears_the_whole_answer_in_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    german = _answers("de")
    assert german != _answers("en")
    real = keyed_replies.own

    def without_dated(language: str, key: str) -> str | None:
        return None if key == "agenda.answers.dated" else real(language, key)

    monkeypatch.setattr(agenda, "own", without_dated)
    # answer_language is found once per language: forget German's, here and after the test.
    agenda.answer_language.cache_clear()
    try:
        assert agenda.answer_language("de") == "en"
        assert _answers("de") == _answers("en")
    finally:
        agenda.answer_language.cache_clear()


#: Every language that says these answers, and those that will once they have time words.
SAYING = ["de", "fr", "es", "it", "nl", "pl", "pt", "pt-BR", "ru", "sv", "uk"]
WAITING = ["zh-CN", "zh-HK", "ko"]


@pytest.mark.parametrize("language", SAYING + WAITING)
def test_a_language_has_every_answer_and_each_renders_with_englishs_slots(language: str) -> None:
    for key in agenda._ANSWER_KEYS:
        english = keyed_replies.template("en", f"agenda.answers.{key}") or ""
        own = keyed_replies.own(language, f"agenda.answers.{key}")
        if key == "days":
            assert keyed_replies.Counted("agenda.answers.days", 3).said_in(language)
            continue
        assert own is not None, f"{language} lacks agenda.answers.{key}"
        slots = keyed_replies._slots_of(own)
        assert slots is not None and slots <= (keyed_replies._slots_of(english) or set()), key


@pytest.mark.parametrize("language", ["zh-CN", "zh-HK"])
def test_chinese_answers_are_written_without_spaces(language: str) -> None:
    for key in agenda._ANSWER_KEYS:
        own = keyed_replies.own(language, f"agenda.answers.{key}")
        if own is not None:
            assert " " not in own, key


def test_polish_and_portuguese_say_their_answers_and_reminders_where_they_have_time_words() -> None:
    reminders = {"reminders": [{"message": "Śmieci", "due": "2026-12-11T08:00:00+01:00"}]}
    polish = agenda.reminders_answer(reminders, now=NOW, tz=BERLIN, language="pl")
    portuguese = agenda.reminders_answer(reminders, now=NOW, tz=BERLIN, language="pt")
    assert polish == "Masz jedno przypomnienie: „Śmieci” jutro o 08:00."
    assert portuguese == "Tem um lembrete: «Śmieci» amanhã às 08:00."
    assert agenda.event_answer(DENTIST, NOW, language="pl") == (
        "Zahnarzt: poniedziałek, 14 grudnia o 09:30, miejsce: Praxis Weber."
    )
    assert agenda.length_answer(DENTIST, NOW, language="pl") == (
        "Zahnarzt, czas trwania 45 minut: poniedziałek o 09:30 – 10:15."
    )
    assert agenda.length_answer(SPORTS, NOW, language="pl") == (
        "Sportfest, czas trwania 2 dni, cały dzień (pierwszy dzień: jutro)."
    )
    assert agenda.event_answer(DENTIST, NOW, language="pt") == (
        "Zahnarzt: segunda-feira, 14 de dezembro às 09:30, local: Praxis Weber."
    )
    # Brazil says "agenda" where Portugal says "calendário"
    assert agenda.next_answer([DENTIST], NOW, language="pt-BR") == (
        "A seguir na agenda “Familie”: Zahnarzt, segunda-feira, 14 de dezembro às 09:30, "
        "local: Praxis Weber."
    )


def test_russian_answers_take_the_cases_of_their_words() -> None:
    assert agenda.next_answer([DENTIST], NOW, language="ru") == (
        "Следующее в календаре «Familie»: Zahnarzt, понедельник, 14 декабря в 09:30, "
        "место: Praxis Weber."
    )
    assert agenda.about_answer(DENTIST, NOW, language="ru") == (
        "Zahnarzt (понедельник, 14 декабря в 09:30): календарь «Familie» больше ничего не сообщает."
    )
    assert agenda.length_answer(SPORTS, NOW, language="ru") == (
        "Sportfest: продолжительность 2 дня, весь день (первый день: завтра)."
    )


UK_HOME = home(
    {"yidalnia": "Їдальня"},
    [
        entity("light.bra", "Бра", "yidalnia"),
        entity("timer.pralka", "Пральна машина", None, "active", remaining="0:05:30"),
    ],
)


def test_ukrainian_steps_and_timers_are_said_in_ukrainian() -> None:
    planner = Planner(UK_HOME, "uk")
    conversation = Conversation("yidalnia")
    light = planner.plan("увімкни бра в їдальні", conversation=conversation)
    assert [step.summary for step in light.steps] == ["Увімкнути: Бра"]
    timer = planner.plan("постав таймер на 5 хвилин", conversation=conversation)
    assert [step.summary for step in timer.steps] == ["Запустити таймер на 5 хв"]
    longer = planner.plan("постав таймер на 1 годину 30 хвилин", conversation=conversation)
    assert [step.summary for step in longer.steps] == ["Запустити таймер на 1 годину 30 хв"]
    left = keyed_replies.LengthOfTime(330)
    assert keyed_replies.say("uk", "timer.left_on", name="Пральна машина", left=left) == (
        "Пральна машина: залишилося 5 хв 30 с."
    )
    assert keyed_replies.say("uk", "timer.how_long") == "На скільки?"


@pytest.mark.parametrize(
    ("language", "question", "card", "answer"),
    [
        (
            "pl",
            "kiedy jest Zahnarzt",
            "Szukaj „Zahnarzt” w Twoich kalendarzach",
            "Zahnarzt: poniedziałek, 14 grudnia o 09:30, miejsce: Praxis Weber.",
        ),
        (
            "ru",
            "что у меня завтра",
            "Прочитать календарь: завтра",
            "Следующее в календаре «Schule» завтра: Sportfest, завтра – суббота, весь день. "
            "Ничего нет в календаре «Familie» завтра; следующее: Zahnarzt, понедельник, "
            "14 декабря в 09:30.",
        ),
        (
            "sv",
            "när är Zahnarzt",
            "Sök efter ”Zahnarzt” i dina kalendrar",
            "Zahnarzt: måndag 14 december klockan 09:30, plats: Praxis Weber.",
        ),
        (
            "pt-BR",
            "o que tenho amanhã",
            "Ler sua agenda: amanhã",
            "A seguir na agenda “Schule” amanhã: Sportfest, amanhã – sábado, o dia todo. Nada "
            "na agenda “Familie” amanhã; a seguir: Zahnarzt, segunda-feira, 14 de dezembro às "
            "09:30.",
        ),
    ],
)
def test_polish_russian_swedish_and_portuguese_cards_and_answers_are_their_own(
    language: str, question: str, card: str, answer: str
) -> None:
    plan = Planner(HOME, language, tz=BERLIN).plan(question, now=NOW)
    assert [step.summary for step in plan.steps] == [card]
    assert plan.reply == answer


@pytest.mark.parametrize(
    ("language", "said", "card"),
    [
        ("pt", "lembra-me amanhã às 8 de tirar o lixo", "Lembrete amanhã às 08:00"),
        ("ru", "напомни мне завтра в 8 вынести мусор", "Напоминание завтра в 08:00"),
        (
            "sv",
            "påminn mig imorgon klockan 8 att ta ut soporna",
            "Påminnelse imorgon klockan 08:00",
        ),
    ],
)
def test_a_reminders_card_says_its_time_in_the_language(
    language: str, said: str, card: str
) -> None:
    plan = Planner(HOME, language, tz=BERLIN).plan(said, now=NOW)
    [step] = plan.steps
    assert step.action == "reminder.create"
    assert step.summary.startswith(f"{card} (")
