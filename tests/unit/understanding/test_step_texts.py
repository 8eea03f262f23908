"""A plan's step texts and what running a step reports, in the language the plan was made in
(``replies: step:`` and ``run:`` of ``resources/sentences/<lang>/steps_text.yaml``): every
action has its text in German, French, Spanish, Italian, Dutch, Portuguese and Polish, counts
take the number's plural form, a whole plan reads in the language through the planner and the
executor, and English reads as it always did."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from app.assistant import Assistant
from app.bootstrap import build_services, calendar_path, demo_home_source
from app.config.settings import Settings
from app.core.home import Entity, Home
from app.core.plan import Plan, PlannerName
from app.core.results import Approval, StepStatus
from app.execution.executor import Executor
from app.understanding import agenda, keyed_replies
from app.understanding.actions import requote, summarize
from app.understanding.keyed_replies import Counted, own, speaking
from app.understanding.llm.config import LLMConfig
from app.understanding.llm.planner import LLMPlanner
from app.understanding.own_data import own_data
from app.understanding.planner import Planner
from app.understanding.routing import PlannerRouter
from app.understanding.timers import describe
from app.understanding.undo import build_undo
from integrations.virtual_home import VirtualHome
from tests.helpers.openai_server import API_KEY, MODEL, ScriptedOpenAIServer, tool_reply
from tests.helpers.small_homes import entity, home

LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "pl")
BERLIN = ZoneInfo("Europe/Berlin")

_LAMP = Entity("light.lamp", "Lamp", "on", {"brightness": 100})


def _one(entity_id: str, **attributes: Any) -> list[Entity]:
    return [Entity(entity_id, "Lamp", "on", attributes)]


#: Every action of the plan contract (../shared/DESIGN.md, "Action names") that a step of a
#: device or of Hearth's timers says, each way its text can read: the action, its targets,
#: its service data, and the English text it has always had.
DEVICE_STEPS: list[tuple[str, list[Entity], dict[str, Any], str]] = [
    ("light.turn_on", [_LAMP], {}, "Turn on Lamp"),
    ("light.turn_off", [_LAMP], {}, "Turn off Lamp"),
    ("light.turn_on", [_LAMP], {"brightness_pct": 30}, "Set Lamp to 30%"),
    ("light.turn_on", [_LAMP], {"brightness_step_pct": 20}, "Brighten Lamp by 20%"),
    ("light.turn_on", [_LAMP], {"brightness_step_pct": -12.5}, "Dim Lamp by 12.5%"),
    ("light.turn_on", [_LAMP], {"color_name": "red"}, "Turn Lamp red"),
    ("light.turn_on", [_LAMP], {"color_temp_kelvin": 2700}, "Set Lamp to 2700 K"),
    ("switch.turn_on", _one("switch.lamp"), {}, "Turn on Lamp"),
    ("cover.open_cover", _one("cover.lamp"), {}, "Open Lamp"),
    ("cover.close_cover", _one("cover.lamp"), {}, "Close Lamp"),
    ("cover.set_cover_position", _one("cover.lamp"), {"position": 40}, "Set Lamp to 40% open"),
    ("lock.lock", _one("lock.lamp"), {}, "Lock Lamp"),
    ("lock.unlock", _one("lock.lamp"), {}, "Unlock Lamp"),
    ("lock.open", _one("lock.lamp"), {}, "Open Lamp"),
    (
        "climate.set_temperature",
        _one("climate.lamp", temperature_unit="°C"),
        {"temperature": 21.5},
        "Set Lamp to 21.5°C",
    ),
    ("climate.set_temperature", _one("climate.lamp"), {"temperature": 70}, "Set Lamp to 70°"),
    ("climate.set_hvac_mode", _one("climate.lamp"), {"hvac_mode": "heat"}, "Set Lamp to heat mode"),
    ("climate.turn_off", _one("climate.lamp"), {}, "Turn off Lamp"),
    ("fan.set_percentage", _one("fan.lamp"), {"percentage": 50}, "Set Lamp speed to 50%"),
    (
        "media_player.volume_set",
        _one("media_player.lamp"),
        {"volume_level": 0.35},
        "Set Lamp volume to 35%",
    ),
    ("media_player.volume_up", _one("media_player.lamp"), {}, "Turn Lamp volume up"),
    ("media_player.volume_down", _one("media_player.lamp"), {}, "Turn Lamp volume down"),
    (
        "media_player.volume_mute",
        _one("media_player.lamp"),
        {"is_volume_muted": True},
        "Mute Lamp",
    ),
    (
        "media_player.volume_mute",
        _one("media_player.lamp"),
        {"is_volume_muted": False},
        "Unmute Lamp",
    ),
    ("media_player.media_pause", _one("media_player.lamp"), {}, "Pause Lamp"),
    ("media_player.media_play", _one("media_player.lamp"), {}, "Resume Lamp"),
    ("media_player.media_next_track", _one("media_player.lamp"), {}, "Next track on Lamp"),
    (
        "media_player.media_previous_track",
        _one("media_player.lamp"),
        {},
        "Previous track on Lamp",
    ),
    ("vacuum.start", _one("vacuum.lamp"), {}, "Start Lamp"),
    ("vacuum.return_to_base", _one("vacuum.lamp"), {}, "Send Lamp back to its dock"),
    ("todo.add_item", _one("todo.lamp"), {"item": "milk"}, "Add “milk” to Lamp"),
    ("todo.update_item", _one("todo.lamp"), {"item": "milk"}, "Mark “milk” done on Lamp"),
    ("todo.remove_item", _one("todo.lamp"), {"item": "milk"}, "Remove “milk” from Lamp"),
    ("alarm_control_panel.alarm_disarm", _one("alarm_control_panel.lamp"), {}, "Disarm Lamp"),
    (
        "alarm_control_panel.alarm_arm_night",
        _one("alarm_control_panel.lamp"),
        {},
        "Arm Lamp (night)",
    ),
    ("button.press", _one("button.lamp"), {}, "Press Lamp"),
    ("scene.turn_on", _one("scene.lamp"), {}, "Turn on Lamp"),
    ("siren.whatever", _one("siren.lamp"), {}, "siren.whatever on Lamp"),
]

TIMER_STEPS: list[tuple[str, dict[str, Any], str]] = [
    ("timer.start", {"duration_s": 600}, "Start a 10 minute timer"),
    ("timer.start", {"duration_s": 5400, "name": "egg"}, "Start a 1 hour 30 minute egg timer"),
    ("timer.cancel", {"all": True}, "Cancel all your timers"),
    ("timer.cancel", {"name": "egg"}, "Cancel the egg timer"),
    ("timer.pause", {"duration_s": 300}, "Pause the 5 minute timer"),
    ("timer.resume", {}, "Resume the timer"),
    ("timer.status", {"name": "egg"}, "How long is left on the egg timer"),
    ("timer.status", {}, "How long is left on your timers"),
]


@pytest.mark.parametrize(("action", "entities", "params", "english"), DEVICE_STEPS)
def test_english_step_texts_read_as_they_always_did(
    action: str, entities: list[Entity], params: dict[str, Any], english: str
) -> None:
    assert summarize(action, entities, params) == english


@pytest.mark.parametrize(("action", "params", "english"), TIMER_STEPS)
def test_english_timer_texts_read_as_they_always_did(
    action: str, params: dict[str, Any], english: str
) -> None:
    assert describe(action, params) == english


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_device_action_has_its_text_in_the_language(language: str) -> None:
    """A missing key or word makes the whole text English: every one must differ from it."""
    english = [summarize(a, e, p) for a, e, p, _ in DEVICE_STEPS]
    with speaking(language):
        said = [summarize(a, e, p) for a, e, p, _ in DEVICE_STEPS]
    left_english = [(e, s) for e, s in zip(english, said, strict=True) if e == s]
    assert not left_english
    assert all("Lamp" in text for text in said)  # the home's name is never changed


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_timer_action_has_its_text_in_the_language(language: str) -> None:
    english = [describe(a, p) for a, p, _ in TIMER_STEPS]
    with speaking(language):
        said = [describe(a, p) for a, p, _ in TIMER_STEPS]
    assert not [(e, s) for e, s in zip(english, said, strict=True) if e == s]


def _flat(language: str) -> dict[str, str]:
    flat: dict[str, str] = {}

    def walk(prefix: str, node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(f"{prefix}.{key}" if prefix else str(key), value)
        else:
            flat[prefix] = str(node)

    walk("", (own_data(language, "steps_text.yaml") or {}).get("replies") or {})
    return flat


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_english_step_and_run_text_has_one_with_the_same_slots(language: str) -> None:
    """What English says of a step or a run, the language says too, with the same slots (a
    count's forms apart: Polish has three)."""
    english = {k: v for k, v in _flat("en").items() if not k.startswith("step.many.")}
    missing, wrong = [], []
    for key, template in english.items():
        found = own(language, key)
        if found is None:
            missing.append(key)
        elif keyed_replies._slots_of(found) != keyed_replies._slots_of(template):
            wrong.append(key)
    assert (missing, wrong) == ([], [])
    kinds = {k.split(".")[2] for k in _flat("en") if k.startswith("step.many.")}
    for kind in kinds:
        for count in (1, 2, 5, 22):
            assert Counted(f"step.many.{kind}", count).said_in(language) is not None, kind


def test_the_words_a_step_holds_are_in_every_language() -> None:
    """Colours, heating modes and alarm modes a step can name."""
    words = [
        "white",
        "black",
        "red",
        "orange",
        "yellow",
        "green",
        "blue",
        "purple",
        "brown",
        "pink",
        "turquoise",
        "off",
        "heat",
        "cool",
        "heat_cool",
        "auto",
        "dry",
        "fan_only",
        "home",
        "away",
        "night",
        "vacation",
        "custom_bypass",
    ]
    missing = [
        (language, w)
        for language in LANGUAGES
        for w in words
        if keyed_replies.Word(w).said_in(language) is None
    ]
    assert not missing


@pytest.mark.parametrize(
    ("language", "count", "text"),
    [
        ("en", 6, "Turn off 6 lights"),
        ("de", 6, "6 Lichter ausschalten"),
        ("fr", 6, "Éteindre 6 lumières"),
        ("es", 6, "Apagar 6 luces"),
        ("pl", 5, "Wyłącz: 5 świateł"),
        ("pl", 12, "Wyłącz: 12 świateł"),
        ("pl", 22, "Wyłącz: 22 światła"),
        ("pl", 25, "Wyłącz: 25 świateł"),
    ],
)
def test_many_devices_are_counted_in_the_numbers_plural_form(
    language: str, count: int, text: str
) -> None:
    lights = [Entity(f"light.l{i}", f"L{i}", "on", {}) for i in range(count)]
    with speaking(language):
        assert summarize("light.turn_off", lights, {}) == text


def test_plural_categories() -> None:
    assert [keyed_replies.plural("pl", n) for n in (1, 2, 4, 5, 12, 14, 21, 22, 104, 112)] == [
        "one",
        "few",
        "few",
        "many",
        "many",
        "many",
        "many",
        "few",
        "few",
        "many",
    ]
    assert [keyed_replies.plural("fr", n) for n in (0, 1, 2)] == ["one", "one", "other"]
    assert [keyed_replies.plural("de", n) for n in (0, 1, 2)] == ["other", "one", "other"]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (60, "Uruchom minutnik na 1 minutę"),
        (120, "Uruchom minutnik na 2 minuty"),
        (300, "Uruchom minutnik na 5 minut"),
        (1320, "Uruchom minutnik na 22 minuty"),
        (5400, "Uruchom minutnik na 1 godzinę 30 minut"),
    ],
)
def test_a_polish_length_of_time_takes_the_numbers_form(seconds: int, text: str) -> None:
    with speaking("pl"):
        assert describe("timer.start", {"duration_s": seconds}) == text


