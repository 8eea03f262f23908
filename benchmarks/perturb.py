"""Wrong actions run unasked, found by changing the meaning of sentences whose meaning is known.

.venv/bin/python -m benchmarks.perturb [--lang en --lang de ...] [--json OUT] [--verbose]
    [--limit N] [--seed S]

Sources: the tuning part of Home Assistant's intent tests for each language (the commands that
change a device: :data:`benchmarks.intents_eval._SERVICES`, said in the test's own home) and,
for English, the tuning part of Hearth's English corpora (lines that expect a device to
change, said in their home). Nothing of a held-out part is read.

Each sentence is changed in ways whose right outcome is known without a person judging it
(:data:`KINDS`):

* ``negation``: "don't …", "… nicht an", "n'allume pas …", "no …";
* ``condition``: a condition or a later time ("if it rains, …", "… at 8 pm");
* ``question``: a question about the device the command named ("is the X on?");
* ``unknown_name``: the device's or room's name said replaced by one the home does not have;
* ``ambiguous``: the device's name cut to its kind ("the light") in a home with several of
  that kind and no room said;
* ``unknown_verb``: the command's verb replaced by one no device obeys ("paint the X");
* ``flip``: "lock" turned into "unlock", which must be confirmed;
* ``wrong_room``: a room the device is not in said after its name (English).

For none of them may anything run now with nobody asked. A changed sentence is ``wrong``
when its plan has a state-changing step that would run unasked (``needs_confirmation``
false and :func:`app.policy.risk.runs_unasked` for ``--yes``, as in
:mod:`benchmarks.intents_eval`), ``asked`` when it has such a step but a person is asked
first or when it asks a question, and ``fine`` otherwise (nothing changes: an answer, a
refusal, "not understood"). Which variant of a kind a sentence gets is chosen by a hash of
the sentence and ``--seed``, so runs are repeatable. Exit status 0 (a measurement), 2 when
the data folder or a language is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.home import Home
from benchmarks.stats import write_cases

ROOT = Path(__file__).resolve().parent
CORPORA = ("en", "blind_en", "blind2_en", "blind3_en", "blind3q_en", "blind4_en", "blind5_en")
"""English corpora whose tuning parts may be studied line by line."""
KINDS = (
    "negation",
    "condition",
    "question",
    "unknown_name",
    "ambiguous",
    "unknown_verb",
    "flip",
    "wrong_room",
)
OUTCOMES = ("wrong", "asked", "fine")
EXIT_MISSING = 2
#: Sentences taken from each source file (a test file, a corpus) by default.
LIMIT = 150

# -- words per language -------------------------------------------------------------------------

CONDITIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "if it rains, {s}",
        "when I get home, {s}",
        "{s} when I get home",
        "{s} if nobody is home",
        "{s} at 8 pm",
        "{s} tomorrow morning",
        "in 10 minutes {s}",
        "{s} once the sun sets",
    ),
    "de": (
        "Wenn es regnet, {s}",
        "Wenn ich nach Hause komme, {s}",
        "{s}, falls niemand zu Hause ist",
        "{s} um 20 Uhr",
        "{s} morgen früh",
        "In 10 Minuten {s}",
    ),
    "fr": (
        "S'il pleut, {s}",
        "Quand je rentre, {s}",
        "{s} si personne n'est à la maison",
        "{s} à 20 heures",
        "{s} demain matin",
        "Dans 10 minutes, {s}",
    ),
    "es": (
        "Si llueve, {s}",
        "Cuando llegue a casa, {s}",
        "{s} si no hay nadie en casa",
        "{s} a las 8 de la noche",
        "{s} mañana por la mañana",
        "Dentro de 10 minutos, {s}",
    ),
}

QUESTIONS: dict[str, tuple[str, ...]] = {
    "en": ("is the {n} on?", "is {n} still on?", "did I leave the {n} on?", "why is the {n} on?"),
    "de": ("Ist {n} an?", "Ist {n} noch eingeschaltet?", "Warum ist {n} an?"),
    "fr": (
        "Est-ce que {n} est allumé ?",
        "{n} est-il encore allumé ?",
        "Pourquoi {n} est allumé ?",
    ),
    "es": ("¿Está encendido {n}?", "¿Sigue encendido {n}?", "¿Por qué está encendido {n}?"),
}

UNKNOWN_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("aquarium", "telescope", "trampoline", "sauna heater", "wine fridge"),
    "de": ("Aquarium", "Teleskop", "Trampolin", "Saunaofen", "Weinkühlschrank"),
    "fr": ("aquarium", "télescope", "trampoline", "poêle du sauna", "cave à vin"),
    "es": ("acuario", "telescopio", "trampolín", "estufa de la sauna", "vinoteca"),
}

UNKNOWN_AREAS: dict[str, tuple[str, ...]] = {
    "en": ("attic", "wine cellar", "boathouse", "pantry"),
    "de": ("Dachboden", "Weinkeller", "Bootshaus", "Speisekammer"),
    "fr": ("grenier", "cave à vin", "hangar à bateaux", "cellier"),
    "es": ("ático", "bodega", "cobertizo", "despensa"),
}

UNKNOWN_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("paint", "recalibrate", "photograph", "sell", "polish", "repaint"),
    "de": ("Fotografiere", "Verkaufe", "Kalibriere", "Poliere", "Male"),
    "fr": ("Peins", "Vends", "Photographie", "Recalibre", "Polis"),
    "es": ("Pinta", "Vende", "Fotografía", "Recalibra", "Pule"),
}

#: Leading verb phrases a command starts with (replaced by an unknown verb).
COMMAND_VERBS: dict[str, tuple[str, ...]] = {
    "en": (
        "turn on",
        "turn off",
        "switch on",
        "switch off",
        "open",
        "close",
        "shut",
        "lock",
        "unlock",
        "start",
        "stop",
        "activate",
        "deactivate",
        "enable",
        "disable",
        "raise",
        "lower",
        "pause",
        "resume",
        "dim",
        "brighten",
        "set",
    ),
    "de": (
        "schalte",
        "schalt",
        "mach",
        "mache",
        "öffne",
        "schließe",
        "schliesse",
        "starte",
        "stoppe",
        "aktiviere",
        "deaktiviere",
        "sperre",
        "verriegle",
        "entriegle",
        "fahre",
        "fahr",
        "stelle",
        "stell",
    ),
    "fr": (
        "allume",
        "éteins",
        "ouvre",
        "ferme",
        "active",
        "désactive",
        "démarre",
        "lance",
        "verrouille",
        "déverrouille",
        "mets",
        "monte",
        "baisse",
        "règle",
    ),
    "es": (
        "enciende",
        "apaga",
        "abre",
        "cierra",
        "activa",
        "desactiva",
        "prende",
        "pon",
        "sube",
        "baja",
        "bloquea",
        "desbloquea",
        "inicia",
        "para",
    ),
}

#: German separable particles a command ends with ("Schalte das Licht ein").
_DE_PARTICLES = frozenset(
    (
        *("an", "aus", "ein", "auf", "zu", "ab", "los", "weiter"),
        *("hoch", "runter", "herunter", "hinunter", "hinauf", "rauf"),
    )
)

#: Words that start a polite request rather than a command ("can you …").
_POLITE: dict[str, tuple[str, ...]] = {
    "en": (
        "please ",
        "can you ",
        "could you ",
        "would you ",
        "will you ",
        "hey ",
        "ok ",
        "i want you to ",
        "i need you to ",
    ),
    "de": ("bitte ",),
    "fr": ("s'il te plaît ", "s'il vous plaît "),
    "es": ("por favor ",),
}

#: English verbs a command starts with: "don't" is put before these only.
_EN_IMPERATIVES = frozenset(
    {phrase.split()[0] for phrase in COMMAND_VERBS["en"]}
    | {"make", "put", "play", "give", "let", "add", "skip", "mute", "unmute", "run", "arm"}
    | {"disarm", "bring", "pull", "draw", "kill", "cut", "crank", "boost", "heat", "cool"}
    | {"warm", "light", "shut", "vacuum", "clean", "change", "increase", "decrease", "reduce"}
    | {"roll", "power", "fire", "put", "flip", "toggle", "get", "send", "go", "tick", "mark"}
)

#: A kind word for a domain ("the light"), for the ``ambiguous`` cut.
KIND_WORDS: dict[str, dict[str, str]] = {
    "en": {"light": "light", "fan": "fan", "lock": "lock", "switch": "switch"},
    "de": {"light": "Licht", "fan": "Ventilator", "lock": "Schloss", "switch": "Schalter"},
    "fr": {"light": "lumière", "fan": "ventilateur", "lock": "serrure", "switch": "interrupteur"},
    "es": {"light": "luz", "fan": "ventilador", "lock": "cerradura", "switch": "interruptor"},
}

#: "lock" -> "unlock" in each language: (pattern, replacement).
FLIPS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((r"\block\b", "unlock"), (r"\blocked\b", "unlocked")),
    "de": (
        (r"\bverriegle\b", "entriegle"),
        (r"\bverriegeln\b", "entriegeln"),
        (r"\bsperre\b", "entsperre"),
        (r"\bsperren\b", "entsperren"),
        (r"\bschließe (.*) ab\b", r"schließe \1 auf"),
        (r"\babschließen\b", "aufschließen"),
        (r"\bzusperren\b", "aufsperren"),
    ),
    "fr": ((r"\bverrouille\b", "déverrouille"), (r"\bverrouiller\b", "déverrouiller")),
    "es": (
        (r"\bbloquea\b", "desbloquea"),
        (r"\bbloquear\b", "desbloquear"),
        (r"\bcierra con llave\b", "abre con llave"),
    ),
}


# -- sentences and their changes ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """A command whose right outcome is known, with the words it names its target by."""

    lang: str
    origin: str
    """``ha:<file>`` or ``corpus:<name>``."""
    text: str
    home: str
    """Key of the home it is said in (see :class:`Homes`)."""
    domains: frozenset[str]
    names: tuple[str, ...] = ()
    """The target's names as the sentence says them."""
    areas: tuple[str, ...] = ()
    """The rooms the sentence says."""
    target_names: tuple[str, ...] = ()
    """The targets' names in the home (for the question)."""
    area: str | None = None
    """The room the sentence is said in, if any."""
    now: str | None = None
    state: str | None = None
    """The target's state before the command (for the ``ambiguous`` cut)."""
    target_areas: tuple[str, ...] = ()
    """The rooms of the targets (for the ``wrong_room`` change)."""


