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
from dataclasses import dataclass, field
from typing import Any

from app.core.home import Entity, Home
from app.understanding.own_data import own_data
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
    actions: tuple[tuple[str, str], ...] = ()
    """The service it calls on a domain of its own ("valve": "open_valve")."""
    alone: tuple[str, ...] = ()
    """Words that name a scene or script made for it only as its whole name ("Morning",
    never "Morning Chores")."""
    prefer: bool = False
    """Its domains in order: what it runs is of the first that fits ("the plants look
    thirsty": the script that waters the garden before any one sprinkler)."""
    ask: str = ""
    """A question to ask instead of acting, with the device's ``{name}`` ("someone's at the
    door": who is not said, so Hearth asks before it opens the door)."""
    only_for: tuple[frozenset[str], ...] = ()
    """Groups of words: a device whose name holds a word of one ("Cat Feeder") fits only a
    sentence that says a word of the same group ("the cat's hungry", never "the dog's")."""
    by_name: bool = False
    """Of several devices that fit, those whose names hold the most of the words said are
    meant ("the back lawn's gone brown": the Back Lawn Sprinklers), and all of them when
    each holds what is said ("the lawn": the Front and the Back Lawn Sprinklers)."""

    def action_for(self, domain: str) -> str:
        """The service it calls on a device of *domain*."""
        return dict(self.actions).get(domain, self.action)

    def says(self, bare: str) -> bool:
        """Whether *bare* (normalised, polite words aside) says this situation."""
        return bare in self.said or any(p.fullmatch(bare) for p in self.patterns)


@dataclass(frozen=True, slots=True)
class Left:
    """Something said to be left on, open or unlocked, or said to be in the way, asked to
    be undone: "someone's left the back door unlocked" is read as "lock the back door", "I
    can't sleep with the blind open" as "close the blind", "we don't need the aircon any
    more" as "turn off the aircon"."""

    patterns: tuple[tuple[re.Pattern[str], str], ...]
    """A sentence (groups ``who``, ``what``, ``state``, ``where``) and the command it asks
    for (``{undo}``: the command that undoes the state said)."""
    undo: dict[str, str]
    """A state and the words of the command that undoes it ("unlocked": "lock")."""
    nobody: frozenset[str]
    """Words of who left it that say nobody did ("nobody", "haven't")."""
    after: tuple[str, ...] = ()
    """Words after the state that say nothing about where ("again", "any more")."""

    def command(self, clean: str) -> str | None:
        """The command *clean* (normalised) asks for, or None when it says nothing was left
        (or more than that it was left: "... on for the Jensens")."""
        for pattern, template in self.patterns:
            found = pattern.fullmatch(clean)
            if found is None:
                continue
            said = found.groupdict()
            if any(word in self.nobody for word in (said.get("who") or "").split()):
                return None
            what = re.sub(r"'s$", "", said.get("what") or "")
            undo = self.undo.get(said.get("state") or "", "")
            where = f" {said.get('where') or ''} "
            while (
                end := next((a for a in self.after if where.endswith(f" {a} ")), None)
            ) is not None:
                where = where[: -len(end) - 1]  # "in the kitchen any more": in the kitchen
            command = template.format(undo=undo, what=what, where=where.rstrip())
            return " ".join(command.split())
        return None

    def clauses(self, text: str) -> tuple[str, str, list[str]] | None:
        """*text* with each of its clauses that asks this way said as its command
        ("it's cooled down now, we don't need the aircon": "..., turn off the aircon"), the
        commands alone and the clauses left out of them; None when no clause asks this way."""
        parts = [p for p in re.split(r"\s*[,;]\s*|\s+-\s+", text) if p.strip()]
        said = [self.command(normalize(part)) for part in parts]
        if not any(said):
            return None
        whole = ", ".join(c or part for c, part in zip(said, parts, strict=True))
        alone = ", ".join(c for c in said if c)
        return whole, alone, [part for c, part in zip(said, parts, strict=True) if not c]


def _left(raw: dict[str, Any]) -> Left | None:
    """The reading of things left on (None where the language has none)."""
    if not raw:
        return None

    def choice(key: str) -> str:
        words = sorted((normalize(str(w)) for w in raw.get(key) or ()), key=len, reverse=True)
        return "(?:" + "|".join(map(re.escape, words)) + ")"

    undo = {normalize(str(k)): normalize(str(v)) for k, v in (raw.get("undo") or {}).items()}
    parts = {
        "before": f"(?:{choice('before')} )?",
        "who": r"(?:(?P<who>\S+(?: \S+){0,2}?) )?",
        "what": rf"(?P<what>(?:all )?{choice('determiners')} .+?)",
        "state": "(?P<state>" + "|".join(map(re.escape, sorted(undo, key=len, reverse=True))) + ")",
        "after": rf"(?: {choice('after')})*",
        "where": rf"(?P<where> {choice('places')}(?: .*)?)?",
        "verbs": choice("verbs"),
        "passive": choice("passive"),
    }
    patterns = [
        (
            re.compile("{before}{who}{verbs} {what} {state}{after}{where}".format(**parts)),
            "{undo} {what}{where}",
        ),
        (
            re.compile("{before}{what} {passive} {state}{after}{where}".format(**parts)),
            "{undo} {what}{where}",
        ),
    ]
    for said, command in (raw.get("instead") or {}).items():
        patterns.append((re.compile(_template(str(said).lower(), parts)), str(command)))
    return Left(
        patterns=tuple(patterns),
        undo=undo,
        nobody=frozenset(normalize(str(w)) for w in raw.get("nobody") or ()),
        after=tuple(normalize(str(w)) for w in raw.get("after") or ()),
    )


