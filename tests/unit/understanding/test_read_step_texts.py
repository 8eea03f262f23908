"""The read-only step of a question says what it reads, in the plan's language ("Read the
temperature in the Living Room", "Temperatur im Bereich Living Room lesen"), through the step
texts of ``resources/sentences/<lang>/steps_text.yaml`` (``step.read_*``), never an English
"Check …" on a German card."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.bootstrap import demo_home_source
from app.core.home import Entity, Home
from app.understanding.actions import read_about_text, read_group_text, read_measure_text
from app.understanding.keyed_replies import speaking
from app.understanding.planner import Planner

_SENTENCES = Path(__file__).resolve().parents[3] / "resources" / "sentences"


@pytest.fixture(scope="module")
def home() -> Home:
    return Home.load(demo_home_source())


def _read_steps(home: Home, language: str, text: str) -> list[str]:
    plan = Planner(home, language).plan(text)
    assert plan.steps, (text, plan.reply)
    assert all(step.read_only for step in plan.steps), plan.to_json()
    return [step.summary for step in plan.steps]


@pytest.mark.parametrize(
    ("language", "text", "summary"),
    [
        # a measure in a room, on a floor, and of one device
        (
            "en",
            "what's the temperature in the living room?",
            "Read the temperature in the Living Room",
        ),
        ("de", "Wie warm ist es im Living Room?", "Temperatur im Bereich Living Room lesen"),
        ("en", "how warm is it upstairs?", "Read the temperature upstairs"),
        ("en", "how much battery does the robot vacuum have?", "Read the battery of Robot Vacuum"),
        # one device's state
        ("en", "is the front door locked?", "Read Front Door"),
        ("de", "Ist die Front Door abgeschlossen?", "Front Door lesen"),
        # a kind of device, and whatever is in a state
        ("en", "which lights are on?", "Read the lights"),
        ("de", "Welche Lichter sind an?", "Zustand der Lichter lesen"),
        ("en", "is anything open?", "Read what is open"),
        ("de", "Ist etwas offen?", "Lesen, was offen ist"),
        # what no device names: the media playing, the weather
        ("en", "what's playing?", "Read what is playing"),
        ("de", "Was läuft gerade?", "Lesen, was gerade läuft"),
        ("en", "what's the weather like?", "Read the weather"),
        ("de", "Wie ist das Wetter?", "Wetter lesen"),
    ],
)
def test_a_question_step_says_what_it_reads_in_the_language(
    home: Home, language: str, text: str, summary: str
) -> None:
    assert _read_steps(home, language, text) == [summary]


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "nl", "pt", "pl"])
def test_the_step_texts_are_the_language_own(language: str) -> None:
    lamp = [Entity("light.lamp", "Lamp", "on", {})]
    with speaking("en"):
        english = [
            read_measure_text("temperature", "in the Kitchen"),
            read_measure_text("battery", of=lamp),
            read_group_text("lights", "on"),
            read_about_text("people"),
            read_about_text("playing", of=lamp),
        ]
    with speaking(language):
        said = [
            read_measure_text("temperature", "in the Kitchen"),
            read_measure_text("battery", of=lamp),
            read_group_text("lights", "on"),
            read_about_text("people"),
            read_about_text("playing", of=lamp),
        ]
    assert all("Lamp" in text for text in (said[1], said[4]))
    if language == "en":
        assert said == english
    else:  # every one in the language, none fallen back to English
        assert all(a != b for a, b in zip(said, english, strict=True)), said


def test_every_language_has_every_read_text() -> None:
    english = yaml.safe_load((_SENTENCES / "en" / "steps_text.yaml").read_text("utf-8"))
    keys = {k for k in english["replies"]["step"] if k.startswith("read")}
    assert {"read_measure", "read_kind", "read_people", "read_weather"} <= keys
    for language in ("de", "fr", "es", "it", "nl", "pt", "pl"):
        path = _SENTENCES / language / "steps_text.yaml"
        own = yaml.safe_load(path.read_text("utf-8"))["replies"]["step"]
        assert keys <= set(own), (language, keys - set(own))


def test_only_known_things_are_read_about() -> None:
    with pytest.raises(ValueError, match="nothing"):
        read_about_text("nothing")
