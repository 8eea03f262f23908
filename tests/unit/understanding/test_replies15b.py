"""Hearth's own questions and not-found replies in Norwegian, Danish, Finnish and Greek
(issue 12): ``replies:`` in ``resources/sentences/<lang>/replies.yaml``. A home with two
thermostats asked to set the temperature asks back which one in the request's language, a room
the home lacks is said back in that language, and every asking, missing, cannot and not-found
reply English says is said by these languages too (but the two whose slots the code fills
with an English word), with only the slots English's template gives."""

from __future__ import annotations

import pytest

from app.core.home import Home
from app.core.plan import ErrorCode
from app.execution.preview import nothing_to_change
from app.understanding import Planner, keyed_replies
from app.understanding.unknown import UnknownName
from integrations.base import EntityState

#: language: (living room, kitchen, thermostat, the sentence, the question asked back)
THERMOSTATS = {
    "nb": (
        "Stue",
        "Kjøkken",
        "Termostat",
        "sett temperaturen til 21",
        "Hvilken mener du: Termostat Stue (Stue) eller Termostat Kjøkken (Kjøkken)?",
    ),
    "da": (
        "Stue",
        "Køkken",
        "Termostat",
        "sæt temperaturen til 21",
        "Hvilken mener du: Termostat Stue (Stue) eller Termostat Køkken (Køkken)?",
    ),
    "fi": (
        "Olohuone",
        "Keittiö",
        "Termostaatti",
        "aseta lämpötila 21 asteeseen",
        "Mitä niistä tarkoitat: Termostaatti Olohuone (Olohuone) tai Termostaatti Keittiö"
        " (Keittiö)?",
    ),
    "el": (
        "Σαλόνι",
        "Κουζίνα",
        "Θερμοστάτης",
        "βάλε τη θερμοκρασία στους 21",
        "Ποιο εννοείτε: Θερμοστάτης Σαλόνι (Σαλόνι) ή Θερμοστάτης Κουζίνα (Κουζίνα);",
    ),
}

LANGUAGES = sorted(THERMOSTATS)