@dataclass(frozen=True, slots=True)
class Case:
    source: Source
    kind: str
    text: str


@dataclass(slots=True)
class CaseResult:
    case: Case
    outcome: str
    plan: str

    def to_json(self) -> dict[str, Any]:
        return {
            "lang": self.case.source.lang,
            "origin": self.case.source.origin,
            "kind": self.case.kind,
            "from": self.case.source.text,
            "text": self.case.text,
            "outcome": self.outcome,
            "plan": self.plan,
        }


def _digest(key: str, seed: int) -> int:
    return int.from_bytes(hashlib.sha256(f"{seed}\x00{key}".encode()).digest()[:8], "big")


def _pick(options: Sequence[str], key: str, seed: int) -> str:
    return options[_digest(key, seed) % len(options)]


def _strip_end(text: str) -> tuple[str, str]:
    m = re.search(r"[\s?!.¡¿]*$", text)
    end = m.start() if m else len(text)
    return text[:end], text[end:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() or len(text) < 2 else text


def _polite_split(text: str, lang: str) -> tuple[str, str]:
    low = text.lower()
    for polite in _POLITE.get(lang, ()):
        if low.startswith(polite):
            return text[: len(polite)], text[len(polite) :]
    return "", text


def negate(text: str, lang: str) -> str | None:
    """The command said as a prohibition, or None where this language's form does not fit."""
    body, end = _strip_end(text.strip())
    if not body or body.startswith("¿"):
        return None
    polite, rest = _polite_split(body, lang)
    if lang == "en":
        first = rest.split()[0].lower() if rest.split() else ""
        if first not in _EN_IMPERATIVES:
            return None  # "don't" fits a command only ("my sister's staying …" is none)
        return f"{polite}don't {_lower_first(rest)}{end}"
    if lang == "de":
        words = rest.split()
        if len(words) < 2:
            return None
        last = words[-1]
        if last[:1].isupper():
            words.append("nicht")
        else:
            words.insert(len(words) - 1, "nicht")
        return f"{polite}{' '.join(words)}{end}"
    if lang == "fr":
        words = rest.split()
        if not words or words[0].lower().rstrip("-") in {"est-ce", "peux-tu", "pouvez-vous", "je"}:
            return None
        verb = words[0]
        if verb.lower().endswith(("er", "ir")) and verb.lower() not in {"ouvrir"}:
            return f"{polite}Ne pas {_lower_first(rest)}{end}"
        if verb[:1].lower() in "aeiouéèêh":
            words[0] = "N'" + _lower_first(verb)
        else:
            words[0] = "Ne " + _lower_first(verb)
        words.insert(1, "pas")
        return f"{polite}{' '.join(words)}{end}"
    if lang == "es":
        return f"{polite}No {_lower_first(rest)}{end}"
    return None


def condition(text: str, lang: str, key: str, seed: int) -> str | None:
    templates = CONDITIONS.get(lang)
    if not templates:
        return None
    body, end = _strip_end(text.strip())
    if not body:
        return None
    template = _pick(templates, key, seed)
    said = body if template.startswith("{s}") else _lower_first(body)
    return template.format(s=said) + end


def _replace_said(text: str, said: str, new: str) -> str | None:
    pattern = re.compile(rf"(?<!\w){re.escape(said)}(?!\w)", re.IGNORECASE)
    if not pattern.search(text):
        return None
    return pattern.sub(lambda _m: new, text, count=1)


def _present(home: Home, word: str) -> bool:
    folded = word.casefold()
    for entity in home.entities.values():
        if folded in entity.name.casefold() or any(folded in a.casefold() for a in entity.aliases):
            return True
    return any(folded in area.name.casefold() for area in home.areas.values())


def unknown_name(source: Source, home: Home, seed: int) -> str | None:
    """The device's name said, or else the room said, replaced by one the home lacks."""
    lang = source.lang
    for said in source.names:
        options = [n for n in UNKNOWN_NAMES.get(lang, ()) if not _present(home, n)]
        if options:
            new = _pick(options, source.text, seed)
            out = _replace_said(source.text, said, new)
            if out is not None:
                return out
    for said in source.areas:
        options = [n for n in UNKNOWN_AREAS.get(lang, ()) if not _present(home, n)]
        if options:
            new = _pick(options, source.text, seed)
            out = _replace_said(source.text, said, new)
            if out is not None:
                return out
    return None


def ambiguous(source: Source, home: Home) -> str | None:
    """The device's name cut to its kind, where the home has several of that kind and the
    sentence and the request name no room."""
    if source.areas or source.area or len(source.domains) != 1 or not source.names:
        return None
    (domain,) = source.domains
    word = KIND_WORDS.get(source.lang, {}).get(domain)
    if word is None:
        return None
    alike = [e for e in home.entities.values() if e.domain == domain and e.state == source.state]
    if len(alike) < 2:
        return None  # one device the command would change: acting on it is no guess
    if any(word.casefold() in {n.casefold() for n in (e.name, *e.aliases)} for e in alike):
        return None  # a device called just that: the name is said, not cut
    if re.search(rf"(?<!\w){re.escape(word)}", source.text, re.IGNORECASE):
        return None  # the kind is said besides the name ("all the lights but Ava's lamp")
    places = _place_words(home) - {word.casefold()}
    for said in source.names:
        if said.casefold() == word.casefold():
            continue
        out = _replace_said(source.text, said, word)
        if out is None:
            continue
        rest = {
            w.removesuffix("'s").removesuffix("'") for w in re.findall(r"[\w']+", out.casefold())
        }
        if not rest & places:
            return out  # nothing else in the sentence says which one
    return None


def _place_words(home: Home) -> set[str]:
    """Words of the home's room, floor and device names, but for the commonest."""
    names = [n for a in home.areas.values() for n in (a.name, *a.aliases)]
    names += [n for f in home.floors.values() for n in (f.name, *f.aliases)]
    names += [e.name for e in home.entities.values()]
    words = {
        w.removesuffix("'s").removesuffix("'")
        for n in names
        for w in re.findall(r"[\w']+", n.casefold())
        if len(w) > 2
    }
    return words - _COMMON


#: Words of names that tell no device apart ("the", "light").
_COMMON = frozenset(
    {"the", "and", "light", "lights", "lamp", "on", "off", "turn", "switch", "set", "please"}
)


def unknown_verb(source: Source, seed: int) -> str | None:
    """The leading verb replaced by one no device obeys; where the sentence starts with no
    known verb, the unknown verb with the target's name."""
    lang = source.lang
    verbs = UNKNOWN_VERBS.get(lang)
    if not verbs:
        return None
    verb = _pick(verbs, source.text, seed)
    body, end = _strip_end(source.text.strip())
    polite, rest = _polite_split(body, lang)
    low = rest.lower()
    for phrase in sorted(COMMAND_VERBS.get(lang, ()), key=len, reverse=True):
        if low.startswith(phrase + " "):
            tail = rest[len(phrase) + 1 :]
            if lang == "de":
                words = tail.split()
                if words and words[-1].lower() in _DE_PARTICLES:
                    words = words[:-1]
                tail = " ".join(words)
            first = verb if not polite else _lower_first(verb)
            return f"{polite}{first} {tail}{end}"
    if not source.target_names:
        return None
    name = source.target_names[0]
    return f"{verb} the {name}" if lang == "en" else f"{verb} {name}"


def flip(text: str, lang: str, domains: frozenset[str]) -> str | None:
    if domains != {"lock"}:
        return None
    for pattern, replacement in FLIPS.get(lang, ()):
        out, n = re.subn(pattern, replacement, text, count=1, flags=re.IGNORECASE)
        if n:
            return out
    return None


#: Kinds of device that go to the room said ("start the roomba in the kitchen").
_ROAMING = frozenset({"vacuum", "lawn_mower"})


def wrong_room(source: Source, home: Home, seed: int) -> str | None:
    """A room the target is not in said after the command, where none was said ("turn on the
    reading lamp in the kitchen" for the living room's): English only."""
    if source.lang != "en" or source.areas or source.area or len(source.target_areas) != 1:
        return None
    if source.domains & _ROAMING:
        return None  # ("start the roomba in the kitchen": it goes there)
    if not source.names:
        return None
    others = sorted(a.name for a in home.areas.values() if a.id not in source.target_areas)
    if not others:
        return None
    body, end = _strip_end(source.text.strip())
    return f"{body} in the {_pick(others, source.text, seed).lower()}{end}"


def question(source: Source, seed: int) -> str | None:
    templates = QUESTIONS.get(source.lang)
    if not templates or not source.target_names:
        return None
    return _pick(templates, source.text, seed).format(n=source.target_names[0])


def perturbations(source: Source, home: Home, seed: int) -> list[Case]:
    """Every change of *source* that fits it, one variant per kind."""
    made: dict[str, str | None] = {
        "negation": negate(source.text, source.lang),
        "condition": condition(source.text, source.lang, source.text, seed),
        "question": question(source, seed),
        "unknown_name": unknown_name(source, home, seed),
        "ambiguous": ambiguous(source, home),
        "unknown_verb": unknown_verb(source, seed),
        "flip": flip(source.text, source.lang, source.domains),
        "wrong_room": wrong_room(source, home, seed),
    }
    return [
        Case(source, kind, text)
        for kind, text in made.items()
        if text is not None and text.strip() and text.strip() != source.text.strip()
    ]


# -- sources ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Homes:
    """Homes by key, with the snapshot file each is planned on."""

    folder: Path
    homes: dict[str, Home] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)

    def add(self, key: str, home: Home, path: Path | None = None) -> None:
        if path is None:
            path = self.folder / f"{len(self.paths)}.json"
            path.write_text(json.dumps(home.to_dict(), ensure_ascii=False, default=str))
        self.homes[key] = home
        self.paths[key] = path


