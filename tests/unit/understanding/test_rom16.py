"""French, Italian, Galician and Romanian in small homes: the sentence data these languages
gained in session 16 (``resources/sentences/{fr,it,gl}/commands.yaml``,
``resources/sentences/ro/sensor_kinds.yaml``). The sentences are this file's own, not Home
Assistant's intent tests."""

from __future__ import annotations

from app.core.home import Home
from app.understanding.planner import Planner
from tests.helpers.small_homes import acts as _acts
from tests.helpers.small_homes import confirmed as _confirmed
from tests.helpers.small_homes import entity as _entity
from tests.helpers.small_homes import home as _home
from tests.helpers.small_homes import reads as _reads

# -- French -----------------------------------------------------------------------------------


def _fr_home() -> Home:
    return _home(
        {"bureau": "Bureau", "cellier": "Cellier", "chambre": "Chambre"},
        [
            _entity("lock.bureau", "Verrou fenêtre", "bureau", "unlocked"),
            _entity("lock.cellier", "Serrure Yale", "cellier", "unlocked"),
            _entity("lock.chambre", "Porte chambre", "chambre", "locked"),
            _entity("light.bureau", "Lampe d'architecte", "bureau", "off"),
            _entity("light.chambre", "Plafonnier", "chambre", "off"),
        ],
    )


def test_fr_lights_on_everywhere_in_the_home() -> None:
    planner = Planner(_fr_home(), "fr")
    for text in ("allume les lampes partout", "illumine tout l'appartement"):
        assert _acts(planner.plan(text)) == [
            ("light.turn_on", ["light.bureau", "light.chambre"])
        ], text


def test_fr_locks_of_a_room_said_alone() -> None:
    planner = Planner(_fr_home(), "fr")
    assert _acts(planner.plan("verrouille le cellier")) == [("lock.lock", ["lock.cellier"])]
    assert _acts(planner.plan("verrouille les loquets du bureau")) == [
        ("lock.lock", ["lock.bureau"])
    ]
    assert _confirmed(planner.plan("déverrouille la chambre")) == [
        ("lock.unlock", ["lock.chambre"])
    ]


def test_fr_every_lock_of_the_home() -> None:
    planner = Planner(_fr_home(), "fr")
    every = ["lock.bureau", "lock.cellier", "lock.chambre"]
    assert _acts(planner.plan("verrouille tous les loquets")) == [("lock.lock", every)]
    assert _confirmed(planner.plan("déverrouille les portes de toute la maison")) == [
        ("lock.unlock", every)
    ]


def test_fr_all_the_serrures_never_locks_only_the_one_called_so_unasked() -> None:
    # "serrure" is a narrower word than "porte" for a lock (the lock called "Serrure Yale"):
    # the whole home's locks are not read from it.
    plan = Planner(_fr_home(), "fr").plan("verrouille toutes les serrures")
    targets = sorted(t for step in plan.steps for t in step.targets)
    assert plan.error is not None or plan.needs_confirmation or targets != ["lock.cellier"]


# -- Italian ----------------------------------------------------------------------------------


def _it_home() -> Home:
    return _home(
        {"studio": "Studio", "cucina": "Cucina"},
        [
            _entity(
                "cover.studio", "Avvolgibile scrivania", "studio", "open", device_class="shutter"
            ),
            _entity("cover.tenda", "Tenda studio", "studio", "open", device_class="curtain"),
            _entity("cover.cucina", "Persiana cucina", "cucina", "closed", device_class="shutter"),
            _entity("light.cucina", "Lampadario", "cucina", "off"),
        ],
    )


def test_it_close_everything_is_every_cover() -> None:
    planner = Planner(_it_home(), "it")
    every = ["cover.cucina", "cover.studio", "cover.tenda"]
    assert _acts(planner.plan("chiudi tutto")) == [("cover.close_cover", every)]
    assert _acts(planner.plan("chiudi tutto l'appartamento")) == [("cover.close_cover", every)]


def test_it_covers_of_a_room_said_without_a_kind_or_a_preposition() -> None:
    planner = Planner(_it_home(), "it")
    assert _acts(planner.plan("chiudi tutto lo studio")) == [
        ("cover.close_cover", ["cover.studio", "cover.tenda"])
    ]
    assert _acts(planner.plan("apri in cucina")) == [("cover.open_cover", ["cover.cucina"])]
    assert _acts(planner.plan("abbassa tapparelle studio")) == [
        ("cover.close_cover", ["cover.studio"])
    ]
    assert _acts(planner.plan("alza in cucina le tapparelle")) == [
        ("cover.open_cover", ["cover.cucina"])
    ]


