"""The owner's safety operations against a real Secret Service: what loosens safety needs
the PIN, a wrong PIN changes nothing, and guessing locks out."""

from __future__ import annotations

import pytest

from app import pin, safety
from app.settings import Settings
from tests.helpers.keyring_session import KeyringSession

PIN = "731904"


def _saved() -> Settings:
    return Settings.load()


def test_set_change_and_remove_the_pin(secret_service: KeyringSession) -> None:
    safety.change_pin(None, PIN, PIN)
    assert pin.is_set()
    with pytest.raises(safety.WrongPinError):
        safety.change_pin("000000", "1111", "1111")
    assert pin.verify(PIN)  # unchanged
    with pytest.raises(pin.PinError, match="differ"):
        safety.change_pin(PIN, "2222", "2223")
    safety.change_pin(PIN, "2222", "2222")
    assert pin.verify("2222")
    with pytest.raises(safety.WrongPinError):
        safety.remove_pin(PIN)
    assert pin.is_set()
    safety.remove_pin("2222")
    assert not pin.is_set()


def test_switching_profile_needs_a_pin_set_and_typed(secret_service: KeyringSession) -> None:
    settings = Settings()
    settings.safety.profile = "child"
    settings.save()
    with pytest.raises(pin.NoPinError):
        safety.switch_profile(settings, "owner", None)
    safety.change_pin(None, PIN, PIN)
    with pytest.raises(safety.WrongPinError):
        safety.switch_profile(settings, "owner", "123456")
    assert _saved().safety.profile == "child"
    assert settings.safety.profile == "child"
    role = safety.switch_profile(settings, "owner", PIN)
    assert role.name == "owner"
    assert _saved().safety.profile == "owner"


def test_guessing_the_pin_to_leave_the_child_profile_locks_out(
    secret_service: KeyringSession,
) -> None:
    safety.change_pin(None, PIN, PIN)
    settings = Settings()
    settings.safety.profile = "child"
    settings.save()
    for guess in range(pin.MAX_FAILURES):
        with pytest.raises(safety.WrongPinError):
            safety.switch_profile(settings, "owner", f"{guess:04d}")
    # Locked: even the right PIN is not checked now.
    with pytest.raises(pin.PinLockedError):
        safety.switch_profile(settings, "owner", PIN)
    assert _saved().safety.profile == "child"


def test_tightening_needs_no_pin_loosening_does(secret_service: KeyringSession) -> None:
    safety.change_pin(None, PIN, PIN)
    settings = Settings()
    safety.set_pin_actions(settings, ["scene.turn_on"], None)
    assert _saved().safety.pin_actions == ["scene.turn_on"]
    with pytest.raises(safety.WrongPinError):
        safety.set_pin_actions(settings, [], None)
    assert _saved().safety.pin_actions == ["scene.turn_on"]
    safety.set_pin_actions(settings, [], PIN)
    assert _saved().safety.pin_actions == []

    safety.set_exposure(settings, "assist", ["lock.front_door"], None)
    assert _saved().safety.hidden == ["lock.front_door"]
    with pytest.raises(safety.WrongPinError):
        safety.set_exposure(settings, "assist", [], "999999")
    with pytest.raises(safety.WrongPinError):
        safety.set_exposure(settings, "all", ["lock.front_door"], None)
    assert _saved().safety.exposure == "assist"
    safety.set_exposure(settings, "all", [], PIN)
    saved = _saved().safety
    assert (saved.exposure, saved.hidden) == ("all", [])


def test_without_a_pin_the_owner_changes_freely(secret_service: KeyringSession) -> None:
    settings = Settings()
    settings.safety.pin_actions = ["scene.turn_on"]
    safety.set_pin_actions(settings, [], None)
    safety.set_exposure(settings, "all", [], None)
    assert _saved().safety.exposure == "all"
