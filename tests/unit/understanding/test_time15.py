"""Times and durations in Portuguese (pt and pt-BR), Polish, Swedish and Russian: the words of
resources/time/<lang>.yaml, the grammar features those languages need (hours said as ordinals,
"to" before the minutes, a half hour without "at", tens joined by a word, minutes said with
their unit after the hour, a day of the month after "dia"), the corpora of
benchmarks/corpus/time_<lang>.jsonl, and reminders, calendar additions and timers planned with
the right time."""

from __future__ import annotations

import pytest

from app.bootstrap import demo_home_source
from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode
from app.understanding import Planner
from app.understanding.timeparse import (
    Moment,
    Span,
    TimeValue,
    Unclear,
    request_time,
)
from benchmarks.time_accuracy import KINDS, ROOT, read_corpus, run, summary
from tests.helpers.builders import BERLIN, FRIDAY, at, days, every

WEEKDAYS = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Portuguese: "e" between the tens and the units, "menos", "para as", "dia 15"
        ("pt", "daqui a vinte e cinco minutos", at(3, 27, 14, 30)),
        ("pt", "às oito e meia", at(3, 27, 20, 30)),
        ("pt", "amanhã às nove menos um quarto", at(3, 28, 8, 45)),
        ("pt-BR", "quinze para as nove", at(3, 27, 20, 45)),
        ("pt", "ao meio-dia", at(3, 28, 12)),
        ("pt", "daqui a meia hora", at(3, 27, 14, 35)),
        ("pt", "no dia 15", days(4, 15, 1)),
        ("pt", "12 de abril de 2026 às 10", at(4, 12, 10)),
        ("pt", "todos os dias úteis às 7", every(WEEKDAYS, 3, 30, 7)),
        ("pt", "aos sábados às 10", every("FREQ=WEEKLY;BYDAY=SA", 3, 28, 10)),
        # Polish: hours as feminine ordinals, "wpół do", "za kwadrans ósma", "za" = in
        ("pl", "jutro o ósmej", at(3, 28, 8)),
        ("pl", "o ósmej trzydzieści", at(3, 27, 20, 30)),
        ("pl", "o wpół do ósmej", at(3, 27, 19, 30)),
        ("pl", "kwadrans po ósmej", at(3, 27, 20, 15)),
        ("pl", "za kwadrans ósma", at(3, 27, 19, 45)),
        ("pl", "za dziesięć ósma", at(3, 27, 19, 50)),
        ("pl", "za kwadrans", at(3, 27, 14, 20)),
        ("pl", "za 10 minut", at(3, 27, 14, 15)),
        ("pl", "za 2 godziny", at(3, 27, 16, 5)),
        ("pl", "za godzinę", at(3, 27, 15, 5)),
        ("pl", "o 2 w nocy", at(3, 28, 2)),
        # Swedish: "halv åtta" is 7:30, with or without "klockan"; "fem i halv åtta" 7:25
        ("sv", "klockan halv åtta", at(3, 27, 19, 30)),
        ("sv", "imorgon halv åtta", at(3, 28, 7, 30)),
        ("sv", "fem i halv åtta", at(3, 27, 19, 25)),
        ("sv", "fem över halv åtta", at(3, 27, 19, 35)),
        ("sv", "kvart i tre", at(3, 27, 14, 45)),
        ("sv", "om tre kvart", at(3, 27, 14, 50)),
        ("sv", "om en och en halv timme", at(3, 27, 15, 35)),
        # "i" is "to" in "kvart i tre" and "for" here: 15:00 for an hour, never 12:45
        (
            "sv",
            "på onsdag klockan 15 i en timme",
            Span(at(4, 1, 15).at, at(4, 1, 16).at, all_day=False),
        ),
        ("sv", "på måndag 9-17", Span(at(3, 30, 9).at, at(3, 30, 17).at, all_day=False)),
        # Russian: cases, "в половине восьмого", "без четверти восемь", "через час"
        ("ru", "завтра в восемь", at(3, 28, 8)),
        ("ru", "в половине восьмого", at(3, 27, 19, 30)),
        ("ru", "без четверти восемь", at(3, 27, 19, 45)),
        ("ru", "без десяти восемь", at(3, 27, 19, 50)),
        ("ru", "в четверть девятого", at(3, 27, 20, 15)),
        ("ru", "завтра в десять минут восьмого", at(3, 28, 7, 10)),
        ("ru", "в 8 часов 30 минут", at(3, 27, 20, 30)),
        ("ru", "через полчаса", at(3, 27, 14, 35)),
        ("ru", "через час", at(3, 27, 15, 5)),
        ("ru", "через двадцать пять минут", at(3, 27, 14, 30)),
        ("ru", "в два часа ночи", at(3, 28, 2)),
        ("ru", "в 11 вечера", at(3, 27, 23)),
        ("ru", "по будням в 6:30", every(WEEKDAYS, 3, 30, 6, 30)),
        # the same mechanisms in languages that had time words already
        ("de", "um fünf vor halb acht", at(3, 27, 19, 25)),
        ("nl", "morgen om vijf over half acht", at(3, 28, 7, 35)),
        ("es", "todos los días laborables a las 7", every(WEEKDAYS, 3, 30, 7)),
    ],
)
def test_time_words(language: str, text: str, expected: TimeValue) -> None:
    assert request_time(text, now=FRIDAY, tz=BERLIN, language=language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "às 25h"),
        ("pt", "daqui a uns minutos"),
        ("pl", "za kilka minut"),
        ("pl", "30 lutego"),
        ("sv", "om en stund"),
        ("sv", "klockan 25"),
        ("ru", "через несколько минут"),
        ("ru", "30 февраля"),
    ],
)
def test_what_cannot_be_known_is_asked(language: str, text: str) -> None:
    assert isinstance(request_time(text, now=FRIDAY, tz=BERLIN, language=language), Unclear)


