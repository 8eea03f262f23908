"""Mechanisms that hold in every language, tried in languages other than English, German,
French, Spanish, Italian and Dutch on small homes. The sentences are this file's own, written
as people say them, not Home Assistant's intent tests."""

from __future__ import annotations

from typing import Any

from app.core.home import Home
from app.core.plan import ErrorCode, Plan
from app.understanding.class_words import cover_class_of, cover_class_words
from app.understanding.planner import Planner
from tests.helpers.small_homes import acts
from tests.helpers.small_homes import entity as _entity
from tests.helpers.small_homes import home as _home


def _asks_which(plan: Plan) -> str:
    """The question back of a plan that runs nothing and asks which device is meant."""
    assert plan.error is not None and plan.error.code is ErrorCode.AMBIGUOUS, plan
    assert not plan.steps
    return plan.reply or ""


# -- a cover named by a word for a kind of cover -------------------------------------------


def test_cover_class_words_come_from_each_languages_list() -> None:
    assert cover_class_of("sk", "garáž") == "garage"
    assert cover_class_of("sk", "Garáže") == "garage"
    assert cover_class_of("en", "garage door") == "garage"
    assert cover_class_of("ms", "langsir") == "curtain"
    assert cover_class_of("sk", "garáž vľavo") is None  # the whole name, not a part of it
    assert cover_class_of("xx", "garage") is None  # no data: no words
    assert "garáže" in cover_class_words("sk")


def _garage_home(second_class: str | None) -> Home:
    second: dict[str, Any] = {} if second_class is None else {"device_class": second_class}
    return _home(
        {"garaz": "Garáž", "dvor": "Dvor"},
        [
            _entity("cover.stara", "Garáž", "garaz", "open"),
            _entity("cover.nova", "Nová brána", "garaz", "open", **second),
            _entity("cover.roleta", "Roleta", "dvor", "open", device_class="blind"),
        ],
    )


def test_a_cover_named_garage_is_asked_about_where_another_is_the_garage_door() -> None:
    planner = Planner(_garage_home("garage"), "sk")
    reply = _asks_which(planner.plan("zatvor garáž"))
    assert "Garáž" in reply and "Nová brána" in reply
    _asks_which(planner.plan("otvor garáž"))


def test_the_cover_so_named_runs_where_no_other_is_of_its_kind() -> None:
    alone = Planner(_garage_home(None), "sk")
    assert acts(alone.plan("zatvor garáž")) == [("cover.close_cover", ["cover.stara"])]
    gate = Planner(_garage_home("gate"), "sk")
    assert acts(gate.plan("zatvor garáž")) == [("cover.close_cover", ["cover.stara"])]


def test_a_cover_named_by_its_own_kind_runs() -> None:
    home = _home(
        {"garaz": "Garáž"},
        [
            _entity("cover.stara", "Garáž", "garaz", "open", device_class="garage"),
            _entity("cover.nova", "Nová brána", "garaz", "open", device_class="garage"),
        ],
    )
    assert acts(Planner(home, "sk").plan("zatvor garáž")) == [
        ("cover.close_cover", ["cover.stara"])
    ]


def test_english_garage_door_named_and_another_of_the_class() -> None:
    home = _home(
        {"garage": "Garage", "den": "Den"},
        [
            _entity("cover.old", "Garage Door", "garage", "open"),
            _entity("cover.new", "Side Door", "garage", "open", device_class="garage"),
            _entity("cover.den", "Den Blind", "den", "open", device_class="blind"),
        ],
    )
    planner = Planner(home, "en")
    _asks_which(planner.plan("close the garage door"))
    assert acts(planner.plan("close the side door")) == [("cover.close_cover", ["cover.new"])]


def test_the_other_kind_is_looked_for_in_the_room_the_cover_is_asked_in() -> None:
    home = _home(
        {"obyvacka": "Obývačka", "spalna": "Spálňa"},
        [
            _entity("cover.zaluzie", "Žalúzie", "obyvacka", "open"),
            _entity("cover.spalna", "Rolety spálne", "spalna", "open", device_class="blind"),
        ],
    )
    planner = Planner(home, "sk")
    # Said in the living room, whose Žalúzie are the only cover there: they are meant.
    assert acts(planner.plan("zatvor žalúzie", area="obyvacka")) == [
        ("cover.close_cover", ["cover.zaluzie"])
    ]
    # Said nowhere in particular: the bedroom's blind is one too, so which is asked.
    _asks_which(planner.plan("zatvor žalúzie"))


