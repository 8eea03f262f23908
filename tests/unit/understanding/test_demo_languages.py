"""The bundled demo home speaks the person's language: loaded in German, French, Spanish,
Italian, Dutch, Portuguese, Polish, Swedish, Russian, Chinese or Korean, its floors, rooms and
devices carry the names a speaker of that language gives them (resources/homes/demo_names/),
and commands saying those names plan the right device; English keeps the demo's own names, and
a copy of the demo renamed in one language is named again in the next."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml

from app.bootstrap import (
    Source,
    build_adapter,
    demo_home_source,
    demo_names_path,
    load_snapshot,
    name_demo,
)
from app.composition import compose
from app.config.settings import Settings
from app.core.home import Area, Entity, Floor, Home
from app.core.plan import Plan
from app.core.results import Approval
from app.policy import risk
from app.understanding.planner import Planner
from integrations.virtual_home import VirtualHome

#: Per language: (command, the action, the devices it must act on or read).
COMMANDS: dict[str, list[tuple[str, str, list[str]]]] = {
    "de": [
        ("schalte das Küchenlicht aus", "light.turn_off", ["light.kitchen_ceiling"]),
        ("mach die Stehlampe an", "light.turn_on", ["light.sofa_lamp"]),
        ("schließe die Jalousie im Wohnzimmer", "cover.close_cover", ["cover.living_room_blinds"]),
        ("öffne das Garagentor", "cover.open_cover", ["cover.garage_door"]),
        ("schließ die Haustür ab", "lock.lock", ["lock.front_door"]),
        ("stelle die Heizung auf 21 Grad", "climate.set_temperature", ["climate.living_room"]),
        ("pausiere den Fernseher", "media_player.media_pause", ["media_player.living_room_tv"]),
        ("ist die Hintertür abgeschlossen?", "state.get", ["lock.back_door"]),
        (
            "schalte alle Lichter im Schlafzimmer aus",
            "light.turn_off",
            ["light.bedroom_ceiling", "light.bedside_lamp"],
        ),
        ("starte den Saugroboter", "vacuum.start", ["vacuum.robot_vacuum"]),
    ],
    "fr": [
        ("éteins la lumière de la cuisine", "light.turn_off", ["light.kitchen_ceiling"]),
        ("allume la lampe du canapé", "light.turn_on", ["light.sofa_lamp"]),
        ("ferme les stores du salon", "cover.close_cover", ["cover.living_room_blinds"]),
        ("ouvre la porte du garage", "cover.open_cover", ["cover.garage_door"]),
        ("verrouille la porte d'entrée", "lock.lock", ["lock.front_door"]),
        ("règle le chauffage sur 21 degrés", "climate.set_temperature", ["climate.living_room"]),
        ("mets la télé en pause", "media_player.media_pause", ["media_player.living_room_tv"]),
        ("la porte de derrière est-elle verrouillée ?", "state.get", ["lock.back_door"]),
        (
            "éteins les lumières de la chambre",
            "light.turn_off",
            ["light.bedroom_ceiling", "light.bedside_lamp"],
        ),
        ("allume la veilleuse", "light.turn_on", ["light.night_light"]),
    ],
    "es": [
        ("apaga la luz de la cocina", "light.turn_off", ["light.kitchen_ceiling"]),
        ("enciende la lámpara del sofá", "light.turn_on", ["light.sofa_lamp"]),
        ("baja las persianas del salón", "cover.close_cover", ["cover.living_room_blinds"]),
        ("abre la puerta del garaje", "cover.open_cover", ["cover.garage_door"]),
        ("cierra con llave la puerta principal", "lock.lock", ["lock.front_door"]),
        ("pon la calefacción a 21 grados", "climate.set_temperature", ["climate.living_room"]),
        ("pausa la tele", "media_player.media_pause", ["media_player.living_room_tv"]),
        ("¿está cerrada con llave la puerta trasera?", "state.get", ["lock.back_door"]),
        (
            "apaga las luces del dormitorio",
            "light.turn_off",
            ["light.bedroom_ceiling", "light.bedside_lamp"],
        ),
        ("enciende la cafetera", "switch.turn_on", ["switch.coffee_machine"]),
    ],
    "it": [
        ("spegni la luce della cucina", "light.turn_off", ["light.kitchen_ceiling"]),
        ("accendi la lampada del divano", "light.turn_on", ["light.sofa_lamp"]),
        ("abbassa le tapparelle del soggiorno", "cover.close_cover", ["cover.living_room_blinds"]),
        ("apri la porta del garage", "cover.open_cover", ["cover.garage_door"]),
        ("chiudi a chiave la porta d'ingresso", "lock.lock", ["lock.front_door"]),
        ("imposta il riscaldamento a 21 gradi", "climate.set_temperature", ["climate.living_room"]),
        (
            "metti in pausa la TV del soggiorno",
            "media_player.media_pause",
            ["media_player.living_room_tv"],
        ),
        ("la porta sul retro è chiusa a chiave?", "state.get", ["lock.back_door"]),
        (
            "spegni le luci della camera da letto",
            "light.turn_off",
            ["light.bedroom_ceiling", "light.bedside_lamp"],
        ),
        ("accendi la macchina del caffè", "switch.turn_on", ["switch.coffee_machine"]),
    ],
    "nl": [
        ("doe de keukenlamp uit", "light.turn_off", ["light.kitchen_ceiling"]),
        ("zet de banklamp aan", "light.turn_on", ["light.sofa_lamp"]),
        ("sluit de jaloezieën in de woonkamer", "cover.close_cover", ["cover.living_room_blinds"]),
        ("open de garagedeur", "cover.open_cover", ["cover.garage_door"]),
        ("doe de voordeur op slot", "lock.lock", ["lock.front_door"]),
        ("zet de verwarming op 21 graden", "climate.set_temperature", ["climate.living_room"]),
        ("pauzeer de tv", "media_player.media_pause", ["media_player.living_room_tv"]),
        ("is de achterdeur op slot?", "state.get", ["lock.back_door"]),
        (
            "doe alle lampen in de slaapkamer uit",
            "light.turn_off",
            ["light.bedroom_ceiling", "light.bedside_lamp"],
        ),
        ("zet de koffiemachine aan", "switch.turn_on", ["switch.coffee_machine"]),
    ],
    "pt": [
        ("desliga a luz da cozinha", "light.turn_off", ["light.kitchen_ceiling"]),
        ("liga o candeeiro do sofá", "light.turn_on", ["light.sofa_lamp"]),
        ("fecha os estores da sala", "cover.close_cover", ["cover.living_room_blinds"]),
        ("abre o portão da garagem", "cover.open_cover", ["cover.garage_door"]),
        ("tranca a porta da frente", "lock.lock", ["lock.front_door"]),
        ("põe o aquecimento a 21 graus", "climate.set_temperature", ["climate.living_room"]),
        ("pausa a TV da sala", "media_player.media_pause", ["media_player.living_room_tv"]),
        ("a porta das traseiras está trancada?", "state.get", ["lock.back_door"]),
        (
            "desliga as luzes do quarto",
            "light.turn_off",
            ["light.bedroom_ceiling", "light.bedside_lamp"],
        ),
        ("liga a máquina de café", "switch.turn_on", ["switch.coffee_machine"]),
    ],
    "pl": [
        ("wyłącz światło w kuchni", "light.turn_off", ["light.kitchen_ceiling"]),
        ("włącz lampę przy kanapie", "light.turn_on", ["light.sofa_lamp"]),
        ("zamknij rolety w salonie", "cover.close_cover", ["cover.living_room_blinds"]),
        ("otwórz bramę garażową", "cover.open_cover", ["cover.garage_door"]),
        ("zamknij na klucz drzwi wejściowe", "lock.lock", ["lock.front_door"]),
        ("ustaw ogrzewanie na 21 stopni", "climate.set_temperature", ["climate.living_room"]),
        ("wstrzymaj telewizor", "media_player.media_pause", ["media_player.living_room_tv"]),
        ("czy drzwi tylne są zamknięte?", "state.get", ["lock.back_door"]),
        (
            "wyłącz światła w sypialni",
            "light.turn_off",
            ["light.bedroom_ceiling", "light.bedside_lamp"],
        ),
        ("włącz ekspres do kawy", "switch.turn_on", ["switch.coffee_machine"]),
    ],
    "sv": [
        ("släck köksbelysningen", "light.turn_off", ["light.kitchen_ceiling"]),
        ("tänd golvlampan", "light.turn_on", ["light.sofa_lamp"]),
        ("dra ner persiennerna i vardagsrummet", "cover.close_cover", ["cover.living_room_blinds"]),
        ("öppna garageporten", "cover.open_cover", ["cover.garage_door"]),
        ("lås ytterdörren", "lock.lock", ["lock.front_door"]),
        ("sätt termostaten på 21 grader", "climate.set_temperature", ["climate.living_room"]),
        ("pausa tv:n", "media_player.media_pause", ["media_player.living_room_tv"]),
        ("är bakdörren låst?", "state.get", ["lock.back_door"]),
        (
            "släck lamporna i sovrummet",
            "light.turn_off",
            ["light.bedroom_ceiling", "light.bedside_lamp"],
        ),
        ("starta kaffebryggaren", "switch.turn_on", ["switch.coffee_machine"]),
    ],
    "ru": [
        ("выключи люстру на кухне", "light.turn_off", ["light.kitchen_ceiling"]),
        ("включи торшер", "light.turn_on", ["light.sofa_lamp"]),
        ("закрой жалюзи в гостиной", "cover.close_cover", ["cover.living_room_blinds"]),
        ("открой ворота гаража", "cover.open_cover", ["cover.garage_door"]),
        ("запри входную дверь", "lock.lock", ["lock.front_door"]),
        ("установи термостат на 21 градус", "climate.set_temperature", ["climate.living_room"]),
        ("поставь телевизор на паузу", "media_player.media_pause", ["media_player.living_room_tv"]),
        ("задняя дверь заперта?", "state.get", ["lock.back_door"]),
        (
            "выключи свет в спальне",
            "light.turn_off",
            ["light.bedroom_ceiling", "light.bedside_lamp"],
        ),
        ("включи кофемашину", "switch.turn_on", ["switch.coffee_machine"]),
    ],
    "zh-CN": [
        ("关闭厨房灯", "light.turn_off", ["light.kitchen_ceiling"]),
        ("打开沙发灯", "light.turn_on", ["light.sofa_lamp"]),
        ("关上客厅百叶窗", "cover.close_cover", ["cover.living_room_blinds"]),
        ("打开车库门", "cover.open_cover", ["cover.garage_door"]),
        ("锁上前门", "lock.lock", ["lock.front_door"]),
        ("把暖气调到21度", "climate.set_temperature", ["climate.living_room"]),
        ("暂停电视", "media_player.media_pause", ["media_player.living_room_tv"]),
        ("后门锁了吗？", "state.get", ["lock.back_door"]),
        ("关掉卧室的灯", "light.turn_off", ["light.bedroom_ceiling", "light.bedside_lamp"]),
        ("启动扫地机器人", "vacuum.start", ["vacuum.robot_vacuum"]),
    ],
    "ko": [
        ("주방 조명 꺼줘", "light.turn_off", ["light.kitchen_ceiling"]),
        ("소파 스탠드 켜줘", "light.turn_on", ["light.sofa_lamp"]),
        ("거실 블라인드 닫아줘", "cover.close_cover", ["cover.living_room_blinds"]),
        ("차고 문 열어줘", "cover.open_cover", ["cover.garage_door"]),
        ("현관문 잠가줘", "lock.lock", ["lock.front_door"]),
        ("난방 21도로 맞춰줘", "climate.set_temperature", ["climate.living_room"]),
        ("TV 일시정지해줘", "media_player.media_pause", ["media_player.living_room_tv"]),
        ("뒷문 잠겨 있어?", "state.get", ["lock.back_door"]),
        ("안방 조명 다 꺼줘", "light.turn_off", ["light.bedroom_ceiling", "light.bedside_lamp"]),
        ("로봇청소기 돌려줘", "vacuum.start", ["vacuum.robot_vacuum"]),
    ],
}


@pytest.fixture(scope="module")
def planners() -> dict[str, Planner]:
    return {
        language: Planner(name_demo(Home.load(demo_home_source()), language), language)
        for language in COMMANDS
    }


CASES = [(language, *case) for language, cases in COMMANDS.items() for case in cases]


@pytest.mark.parametrize(("language", "text", "action", "targets"), CASES)
def test_a_command_in_the_language_plans_the_named_device(
    planners: dict[str, Planner], language: str, text: str, action: str, targets: list[str]
) -> None:
    plan = planners[language].plan(text)
    assert plan.error is None, (text, plan.reply)
    assert [(step.action, sorted(step.targets)) for step in plan.steps] == [
        (action, sorted(targets))
    ]


def names_of(home: Home) -> dict[str, tuple[str, list[str]]]:
    items: list[Floor | Area] = [*home.floors.values(), *home.areas.values()]
    names = {f"{type(item).__name__}:{item.id}": (item.name, item.aliases) for item in items}
    names.update({e.entity_id: (e.name, e.aliases) for e in home.entities.values()})
    return names


def states_of(home: Home) -> dict[str, object]:
    return {e.entity_id: (e.state, e.attributes.get("brightness")) for e in home.entities.values()}


@pytest.mark.parametrize("language", sorted(COMMANDS))
def test_every_floor_room_and_device_of_the_demo_has_a_name_in_the_language(
    language: str,
) -> None:
    """Each language's file names exactly the demo's ids (a misspelt id would leave a device
    in English), each once, with a name different from the English one where the words
    differ."""
    path = demo_names_path(language)
    assert path is not None and path.stem == language
    english = Home.load(demo_home_source())
    named = name_demo(Home.load(demo_home_source()), language)
    ids = set(names_of(english))
    assert set(names_of(named)) == ids
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    listed = {
        f"{kind}:{key}"
        for section, kind in (("floors", "Floor"), ("areas", "Area"))
        for key in data[section]
    } | set(data["entities"])
    assert listed == ids
    renamed = [key for key in ids if names_of(named)[key][0] != names_of(english)[key][0]]
    assert len(renamed) > len(ids) * 3 // 4
    assert named.name != english.name


def test_english_keeps_the_demo_as_it_is_bundled() -> None:
    english = Home.load(demo_home_source())
    named = name_demo(Home.load(demo_home_source()), "en")
    assert named.to_dict() == english.to_dict()


def test_a_language_without_names_gets_the_english_ones() -> None:
    assert demo_names_path("xx") is None
    home = name_demo(name_demo(Home.load(demo_home_source()), "de"), "xx")
    assert names_of(home) == names_of(Home.load(demo_home_source()))


def test_a_regional_language_uses_its_base_language_names() -> None:
    for language, names in (("pt-BR", "pt"), ("pt_BR", "pt"), ("de-DE", "de"), ("SV", "sv")):
        path = demo_names_path(language)
        assert path is not None and path.stem == names, language


def test_the_persons_copy_is_renamed_in_each_language_and_keeps_its_states(
    tmp_path: Path,
) -> None:
    """The copy the demo's commands change: saved in German with a light switched on, loaded
    in French it is French with the light still on, and English again in English."""
    copy = tmp_path / "demo-home.yaml"
    home = load_snapshot(demo_home_source(), "de")
    assert home.entities["light.kitchen_ceiling"].name == "Küchenlicht"
    assert home.areas["kitchen"].name == "Küche"
    assert home.entities["light.kitchen_ceiling"].attributes["friendly_name"] == "Küchenlicht"
    home.entities["light.garage"].state = "on"
    home.save(copy)
    french = load_snapshot(copy, "fr", demo=True)
    assert french.areas["kitchen"].name == "Cuisine"
    assert french.entities["light.garage"].state == "on"
    assert states_of(french) == states_of(home)
    english = load_snapshot(copy, "en", demo=True)
    assert names_of(english) == names_of(Home.load(demo_home_source()))
    assert english.name == "Maple House"
    assert english.entities["light.garage"].state == "on"


def test_a_home_that_is_not_the_demo_keeps_its_names(tmp_path: Path) -> None:
    other = tmp_path / "home.yaml"
    Home.load(demo_home_source()).save(other)
    home = load_snapshot(other, "de")
    assert home.entities["light.kitchen_ceiling"].name == "Kitchen Light"


def test_a_device_the_person_added_to_the_demo_keeps_its_name() -> None:
    home = Home.load(demo_home_source())
    home.entities["light.shed"] = Entity("light.shed", "Shed Light", aliases=["shed"])
    name_demo(home, "de")
    assert (home.entities["light.shed"].name, home.entities["light.shed"].aliases) == (
        "Shed Light",
        ["shed"],
    )


def test_the_demo_source_is_named_in_the_window_language(tmp_path: Path) -> None:
    """The window's home: the person's copy of the demo (choose_source) loads named in the
    language the assistant speaks, not the settings' when another is asked for."""
    copy = tmp_path / "demo-home.yaml"
    Home.load(demo_home_source()).save(copy)
    source = Source(snapshot=copy, persist=True, demo=True)
    adapter = build_adapter(Settings(language="en"), source, "pl")
    assert isinstance(adapter, VirtualHome)
    assert adapter.home.areas["kitchen"].name == "Kuchnia"
    plain = build_adapter(Settings(language="de"), Source(snapshot=copy))
    assert isinstance(plain, VirtualHome)
    assert plain.home.areas["kitchen"].name == "Kitchen"


