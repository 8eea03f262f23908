"""Reminders and calendar questions in German, French, Spanish, Italian and Dutch: the time
words of resources/time/<lang>.yaml read by the one grammar, the sentences of
resources/sentences/<lang>/time_commands.yaml, and cards and answers in the language."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bootstrap import demo_home_source
from app.core.home import Entity, Home
from app.core.plan import ErrorCode, Plan
from app.understanding import Planner
from app.understanding.agenda import events_answer, reminders_answer
from app.understanding.timeparse import (
    Moment,
    Span,
    TimeValue,
    Unclear,
    describe,
    request_time,
    short_date,
)
from tests.helpers.builders import BERLIN, FRIDAY, at, days, every

# Each value and the wordings of it people use in each language (language: wording, or
# several wordings): every one must be read as that value.
SAID: list[tuple[TimeValue, dict[str, str | tuple[str, ...]]]] = [
    (
        at(3, 28, 8),
        {
            "de": "morgen um 8",
            "fr": "demain à 8h",
            "es": "mañana a las 8",
            "it": "domani alle 8",
            "nl": "morgen om 8 uur",
        },
    ),
    # "halb acht", "half acht": half to eight, 7:30
    (at(3, 29, 7, 30), {"de": "übermorgen um halb acht", "nl": "overmorgen om half acht"}),
    # the next 7:30 ahead
    (at(3, 27, 19, 30), {"de": "um halb acht"}),
    (at(3, 28, 20), {"de": "morgen um 8 Uhr abends", "fr": "demain à 8 heures du soir"}),
    (
        at(3, 27, 14, 15),
        {
            "de": "in 10 Minuten",
            "fr": "dans 10 minutes",
            "es": "dentro de 10 minutos",
            "it": "tra 10 minuti",
            "nl": "over 10 minuten",
        },
    ),
    (
        at(3, 27, 14, 35),
        {
            "de": "in einer halben Stunde",
            "fr": "dans une demi-heure",
            "es": "en media hora",
            "it": "fra mezz'ora",
        },
    ),
    (
        at(3, 27, 20, 30),
        {
            "de": ("um 20:30 Uhr", "um 8 Uhr 30"),
            "fr": ("à 20h30", "à 8 heures et demie"),
            "es": "a las 8 y media",
            "it": "alle 8 e mezza",
        },
    ),
    (at(3, 30, 8, 15), {"de": "am Montag um viertel nach acht"}),
    (at(3, 27, 19, 50), {"de": "um zehn vor acht"}),
    (
        at(4, 12, 10),
        {
            "de": "am 12. April um 10",
            "fr": "le 12 avril à 10h",
            "es": "el 12 de abril a las 10",
            "it": "il 12 aprile alle 10",
            "nl": "op 12 april om 10 uur",
        },
    ),
    (
        every("FREQ=WEEKLY;BYDAY=MO", 3, 30, 9),
        {
            "de": "jeden Montag um 9",
            "fr": "tous les lundis à 9h",
            "es": "todos los lunes a las 9",
            "it": "ogni lunedì alle 9",
            "nl": "elke maandag om 9 uur",
        },
    ),
    (
        every("FREQ=DAILY", 3, 28, 7),
        {
            "de": "täglich um 7",
            "fr": "tous les jours à 7h",
            "es": "cada día a las 7",
            "it": "tutti i giorni alle 7",
        },
    ),
    (every("FREQ=WEEKLY;BYDAY=MO", 3, 30, 7), {"de": "montags um 7"}),
    (
        Span(at(3, 30, 0).at, at(4, 6, 0).at, all_day=True),
        {"de": "nächste Woche", "fr": "la semaine prochaine"},
    ),
    (
        days(4, 3, 1),
        {
            "de": "nächsten Freitag",
            "fr": "vendredi prochain",
            "es": ("el viernes que viene", "el próximo viernes"),
            "it": "venerdì prossimo",
            "nl": "volgende vrijdag",
        },
    ),
    (Span(at(3, 27, 18).at, at(3, 28, 0).at, all_day=False), {"de": "heute Abend"}),
    # the spring-forward gap: 02:30 does not exist on 29 March, the first time after it does
    (
        at(3, 29, 3),
        {
            "de": "am Sonntag um 02:30",
            "fr": "dimanche à 02h30",
            "es": "el domingo a las 02:30",
            "it": "domenica alle 02:30",
            "nl": "zondag om 02:30",
        },
    ),
    # elapsed hours across the change: 48 hours later is 15:05 on the clock
    (at(3, 29, 15, 5), {"de": "in 48 Stunden"}),
    # days keep the wall-clock time
    (at(3, 29, 14, 5), {"de": "in 2 Tagen"}),
    (
        at(3, 29, 7),
        {"fr": "après-demain à 7h", "es": "pasado mañana a las 7", "it": "dopodomani alle 7"},
    ),
    (
        at(3, 27, 14, 20),
        {"fr": "dans un quart d'heure", "it": "tra un quarto d'ora", "nl": "over een kwartier"},
    ),
    (
        at(3, 30, 8, 45),
        {
            "fr": "lundi à 9 heures moins le quart",
            "es": "el lunes a las 9 menos cuarto",
            "it": "lunedì alle 9 meno un quarto",
        },
    ),
    (Span(at(3, 28, 9).at, at(3, 28, 11).at, all_day=False), {"fr": "de 9h à 11h"}),
    (
        at(3, 27, 20),
        {"es": "a las 8 de la tarde", "it": "alle 8 di sera", "nl": "om 8 uur 's avonds"},
    ),
    (at(3, 27, 20, 10), {"es": "a las 8 y 10"}),
    (Span(at(3, 28, 6).at, at(3, 28, 12).at, all_day=False), {"es": "mañana por la mañana"}),
    # "y" inside a range joins its ends: no 8:10
    (Span(at(3, 28, 8).at, at(3, 28, 10).at, all_day=False), {"es": "entre las 8 y las 10"}),
    (at(3, 27, 15, 35), {"nl": "over anderhalf uur"}),
    (at(3, 27, 20, 15), {"nl": "om kwart over acht"}),
    (at(3, 30, 8, 50), {"nl": "maandag om tien voor negen"}),
]
PARSES = [
    (language, wording, value)
    for value, said in SAID
    for language, wordings in said.items()
    for wording in ((wordings,) if isinstance(wordings, str) else wordings)
]


@pytest.mark.parametrize(("language", "text", "expected"), PARSES)
def test_time_words_of_each_language(language: str, text: str, expected: object) -> None:
    assert request_time(text, now=FRIDAY, tz=BERLIN, language=language) == expected


@pytest.mark.parametrize(
    ("language", "text", "question"),
    [
        ("de", "am 31. April", "31. April gibt es nicht"),
        ("fr", "le 31 avril", "31 avril n'existe pas"),
        ("es", "el 31 de abril", "31 de abril no existe"),
    ],
)
def test_impossible_dates_are_asked_about_in_the_language(
    language: str, text: str, question: str
) -> None:
    value = request_time(text, now=FRIDAY, tz=BERLIN, language=language)
    assert isinstance(value, Unclear)
    assert value.question.startswith(question)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "at 7 o'clock 30"),  # English says no minutes after o'clock
        ("de", "um 8 Uhr 30 Minuten"),  # a count of minutes is no clock's minutes
    ],
)
def test_minutes_after_oclock_only_where_the_language_says_them(language: str, text: str) -> None:
    value = request_time(text, now=FRIDAY, tz=BERLIN, language=language)
    assert not (isinstance(value, Moment) and value.at.minute == 30)


@pytest.mark.parametrize(
    ("language", "words", "date"),
    [
        ("de", "morgen um 08:00", "Sa, 28. Mär, 08:00"),
        ("fr", "demain à 08:00", "sam. 28 mars, 08:00"),
        ("es", "mañana a las 08:00", "sáb 28 mar, 08:00"),
        ("en", "tomorrow at 08:00", "Sat 28 Mar, 08:00"),
    ],
)
def test_dates_are_written_in_the_language(language: str, words: str, date: str) -> None:
    moment = at(3, 28, 8)
    assert describe(moment, now=FRIDAY, language=language) == words
    assert short_date(moment.at, language=language) == date


# -- whole requests through the planner ------------------------------------------------------


@pytest.fixture(scope="module")
def home() -> Home:
    home = Home.load(demo_home_source())
    home.entities["calendar.family"] = Entity("calendar.family", "Family", "off")
    return home


def plan(home: Home, language: str, text: str) -> Plan:
    return Planner(home, language, tz=BERLIN).plan(text, now=FRIDAY)


@pytest.mark.parametrize(
    ("language", "text", "message", "due", "card"),
    [
        (
            "de",
            "erinnere mich morgen um 8 an den Müll",
            "den Müll",
            "2026-03-28T08:00:00+01:00",
            "Erinnerung morgen um 08:00 (Sa, 28. Mär, 08:00): „den Müll“",
        ),
        (
            "de",
            "Erinnere mich in 10 Minuten daran, den Herd auszuschalten",
            "den Herd auszuschalten",
            "2026-03-27T14:15:00+01:00",
            "Erinnerung in 10 Minuten (Fr, 27. Mär, 14:15): „den Herd auszuschalten“",
        ),
        (
            "fr",
            "rappelle-moi demain à 8h de sortir la poubelle",
            "sortir la poubelle",
            "2026-03-28T08:00:00+01:00",
            "Rappel demain à 08:00 (sam. 28 mars, 08:00) : « sortir la poubelle »",
        ),
        (
            "es",
            "recuérdame mañana a las 8 sacar la basura",
            "sacar la basura",
            "2026-03-28T08:00:00+01:00",
            "Recordatorio mañana a las 08:00 (sáb 28 mar, 08:00): «sacar la basura»",
        ),
        (
            "it",
            "ricordami domani alle 8 di portare fuori la spazzatura",
            "portare fuori la spazzatura",
            "2026-03-28T08:00:00+01:00",
            "Promemoria domani alle 08:00 (sab 28 mar, 08:00): «portare fuori la spazzatura»",
        ),
        (
            "nl",
            "herinner me morgen om 8 uur aan het vuilnis",
            "het vuilnis",
            "2026-03-28T08:00:00+01:00",
            "Herinnering morgen om 08:00 (za 28 mrt, 08:00): „het vuilnis”",
        ),
        (
            "es",
            "recuérdame pasado mañana a las 8 de la tarde llamar a mamá",
            "llamar a mamá",
            "2026-03-29T20:00:00+02:00",
            "Recordatorio domingo a las 20:00 (dom 29 mar, 20:00): «llamar a mamá»",
        ),
    ],
)
def test_reminders_are_set_with_a_card_in_the_language(
    home: Home, language: str, text: str, message: str, due: str, card: str
) -> None:
    result = plan(home, language, text)
    assert result.error is None, result.reply
    [step] = result.steps
    assert (step.action, step.params) == (
        "reminder.create",
        {"message": message, "due_datetime": due},
    )
    assert step.summary == card


@pytest.mark.parametrize(
    ("language", "text", "rule", "first"),
    [
        ("de", "erinnere mich jeden Montag um halb acht an den Sport", "FREQ=WEEKLY;BYDAY=MO", 30),
        ("fr", "rappelle-moi tous les jours à 7h de prendre mes cachets", "FREQ=DAILY", 28),
        ("es", "recuérdame cada día a las 7 tomar las pastillas", "FREQ=DAILY", 28),
    ],
)
def test_repeating_reminders(home: Home, language: str, text: str, rule: str, first: int) -> None:
    [step] = plan(home, language, text).steps
    assert step.params["rrule"] == rule
    assert dt.datetime.fromisoformat(str(step.params["due_datetime"])).day == first


@pytest.mark.parametrize(
    ("language", "text", "start", "card"),
    [
        ("de", "was steht morgen im Kalender?", "2026-03-28", "Kalender lesen: morgen"),
        ("de", "was habe ich am Montag vor?", "2026-03-30", "Kalender lesen: Montag"),
        ("fr", "qu'est-ce que j'ai demain ?", "2026-03-28", "Lire votre agenda : demain"),
        ("fr", "qu'est-ce qu'il y a dans mon agenda lundi ?", "2026-03-30", None),
        ("es", "¿qué tengo el lunes?", "2026-03-30", "Leer tu calendario: lunes"),
        ("es", "¿qué hay en mi calendario mañana?", "2026-03-28", None),
        ("it", "cosa ho domani?", "2026-03-28", "Leggi il calendario: domani"),
        ("nl", "wat staat er morgen in de agenda?", "2026-03-28", "Agenda lezen: morgen"),
    ],
)
def test_calendar_questions_read_that_day(
    home: Home, language: str, text: str, start: str, card: str | None
) -> None:
    result = plan(home, language, text)
    assert result.error is None, result.reply
    [step] = result.steps
    assert step.action == "calendar.get_events" and step.read_only
    assert str(step.params["start_date_time"]).startswith(start)
    if card is not None:
        assert step.summary == card


@pytest.mark.parametrize(
    ("language", "text", "action"),
    [
        ("de", "welche Erinnerungen habe ich?", "reminder.list"),
        ("fr", "quels sont mes rappels ?", "reminder.list"),
        ("es", "¿qué recordatorios tengo?", "reminder.list"),
        ("de", "lösche die Erinnerung an den Müll", "reminder.cancel"),
        ("fr", "supprime le rappel de sortir la poubelle", "reminder.cancel"),
        ("es", "borra el recordatorio de sacar la basura", "reminder.cancel"),
        ("de", "wann ist der Zahnarzt?", "calendar.get_events"),
        ("fr", "quand est le dentiste ?", "calendar.get_events"),
        ("es", "¿cuándo es el dentista?", "calendar.get_events"),
    ],
)
def test_listing_cancelling_and_asking_about_an_event(
    home: Home, language: str, text: str, action: str
) -> None:
    result = plan(home, language, text)
    assert result.error is None, result.reply
    assert [s.action for s in result.steps] == [action]


@pytest.mark.parametrize(
    ("language", "text", "question"),
    [
        ("de", "erinnere mich an den Müll", "Wann soll ich dich erinnern: „den Müll“?"),
        ("fr", "rappelle-moi", "De quoi dois-je vous rappeler ?"),
        ("es", "recuérdame ayer a las 8 sacar la basura", "Esa hora ya ha pasado"),
    ],
)
def test_what_is_missing_is_asked_in_the_language(
    home: Home, language: str, text: str, question: str
) -> None:
    result = plan(home, language, text)
    assert not result.steps
    assert result.error is not None and result.error.code is ErrorCode.UNCLEAR
    assert result.reply is not None and result.reply.startswith(question)


def test_a_device_command_with_a_number_is_no_reminder(home: Home) -> None:
    # "las 2" reads as a clock only where a reminder or calendar word is said
    result = plan(home, "es", "apaga las 2 lámparas del salón")
    assert all(not s.action.startswith(("reminder.", "calendar.")) for s in result.steps)


# -- answers -------------------------------------------------------------------------------

_EVENTS = {
    "events": [
        {
            "summary": "Zahnarzt",
            "start": "2026-03-30T09:30:00+02:00",
            "end": "2026-03-30T10:15:00+02:00",
        },
        {"summary": "Urlaub", "start": "2026-04-04", "end": "2026-04-05", "all_day": True},
    ]
}
_REMINDERS = {"reminders": [{"message": "Müll", "due": "2026-03-28T08:00:00+01:00"}]}


@pytest.mark.parametrize(
    ("language", "events", "reminders"),
    [
        (
            "de",
            "Du hast 2 Termine: Zahnarzt (Mo, 30. Mär, 09:30–10:15); "
            "Urlaub (Sa, 4. Apr, ganztägig).",
            "Du hast eine Erinnerung: „Müll“ morgen um 08:00.",
        ),
        (
            "fr",
            "Vous avez 2 événements : Zahnarzt (lun. 30 mars, 09:30–10:15); "
            "Urlaub (sam. 4 avr., toute la journée).",
            "Vous avez un rappel : « Müll » demain à 08:00.",
        ),
        (
            "es",
            "Tienes 2 eventos: Zahnarzt (lun 30 mar, 09:30–10:15); "
            "Urlaub (sáb 4 abr, todo el día).",
            "Tienes un recordatorio: «Müll» mañana a las 08:00.",
        ),
        (
            "it",
            "Hai 2 eventi: Zahnarzt (lun 30 mar, 09:30–10:15); "
            "Urlaub (sab 4 apr, tutto il giorno).",
            "Hai un promemoria: «Müll» domani alle 08:00.",
        ),
        (
            "pt",
            "Tem 2 eventos: Zahnarzt (seg, 30 de mar, 09:30–10:15); "
            "Urlaub (sáb, 4 de abr, o dia todo).",
            "Tem um lembrete: «Müll» amanhã às 08:00.",
        ),
        (
            "pl",
            "Masz 2 wydarzenia: Zahnarzt (pon., 30 mar, 09:30–10:15); "
            "Urlaub (sob., 4 kwi, cały dzień).",
            "Masz jedno przypomnienie: „Müll” jutro o 08:00.",
        ),
        (
            "uk",
            "У вас 2 події: Zahnarzt (пн, 30 бер, 09:30–10:15); Urlaub (сб, 4 квіт, увесь день).",
            "У вас одне нагадування: «Müll» завтра о 08:00.",
        ),
        (
            # a language without time words answers wholly in English, never half
            "ko",
            "You have 2 events: Zahnarzt (Mon 30 Mar, 09:30–10:15); Urlaub (Sat 4 Apr, all day).",
            "You have one reminder: “Müll” tomorrow at 08:00.",
        ),
    ],
)
def test_answers_are_said_in_the_language(language: str, events: str, reminders: str) -> None:
    assert events_answer(_EVENTS, now=FRIDAY, tz=BERLIN, language=language) == events
    assert reminders_answer(_REMINDERS, now=FRIDAY, tz=BERLIN, language=language) == reminders