def test_a_few_names_are_joined_by_the_languages_and() -> None:
    three = [Entity(f"light.l{i}", name, "on", {}) for i, name in enumerate("ABC")]
    assert summarize("light.turn_on", three, {}) == "Turn on A, B and C"
    with speaking("de"):
        assert summarize("light.turn_on", three, {}) == "A, B und C einschalten"
    with speaking("it"):
        assert summarize("light.turn_on", three, {}) == "Accendere A, B e C"


def test_numbers_take_the_languages_decimal_sign() -> None:
    heating = _one("climate.lamp", temperature_unit="°C")
    with speaking("de"):
        assert summarize("climate.set_temperature", heating, {"temperature": 21.5}) == (
            "Lamp auf 21,5°C stellen"
        )
    with speaking("pl"):
        assert summarize("climate.set_temperature", heating, {"temperature": 21.5}) == (
            "Ustaw Lamp na 21,5°C"
        )


def test_an_item_is_requoted_in_any_languages_quotes() -> None:
    assert requote("Add “milk” to List", "milk", "Milk") == "Add “Milk” to List"
    assert requote("„milch“ zu Liste hinzufügen", "milch", "Milch") == "„Milch“ zu Liste hinzufügen"
    assert requote("Ajouter « lait » à Liste", "lait", "Lait") == "Ajouter « Lait » à Liste"
    assert requote("Add “milk” to milk list", "milk", "Milk") == "Add “Milk” to milk list"


