"""The owner's safety operations against a real Secret Service: what loosens safety needs
the PIN, a wrong PIN changes nothing, guessing locks out, and the active profile is the one
kept with the PIN: no settings file leaves it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import keyring
import pytest

from app.config.secret_store import SERVICE
from app.config.settings import ROLE_NAMES, RoleSettings, Settings
from app.core.home import Home
from app.policy import pin, roles, safety
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.processes import run_hearth

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


# -- the active profile, kept with the PIN ---------------------------------------------------


def _switched_to_child() -> Settings:
    """A PIN set while the owner profile was in force, then a switch to child with it."""
    settings = Settings()
    settings.save()
    safety.change_pin(None, PIN, PIN, settings)
    assert safety.active_profile(settings.safety) == safety.ActiveProfile(roles.OWNER)
    safety.switch_profile(settings, "child", PIN)
    return settings


def _restricted(active: safety.ActiveProfile) -> None:
    assert active.role.name == "guest"  # the fewest devices of the low-risk profiles
    assert "most restrictive profile (guest)" in active.problem
    assert "hearth profile" in active.problem


def test_the_profile_switched_with_the_pin_applies(secret_service: KeyringSession) -> None:
    _switched_to_child()
    assert _saved().safety.profile == "child"  # the file mirrors it
    assert safety.active_profile(_saved().safety) == safety.ActiveProfile(roles.role_named("child"))
    assert safety.active_role(_saved().safety).name == "child"


def test_another_settings_folder_does_not_leave_the_profile(
    secret_service: KeyringSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _switched_to_child()
    monkeypatch.setenv("HEARTH_CONFIG_DIR", str(tmp_path / "elsewhere"))
    fresh = Settings.load()
    assert fresh.safety.profile == "owner"  # no file there: the default
    _restricted(safety.active_profile(fresh.safety))


def test_editing_the_settings_file_does_not_leave_the_profile(
    secret_service: KeyringSession,
) -> None:
    settings = _switched_to_child()
    text = settings.path.read_text(encoding="utf-8")
    settings.path.write_text(text.replace('profile = "child"', 'profile = "owner"'), "utf-8")
    edited = Settings.load()
    assert edited.safety.profile == "owner"
    active = safety.active_profile(edited.safety)
    _restricted(active)
    assert "names the owner profile, but the one switched to with the PIN is child" in (
        active.problem
    )
    # The owner's PIN puts the owner profile back.
    with pytest.raises(safety.WrongPinError):
        safety.switch_profile(edited, "owner", "000000")
    _restricted(safety.active_profile(_saved().safety))
    assert safety.switch_profile(edited, "owner", PIN).name == "owner"
    assert safety.active_profile(_saved().safety) == safety.ActiveProfile(roles.OWNER)


@pytest.mark.parametrize("kept", [None, "wizard", 7])
def test_a_missing_or_damaged_profile_in_the_keyring_restricts(
    secret_service: KeyringSession, kept: object
) -> None:
    _switched_to_child()
    item = json.loads(keyring.get_password(SERVICE, "pin") or "")
    item["profile"] = kept
    keyring.set_password(SERVICE, "pin", json.dumps(item))
    for name in ROLE_NAMES:
        settings = _saved()
        settings.safety.profile = name
        _restricted(safety.active_profile(settings.safety))
    assert pin.verify(PIN)  # the PIN itself still works


def test_a_pin_set_before_the_profile_was_kept_restricts_until_the_owner_switches(
    secret_service: KeyringSession,
) -> None:
    """Upgrading: the keyring holds the bare hash of an older Hearth, no profile."""
    keyring.set_password(SERVICE, "pin", pin.encode(PIN))
    settings = Settings()
    settings.save()
    active = safety.active_profile(settings.safety)
    _restricted(active)
    assert "set before Hearth kept the active profile with it" in active.problem
    # Switching to the profile the file names still needs, and takes, the PIN.
    with pytest.raises(safety.WrongPinError):
        safety.switch_profile(settings, "owner", None)
    assert safety.switch_profile(settings, "owner", PIN).name == "owner"
    assert safety.active_profile(_saved().safety) == safety.ActiveProfile(roles.OWNER)


def test_changing_the_pin_keeps_the_profile(secret_service: KeyringSession) -> None:
    settings = _switched_to_child()
    safety.change_pin(PIN, "2222", "2222", settings)
    assert safety.active_profile(_saved().safety).role.name == "child"


def test_a_first_pin_keeps_the_profile_in_force(secret_service: KeyringSession) -> None:
    settings = Settings()
    settings.safety.profile = "adult"
    settings.save()
    safety.change_pin(None, PIN, PIN, settings)
    assert safety.active_profile(_saved().safety) == safety.ActiveProfile(roles.role_named("adult"))


def test_without_a_pin_the_settings_file_decides(secret_service: KeyringSession) -> None:
    """Nothing could protect the profile: the file's applies, as before (docs say so)."""
    settings = _switched_to_child()
    safety.remove_pin(PIN)
    settings.safety.profile = "owner"
    assert safety.active_profile(settings.safety) == safety.ActiveProfile(roles.OWNER)


