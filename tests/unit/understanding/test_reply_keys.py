"""Every language that says Hearth's own replies (``replies:`` in its ``hearth.yaml``) says
every reply English says.

A reply key English has and a language lacks is said in English in that language (the one
fallback rule of app/understanding/keyed_replies.py): a half-translated answer nobody notices
until a person asks. These tests read the data files and fail on such a gap, and on a
language's template that names a slot English's does not give (it would never render).
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources

import pytest

from app.understanding import keyed_replies
from app.understanding.own_data import own_data

#: The plural categories a template may be split into ("5 minut", "2 minuty").
_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})


def _languages() -> list[str]:
    """The languages whose ``hearth.yaml`` says Hearth's replies (``replies:``); one that
    says none yet (a language being begun) answers wholly in English, never half."""
    root = resources.files("resources") / "sentences"
    return sorted(
        folder.name
        for folder in root.iterdir()
        if folder.name != "en"
        and (folder / "hearth.yaml").is_file()
        and (own_data(folder.name, "hearth.yaml") or {}).get("replies")
    )


def _keys(language: str) -> dict[str, object]:
    """The language's templates by key (its base language's under them, as they are said)."""
    found = dict(keyed_replies._templates(keyed_replies._base(language)))
    found.update(keyed_replies._templates(language))
    return found


def _covered(key: str, own: Mapping[str, object]) -> bool:
    """Whether *own* says *key*: as it is, split by plural category ("hours.few"), or, for
    one of English's categories ("step.many.light.other"), in the language's own ones."""
    if key in own or any(k.startswith(f"{key}.") for k in own):
        return True
    parent, _, last = key.rpartition(".")
    return last in _CATEGORIES and any(
        k.rpartition(".")[0] == parent and k.rpartition(".")[2] in _CATEGORIES for k in own
    )


LANGUAGES = _languages()


def test_the_languages_with_their_own_rules_are_found() -> None:
    assert {"de", "es", "fr", "it", "nl", "pl", "pt", "ru", "sv"} <= set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_language_has_every_reply_key_english_has(language: str) -> None:
    own = _keys(language)
    missing = [key for key in keyed_replies._templates("en") if not _covered(key, own)]
    assert missing == [], f"{language} says these replies in English: {missing}"


def _rules_templates(language: str) -> dict[str, str]:
    """English's templates of Hearth's rules and steps (``hearth.yaml``, ``steps_text.yaml``):
    the code gives those exactly the slots English names (an answer's template in
    ``questions.yaml`` may leave out slots the code gives)."""
    found: dict[str, str] = {}

    def walk(prefix: str, node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(f"{prefix}.{key}" if prefix else str(key), value)
        elif isinstance(node, str):
            found[prefix] = node

    for name in ("hearth.yaml", "steps_text.yaml"):
        walk("", (own_data(language, name) or {}).get("replies"))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_language_template_names_only_slots_english_gives(language: str) -> None:
    english = _rules_templates("en")
    wrong = []
    for key, text in keyed_replies._templates(language).items():
        parent, _, last = key.rpartition(".")
        source = english.get(key)
        if source is None and last in _CATEGORIES:
            # "duration.hours.few" is said where English says "duration.hours"
            source = english.get(parent) or english.get(f"{parent}.other")
        if not isinstance(source, str) or not isinstance(text, str):
            continue
        ours = keyed_replies._slots_of(text)
        theirs = keyed_replies._slots_of(source) or frozenset()
        if ours is None or not ours <= theirs:
            wrong.append(key)
    assert wrong == [], f"{language} templates that would never render: {wrong}"


def test_a_missing_key_is_found() -> None:
    own = {"timer.how_long": "?", "duration.hours.few": "{count}"}
    assert _covered("timer.how_long", own)
    assert _covered("duration.hours", own)
    assert _covered("duration.hours.other", own)
    assert not _covered("timer.no_length", own)