# -- Galician ---------------------------------------------------------------------------------


def _gl_home() -> Home:
    return _home(
        {"baño": "Baño", "salon": "Salón"},
        [
            _entity("light.espello", "Luz do espello", "baño", "on"),
            _entity("light.salon", "Lámpada de pé", "salon", "off"),
            _entity("light.teito", "Luz do teito", "salon", "off"),
            _entity("switch.estufa", "Estufa", "salon", "off"),
            _entity("switch.radio", "Radio vella", "baño", "on"),
        ],
    )


def test_gl_a_room_said_alone_switches_its_lights() -> None:
    planner = Planner(_gl_home(), "gl")
    assert _acts(planner.plan("acende o salón")) == [
        ("light.turn_on", ["light.salon", "light.teito"])
    ]
    assert _acts(planner.plan("apaga as luces de baño")) == [("light.turn_off", ["light.espello"])]


def test_gl_all_the_lights_without_a_place_are_the_homes() -> None:
    planner = Planner(_gl_home(), "gl")
    every = ["light.espello", "light.salon", "light.teito"]
    # the mirror light is on already: every other light of the home
    assert _acts(planner.plan("acende todas as luces do piso")) == [("light.turn_on", every[1:])]
    plan = planner.plan("apaga todas as lámpadas")
    assert [step.action for step in plan.steps] == ["light.turn_off"]
    assert "light.espello" in plan.steps[0].targets


def test_gl_questions_with_todos_first_and_dime_que() -> None:
    planner = Planner(_gl_home(), "gl")
    assert _reads(planner.plan("todos os interrutores están acendidos?")) == [
        "switch.estufa",
        "switch.radio",
    ]
    assert _reads(planner.plan("están todos os interrutores do salón apagados?")) == [
        "switch.estufa"
    ]
    assert _reads(planner.plan("dime que luces están acendidas")) == [
        "light.espello",
        "light.salon",
        "light.teito",
    ]


# -- Romanian ---------------------------------------------------------------------------------


def _ro_home() -> Home:
    return _home(
        {"hol": "Hol"},
        [
            _entity(
                "binary_sensor.tableta_retea",
                "Tableta",
                "hol",
                "on",
                device_class="connectivity",
            ),
            _entity("binary_sensor.tableta_update", "Tableta", "hol", "off", device_class="update"),
            _entity(
                "binary_sensor.tableta_baterie", "Tableta", "hol", "off", device_class="battery"
            ),
        ],
    )


def test_ro_connection_and_update_words_pick_the_sensor_of_a_device() -> None:
    planner = Planner(_ro_home(), "ro")
    assert _reads(planner.plan("tableta are conexiune?")) == ["binary_sensor.tableta_retea"]
    assert _reads(planner.plan("are tableta vreun update?")) == ["binary_sensor.tableta_update"]


# -- Spanish ----------------------------------------------------------------------------------


def _es_home() -> Home:
    return Home.from_dict(
        {
            "floors": [{"id": "alta", "name": "Planta alta"}],
            "areas": [
                {"id": "despacho", "name": "Despacho", "floor": "alta"},
                {"id": "estudio", "name": "Estudio", "floor": "alta"},
                {"id": "patio", "name": "Patio"},
            ],
            "entities": [
                _entity("light.despacho", "Flexo", "despacho", "on"),
                _entity("light.estudio", "Plafón", "estudio", "on"),
                _entity("light.patio", "Farol", "patio", "on"),
                _entity("lock.despacho", "Cerradura archivo", "despacho", "locked"),
                _entity("climate.despacho", "Radiador despacho", "despacho", "heat"),
                _entity("climate.estudio", "Radiador estudio", "estudio", "heat"),
                _entity("person.lucia", "Lucía", None, "home"),
                _entity("person.mateo", "Mateo", None, "not_home"),
            ],
        }
    )


def test_es_a_floor_said_alone_switches_its_lights() -> None:
    planner = Planner(_es_home(), "es")
    assert _acts(planner.plan("apaga planta alta")) == [
        ("light.turn_off", ["light.despacho", "light.estudio"])
    ]


def test_es_taking_the_bolts_off_in_a_room_unlocks_it_asked_first() -> None:
    planner = Planner(_es_home(), "es")
    assert _confirmed(planner.plan("quita los pestillos del despacho")) == [
        ("lock.unlock", ["lock.despacho"])
    ]