def _said_forms(text: str, names: Iterable[str]) -> tuple[str, ...]:
    folded = text.casefold()
    out = [n for n in names if n and n.casefold() in folded]
    return tuple(dict.fromkeys(sorted(out, key=len, reverse=True)))


def ha_sources(lang: str, data_dir: Path, homes: Homes) -> list[Source]:
    """The tuning part of Home Assistant's intent tests that change a device."""
    from benchmarks import intents_eval as ie

    lang_dir = data_dir / lang
    sentences = [
        s
        for s in ie.read_sentences(lang_dir)
        if s.part == "tune" and s.intent in ie._SERVICES and s.intent != "HassListAddItem"
    ]
    snapshot = ie.augment(ie.fixture_snapshot(ie.read_yaml(lang_dir / "_fixtures.yaml")), sentences)
    home = Home.from_dict(snapshot)
    key = f"ha:{lang}"
    homes.add(key, home)
    out: list[Source] = []
    for said in sentences:
        slots = ie.said_slots(said)
        variant = ie.slot_variants(slots)[0]
        try:
            targets = sorted(ie.select(home, said.intent, variant, said.context))
        except Exception:  # a test the fixture cannot select from is no source
            continue
        if not targets:
            continue
        entities = [home.entities[t] for t in targets if t in home.entities]
        names = _said_forms(said.text, [str(v) for v in ie._values(slots.get("name"))])
        areas = _said_forms(said.text, [str(v) for v in ie._values(slots.get("area"))])
        area_ids = ie._area_ids(home, ie._values(said.context.get("area")))
        target_names = names[:1] or tuple(e.name for e in entities[:1])
        out.append(
            Source(
                lang=lang,
                origin=f"ha:{said.file}",
                text=said.text,
                home=key,
                domains=frozenset(e.domain for e in entities),
                names=names,
                areas=areas,
                target_names=target_names if len(entities) == 1 or names else (),
                area=sorted(area_ids)[0] if area_ids else None,
                state=entities[0].state if entities else None,
                target_areas=tuple(sorted({e.area for e in entities if e.area})),
            )
        )
    return out