@pytest.mark.parametrize("language", ["pt", "pl", "sv", "ru"])
def test_each_corpus_covers_every_kind_and_is_read(language: str) -> None:
    lines = read_corpus(ROOT / "corpus" / f"time_{language}.jsonl")
    assert len(lines) >= 55
    assert {line.kind for line in lines} == set(KINDS)
    assert {line.language.split("-")[0] for line in lines} == {language}
    results = run(lines)
    assert summary(results)["accuracy"] >= 95.0, [
        (r.line.text, r.reasons) for r in results if not r.passed
    ]


@pytest.fixture(scope="module")
def home() -> Home:
    return Home.load(demo_home_source())


@pytest.mark.parametrize(
    ("language", "text", "message", "due"),
    [
        ("pt", "lembra-me amanhã às 8 de tirar o lixo", "tirar o lixo", at(3, 28, 8)),
        (
            "pt-BR",
            "me lembre daqui a meia hora de desligar o forno",
            "desligar o forno",
            at(3, 27, 14, 35),
        ),
        ("pl", "przypomnij mi jutro o ósmej wynieść śmieci", "wynieść śmieci", at(3, 28, 8)),
        (
            "pl",
            "przypomnij mi o wpół do ósmej zadzwonić do mamy",
            "zadzwonić do mamy",
            at(3, 27, 19, 30),
        ),
        ("sv", "påminn mig i morgon halv åtta att ringa mamma", "ringa mamma", at(3, 28, 7, 30)),
        ("ru", "напомни мне завтра в восемь вынести мусор", "вынести мусор", at(3, 28, 8)),
        (
            "ru",
            "напомни мне через полчаса выключить духовку",
            "выключить духовку",
            at(3, 27, 14, 35),
        ),
    ],
)
def test_reminders_are_due_at_the_time_said(
    home: Home, language: str, text: str, message: str, due: Moment
) -> None:
    plan = Planner(home, language, tz=BERLIN).plan(text, now=FRIDAY)
    assert plan.error is None, plan.reply
    [step] = plan.steps
    assert step.action == "reminder.create"
    assert step.params["message"] == message
    assert step.params["due_datetime"] == due.at.isoformat()


