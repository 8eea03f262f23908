"""The language data file and the tokenizer."""

from __future__ import annotations

from importlib import resources

import yaml

from app.understanding.timeparse.lexicon import load_language, normalize_language, tokenize


def test_tokens_carry_offsets_and_numbers() -> None:
    tokens = tokenize("At 7:30pm, o'clock!")
    assert [t.norm for t in tokens] == ["at", "7", ":", "30", "pm", ",", "o'clock", "!"]
    assert tokens[1].number == 7 and tokens[3].digits == 2
    assert (tokens[6].start, tokens[6].end) == (11, 18)


def test_language_codes() -> None:
    assert normalize_language("en-US") == "en"
    assert normalize_language(" EN_gb ") == "en"


def test_english_data_is_complete_and_loaded_once() -> None:
    lang = load_language("en")
    assert load_language("en-US") is lang
    raw = yaml.safe_load((resources.files("resources") / "time" / "en.yaml").read_text("utf-8"))
    # YAML 1.1 reads a bare `on` as True: every key must stay a string.
    assert all(isinstance(key, str) for key in raw)
    assert len(raw["weekdays"]) == 7 and len(raw["months"]) == 12
    assert len(lang.text["weekday_names"]) == 7 and len(lang.text["month_short"]) == 12
    assert set(lang.parts) == {"morning", "afternoon", "evening", "night"}
    assert lang.phrases[("tomorrow",)]["relative_day"] == 1
    assert lang.phrases[("a", ".", "m", ".")]["meridiem"] == "am"
    assert lang.afternoon_hours == frozenset(range(1, 7))
