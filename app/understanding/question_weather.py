"""Questions about the weather: now, a day of the forecast ("will it rain tomorrow?"), the
highs and lows, the wind, from the home's weather entity. Read-only."""

from __future__ import annotations

import app.understanding.answers as answers  # noqa: PLR0402  the module, not the package (no cycle)
import app.understanding.keyed_replies as keyed_replies  # noqa: PLR0402  the module (no cycle)
from app.core.context import RequestContext
from app.core.plan import ErrorCode
from app.understanding.actions import read_about_text
from app.understanding.question_data import QuestionData
from app.understanding.question_reading import (
    Reading,
    found_phrases,
    resolved,
)
from app.understanding.resolve import Resolved, Resolver, Unresolved


def weather_answer(
    reading: Reading, ctx: RequestContext, resolver: Resolver, data: QuestionData
) -> Resolved | Unresolved | None:
    """ "What's the weather like?", "is it raining?", "do I need a brolly?", "how hot is it
    going to be?", "will it snow tomorrow?", "what's the high today?", "what's the weather
    this weekend?", "what's the UV index?"."""
    home = resolver.home
    tags = reading.tags
    asks_weather = bool(tags & {"weather", "rain", "snow"})
    days = forecast_days(reading, ctx, data)
    temperature = "temperature" in reading.measures
    future_measure = temperature and ("future" in tags or days is not None)
    extremes = bool(tags & {"high", "low"}) and (days is not None or temperature or asks_weather)
    readings = [
        k
        for k, (words, _, _) in data.weather_readings.items()
        if found_phrases(reading.words, words)
    ]
    if not (asks_weather or future_measure or extremes or readings or "wind" in tags):
        return None
    by_name = resolver.vocab.entities_by_name
    names = [
        n
        for n in reading.names
        if n not in reading.places
        and not all(i.startswith("weather.") for i in by_name.get(n, ["-"]))
    ]
    if names or reading.area or reading.kinds:
        return None
    found = [e for e in home.exposed() if e.domain == "weather"]
    if not found:
        return Unresolved(
            ErrorCode.NO_TARGET, "no weather entity", keyed_replies.said("weather_unknown")
        )
    entity = found[0]
    if readings and days is None:
        _, unit, say = data.weather_readings[readings[0]]
        value = entity.attributes.get(readings[0])
        if value is None:
            reply = keyed_replies.said("weather.silent")
        else:
            shown = str(entity.attributes.get(unit, unit)) if unit else ""
            space = "" if shown in ("%", "") else " "
            reply = say.format(value=f"{answers.number(value)}{space}{shown}")
        return resolved([entity], reply, read_about_text("weather"))
    fall = "snow" if "snow" in tags else ("rain" if "rain" in tags else None)
    if days is None and fall and reading.words[0] in ("when", "when's", "whens"):
        days = list(range(8))  # "when will it snow?": the first day it is forecast
    elif days is None and "future" in tags and (asks_weather or future_measure):
        days = [0]  # "what's the weather going to be like?": today's
    if days is not None or extremes:
        forecast = answers.forecast_days(entity, days or [0], ctx.now)
        if forecast:
            reply = answers.forecast_answer(entity, forecast, fall, ctx.now)
            return resolved([entity], reply, read_about_text("forecast"))
        if days and days != [0]:
            now = answers.weather_conditions(entity, False)
            reply = keyed_replies.said("weather.not_that_far", now=f"{now[0].lower()}{now[1:]}")
            return resolved([entity], reply, read_about_text("weather"))
    if future_measure and not asks_weather:
        value = entity.attributes.get("temperature")
        unit = str(entity.attributes.get("temperature_unit", "°"))
        reply = keyed_replies.said(
            "weather.outside_now",
            value=f"{answers.number(value)} {unit}",
            condition=answers.condition_word(entity.state),
        )
    else:
        reply = answers.weather_conditions(entity, "rain" in tags, wind="wind" in tags)
    return resolved([entity], reply, read_about_text("weather"))


def asks_day_weather(reading: Reading, ctx: RequestContext, data: QuestionData) -> bool:
    """Whether a question that names nothing but a day asks what the weather does then
    ("what's it doing sunday", "what's tomorrow looking like"): one of ``day_weather_words``
    with a day of the forecast."""
    if reading.names or reading.kinds or reading.area or reading.floor or reading.measures:
        return False
    if reading.unknown or not found_phrases(reading.words, data.day_weather_words):
        return False
    return forecast_days(reading, ctx, data) is not None


def forecast_days(reading: Reading, ctx: RequestContext, data: QuestionData) -> list[int] | None:
    """The days (from today) a question asks the forecast of: "tomorrow" [1], "on friday",
    "this weekend" (the coming saturday and sunday), "this week" [0..6]; None: no day."""
    words = reading.words
    for phrase, span in sorted(data.forecast_spans.items(), key=lambda p: -len(p[0])):
        if found_phrases(words, (phrase,)):
            if isinstance(span, int):
                return list(range(span))
            today = ctx.now.weekday()
            saturday = (5 - today) % 7
            return [saturday, saturday + 1] if today != 6 else [0]
    for phrase, offset in sorted(data.forecast_days.items(), key=lambda p: -len(p[0])):
        if found_phrases(words, (phrase,)):
            return [offset]
    for index, day in enumerate(data.weekdays):
        if day in words:
            return [(index - ctx.now.weekday()) % 7]
    return None