def test_the_assistant_on_the_demo_speaks_and_names_in_its_language(no_keyring: None) -> None:
    """The composition root the window and ``hearth do --demo`` use: in Polish the person's
    copy of the demo is named in Polish, a Polish command changes it, and the copy written
    back keeps the change; opened in English afterwards it is the English demo with the light
    still on."""

    async def run(language: str, text: str | None) -> Home:
        async with compose(Settings(), demo=True, language=language) as parts:
            if text is not None:
                outcome = await parts.assistant.handle(text, approve_all, source="cli")
                assert outcome.ok, outcome
                assert parts.source.snapshot is not None
                parts.assistant.home.save(parts.source.snapshot)
            return parts.assistant.home

    polish = asyncio.run(run("pl", "włącz światło w garażu"))
    assert polish.areas["garage"].name == "Garaż"
    assert polish.entities["light.garage"].state == "on"
    english = asyncio.run(run("en", None))
    assert english.entities["light.garage"].name == "Garage Light"
    assert english.entities["light.garage"].state == "on"


async def approve_all(plan: Plan, _decisions: list[risk.StepDecision]) -> Approval:
    steps = set(range(len(plan.steps)))
    return Approval(steps, steps, by="test")


@pytest.mark.parametrize(
    ("language", "question", "reply"),
    [
        ("es", "¿está cerrada la puerta principal?", "Sí, Sensor de la puerta principal: cerrado."),
        ("fr", "la porte d'entrée est-elle fermée ?", "Oui, Capteur de la porte d'entrée : fermé."),
        ("it", "la porta d'ingresso è chiusa?", "Sì, Sensore della porta d'ingresso: chiuso."),
    ],
)
def test_a_door_asked_open_or_closed_is_read_from_its_own_sensor(
    language: str, question: str, reply: str
) -> None:
    """A lock asked whether it is open or closed is answered by the sensor named after it,
    also where the sensor's name puts the door's name last ("Sensor de la puerta principal"),
    never by another door sharing the first word ("Puerta del garaje")."""
    home = name_demo(Home.load(demo_home_source()), language)
    plan = Planner(home, language).plan(question)
    assert plan.error is None
    assert [t for s in plan.steps for t in s.targets] == ["binary_sensor.front_door_contact"]
    assert plan.reply == reply
