"""Two commands said as one sentence by a verb form or a word that joins them, in languages
whose joining is no word between spaces: Korean "티비 끄고 블라인드 내려줘" ("turn off the TV
and lower the blind": "끄고" is "turn off" joined to what follows), Chinese "关掉厨房灯和玄关灯"
or "打开阳台灯，再把灯带也打开" (a full-width comma).

Each language lists its joints as data (``joints`` in
``resources/sentences/<lang>/clause_joints.yaml``): the joined form and the command form it
stands for ("끄고": "꺼"), or nothing where the joint is only a word between two clauses
("和"). The sentence is given back with the clauses apart (", "), so that the planner reads
them one by one as it reads "turn off the TV, lower the blind"; the second clause takes the
first one's verb where it says none ("关掉厨房灯，玄关灯").
"""

from __future__ import annotations

import functools
import re

from app.understanding.own_data import own_data
from app.understanding.vocabulary import is_spaceless

#: Full-width punctuation that ends a clause as a comma does ("，", "；", "、").
_WIDE_COMMAS = re.compile(r"\s*[，；、]\s*")


@functools.lru_cache(maxsize=16)
def _joints(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    raw = (own_data(language, "clause_joints.yaml") or {}).get("joints") or {}
    out = []
    for joined, command in (
        sorted(raw.items(), key=lambda kv: -len(str(kv[0]))) if isinstance(raw, dict) else ()
    ):
        said = str(joined).strip()
        if not said:
            continue
        # After a word (never a sentence's first word), before more words; a space after it
        # where the script has spaces.
        after = r"\s*" if is_spaceless(said) else r"\s+"
        pattern = re.compile(rf"(?<=\S)(\s*){re.escape(said)}{after}(?=\S)")
        out.append((pattern, str(command or "")))
    return tuple(out)


def as_clauses(text: str, language: str) -> str:
    """*text* with the clauses its language's joints join set apart by commas, and
    full-width commas written as commas; *text* itself where it has neither."""
    joints = _joints(language)
    if not joints:
        return text
    out = _WIDE_COMMAS.sub(", ", text)
    for pattern, command in joints:
        out = pattern.sub(functools.partial(_apart, command=command), out)
    return out


def _apart(found: re.Match[str], command: str) -> str:
    """The joint *found* said as its command and a comma ("끄고 " -> "꺼, "), or a comma."""
    return f"{found.group(1)}{command}, " if command else ", "
