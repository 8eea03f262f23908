"""Every message a wrong settings file gets, word for word: the file, the setting by its
dotted name (a table by its TOML header), and what it must be. The settings are pydantic
models; these are the words Hearth has always used, kept when the models took over."""

from __future__ import annotations

import math

import pytest

from app.config.settings import Settings
from app.core.errors import ConfigError

TOKEN = (
    "a token must not be stored in the settings file; "
    "run `hearth connect` to keep it in the system keyring"
)
API_KEY = (
    "an API key must not be stored in the settings file; "
    "run `hearth llm set-key` to keep it in the system keyring"
)
PASSWORD = (
    "a CalDAV password must not be stored in the settings file; "
    "run `hearth calendar connect` to keep it in the system keyring"
)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"home_assistant": "x"}, "[home_assistant] must be a table"),
        ({"home_assistant": {"url": 5}}, "home_assistant.url must be text"),
        ({"home_assistant": {"timeout": "a"}}, "home_assistant.timeout must be a number"),
        ({"home_assistant": {"timeout": True}}, "home_assistant.timeout must be a number"),
        (
            {"home_assistant": {"timeout": 0}},
            "home_assistant.timeout must be a number of seconds more than 0 and at most 300, not 0",
        ),
        (
            {"home_assistant": {"token": "t"}},
            TOKEN,
        ),
        (
            {"token": "t"},
            TOKEN,
        ),
        ({"language": 5}, "language must be text"),
        ({"area": 1}, "area must be text"),
        ({"time_zone": 3}, "time_zone must be text"),
        (
            {"time_zone": "Mars/Olympus"},
            "time_zone: unknown time zone 'Mars/Olympus' (an IANA name such as Europe/Berlin)",
        ),
        ({"data_folder": []}, "data_folder must be text"),
        ({"data_folder_was": 1}, "data_folder_was must be text"),
        ({"auto_run_low_risk": "no"}, "auto_run_low_risk must be true or false"),
        ({"auto_run_low_risk": 1}, "auto_run_low_risk must be true or false"),
        ({"close_to_tray": 0}, "close_to_tray must be true or false"),
        ({"home_file": False}, "home_file must be text"),
        ({"quick_commands": "x"}, "quick_commands must be a list of texts"),
        ({"quick_commands": [1]}, "quick_commands must be a list of texts"),
        ({"quick_commands": {}}, "quick_commands must be a list of texts"),
        ({"llm": "x"}, "[llm] must be a table"),
        (
            {"llm": {"api_key": "k"}},
            API_KEY,
        ),
        (
            {"llm": {"key": "k"}},
            API_KEY,
        ),
        ({"llm": {"base_url": 1}}, "llm.base_url must be text"),
        ({"llm": {"model": 1}}, "llm.model must be text"),
        ({"llm": {"mode": "x"}}, "llm.mode must be one of local_only, local_first, llm_first"),
        ({"llm": {"mode": 5}}, "llm.mode must be one of local_only, local_first, llm_first"),
        ({"llm": {"timeout": True}}, "llm.timeout must be a number"),
        (
            {"llm": {"timeout": 301}},
            "llm.timeout must be a number of seconds more than 0 and at most 300, not 301",
        ),
        ({"llm": {"debug_log": "yes"}}, "llm.debug_log must be true or false"),
        ({"llm": {"temperature": 1}}, "unknown setting llm.temperature"),
        ({"calendar": "x"}, "[calendar] must be a table"),
        (
            {"calendar": {"password": "p"}},
            PASSWORD,
        ),
        (
            {"calendar": {"caldav_password": "p"}},
            PASSWORD,
        ),
        ({"calendar": {"default": 1}}, "calendar.default must be text"),
        ({"calendar": {"home_assistant": "yes"}}, "calendar.home_assistant must be true or false"),
        ({"calendar": {"caldav_url": 1}}, "calendar.caldav_url must be text"),
        ({"calendar": {"caldav_username": 1}}, "calendar.caldav_username must be text"),
        ({"calendar": {"reminders_todo": 1}}, "calendar.reminders_todo must be text"),
        ({"calendar": {"colour": "r"}}, "unknown setting calendar.colour"),
        ({"voice": "on"}, "[voice] must be a table"),
        ({"voice": {"model": 1}}, "voice.model must be text"),
        ({"voice": {"shortcut": 1}}, "voice.shortcut must be text"),
        ({"voice": {"shortcut": " "}}, "voice.shortcut must name a key, e.g. Ctrl+Space"),
        ({"voice": {"sound_cue": "y"}}, "voice.sound_cue must be true or false"),
        ({"voice": {"confidence": "high"}}, "voice.confidence must be a number"),
        ({"voice": {"confidence": True}}, "voice.confidence must be a number"),
        ({"voice": {"confidence": 2}}, "voice.confidence must be between 0 and 1"),
        ({"voice": {"confidence": -0.1}}, "voice.confidence must be between 0 and 1"),
        ({"voice": {"free_form": 1}}, "voice.free_form must be true or false"),
        ({"voice": {"mic": 1}}, "unknown setting voice.mic"),
        ({"safety": "x"}, "[safety] must be a table"),
        (
            {"safety": {"profile": "admin"}},
            "safety.profile must be one of owner, adult, child, guest",
        ),
        ({"safety": {"profile": 5}}, "safety.profile must be one of owner, adult, child, guest"),
        ({"safety": {"pin_actions": "a"}}, "safety.pin_actions must be a list of texts"),
        ({"safety": {"pin_actions": [1]}}, "safety.pin_actions must be a list of texts"),
        ({"safety": {"exposure": "some"}}, "safety.exposure must be one of assist, all"),
        ({"safety": {"exposure": 1}}, "safety.exposure must be one of assist, all"),
        ({"safety": {"hidden": "a"}}, "safety.hidden must be a list of texts"),
        ({"safety": {"shown": [2]}}, "safety.shown must be a list of texts"),
        ({"safety": {"roles": "x"}}, "[safety.roles] must be a table"),
        (
            {"safety": {"roles": {"robot": {}}}},
            "unknown role 'robot' (one of owner, adult, child, guest)",
        ),
        ({"safety": {"roles": {"child": "x"}}}, "[safety.roles.child] must be a table"),
        (
            {"safety": {"roles": {"child": {"domains": "light"}}}},
            "safety.roles.child.domains must be a list of texts",
        ),
        (
            {"safety": {"roles": {"child": {"areas": [1]}}}},
            "safety.roles.child.areas must be a list of texts",
        ),
        (
            {"safety": {"roles": {"child": {"denied_actions": 1}}}},
            "safety.roles.child.denied_actions must be a list of texts",
        ),
        (
            {"safety": {"roles": {"child": {"highest_risk": "extreme"}}}},
            "safety.roles.child.highest_risk must be low, medium or high",
        ),
        (
            {"safety": {"roles": {"child": {"highest_risk": 1}}}},
            "safety.roles.child.highest_risk must be low, medium or high",
        ),
        (
            {"safety": {"roles": {"child": {"colour": 1}}}},
            "unknown setting safety.roles.child.colour",
        ),
        ({"safety": {"colour": 1}}, "unknown setting safety.colour"),
    ],
)
def test_each_wrong_setting_is_named_with_what_it_must_be(
    raw: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_dict(raw, "settings.toml")
    assert str(caught.value) == f"settings.toml: {message}"


@pytest.mark.parametrize("value", [math.nan, math.inf, 10**400, -1, 0, 300.5])
def test_a_timeout_out_of_range_says_what_it_was(value: float) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_dict({"llm": {"timeout": value}}, "settings.toml")
    assert str(caught.value) == (
        "settings.toml: llm.timeout must be a number of seconds more than 0 and at most 300, "
        f"not {value!r}"
    )


def test_a_secret_is_refused_before_anything_else_is_looked_at() -> None:
    with pytest.raises(ConfigError, match="a token must not be stored"):
        Settings.from_dict({"home_assistant": {"token": "t", "timeout": "slow"}})


def test_unknown_keys_are_ignored_only_at_the_top_and_in_home_assistant(
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = Settings.from_dict(
        {"colour": "blue", "home_assistant": {"verify_ssl": False}}, "settings.toml"
    )
    assert settings == Settings()
    assert "Ignoring unknown setting 'colour' in settings.toml" in caplog.text
    assert "verify_ssl" not in caplog.text  # older versions wrote it: not worth a warning


def test_numbers_are_kept_as_numbers_of_seconds() -> None:
    settings = Settings.from_dict({"home_assistant": {"timeout": 3}, "voice": {"confidence": 1}})
    assert settings.home_assistant.timeout == 3.0 and type(settings.home_assistant.timeout) is float
    assert settings.voice.confidence == 1.0