def _two_thermostats(living: str, kitchen: str, thermostat: str) -> Home:
    def climate(key: str, room: str) -> dict[str, object]:
        return {
            "entity_id": f"climate.{key}",
            "name": f"{thermostat} {room}",
            "area": key,
            "state": "heat",
            "attributes": {"temperature": 19, "current_temperature": 18.5},
        }

    return Home.from_dict(
        {
            "areas": [{"id": "living", "name": living}, {"id": "kitchen", "name": kitchen}],
            "entities": [climate("living", living), climate("kitchen", kitchen)],
        }
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_which_thermostat_is_asked_in_the_language(language: str) -> None:
    living, kitchen, thermostat, text, question = THERMOSTATS[language]
    plan = Planner(_two_thermostats(living, kitchen, thermostat), language).plan(text)
    assert plan.steps == []
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS
    assert plan.reply == question


def test_english_still_asks_in_english() -> None:
    home = _two_thermostats("Living Room", "Kitchen", "Thermostat")
    plan = Planner(home, "en").plan("set the temperature to 21")
    assert plan.reply == (
        "Which one do you mean: Thermostat Living Room in the Living Room or"
        " Thermostat Kitchen in the Kitchen?"
    )


@pytest.mark.parametrize(
    ("language", "room", "area", "room_called"),
    [
        (
            "nb",
            "loftet",
            "Jeg kjenner ikke noe område som heter «loftet».",
            "Jeg kjenner ikke noe rom som heter 'loftet'.",
        ),
        (
            "da",
            "loftet",
            "Jeg kender ikke noget område med navnet »loftet«.",
            "Jeg kender ikke noget rum med navnet 'loftet'.",
        ),
        (
            "fi",
            "ullakko",
            "En tunne aluetta ”ullakko”.",
            "En tunne huonetta nimeltä 'ullakko'.",
        ),
        (
            "el",
            "σοφίτα",
            "Δεν γνωρίζω χώρο με το όνομα «σοφίτα».",
            "Δεν γνωρίζω δωμάτιο με το όνομα 'σοφίτα'.",
        ),
    ],
)
def test_an_unknown_room_is_said_back_in_the_language(
    language: str, room: str, area: str, room_called: str
) -> None:
    # Said while the planner speaks the language, as it does for a request.
    with keyed_replies.speaking(language):
        assert UnknownName((room,), room=True, kind=True, language=language).reply == area
        # Where the language had no not-found template, the keyed reply says the room.
        listed = keyed_replies.Listed((f"'{room}'",))
        assert keyed_replies.said("missing.room", name=listed) == room_called


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_kind_of_hearths_rules_is_said_in_the_language(language: str) -> None:
    said = keyed_replies.say(language, "missing.kind", kind=keyed_replies.Word("thermostat"))
    english = keyed_replies.say("en", "missing.kind", kind=keyed_replies.Word("thermostat"))
    word = keyed_replies.own(language, "words.thermostat")
    assert said != english
    assert word is not None and word in said


#: The groups of replies these languages say; of them, the two whose slot the code fills with
#: an English word ("outside", "temperature") stay wholly English.
_GROUPS = ("ask.", "missing.", "cannot.", "not_found.", "note.", "undo.", "list.", "words.")
_ENGLISH_SLOTS = {"missing.kind_group", "missing.measure"}


def _english_keys() -> dict[str, str]:
    return {
        key: text
        for key, text in keyed_replies._templates("en").items()
        if isinstance(text, str) and (key.startswith(_GROUPS) or key in ("or", "and"))
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_asking_and_missing_reply_is_said_in_the_language(language: str) -> None:
    own = keyed_replies._templates(language)
    lacking = sorted(set(_english_keys()) - set(own) - _ENGLISH_SLOTS - {"and"})
    assert lacking == [], f"{language} says these in English: {lacking}"
    assert not _ENGLISH_SLOTS & set(own), "a reply that would mix in an English word"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_templates_name_only_slots_english_gives(language: str) -> None:
    english = _english_keys()
    for key, text in keyed_replies._templates(language).items():
        if key not in english or not isinstance(text, str):
            continue
        ours = keyed_replies._slots_of(text)
        assert ours is not None and ours <= (keyed_replies._slots_of(english[key]) or set()), key
        # A template that renders: every slot filled, nothing left of the braces.
        said = keyed_replies.say(language, key, **{slot: "X" for slot in ours})
        assert "{" not in said and said != keyed_replies.say("en", key, **dict.fromkeys(ours, "X"))


@pytest.mark.parametrize(
    ("language", "five_minutes", "left"),
    [
        ("nb", "Timeren på 5 minutter", "Pasta har 1 minutt 1 sekund igjen."),
        ("da", "Timeren på 5 minutter", "Pasta har 1 minut 1 sekund tilbage."),
        ("fi", "5 minuutin ajastin", "Pasta: jäljellä 1 minuutti 1 sekunti."),
        ("el", "Χρονόμετρο 5 λεπτών", "Pasta: υπόλοιπο 1 λεπτό 1 δευτερόλεπτο."),
    ],
)
def test_a_timer_and_its_length_are_said_in_the_language(
    language: str, five_minutes: str, left: str
) -> None:
    # A timer's name says its length as the language names things by length (Finnish and
    # Greek in the genitive); what is left is said in the plain form.
    length = keyed_replies.LengthOfTime(300, attributive=True)
    assert keyed_replies.say(language, "timer.of_length", length=length) == five_minutes
    remaining = keyed_replies.LengthOfTime(61)
    assert keyed_replies.say(language, "timer.left_on", name="Pasta", left=remaining) == left


_LAMP_AND_DOOR = Home.from_dict(
    {
        "areas": [{"id": "hall", "name": "Hall"}],
        "entities": [
            {"entity_id": "light.sofa", "name": "Sofa Lamp", "area": "hall", "state": "on"},
            {"entity_id": "lock.front", "name": "Front Door", "area": "hall", "state": "locked"},
        ],
    }
)


def _state_of(entity_id: str) -> EntityState | None:
    entity = _LAMP_AND_DOOR.get(entity_id)
    return None if entity is None else EntityState(entity_id, entity.state, {})


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("nb", "slå på Sofa Lamp", "Ingenting å endre: Sofa Lamp er allerede på."),
        ("nb", "lås Front Door", "Ingenting å endre: Front Door er allerede låst."),
        ("da", "tænd Sofa Lamp", "Intet at ændre: Sofa Lamp er allerede tændt."),
        ("fi", "lukitse Front Door", "Ei mitään muutettavaa: Front Door on jo lukossa."),
    ],
)
def test_nothing_to_change_is_said_in_the_language(language: str, text: str, said: str) -> None:
    plan = Planner(_LAMP_AND_DOOR, language).plan(text)
    assert plan.error is None and plan.steps, plan.reply
    assert nothing_to_change(plan, _state_of, _LAMP_AND_DOOR) == said
