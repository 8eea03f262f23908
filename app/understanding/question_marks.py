"""A state question read out of a sentence that asks nothing.

In some languages a yes/no question always carries a question word or particle (Chinese
"吊灯关了吗", "吊灯是不是关着"), and the same words without one are a command ("吊灯关": turn
the pendant light off). Home Assistant's sentences read "{name}[是]{state}[吗]" either way;
where the language lists its question marks (``question_marks`` in
``resources/sentences/<lang>/question_marks.yaml``), a state question reading of a sentence
without any of them is no reading of it, and the command's reading is taken instead.
"""

from __future__ import annotations

import functools

from hassil import RecognizeResult

from app.understanding.own_data import own_data
from app.understanding.vocabulary import normalize

#: The intents that only read a state.
_STATE_QUESTIONS = frozenset({"HassGetState"})


@functools.lru_cache(maxsize=16)
def question_marks(language: str) -> tuple[str, ...]:
    """The words and particles every question of *language* has; empty where it lists none."""
    raw = (own_data(language, "question_marks.yaml") or {}).get("question_marks") or []
    marks = (normalize(str(mark)) for mark in raw if isinstance(mark, (str, int)))
    return tuple(mark for mark in marks if mark)


def unasked_state(result: RecognizeResult, text: str, language: str) -> bool:
    """Whether *result* reads *text* as a state question although *text* has none of
    *language*'s question marks."""
    if result.intent.name not in _STATE_QUESTIONS:
        return False
    marks = question_marks(language)
    return bool(marks) and not any(mark in text for mark in marks)