def corpus_sources(corpus: Path, homes: Homes) -> list[Source]:
    """The tuning lines of an English corpus that expect a device to change."""
    from benchmarks.accuracy import load

    lines, corpus_homes, paths = load(corpus, None)
    out: list[Source] = []
    for line in lines:
        if line.part not in (None, "tune") or line.conversation or line.confirm:
            continue
        expected = line.expect_change or line.expect
        if not expected:
            continue
        key = f"corpus:{line.home}"
        if key not in homes.homes:
            homes.add(key, corpus_homes[line.home], paths[line.home])
        home = corpus_homes[line.home]
        entities = [home.entities[t] for t in expected if t in home.entities]
        if not entities:
            continue
        names = _said_forms(line.text, [n for e in entities for n in (e.name, *e.aliases)])
        areas = _said_forms(line.text, [a.name for a in home.areas.values()])
        out.append(
            Source(
                lang="en",
                origin=f"corpus:{corpus.stem}",
                text=line.text,
                home=key,
                domains=frozenset(e.domain for e in entities),
                names=names,
                areas=areas,
                target_names=(entities[0].name,) if len(entities) == 1 else (),
                area=line.area,
                now=line.now,
                state=entities[0].state,
                target_areas=tuple(sorted({e.area for e in entities if e.area})),
            )
        )
    return out