def _template(said: str, parts: dict[str, str]) -> str:
    """The expression of a sentence with choices and ``{what}``, ``{state}``, ``{where}``,
    ``{after}`` in it. A word left out takes its space with it: "[i|we] can't" is also
    "can't", "need {what} [on]" also "need the fan"."""
    tokens = [t for t in re.split(r"(\(|\)|\[|\]|\||\{\w+\}| )", said) if t]
    out: list[str] = []
    moved: list[bool] = []  # for each open "[": whether the space before it went inside
    skip = False
    for i, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token == "[":
            inside = bool(out) and out[-1] == " "
            if inside:
                out.pop()
            out.append("(?: (?:" if inside else "(?:(?:")
            moved.append(inside)
        elif token == "]":
            if not moved.pop() and following == " ":
                out.append(") )?")  # "[i|we] can't": the space goes with the word
                skip = True
            else:
                out.append("))?")
        elif token == "(":
            out.append("(?:")
        elif token in (")", "|"):
            out.append(token)
        elif token.startswith("{") and token.endswith("}"):
            out.append(parts[token[1:-1]])
        elif token == " ":
            out.append(" ")
        else:
            out.append(re.escape(token))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Situations:
    polite: tuple[str, ...]
    """Words and phrases said around a situation that change nothing ("please", "in here")."""
    situations: tuple[Situation, ...]
    fillers: frozenset[str] = frozenset()
    """Words around a script's name said as the command ("warm the car up")."""
    left: Left | None = field(default=None)
    """Things said to be left on, open or unlocked."""
    place_leads: tuple[str, ...] = ()
    """Words before a room or floor said after a situation ("i'm in the", "in the"),
    longest first: "i want a cuppa, i'm in the flat kitchen" is the kettle there."""

    def bare(self, text: str) -> str:
        """*text* (normalised) without its polite words."""
        padded = f" {text} "
        for phrase in self.polite:
            padded = padded.replace(f" {phrase} ", " ")
        return " ".join(padded.split())

    def said(self, text: str) -> Situation | None:
        """The situation *text* (normalised) says, polite words aside."""
        return next(iter(self.saying(text)), None)

    def saying(self, text: str) -> list[Situation]:
        """Every situation *text* (normalised) says, polite words aside, in the data's order
        ("i want to read": a Reading scene, else the reading lamp)."""
        bare = self.bare(text)
        return [s for s in self.situations if s.says(bare)]


@functools.lru_cache(maxsize=16)
def load_situations(language: str) -> Situations | None:
    """The language's situations (None where it has none)."""
    raw = own_data(language, "situations.yaml")
    if raw is None:
        return None
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
                actions=tuple((str(k), str(v)) for k, v in (spec.get("actions") or {}).items()),
                prefer=bool(spec.get("prefer")),
                ask=str(spec.get("ask") or ""),
                alone=tuple(normalize(str(n)) for n in spec.get("alone") or ()),
                by_name=bool(spec.get("by_name")),
                only_for=tuple(
                    frozenset(normalize(str(w)) for w in group)
                    for group in spec.get("only_for") or ()
                ),
            )
            for key, spec in (raw.get("situations") or {}).items()
        ),
        fillers=frozenset(normalize(str(w)) for w in raw.get("routine_fillers") or ()),
        left=_left(raw.get("left") or {}),
        place_leads=tuple(
            sorted((normalize(str(w)) for w in raw.get("place_leads") or ()), key=len, reverse=True)
        ),
    )


def fitting(home: Home, situation: Situation, every: Situations, text: str = "") -> list[Entity]:
    """The scenes and scripts of *home* whose name or an alias holds a word of *situation*;
    one that also holds another situation's word only when no other fits, and only when its
    name says this situation's word first ("Movie Night" is the movie's, never "good
    night"'s); one named for whom it is for only when *text* says them ("Cat Feeder")."""
    found: list[tuple[bool, Entity]] = []
    others = [o for o in every.situations if o is not situation]
    words = {w.removesuffix("'s") for w in text.split()}  # "the cat's": cat
    for entity in home.exposed():
        if entity.domain not in situation.domains:
            continue
        said = [f" {normalize(n).replace('_', ' ')} " for n in (entity.name, *entity.aliases)]
        held = {w for name in said for w in name.split()}
        if any(held & group and not words & group for group in situation.only_for):
            continue  # "the dog's hungry": never the Cat Feeder
        if _holds(said, situation) or any(n.strip() in situation.alone for n in said):
            mixed = [o for o in others if _holds(said, o)]
            if any(_first(said, o) < _first(said, situation) for o in mixed):
                continue  # another situation's word names it first
            found.append((bool(mixed), entity))
    clear = [entity for mixed, entity in found if not mixed]
    chosen = clear or [entity for _, entity in found]
    if situation.prefer:
        for domain in situation.domains:
            first = [e for e in chosen if e.domain == domain]
            if first:
                return first
    return chosen


def by_words(found: list[Entity], bare: str) -> tuple[list[Entity], bool]:
    """Of *found*, those whose names hold the most of the words of *bare* (all of *found*
    when no name holds any), and whether each of them holds one: then the words said name
    them all ("the lawn": the Front Lawn and the Back Lawn Sprinklers)."""
    said = set(bare.split())
    scored = [
        (
            max(
                len(said & set(normalize(n).replace("_", " ").split()))
                for n in (e.name, *e.aliases)
            ),
            e,
        )
        for e in found
    ]
    best = max((score for score, _ in scored), default=0)
    if best == 0:
        return found, False
    return [e for score, e in scored if score == best], True


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


def _first(names: list[str], situation: Situation) -> int:
    """Where in the first name holding one a word of *situation* starts."""
    for name in names:
        found = [name.find(f" {word} ") for word in situation.names if f" {word} " in name]
        if found:
            return min(found)
    return len(max(names, key=len))


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
