"""Slavic languages: the home's names looked for inside the words said (found as fast as a
plain scan would, whatever the number of case forms); Slovak and Slovenian questions about
the home and Slovak valves said by their kind; Czech words for kinds of cover
(resources/sentences/cs/device_types.yaml): "roleta" and "žaluzie" are said of every rolled
cover whatever its class, a kind said in the singular where several covers fit is asked about
before anything moves, the plural acts on all of them, and the kind's own word said with an
ending ("roletu") narrows nothing."""

from __future__ import annotations

from app.core.home import Home
from app.understanding.planner import Planner
from tests.helpers.small_homes import entity, steps_of

_FLOORS = [
    {"id": "prizemi", "name": "Přízemí", "level": 0},
    {"id": "horni", "name": "Horní patro", "level": 1},
]
_AREAS = [
    {"id": "loznice", "name": "Ložnice", "floor": "horni"},
    {"id": "hoste", "name": "Pokoj pro hosty", "floor": "horni"},
    {"id": "kuchyne", "name": "Kuchyně", "floor": "prizemi"},
]


def _home() -> Home:
    return Home.from_dict(
        {
            "floors": _FLOORS,
            "areas": _AREAS,
            "entities": [
                entity("cover.balkon", "Roleta balkon", "loznice", "open", device_class="blind"),
                entity("cover.okno", "Žaluzie okno", "loznice", "open", device_class="blind"),
                entity("cover.zaves", "Závěs", "hoste", "open", device_class="curtain"),
                entity("cover.kuchyne", "Roleta", "kuchyne", "open", device_class="shutter"),
            ],
        }
    )


def _plan(text: str, language: str = "cs") -> tuple[list[str], bool]:
    plan = Planner(_home(), language).plan(text)
    targets = sorted(t for _, ts, _ in steps_of(plan) for t in ts)
    return targets, plan.needs_confirmation


# -- the home's names looked for inside the words said (app/understanding/vocabulary.py) -----


def test_names_said_inside_longer_words_are_found_as_a_plain_scan_finds_them() -> None:
    vocab = Planner(_home(), "cs").vocab
    found = []
    for said in ("zatáhni roletu v ložnici", "zavři roletabalkon", "kuchyněroleta nahoře"):
        for kind in ("name", "area", "floor"):
            scanned = [k for k in vocab.affixed.get(kind, ()) if k in said]
            assert vocab._inside(kind, said) == scanned
            found.extend(scanned)
    assert "ložnici" in found
    assert "roleta" in found


def test_a_home_read_again_offers_the_same_names() -> None:
    first = Planner(_home(), "cs").vocab.slot_lists("zatáhni roletu balkon v ložnici")
    again = Planner(_home(), "cs").vocab.slot_lists("zatáhni roletu balkon v ložnici")
    for kind in ("name", "area"):
        values = first[kind].values  # type: ignore[attr-defined]
        assert values
        assert values == again[kind].values  # type: ignore[attr-defined]


# -- Slovak: questions about the home and valves said by their kind -------------------------


def _slovak() -> Planner:
    return Planner(
        Home.from_dict(
            {
                "areas": [{"id": "dvor", "name": "Dvor"}, {"id": "obyv", "name": "Obývačka"}],
                "entities": [
                    entity("valve.travnik", "Polievanie trávnika", "dvor", "open"),
                    entity("cover.okno", "Okno obývačka", "obyv", "open", device_class="blind"),
                    entity(
                        "cover.dvere", "Balkónové dvere", "obyv", "closed", device_class="shutter"
                    ),
                ],
            }
        ),
        "sk",
    )


def test_a_slovak_question_about_blinds_reads_them_and_answers_in_slovak() -> None:
    plan = _slovak().plan("sú nejaké žalúzie zatvorené?")
    assert [(s.action, s.targets, s.read_only) for s in plan.steps] == [
        ("state.get", ["cover.dvere"], True)
    ]
    assert plan.reply is not None
    assert plan.reply.startswith("Áno")


def test_a_slovak_count_question_changes_nothing() -> None:
    plan = _slovak().plan("koľko roliet je otvorených?")
    assert plan.steps
    assert all(s.read_only for s in plan.steps)


def test_a_valve_said_by_its_kind_is_the_one_valve_of_the_home() -> None:
    plan = _slovak().plan("zavri ventil")
    assert [(s.action, s.targets) for s in plan.steps] == [("valve.close_valve", ["valve.travnik"])]


def test_a_slovenian_question_reads_the_lights_and_answers_in_slovenian() -> None:
    home = Home.from_dict(
        {
            "areas": [{"id": "kuh", "name": "Kuhinja"}],
            "entities": [
                entity("light.strop", "Stropna luč", "kuh", "on"),
                entity("light.pult", "Luč nad pultom", "kuh", "off"),
            ],
        }
    )
    plan = Planner(home, "sl").plan("koliko luči je vključenih?")
    assert plan.steps
    assert all(s.read_only for s in plan.steps)
    assert plan.reply is not None
    assert "vklopljeno" in plan.reply


# -- Czech kinds of cover (resources/sentences/cs/device_types.yaml) -----------------------


def test_a_cover_said_in_the_singular_of_several_is_asked_about_first() -> None:
    for said in ("zatáhni roletu v ložnici", "zavři roletu nahoře"):
        targets, asked = _plan(said)
        assert targets == ["cover.balkon", "cover.okno"]  # not only the one called "Roleta"
        assert asked


def test_the_plural_closes_every_cover_of_the_room_unasked() -> None:
    for said in ("zatáhni rolety v ložnici", "zavři rolety nahoře"):
        targets, asked = _plan(said)
        assert targets == ["cover.balkon", "cover.okno"]
        assert not asked


def test_the_one_cover_of_a_room_is_closed_unasked() -> None:
    targets, asked = _plan("zavři roletu v kuchyni")
    assert targets == ["cover.kuchyne"]
    assert not asked


def test_a_language_without_endings_keeps_its_reading() -> None:
    targets, asked = _plan("close the blinds in the ložnice", "en")
    assert targets == ["cover.balkon", "cover.okno"]
    assert not asked