def test_es_how_many_people_and_the_temperature_with_no_room_known() -> None:
    planner = Planner(_es_home(), "es")
    assert _reads(planner.plan("¿cuánta gente hay en casa?")) == ["person.lucia", "person.mateo"]
    assert _reads(planner.plan("¿a cuántos grados estamos?")) == [
        "climate.despacho",
        "climate.estudio",
    ]


# -- Portuguese (Brazil) ----------------------------------------------------------------------


def _pt_br_home() -> Home:
    return _home(
        {"cozinha": "Cozinha", "varanda": "Varanda"},
        [
            _entity("light.cozinha", "Pendente", "cozinha", "off"),
            _entity("climate.cozinha", "Split cozinha", "cozinha", "cool"),
            _entity("climate.varanda", "Split varanda", "varanda", "cool"),
            _entity("person.rafa", "Rafa", None, "home"),
            _entity("person.bia", "Bia", None, "not_home"),
        ],
    )


def test_pt_br_timers_said_the_brazilian_way() -> None:
    planner = Planner(_pt_br_home(), "pt-BR")
    plan = planner.plan("bota um timer de 7 minutos pro feijão")
    assert [(s.action, s.params) for s in plan.steps] == [
        ("timer.start", {"duration_s": 420.0, "name": "feijão"})
    ]
    assert [s.action for s in planner.plan("quanto falta pro timer?").steps] == ["timer.status"]


def test_pt_br_people_at_home_and_the_temperature_with_no_room_known() -> None:
    planner = Planner(_pt_br_home(), "pt-BR")
    assert _reads(planner.plan("tem alguém em casa?")) == ["person.bia", "person.rafa"]
    assert _reads(planner.plan("todo mundo está em casa?")) == ["person.bia", "person.rafa"]
    assert _reads(planner.plan("qual a temperatura?")) == ["climate.cozinha", "climate.varanda"]


def _mx_home() -> Home:
    return _home(
        {"principal": "Recámara principal", "nico": "Recámara de Nico", "sala": "Sala"},
        [
            _entity("light.principal", "Lámpara", "principal", "off"),
            _entity("light.nico", "Lámpara", "nico", "off"),
            _entity("light.sala", "Lámpara", "sala", "off"),
            _entity("cover.principal", "Cortina", "principal", "closed", device_class="curtain"),
            _entity("cover.sala", "Cortina", "sala", "closed", device_class="curtain"),
        ],
    )


def test_es_the_bedroom_said_bare_is_the_main_one() -> None:
    planner = Planner(_mx_home(), "es")
    assert _acts(planner.plan("prende la lámpara de la recámara")) == [
        ("light.turn_on", ["light.principal"])
    ]
    assert _acts(planner.plan("abre la cortina de la recámara")) == [
        ("cover.open_cover", ["cover.principal"])
    ]
    # the room said whole stays as said
    assert _acts(planner.plan("prende la lámpara de la recámara de Nico")) == [
        ("light.turn_on", ["light.nico"])
    ]


def test_es_a_question_written_without_its_accent_is_still_a_question() -> None:
    home = _home(
        {"cocina": "Cocina"},
        [
            _entity("weather.casa", "Tiempo", None, "sunny", humidity=61, temperature=18),
            _entity("light.cocina", "Foco", "cocina", "off"),
        ],
    )
    assert _reads(Planner(home, "es").plan("que humedad hay afuera")) == ["weather.casa"]


def test_fr_a_light_named_with_its_level_and_no_verb() -> None:
    home = _home(
        {"sejour": "Séjour", "chambre": "Chambre"},
        [
            _entity("light.veilleuse", "Veilleuse", "chambre", "off"),
            _entity("light.sejour", "Lumière séjour", "sejour", "on", brightness=255),
        ],
    )
    planner = Planner(home, "fr")
    for text, target, level in (
        ("veilleuse à 15 %", "light.veilleuse", 15),
        ("la veilleuse de la chambre à 30 pour cent", "light.veilleuse", 30),
    ):
        plan = planner.plan(text)
        assert plan.error is None and not plan.needs_confirmation, text
        assert [(s.targets, s.params.get("brightness_pct")) for s in plan.steps] == [
            ([target], level)
        ], text