def test_a_repeating_reminder_in_polish(home: Home) -> None:
    plan = Planner(home, "pl", tz=BERLIN).plan(
        "przypomnij mi codziennie o siódmej wziąć tabletki", now=FRIDAY
    )
    [step] = plan.steps
    assert step.params["rrule"] == "FREQ=DAILY"
    assert step.params["due_datetime"] == at(3, 28, 7).at.isoformat()


@pytest.mark.parametrize(
    ("language", "text", "summary", "start"),
    [
        ("pt", "adiciona dentista à agenda na sexta às 3 da tarde", "Dentista", at(3, 27, 15)),
        ("pl", "dodaj dentystę do kalendarza w poniedziałek o 15", "Dentystę", at(3, 30, 15)),
        (
            "sv",
            "lägg till tandläkare i kalendern på måndag klockan 15",
            "Tandläkare",
            at(3, 30, 15),
        ),
        (
            "ru",
            "добавь стоматолога в календарь в понедельник в 15:00",
            "Стоматолога",
            at(3, 30, 15),
        ),
    ],
)
def test_calendar_additions_start_at_the_time_said(
    home: Home, language: str, text: str, summary: str, start: Moment
) -> None:
    plan = Planner(home, language, tz=BERLIN).plan(text, now=FRIDAY)
    [step] = plan.steps
    assert step.action == "calendar.create_event"
    assert step.params["summary"] == summary
    assert step.params["start_date_time"] == start.at.isoformat()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "o que tenho amanhã?"),
        ("pl", "co mam jutro?"),
        ("sv", "vad har jag i morgon?"),
        ("ru", "что у меня завтра?"),
    ],
)
def test_calendar_questions_read_the_day_said(home: Home, language: str, text: str) -> None:
    plan = Planner(home, language, tz=BERLIN).plan(text, now=FRIDAY)
    [step] = plan.steps
    assert step.action == "calendar.get_events"
    assert step.params["start_date_time"] == days(3, 28, 1).start.isoformat()
    assert step.params["end_date_time"] == days(3, 28, 1).end.isoformat()


@pytest.mark.parametrize(
    ("language", "text", "seconds"),
    [
        ("pt", "põe um temporizador de 12 minutos", 720),
        ("pt", "põe um temporizador de meia hora", 1800),
        ("pl", "ustaw minutnik na 12 minut", 720),
        ("pl", "ustaw minutnik na pół godziny", 1800),
        ("pl", "nastaw timer na półtorej godziny", 5400),
        ("pl", "ustaw minutnik na kwadrans", 900),
        ("sv", "sätt en timer på en kvart", 900),
        ("ru", "поставь таймер на 12 минут", 720),
        ("ru", "поставь таймер на полчаса", 1800),
        ("ru", "засеки полтора часа", 5400),
        ("ru", "поставь мне таймер на час", 3600),
    ],
)
def test_timers_run_for_the_length_said(home: Home, language: str, text: str, seconds: int) -> None:
    plan = Planner(home, language, tz=BERLIN).plan(text, now=FRIDAY)
    [step] = plan.steps
    assert (step.action, step.params["duration_s"]) == ("timer.start", seconds)


@pytest.mark.parametrize(
    ("language", "text", "answer"),
    [("pl", "ustaw minutnik", "10 minut"), ("ru", "поставь таймер", "10 минут")],
)
def test_a_timer_without_a_length_is_asked_for_one(
    home: Home, language: str, text: str, answer: str
) -> None:
    planner = Planner(home, language, tz=BERLIN)
    conversation = Conversation("time15")
    asked = planner.plan(text, now=FRIDAY, conversation=conversation)
    assert asked.error is not None
    assert asked.error.code == ErrorCode.UNCLEAR
    assert not asked.steps
    [step] = planner.plan(answer, now=FRIDAY, conversation=conversation).steps
    assert (step.action, step.params["duration_s"]) == ("timer.start", 600)