# -- whole plans through the planner ----------------------------------------------------------

_DIM = {"supported_color_modes": ["brightness"], "brightness": 100}


def _german_home() -> Home:
    return home(
        {"kueche": "Küche", "wohnzimmer": "Wohnzimmer"},
        [
            entity("light.kuechenlicht", "Küchenlicht", "kueche", "on", **_DIM),
            entity("light.stehlampe", "Stehlampe", "wohnzimmer", "off", **_DIM),
            entity(
                "climate.heizung",
                "Heizung",
                "wohnzimmer",
                "heat",
                temperature=19,
                current_temperature=18,
                temperature_unit="°C",
            ),
            entity("cover.rollladen", "Rollladen", "wohnzimmer", "closed", current_position=0),
            entity("todo.einkaufsliste", "Einkaufsliste", None, "2"),
        ],
    )


@pytest.mark.parametrize(
    ("text", "summaries"),
    [
        ("schalte das Küchenlicht aus", ["Küchenlicht ausschalten"]),
        ("stelle die Heizung auf 21,5 Grad", ["Heizung auf 21,5°C stellen"]),
        ("Küchenlicht auf 30 Prozent", ["Küchenlicht auf 30 % stellen"]),
        ("öffne den Rollladen", ["Rollladen öffnen"]),
        ("setze Milch auf die Einkaufsliste", ["„Milch“ zu Einkaufsliste hinzufügen"]),
        ("stelle einen Timer für 10 Minuten", ["Timer über 10 Minuten starten"]),
    ],
)
def test_a_german_plan_reads_in_german(text: str, summaries: list[str]) -> None:
    plan = Planner(_german_home(), "de").plan(text)
    assert [s.summary for s in plan.steps] == summaries, plan.reply
    assert plan.language == "de"


