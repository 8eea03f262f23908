"""A word of the language's sentences said for the one device whose name ends in it (issue 12):
a command needs the name's other words too ("Licht an" is no command for "Hobbyraum Licht"),
but a question only reads, so there the word stands for that device ("¿hay algún movimiento?"
asks the one motion sensor)."""

from __future__ import annotations

from app.core.home import Home
from app.understanding import Planner

HOME = Home.from_dict(
    {
        "areas": [{"id": "garaje", "name": "Garaje"}, {"id": "hobby", "name": "Hobbyraum"}],
        "entities": [
            {
                "entity_id": "binary_sensor.garaje_movimiento",
                "name": "Sensor de movimiento",
                "state": "off",
                "area": "garaje",
                "attributes": {"device_class": "motion"},
            },
            {
                "entity_id": "light.hobby",
                "name": "Hobbyraum Licht",
                "state": "off",
                "area": "hobby",
            },
        ],
    }
)


def test_a_question_reads_the_one_device_its_word_ends() -> None:
    plan = Planner(HOME, "es").plan("¿Hay algún movimiento?")
    assert plan.error is None
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("state.get", ["binary_sensor.garaje_movimiento"])
    ]


def test_a_command_still_needs_the_other_words_of_the_name() -> None:
    plan = Planner(HOME, "de").plan("Licht an")
    assert not (plan.steps and not plan.needs_confirmation)