def test_questions_read_the_cover_so_named() -> None:
    planner = Planner(_garage_home("garage"), "sk")
    plan = planner.plan("je garáž otvorená?")
    assert plan.error is None
    assert all(step.action == "state.get" for step in plan.steps)


# -- Nepali ----------------------------------------------------------------------------------

_NE = _home(
    {"bhanchha": "भान्छा", "baithak": "बैठक", "kotha": "सुत्ने कोठा"},
    [
        _entity("fan.bhanchha", "भान्छाको पंखा", "bhanchha", "off"),
        _entity("fan.baithak", "ठूलो पंखा", "baithak", "off"),
        _entity("light.baithak", "बैठकको बत्ती", "baithak", "off"),
        _entity("light.kotha", "सुत्ने कोठाको बत्ती", "kotha", "on"),
        _entity("cover.parda", "लामो पर्दा", "baithak", "closed", device_class="blind"),
        _entity("cover.jhyal", "झ्याल", "kotha", "closed", device_class="window"),
    ],
)


def test_ne_plurals_written_with_either_vowel() -> None:
    planner = Planner(_NE, "ne")
    assert acts(planner.plan("बैठकका सबै बत्तीहरु बाल")) == [("light.turn_on", ["light.baithak"])]
    assert acts(planner.plan("बैठकको पर्दाहरु खोल")) == [("cover.open_cover", ["cover.parda"])]
    assert acts(planner.plan("भान्छाको पंखाहरू सुरु गर")) == [("fan.turn_on", ["fan.bhanchha"])]


def test_ne_fans_and_lights_of_the_whole_home() -> None:
    planner = Planner(_NE, "ne")
    assert acts(planner.plan("घरका सबै पंखाहरु बाल्दे")) == [
        ("fan.turn_on", ["fan.baithak", "fan.bhanchha"])
    ]
    assert acts(planner.plan("जताततै अँध्यारो बनाउ")) == [
        ("light.turn_off", ["light.baithak", "light.kotha"])
    ]


def test_ne_a_colour_for_here() -> None:
    planner = Planner(_NE, "ne")
    plan = planner.plan("यहाँलाई निलो रंग बनाइदेउ", area="baithak")
    assert acts(plan) == [("light.turn_on", ["light.baithak"])]
    assert plan.steps[0].params == {"color_name": "blue"}


# -- a kind of cover said for a room whose covers have no class ------------------------------


def _unclassed_home(kitchen_class: str | None) -> Home:
    kitchen: dict[str, Any] = {} if kitchen_class is None else {"device_class": kitchen_class}
    return _home(
        {"living": "Living Room", "kitchen": "Kitchen"},
        [
            _entity("cover.living", "Big Cover", "living", "closed"),
            _entity("cover.kitchen", "Kitchen Cover", "kitchen", "closed", **kitchen),
        ],
    )


def test_a_kind_said_for_a_room_of_unclassed_covers_is_a_guess_asked_first() -> None:
    planner = Planner(_unclassed_home(None), "en")
    plan = planner.plan("open the blinds in the living room")
    assert plan.error is None, plan.error
    assert [(s.action, s.targets) for s in plan.steps] == [("cover.open_cover", ["cover.living"])]
    assert plan.needs_confirmation


def test_a_room_whose_covers_have_classes_is_not_guessed_in() -> None:
    home = _home(
        {"living": "Living Room"},
        [
            _entity("cover.win", "Big Window", "living", "closed", device_class="window"),
            _entity("cover.other", "Other Cover", "living", "closed"),
        ],
    )
    plan = Planner(home, "en").plan("open the blinds in the living room")
    assert not plan.steps


# -- Greek -----------------------------------------------------------------------------------

_EL = _home(
    {"saloni": "Σαλόνι", "kouzina": "Κουζίνα"},
    [
        _entity("fan.orofis", "Ανεμιστήρας οροφής", "saloni", "off"),
        _entity("fan.kouzina", "Απορροφητήρας", "kouzina", "on"),
        _entity("light.saloni", "Λάμπα σαλονιού", "saloni", "on"),
        _entity("light.kouzina", "Φως κουζίνας", "kouzina", "on"),
        _entity("cover.rolo", "Μεγάλο ρολό", "saloni", "closed", device_class="shutter"),
        _entity("cover.kouzina", "Παράθυρο κουζίνας", "kouzina", "closed", device_class="window"),
        _entity("lock.eisodos", "Κλειδαριά εισόδου", None, "unlocked"),
        _entity("lock.piso", "Πίσω πόρτα", "kouzina", "unlocked"),
        _entity("person.eleni", "Ελένη", None, "home"),
    ],
)