# -- running ------------------------------------------------------------------------------------


def judge(plan: Mapping[str, Any], unasked: bool) -> str:
    from benchmarks.scoring import asks, changing_steps

    if changing_steps(plan):
        return "wrong" if unasked else "asked"
    return "asked" if asks(plan) else "fine"


def run_cases(cases: Sequence[Case], homes: Homes) -> list[CaseResult]:
    """Plan every case on its home and judge it."""
    from app.cli.batch import BatchPlanner
    from benchmarks.intents_eval import _plan_summary, hearth_plan

    batch = BatchPlanner(base_dir=homes.folder)
    results: list[CaseResult] = []
    for case in cases:
        s = case.source
        request: dict[str, Any] = {
            "text": case.text,
            "home": str(homes.paths[s.home]),
            "lang": s.lang,
        }
        if s.area is not None:
            request["area"] = s.area
        if s.now is not None:
            request["now"] = s.now
        plan, unasked = hearth_plan(batch, request, homes.homes[s.home])
        results.append(CaseResult(case, judge(plan, unasked), _plan_summary(plan)))
    return results


def collect(
    langs: Sequence[str],
    data_dir: Path,
    corpora: Sequence[Path],
    homes: Homes,
    *,
    seed: int,
    limit: int | None,
) -> list[Case]:
    cases: list[Case] = []
    for lang in langs:
        sources = ha_sources(lang, data_dir, homes)
        if lang == "en":
            for corpus in corpora:
                sources.extend(corpus_sources(corpus, homes))
        if limit is not None:
            # The same sentences on every run: the first *limit* of each source file by a
            # hash of the sentence and the seed.
            by_origin: dict[str, list[Source]] = defaultdict(list)
            for src in sources:
                by_origin[src.origin].append(src)
            sources = [
                src
                for group in by_origin.values()
                for src in sorted(group, key=lambda g: _digest(g.text, seed))[:limit]
            ]
        seen: set[tuple[str, str, str]] = set()
        for src in sources:
            for case in perturbations(src, homes.homes[src.home], seed):
                key = (src.home, case.kind, case.text.casefold())
                if key not in seen:
                    seen.add(key)
                    cases.append(case)
    return cases