def test_a_french_plan_reads_in_french() -> None:
    planner = Planner(_german_home(), "fr")
    plan = planner.plan("éteins Küchenlicht")
    assert [s.summary for s in plan.steps] == ["Éteindre Küchenlicht"], plan.reply
    plan = planner.plan("mets un minuteur de 5 minutes")
    assert [s.summary for s in plan.steps] == ["Lancer un minuteur de 5 minutes"], plan.reply


def test_the_same_home_planned_in_english_reads_in_english() -> None:
    plan = Planner(_german_home(), "en").plan("turn off the Küchenlicht")
    assert [s.summary for s in plan.steps] == ["Turn off Küchenlicht"], plan.reply


# -- what running reports ---------------------------------------------------------------------


def _run(virtual: VirtualHome, plan: Plan, approval: Approval) -> list[Any]:
    executor = Executor(virtual, backoff=0.01, verify_timeout=0.3)
    return asyncio.run(executor.run(plan, approval))


def test_running_reports_in_the_plans_language() -> None:
    virtual = VirtualHome(Home.load(demo_home_source()))
    virtual.set_unresponsive("light.desk_lamp")
    plan = Planner(virtual.home).plan("turn on the desk lamp and turn off the sofa lamp")
    assert len(plan.steps) == 2, plan.reply
    plan.language = "de"
    failed, skipped = _run(virtual, plan, Approval({0}, by="test"))
    assert failed.status is StepStatus.FAILED
    assert failed.reason == "light.desk_lamp ist off, erwartet war on"
    assert skipped.status is StepStatus.SKIPPED
    assert skipped.reason == "nicht freigegeben"


def test_running_reports_in_english_as_always() -> None:
    virtual = VirtualHome(Home.load(demo_home_source()))
    virtual.set_unresponsive("light.desk_lamp")
    plan = Planner(virtual.home).plan("turn on the desk lamp and turn off the sofa lamp")
    failed, skipped = _run(virtual, plan, Approval({0}, by="test"))
    assert failed.reason == "light.desk_lamp is off, expected on"
    assert skipped.reason == "not approved"


# -- what a step's card warns of ------------------------------------------------------------


@pytest.fixture
def assistant() -> Iterator[Assistant]:
    devices = VirtualHome(Home.load(demo_home_source()))
    router = build_services(Settings(), devices, BERLIN)
    assistant = Assistant(asyncio.run(router.load_home()), router, tz=BERLIN)
    yield assistant
    assistant.close()
    asyncio.run(router.close())