def test_el_a_device_asked_for_with_na() -> None:
    planner = Planner(_EL, "el")
    assert acts(planner.plan("ο ανεμιστήρας οροφής να ανάψει")) == [("fan.turn_on", ["fan.orofis"])]
    assert acts(planner.plan("να σβήσεις τη λάμπα σαλονιού")) == [
        ("light.turn_off", ["light.saloni"])
    ]


def test_el_covers_and_lights_with_the_room_first() -> None:
    planner = Planner(_EL, "el")
    assert acts(planner.plan("ανέβασε στο σαλόνι όλα τα παντζούρια πάνω")) == [
        ("cover.open_cover", ["cover.rolo"])
    ]
    assert acts(planner.plan("σβήσε στην κουζίνα τα φώτα")) == [
        ("light.turn_off", ["light.kouzina"])
    ]


def test_el_every_lock_of_a_room() -> None:
    planner = Planner(_EL, "el")
    plan = planner.plan("κλείδωσε όλες τις πόρτες στην κουζίνα")
    assert [(s.action, s.targets) for s in plan.steps] == [("lock.lock", ["lock.piso"])]


def test_el_who_is_where_only_reads() -> None:
    planner = Planner(_EL, "el")
    plan = planner.plan("βρίσκεται κανένας στο σπίτι")
    assert plan.error is None, plan.error
    assert plan.steps and all(s.action == "state.get" for s in plan.steps)


# -- Brazilian Portuguese ------------------------------------------------------------------

_PT_BR = _home(
    {"sala": "Sala", "quarto": "Quarto"},
    [
        _entity("light.sala", "Abajur", "sala", "on"),
        _entity("light.quarto", "Luz do Quarto", "quarto", "off"),
        _entity("fan.sala", "Ventilador", "sala", "off"),
        _entity("cover.sala", "Cortina grande", "sala", "open", device_class="curtain"),
        _entity("cover.quarto", "Cortina do quarto", "quarto", "open", device_class="curtain"),
    ],
)


def test_pt_br_the_whole_house_and_where_i_am() -> None:
    planner = Planner(_PT_BR, "pt-br")
    assert acts(planner.plan("apague todas as luzes da casa")) == [
        ("light.turn_off", ["light.quarto", "light.sala"])
    ]
    assert acts(planner.plan("fecha as cortinas da casa toda")) == [
        ("cover.close_cover", ["cover.quarto", "cover.sala"])
    ]
    assert acts(planner.plan("acende a luz onde eu estou", area="quarto")) == [
        ("light.turn_on", ["light.quarto"])
    ]
    assert acts(planner.plan("desliga o vento", area="sala")) == [("fan.turn_off", ["fan.sala"])]


def test_pt_br_brightness_and_colour_with_poe() -> None:
    planner = Planner(_PT_BR, "pt-br")
    plan = planner.plan("coloca a luz do quarto em 30%")
    assert acts(plan) == [("light.turn_on", ["light.quarto"])]
    assert plan.steps[0].params == {"brightness_pct": 30}
    plan = planner.plan("põe a sala em azul")
    assert acts(plan) == [("light.turn_on", ["light.sala"])]
    assert plan.steps[0].params == {"color_name": "blue"}


# -- what sensors sense is no place people are at -------------------------------------------

_SL = _home(
    {"kuhinja": "Kuhinja", "hodnik": "Hodnik"},
    [
        _entity("person.ana", "Ana", None, "home"),
        _entity("person.bor", "Bor", None, "not_home"),
        _entity("binary_sensor.gibanje", "Hodnik gibanje", "hodnik", "on", device_class="motion"),
        _entity("binary_sensor.dim", "Detektor v kuhinji", "kuhinja", "off", device_class="smoke"),
    ],
)


def test_sl_all_sensors_triggered_is_no_question_about_people() -> None:
    planner = Planner(_SL, "sl")
    plan = planner.plan("ali so vsi senzorji gibanja sproženi?")
    assert not any(t.startswith("person.") for s in plan.steps for t in s.targets), plan.steps
    assert all(s.action == "state.get" for s in plan.steps)


def test_sl_people_are_still_asked_about_by_place() -> None:
    planner = Planner(_SL, "sl")
    plan = planner.plan("ali je kdo doma?")
    assert plan.error is None, plan.error
    assert sorted(t for s in plan.steps for t in s.targets) == ["person.ana", "person.bor"]