def summarize(results: Iterable[CaseResult]) -> dict[str, dict[str, dict[str, int]]]:
    """lang -> kind -> outcome counts (and "total")."""
    table: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for r in results:
        row = table[r.case.source.lang][r.case.kind]
        row[r.outcome] += 1
        row["total"] += 1
        allrow = table[r.case.source.lang]["all"]
        allrow[r.outcome] += 1
        allrow["total"] += 1
    return {
        lang: {
            kind: {o: rows[kind][o] for o in ("total", *OUTCOMES)}
            for kind in (*KINDS, "all")
            if kind in rows
        }
        for lang, rows in sorted(table.items())
    }


def format_summary(summary: Mapping[str, Mapping[str, Mapping[str, int]]]) -> str:
    out = [f"{'lang':<5} {'kind':<13} {'total':>6} {'wrong':>6} {'asked':>6} {'fine':>6}  wrong %"]
    for lang, rows in summary.items():
        for kind, row in rows.items():
            pct = 100.0 * row["wrong"] / row["total"] if row["total"] else 0.0
            out.append(
                f"{lang:<5} {kind:<13} {row['total']:>6} {row['wrong']:>6} {row['asked']:>6} "
                f"{row['fine']:>6}  {pct:5.1f}"
            )
    return "\n".join(out)