async def _yes(plan: Plan, _decisions: object) -> Approval:
    return Approval.all_of(plan, by="test")


def _warned(assistant: Assistant, plan: Plan, language: str) -> list[str]:
    plan.language = language
    for step in plan.steps:
        step.warnings.clear()
    now = dt.datetime.now(BERLIN)
    asyncio.run(agenda.annotate(plan, assistant.calendar, now=now, tz=BERLIN))
    return [w for step in plan.steps for w in step.warnings]


def test_a_steps_warnings_are_said_in_the_plans_language(assistant: Assistant) -> None:
    asyncio.run(assistant.handle("add dentist appointment to my calendar tomorrow at 10", _yes))
    plan = asyncio.run(assistant.plan_async("schedule a team call tomorrow from 10:30 to 11"))
    [english] = _warned(assistant, plan, "en")
    assert english.startswith("Overlaps “Dentist appointment” (") and english.endswith("–11:00)")
    # German has its own date words: the whole warning is German ...
    [german] = _warned(assistant, plan, "de")
    assert german.startswith("Überschneidet sich mit „Dentist appointment“ (")
    assert german.endswith("–11:00)") and german != english
    # ... Polish too, since it has them (resources/time/pl.yaml) ...
    [polish] = _warned(assistant, plan, "pl")
    assert polish.startswith("Nakłada się na „Dentist appointment” (") and polish.endswith(
        "–11:00)"
    )
    # ... and Ukrainian, since it has them (resources/time/uk.yaml).
    [ukrainian] = _warned(assistant, plan, "uk")
    assert ukrainian.startswith("Перетинається з «Dentist appointment» (")
    assert ukrainian.endswith("–11:00)")
    assert keyed_replies.say("de", "warn.overlaps", summary="Zahnarzt", when="10:00–11:00") == (
        "Überschneidet sich mit „Zahnarzt“ (10:00–11:00)"
    )
    calendar_path().write_text("no calendar at all", encoding="utf-8")
    [german] = _warned(assistant, plan, "de")
    assert german.startswith("Der Kalender ließ sich nicht lesen: ")
    [french] = _warned(assistant, plan, "fr")
    assert french.startswith("Impossible de lire le calendrier : ")
    [english] = _warned(assistant, plan, "en")
    assert english.startswith("The calendar could not be read: ")


def test_a_language_models_plan_reads_in_the_requests_language(
    openai_server: ScriptedOpenAIServer,
) -> None:
    """The model's steps are written by the same keyed texts, in the planner's language; what
    running the plan reports too (its language is the request's)."""
    planner = Planner(_german_home(), "de")
    config = LLMConfig(base_url=openai_server.base_url, model=MODEL, api_key=API_KEY, timeout=3)
    router = PlannerRouter(planner, LLMPlanner(planner.home, config), "local_first")
    openai_server.script(
        tool_reply(("light", {"service": "turn_off", "entity_ids": ["light.kuechenlicht"]}))
    )

    async def route() -> Plan:
        try:
            return (await router.route("mach es gemütlich für einen Filmabend")).plan
        finally:
            await router.aclose()

    plan = asyncio.run(route())
    assert plan.planner is PlannerName.LLM, plan.reply
    assert [s.summary for s in plan.steps] == ["Küchenlicht ausschalten"]
    assert plan.language == "de"


def test_undoing_a_german_request_reads_in_german() -> None:
    virtual = VirtualHome(_german_home())
    plan = Planner(virtual.home, "de").plan("schalte das Küchenlicht aus")
    executor = Executor(virtual, verify_timeout=0.5)
    results = asyncio.run(executor.run(plan, Approval.all_of(plan, by="test")))
    assert [r.status for r in results] == [StepStatus.VERIFIED]
    undo = build_undo(plan.text, results, virtual.home, language=plan.language)
    assert undo.plan.text == "„schalte das Küchenlicht aus“ rückgängig machen"
    assert [s.summary for s in undo.plan.steps] == ["Küchenlicht wieder auf 39 % stellen"]
    assert undo.plan.language == "de"
    english = build_undo("turn off the Küchenlicht", results, virtual.home)
    assert english.plan.text == "Undo “turn off the Küchenlicht”"
    assert [s.summary for s in english.plan.steps] == ["Set Küchenlicht back to 39%"]