def test_fr_misheard_words_are_read_when_nothing_matched_as_heard() -> None:
    home = _home(
        {"cuisine": "Cuisine"},
        [_entity("light.plafonnier", "Plafonnier", "cuisine", "on")],
    )
    # a corrected sentence is asked about first
    assert _confirmed(Planner(home, "fr").plan("étain le plafonnier de la cuisine")) == [
        ("light.turn_off", ["light.plafonnier"])
    ]


def test_es_and_pt_a_verb_heard_in_two_pieces() -> None:
    es_home = _home({"salon": "Salón"}, [_entity("light.salon", "Plafón", "salon", "off")])
    assert _confirmed(Planner(es_home, "es").plan("en ciende el plafón del salón")) == [
        ("light.turn_on", ["light.salon"])
    ]
    pt_home = _home({"sala": "Sala"}, [_entity("light.sala", "Candeeiro", "sala", "on")])
    for language in ("pt", "pt-BR"):
        assert _confirmed(Planner(pt_home, language).plan("a pague o candeeiro da sala")) == [
            ("light.turn_off", ["light.sala"])
        ], language


# -- Catalan ----------------------------------------------------------------------------------


def test_ca_asks_which_one_in_catalan() -> None:
    home = _home(
        {"cuina": "Cuina", "estudi": "Estudi", "bany": "Bany"},
        [
            _entity("media_player.radio", "Ràdio", "cuina", "playing"),
            _entity("media_player.tele", "Tele", "estudi", "playing"),
        ],
    )
    plan = Planner(home, "ca").plan("torna a la cançó anterior", area="bany")
    assert plan.error is not None and not plan.steps
    assert plan.reply == "Quin vols dir: Ràdio (Cuina) o Tele (Estudi)?"


def test_es_more_light_with_no_device_named_is_the_rooms_light() -> None:
    home = _home(
        {"despacho": "Despacho", "cocina": "Cocina"},
        [
            _entity("light.flexo", "Flexo", "despacho", "on", brightness=100),
            _entity("media_player.radio", "Radio", "despacho", "playing", volume_level=0.3),
            _entity("light.cocina", "Foco", "cocina", "on", brightness=100),
        ],
    )
    plan = Planner(home, "es").plan("más luz por favor", area="despacho")
    assert plan.error is None
    assert [(s.action, s.targets) for s in plan.steps] == [("light.turn_on", ["light.flexo"])]
    assert plan.steps[0].params["brightness_step_pct"] > 0


def test_ro_brightness_and_colour_of_the_room_you_are_in() -> None:
    home = _home(
        {"birou": "Birou", "hol": "Hol"},
        [
            _entity("light.birou", "Veioză", "birou", "on", brightness=255),
            _entity("light.hol", "Plafonieră", "hol", "on", brightness=255),
        ],
    )
    planner = Planner(home, "ro")
    plan = planner.plan("setează la 30 luminozitatea", area="birou")
    assert plan.error is None and not plan.needs_confirmation
    assert [(s.targets, s.params) for s in plan.steps] == [
        (["light.birou"], {"brightness_pct": 30})
    ]
    plan = planner.plan("schimbă aici în albastru", area="hol")
    assert plan.error is None and not plan.needs_confirmation
    assert [(s.targets, s.params.get("color_name")) for s in plan.steps] == [
        (["light.hol"], "blue")
    ]


def test_gl_asks_which_thermostat_in_galician_when_no_room_is_known() -> None:
    home = _home(
        {"cocina": "Cociña", "salon": "Salón"},
        [
            _entity("climate.cocina", "Radiador", "cocina", "heat", temperature=20),
            _entity("climate.salon", "Bomba de calor", "salon", "heat", temperature=20),
        ],
    )
    plan = Planner(home, "gl").plan("pon a temperatura a 22")
    assert plan.error is not None and not plan.steps
    assert plan.reply == "Cal queres dicir: Radiador (Cociña) ou Bomba de calor (Salón)?"


def test_ro_asks_which_thermostat_in_romanian_when_no_room_is_known() -> None:
    home = _home(
        {"birou": "Birou", "hol": "Hol"},
        [
            _entity("climate.birou", "Calorifer", "birou", "heat", temperature=20),
            _entity("climate.hol", "Termostat", "hol", "heat", temperature=20),
        ],
    )
    plan = Planner(home, "ro").plan("setează temperatura la 22 de grade")
    assert plan.error is not None and not plan.steps
    assert plan.reply == "La care te referi: Calorifer (Birou) sau Termostat (Hol)?"