def main(argv: Sequence[str] | None = None, corpora: Sequence[Path] | None = None) -> int:
    """*corpora*: the English corpora whose tuning lines are changed too (default
    :data:`CORPORA`)."""
    from benchmarks.intents_eval import DATA_DIR

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--lang", action="append", help="language (repeatable; default en de fr es)"
    )
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="write every case")
    parser.add_argument("--verbose", action="store_true", help="list the wrong cases")
    parser.add_argument(
        "--limit", type=int, default=LIMIT, help=f"sentences per source file ({LIMIT})"
    )
    parser.add_argument("--seed", type=int, default=12, help="chooses each kind's variant")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="Home Assistant's tests")
    args = parser.parse_args(argv)
    langs: list[str] = args.lang or ["en", "de", "fr", "es"]
    data_dir: Path = args.data
    missing = [lang for lang in langs if not (data_dir / lang / "_fixtures.yaml").is_file()]
    if missing:
        print(f"no intent tests for {', '.join(missing)} in {data_dir}", file=sys.stderr)
        return EXIT_MISSING
    if corpora is None:
        corpora = [ROOT / "corpus" / f"{name}.jsonl" for name in CORPORA]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hearth-perturb-") as tmp:
        homes = Homes(Path(tmp))
        cases = collect(langs, data_dir, corpora, homes, seed=args.seed, limit=args.limit)
        results = run_cases(cases, homes)
    summary = summarize(results)
    print(format_summary(summary))
    print(f"{len(results)} changed sentences in {time.perf_counter() - started:.0f} s")
    if args.verbose:
        for r in results:
            if r.outcome == "wrong":
                c = r.case
                print(
                    f"[{c.source.lang} {c.kind}] {c.text!r}  (from {c.source.text!r}) -> {r.plan}"
                )
    if args.json is not None:
        write_cases(args.json, summary, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
