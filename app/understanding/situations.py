"""Situations people say instead of a scene's name: "we're heading out", "movie time".

The situations and their words are data per language (``resources/sentences/<lang>/
situations.yaml``): the sentences that say one (``said``) and the words a scene or script
made for it carries in its name or alias (``names``: "leaving", "away"). A sentence that is
one of those, polite words aside, runs the one scene or script of the home whose name or
alias holds one of the words; when two fit, Hearth asks which; when none does, the sentence
is read as usual ("lock up" then locks the doors). A scene that holds no such word is never
run, however close in meaning.

A ``said`` sentence may hold choices: ``(a|b)`` one of them, ``[a|b]`` one of them or
nothing, ``{who}`` one to three words naming a person ("my sister's", "a friend"; never
"nobody"). A situation may list the ``domains`` it turns on (a Guest Mode switch, an
input_boolean); scenes and scripts otherwise; and the ``action`` it calls on it, when not
turning it on ("open_cover": "let the chickens out" opens the Coop Door).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from app.core.files import load_own_yaml
from app.core.home import Entity, Home
from app.understanding.vocabulary import normalize

#: What a situation can run, unless it lists its own.
_DOMAINS = ("scene", "script")

#: ``{who}`` in a said sentence: one to three words, none of them saying nobody.
_WHO = r"(?:(?!(?:nobody|no|noone|not|none)\b)\S+ ){0,2}(?!(?:nobody|no|noone|not|none)\b)\S+"


def _pattern(said: str) -> re.Pattern[str] | None:
    """The expression a said sentence with choices stands for (None: a plain sentence)."""
    if not any(ch in said for ch in "([{"):
        return None
    out: list[str] = []
    for token in re.split(r"(\(|\)|\[|\]|\||\{who\}| )", said):
        if token == "(":
            out.append("(?:")
        elif token == ")":
            out.append(")")
        elif token == "[":
            out.append("(?:")
        elif token == "]":
            out.append(")?")
        elif token == "|":
            out.append("|")
        elif token == "{who}":
            out.append(_WHO)
        elif token == " ":
            out.append(" ?")
        elif token:
            out.append(re.escape(token))
    return re.compile("".join(out))


@dataclass(frozen=True, slots=True)
class Situation:
    key: str
    said: frozenset[str]
    """Whole sentences that say it, normalised."""
    names: tuple[str, ...]
    """Words (or phrases) in the name of a scene or script made for it."""
    patterns: tuple[re.Pattern[str], ...] = ()
    """Sentences with choices that say it."""
    domains: tuple[str, ...] = _DOMAINS
    """What it turns on."""
    action: str = "turn_on"
    """The service it calls on what it runs ("open_cover": "let the chickens out")."""

    def says(self, bare: str) -> bool:
        """Whether *bare* (normalised, polite words aside) says this situation."""
        return bare in self.said or any(p.fullmatch(bare) for p in self.patterns)


@dataclass(frozen=True, slots=True)
class Situations:
    polite: tuple[str, ...]
    """Words and phrases said around a situation that change nothing ("please", "in here")."""
    situations: tuple[Situation, ...]
    fillers: frozenset[str] = frozenset()
    """Words around a script's name said as the command ("warm the car up")."""

    def bare(self, text: str) -> str:
        """*text* (normalised) without its polite words."""
        padded = f" {text} "
        for phrase in self.polite:
            padded = padded.replace(f" {phrase} ", " ")
        return " ".join(padded.split())

    def said(self, text: str) -> Situation | None:
        """The situation *text* (normalised) says, polite words aside."""
        bare = self.bare(text)
        return next((s for s in self.situations if s.says(bare)), None)


@functools.lru_cache(maxsize=16)
def load_situations(language: str) -> Situations | None:
    """The language's situations (None where it has none)."""
    path = (
        resources.files("resources")
        / "sentences"
        / language.split("-", maxsplit=1)[0]
        / "situations.yaml"
    )
    if not path.is_file():
        return None
    raw = load_own_yaml(path.read_text(encoding="utf-8")) or {}
    polite = sorted((normalize(str(p)) for p in raw.get("polite") or ()), key=len, reverse=True)
    return Situations(
        polite=tuple(polite),
        situations=tuple(
            Situation(
                key=str(key),
                said=frozenset(normalize(str(s)) for s in spec.get("said") or ()),
                names=tuple(normalize(str(n)) for n in spec.get("names") or ()),
                patterns=tuple(
                    p
                    for p in (_pattern(str(s).lower()) for s in spec.get("said") or ())
                    if p is not None
                ),
                domains=tuple(str(d) for d in spec.get("domains") or _DOMAINS),
                action=str(spec.get("action") or "turn_on"),
            )
            for key, spec in (raw.get("situations") or {}).items()
        ),
        fillers=frozenset(normalize(str(w)) for w in raw.get("routine_fillers") or ()),
    )


def fitting(home: Home, situation: Situation, every: Situations) -> list[Entity]:
    """The scenes and scripts of *home* whose name or an alias holds a word of *situation*;
    one that also holds another situation's word ("Movie Night" for "good night") only when
    no other fits."""
    found: list[tuple[bool, Entity]] = []
    others = [o for o in every.situations if o is not situation]
    for entity in home.exposed():
        if entity.domain not in situation.domains:
            continue
        said = [f" {normalize(n).replace('_', ' ')} " for n in (entity.name, *entity.aliases)]
        if _holds(said, situation):
            found.append((any(_holds(said, other) for other in others), entity))
    clear = [entity for mixed, entity in found if not mixed]
    return clear or [entity for _, entity in found]


def called(found: list[Entity], bare: str) -> list[Entity]:
    """Those of *found* whose name or an alias is *bare* itself ("good night": the scene
    called Good Night, before the Bedtime Routine)."""
    return [
        e
        for e in found
        if any(normalize(n).replace("_", " ") == bare for n in (e.name, *e.aliases))
    ]


def _holds(names: list[str], situation: Situation) -> bool:
    return any(f" {word} " in name for name in names for word in situation.names)


def routine(home: Home, text: str, every: Situations) -> Entity | None:
    """The one script or scene whose name is the words of *text* (normalised), in any order
    and with the words around it aside ("warm the car up": Warm the Car; "après ski time":
    the Après Ski scene); a name of one word is too little to go on."""

    def content(words: str) -> frozenset[str]:
        return frozenset(w for w in words.split() if w not in every.fillers)

    said = content(every.bare(text))
    if len(said) < 2:
        return None
    found = [
        e
        for e in home.exposed()
        if e.domain in _DOMAINS
        and any(content(normalize(n).replace("_", " ")) == said for n in (e.name, *e.aliases))
    ]
    return found[0] if len(found) == 1 else None