@pytest.mark.usefixtures("no_keyring")
def test_with_no_keyring_at_all_the_settings_file_decides() -> None:
    settings = Settings()
    settings.safety.profile = "adult"
    assert safety.active_profile(settings.safety).role.name == "adult"


def test_a_keyring_that_fails_restricts(secret_service: KeyringSession) -> None:
    _switched_to_child()
    secret_service.stop_keyring_daemon()
    settings = _saved()
    settings.safety.profile = "owner"
    active = safety.active_profile(settings.safety)
    _restricted(active)
    assert "cannot be read" in active.problem


def test_the_most_restrictive_profile_follows_the_role_overrides(
    secret_service: KeyringSession,
) -> None:
    _switched_to_child()
    settings = _saved()
    # Guest may now run what needs a confirmation, approved with the PIN: child is the most
    # restrictive.
    settings.safety.roles["guest"] = RoleSettings(highest_risk="medium")
    settings.save()
    safety.accept_file(settings, PIN)
    settings.safety.profile = "owner"
    active = safety.active_profile(settings.safety)
    assert active.role.name == "child"
    assert "most restrictive profile (child)" in active.problem


def _hearth(*args: str) -> subprocess.CompletedProcess[str]:
    """`hearth` in a separate process, on this test's folders and keyring."""
    keyring_env = {
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
        "HEARTH_NO_LLM": "1",
    }
    return run_hearth(*args, env=keyring_env, timeout=180)


def test_hearth_do_refuses_an_unlock_after_the_file_is_edited_to_owner(
    secret_service: KeyringSession, tmp_path: Path
) -> None:
    settings = _switched_to_child()
    state = tmp_path / "data" / "demo-home.yaml"
    text = settings.path.read_text(encoding="utf-8")
    settings.path.write_text(text.replace('profile = "child"', 'profile = "owner"'), "utf-8")
    result = _hearth("do", "--demo", "--yes", "unlock the front door")
    assert result.returncode == 4, result.stderr
    assert "the guest profile can't use locks" in result.stderr
    assert "most restrictive profile (guest)" in result.stderr
    assert Home.load(state).entities["lock.front_door"].state == "locked"
    # What the owner's --yes would run is refused too.
    switch = _hearth("do", "--demo", "--yes", "turn on the coffee machine")
    assert switch.returncode == 4, switch.stderr
    assert "the guest profile can't" in switch.stderr
    assert Home.load(state).entities["switch.coffee_machine"].state == "off"
    shown = _hearth("profile")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Profile: guest")


@pytest.mark.parametrize(
    "backend",
    ["keyring.backends.null.Keyring", "keyring.backends.fail.Keyring"],
)
def test_a_keyring_backend_chosen_by_the_environment_does_not_leave_the_profile(
    secret_service: KeyringSession, tmp_path: Path, backend: str
) -> None:
    # The PIN and the child profile are in the desktop's keyring; one environment variable
    # hands Hearth another backend, which "has no PIN": the edited file must not decide.
    settings = _switched_to_child()
    text = settings.path.read_text(encoding="utf-8")
    settings.path.write_text(text.replace('profile = "child"', 'profile = "owner"'), "utf-8")
    state = tmp_path / "data" / "demo-home.yaml"
    chosen = {"PYTHON_KEYRING_BACKEND": backend, "HEARTH_NO_LLM": "1"}
    switch = run_hearth("do", "--demo", "--yes", "turn on the coffee machine", env=chosen)
    assert switch.returncode == 4, switch.stdout + switch.stderr
    assert "the guest profile can't" in switch.stderr
    assert Home.load(state).entities["switch.coffee_machine"].state == "off"
    shown = run_hearth("profile", env=chosen)
    assert shown.stdout.startswith("Profile: guest"), shown.stdout + shown.stderr
    assert "not the desktop's keyring" in shown.stdout + shown.stderr
