"""The sentence templates that could read a text, found by an index built once per language.

hassil's ``recognize_all`` checks every template of every intent for the literal words it
requires (about 1,500 templates in English), and builds the match settings of every intent
block before that, on every request. What a template requires never changes, so
:func:`narrowed` indexes it once per :class:`hassil.Intents`: per request, the required words
present in the text tell which templates can still match, and hassil is handed only those
(in their order, in a copy of the intents that shares everything else).

The index also knows the slot lists a template cannot match without (``{floor}`` in "turn
off the lights on {floor}"): Hearth hands hassil only the names, areas and floors said in the
text, so such a list is often empty, and a template that needs an empty list reads nothing.

The readings are the same: hassil's own check runs again on what it is handed, a template
left out for its words is one that check would have left out too (the same text, skip words
and required words decide both), and a list with no values matches no text (recognition
that reports unmatched entities is not narrowed). Where the installed hassil offers no such
check, the intents are handed on whole.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import itertools
import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from hassil import Intents
from hassil.expression import Alternative, Expression, Group, ListReference, RuleReference
from hassil.intents import Intent, IntentData, SlotList, TextSlotList

try:  # hassil 3.13: the required-words check and the text normalisation it applies first
    from hassil.util import (
        CJK_WHITESPACE,
        fold_case,
        normalize_for_matching,
        remove_skip_words_tracked,
    )

    _CAN_NARROW = True
except ImportError:  # pragma: no cover - an older hassil reads every template itself
    _CAN_NARROW = False

#: Subsets of templates kept per language (most requests share a few dozen).
_SUBSETS_KEPT = 512


def narrowed(
    intents: Intents,
    text: str,
    skip_words: Iterable[str] | None = None,
    slot_lists: Mapping[str, SlotList] | None = None,
) -> Intents:
    """*intents* with only the templates that may read *text*; *skip_words* and
    *slot_lists* as given to ``recognize_all`` (None: the intents' own), which must not be
    asked for unmatched entities."""
    index = _index_of(intents)
    if index is None:
        return intents
    return index.narrowed(text, skip_words, slot_lists or {})


class _Index:
    """Every template of one set of intents, by the literal fragments it requires.

    A template requires a set of clauses; each clause is met when the text holds one of its
    fragments. Each template is filed under one of its clauses (its key), so a request looks
    only at the templates whose key clause the text meets."""

    def __init__(self, intents: Intents) -> None:
        self.intents = intents
        clause_ids: dict[frozenset[str], int] = {}
        self.entries: list[tuple[str, int, int]] = []
        """(intent name, block index, template index) per template, in hassil's order."""
        self.requires: list[frozenset[int]] = []
        self.lists: list[frozenset[str]] = []
        """Per template, the slot lists it cannot match without (not its block's own)."""
        self.always: list[int] = []
        """Templates with nothing required: handed on whatever the text."""
        keyed: dict[int, list[int]] = defaultdict(list)
        for name, intent in intents.intents.items():
            for block_no, block in enumerate(intent.data):
                rules = {**intents.expansion_rules, **block.expansion_rules}
                for template_no, template in enumerate(block.sentences):
                    clauses = template.get_required_clauses(rules)
                    ids = frozenset(clause_ids.setdefault(c, len(clause_ids)) for c in clauses)
                    entry = len(self.entries)
                    self.entries.append((name, block_no, template_no))
                    self.requires.append(ids)
                    needed = _lists_needed(template.expression, rules, 0)
                    self.lists.append(frozenset(needed - block.slot_lists.keys()))
                    if not clauses:
                        self.always.append(entry)
                    else:
                        # The clause with the fewest and longest fragments is met least often.
                        key = min(clauses, key=lambda c: (len(c), -min(len(f) for f in c)))
                        keyed[clause_ids[key]].append(entry)
        self.keyed = dict(keyed)
        meeting: dict[str, list[int]] = defaultdict(list)
        for clause, clause_id in clause_ids.items():
            for fragment in clause:
                meeting[fragment].append(clause_id)
        self.meeting = dict(meeting)
        """Fragment -> the clauses it meets."""
        self.empty = frozenset(n for n, values in intents.slot_lists.items() if _empty(values))
        """The intents' own lists that have no value."""
        self.subset = functools.lru_cache(maxsize=_SUBSETS_KEPT)(self._subset)

    def narrowed(
        self, text: str, skip_words: Iterable[str] | None, slot_lists: Mapping[str, SlotList]
    ) -> Intents:
        haystack = _haystack(self.intents, text, skip_words)
        met: set[int] = set()
        for fragment, clauses in self.meeting.items():
            if fragment in haystack:
                met.update(clauses)
        candidates = set(self.always)
        for clause in met:
            candidates.update(self.keyed.get(clause, ()))
        empty = self.empty - slot_lists.keys()
        empty |= {name for name, values in slot_lists.items() if _empty(values)}
        kept = tuple(
            sorted(
                e
                for e in candidates
                if self.requires[e] <= met and (not empty or empty.isdisjoint(self.lists[e]))
            )
        )
        return self.subset(kept)

    def _subset(self, kept: tuple[int, ...]) -> Intents:
        chosen: dict[str, dict[int, list[int]]] = {}
        for entry in kept:
            name, block_no, template_no = self.entries[entry]
            chosen.setdefault(name, {}).setdefault(block_no, []).append(template_no)
        intents: dict[str, Intent] = {}
        for name, blocks in chosen.items():
            intent = self.intents.intents[name]
            data = [
                _block_with(intent.data[block_no], template_nos)
                for block_no, template_nos in blocks.items()
            ]
            intents[name] = dataclasses.replace(intent, data=data)
        return dataclasses.replace(self.intents, intents=intents)


def _block_with(block: IntentData, template_nos: list[int]) -> IntentData:
    """A copy of *block* whose templates are those numbered *template_nos*, in order."""
    templates = block.sentences
    copied = copy.copy(block)
    # ``sentences`` is a cached property of the (frozen) block: the copy's is set directly.
    copied.__dict__["sentences"] = [templates[n] for n in template_nos]
    return copied


def _empty(values: SlotList) -> bool:
    """Whether a slot list can match no text: a list of words with none in it."""
    return isinstance(values, TextSlotList) and not values.values


#: Deeper than this, a template's rules are not followed (it is then taken to need no list).
_MAX_DEPTH = 32


def _lists_needed(expression: Expression, rules: Mapping[str, Any], depth: int) -> set[str]:
    """The slot lists every reading of *expression* goes through."""
    if depth > _MAX_DEPTH:
        return set()
    if isinstance(expression, ListReference):
        return {expression.list_name}
    if isinstance(expression, Alternative):
        if expression.is_optional or not expression.items:
            return set()
        branches = [_lists_needed(item, rules, depth + 1) for item in expression.items]
        return set.intersection(*branches)
    if isinstance(expression, Group):  # a sequence or a permutation: every item is read
        return set().union(*(_lists_needed(item, rules, depth + 1) for item in expression.items))
    if isinstance(expression, RuleReference):
        rule = rules.get(expression.rule_name)
        return set() if rule is None else _lists_needed(rule.expression, rules, depth + 1)
    return set()


def _haystack(intents: Intents, text: str, skip_words: Iterable[str] | None) -> str:
    """The text as hassil looks for required fragments in it (``recognize_all``): folded,
    with and without the skip words."""
    tracked = normalize_for_matching(text)
    words = (
        intents.skip_words
        if skip_words is None
        else list(itertools.chain(skip_words, intents.skip_words))
    )
    without = tracked
    if words:
        without = tracked.copy()
        remove_skip_words_tracked(without, words, intents.settings.ignore_whitespace)
    haystack = f"{fold_case(tracked.text)}\n{fold_case(without.text)}"
    if intents.settings.ignore_whitespace:
        haystack += "\n" + CJK_WHITESPACE.sub("", haystack)
    return haystack


#: Where an index is kept: on its intents, so it lives as long as they do.
_ATTRIBUTE = "_hearth_template_index"
_UNBUILT = object()
_LOCK = threading.Lock()


def _index_of(intents: Intents) -> _Index | None:
    """The index of *intents*, built on first use (None: hassil cannot narrow)."""
    index = intents.__dict__.get(_ATTRIBUTE, _UNBUILT)
    if index is _UNBUILT:
        with _LOCK:
            index = intents.__dict__.get(_ATTRIBUTE, _UNBUILT)
            if index is _UNBUILT:
                index = _build(intents)
                intents.__dict__[_ATTRIBUTE] = index
    assert index is None or isinstance(index, _Index)
    return index


def _build(intents: Intents) -> _Index | None:
    if not _CAN_NARROW:
        return None
    templates = (t for i in intents.intents.values() for b in i.data for t in b.sentences)
    if not all(hasattr(t, "get_required_clauses") for t in templates):
        return None
    return _Index(intents)
