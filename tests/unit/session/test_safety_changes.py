"""The Safety page's changes as values, against a real Secret Service and real settings files:
each is made as the policy says, and a change that fails leaves the settings object as it
was, a failed save included."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.config.settings import SafetySettings, Settings
from app.core.errors import StorageError
from app.policy import pin, safety
from app.session import safety_changes
from app.session.safety_changes import (
    AcceptFile,
    ChangePin,
    RemovePin,
    SetExposure,
    SetPinActions,
    SwitchProfile,
)
from tests.helpers.keyring_session import KeyringSession

PIN = "402917"


def test_the_pin_state_says_whether_a_pin_is_set(secret_service: KeyringSession) -> None:
    assert safety_changes.pin_state() == safety_changes.PinState(False)
    safety_changes.apply(Settings(), ChangePin(None, PIN, PIN))
    assert safety_changes.pin_state() == safety_changes.PinState(True)


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_pin_state_says_why() -> None:
    state = safety_changes.pin_state()
    assert not state.is_set
    assert "no usable system keyring" in state.problem


def test_each_change_is_made_and_saved(secret_service: KeyringSession) -> None:
    settings = Settings()
    settings.save()
    safety_changes.apply(settings, ChangePin(None, PIN, PIN))
    assert pin.verify(PIN)
    safety_changes.apply(settings, SwitchProfile("adult", PIN))
    assert Settings.load().safety.profile == "adult"
    safety_changes.apply(settings, SetPinActions(("scene.turn_on",), None))  # tightens
    assert Settings.load().safety.pin_actions == ["scene.turn_on"]
    safety_changes.apply(settings, SetExposure("assist", ("light.kitchen",), None))
    assert Settings.load().safety.hidden == ["light.kitchen"]
    safety_changes.apply(settings, AcceptFile(PIN))
    assert safety.active_profile(settings.safety).role.name == "adult"
    safety_changes.apply(settings, RemovePin(PIN))
    assert not pin.is_set()


def test_a_wrong_pin_changes_nothing(secret_service: KeyringSession) -> None:
    settings = Settings(safety=SafetySettings(pin_actions=["scene.turn_on"]))
    settings.save()
    pin.set_pin(PIN)
    with pytest.raises(safety.WrongPinError):
        safety_changes.apply(settings, SetPinActions((), "000000"))
    assert settings.safety.pin_actions == ["scene.turn_on"]
    with pytest.raises(safety.WrongPinError):
        safety_changes.apply(settings, SwitchProfile("guest", "000000"))
    assert settings.safety.profile == "owner"
    assert Settings.load().safety.pin_actions == ["scene.turn_on"]


def test_a_failed_save_puts_the_settings_back(secret_service: KeyringSession) -> None:
    settings = Settings()
    # The settings folder is a file: the save fails after the object was changed.
    Path(os.environ["HEARTH_CONFIG_DIR"]).write_text("not a folder")
    with pytest.raises(StorageError):
        safety_changes.apply(settings, SetExposure("all", ("light.kitchen", "lock.front"), None))
    assert settings.safety.exposure == "assist"
    assert settings.safety.hidden == []
