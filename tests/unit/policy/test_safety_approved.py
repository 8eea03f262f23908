"""With a PIN set, the safety settings in force are never looser than the ones the owner
approved with the PIN (kept with it in a real Secret Service): an edit of settings.toml that
widens a role, drops a PIN action, shows a hidden device or sees every device is ignored,
including by `hearth do` in a separate process, until the owner applies it with the PIN; an
edit that tightens applies at once; with no PIN set the file decides."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import keyring
import pytest

from app.bootstrap import demo_home_source
from app.config.secret_store import SERVICE
from app.config.settings import RoleSettings, SafetySettings, Settings
from app.core.home import Home
from app.core.plan import Risk
from app.policy import approved, pin, roles, safety
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.processes import run_hearth

PIN = "582046"


def _approved(profile: str = "owner", **changes: object) -> Settings:
    """Settings saved with *changes* to ``[safety]``, then a first PIN set: they are the
    approved ones."""
    settings = Settings()
    settings.safety.profile = profile
    for key, value in changes.items():
        setattr(settings.safety, key, value)
    settings.save()
    safety.change_pin(None, PIN, PIN, settings)
    return settings


def _edit(settings: Settings, toml: str) -> Settings:
    """Rewrite settings.toml by hand (no PIN) with *toml*, and read it back."""
    settings.path.write_text(toml, encoding="utf-8")
    return Settings.load()


def _in_force() -> safety.ActiveProfile:
    return safety.active_profile(Settings.load().safety)


def _item() -> dict[str, object]:
    data: dict[str, object] = json.loads(keyring.get_password(SERVICE, "pin") or "")
    return data


# -- in this process ---------------------------------------------------------------------------


def test_a_file_that_widens_the_child_profile_is_ignored(secret_service: KeyringSession) -> None:
    settings = _approved("child")
    _edit(
        settings,
        '[safety]\nprofile = "child"\n[safety.roles.child]\nhighest_risk = "high"\n'
        'domains = ["light", "switch", "fan", "media_player", "todo", "scene", "lock"]\n',
    )
    active = _in_force()
    assert active.role == roles.DEFAULT_ROLES["child"]
    assert active.role.highest_risk is Risk.LOW
    assert "safety.roles.child" in active.ignored
    assert "hearth safety accept" in active.ignored
    assert not active.problem  # the profile itself is the one switched to


def test_dropped_pin_actions_unhidden_devices_and_seeing_all_are_ignored(
    secret_service: KeyringSession,
) -> None:
    settings = _approved(pin_actions=["scene.turn_on", "switch.turn_on"], hidden=["lock.back_door"])
    _edit(
        settings,
        '[safety]\npin_actions = ["switch.turn_on"]\nexposure = "all"\nhidden = []\n'
        'shown = ["lock.front_door"]\n',
    )
    active = _in_force()
    assert active.safety.pin_actions == ["scene.turn_on", "switch.turn_on"]
    assert active.safety.hidden == ["lock.back_door"]
    assert active.safety.exposure == "assist"
    assert active.safety.shown == []
    for name in ("safety.pin_actions", "safety.exposure", "safety.hidden", "safety.shown"):
        assert name in active.ignored
    assert active.role == roles.OWNER


def test_an_edit_that_only_tightens_applies(secret_service: KeyringSession) -> None:
    settings = _approved(pin_actions=["scene.turn_on"], exposure="all", shown=["lock.back_door"])
    _edit(
        settings,
        '[safety]\npin_actions = ["scene.turn_on", "climate.set_temperature"]\n'
        'exposure = "assist"\nhidden = ["switch.coffee_machine"]\n'
        '[safety.roles.owner]\nhighest_risk = "medium"\ndenied_actions = ["lock.unlock"]\n'
        '[safety.roles.child]\ndomains = ["light"]\n',
    )
    active = _in_force()
    assert active.ignored == ""
    assert active.safety.pin_actions == ["climate.set_temperature", "scene.turn_on"]
    assert (active.safety.exposure, active.safety.shown) == ("assist", [])
    assert active.safety.hidden == ["switch.coffee_machine"]
    assert active.role.highest_risk is Risk.MEDIUM
    assert active.role.denied_actions == frozenset({"lock.unlock"})
    assert roles.role_named("child", active.safety).domains == frozenset({"light"})


def test_tightening_and_loosening_at_once_keeps_the_tighter_of_each(
    secret_service: KeyringSession,
) -> None:
    settings = _approved("child", roles={"child": RoleSettings(domains=["light", "switch"])})
    _edit(
        settings,
        '[safety]\nprofile = "child"\n[safety.roles.child]\n'
        'domains = ["light", "lock"]\nhighest_risk = "high"\ndenied_actions = ["light.turn_on"]\n',
    )
    role = _in_force().role
    assert role.domains == frozenset({"light"})  # switch dropped (tighter), lock not added
    assert role.highest_risk is Risk.LOW
    assert role.denied_actions == frozenset({"light.turn_on"})


def test_the_owner_applies_the_file_with_the_pin(secret_service: KeyringSession) -> None:
    settings = _approved("child")
    edited = _edit(
        settings,
        '[safety]\nprofile = "child"\nexposure = "all"\n'
        '[safety.roles.child]\nhighest_risk = "medium"\n',
    )
    with pytest.raises(safety.WrongPinError):
        safety.accept_file(edited, "000000")
    with pytest.raises(safety.WrongPinError):
        safety.accept_file(edited, None)
    assert _in_force().role.highest_risk is Risk.LOW
    active = safety.accept_file(edited, PIN)
    assert active.role.highest_risk is Risk.MEDIUM
    assert active.safety.exposure == "all"
    assert active.ignored == ""
    assert _in_force().role.highest_risk is Risk.MEDIUM


def test_hearths_own_changes_keep_the_approved_copy(secret_service: KeyringSession) -> None:
    settings = _approved()
    # Adding a PIN action needs no PIN, and is kept as approved too: dropping it from the
    # file afterwards is ignored.
    safety.set_pin_actions(settings, ["switch.turn_on"], None)
    _edit(settings, "[safety]\npin_actions = []\n")
    assert _in_force().safety.pin_actions == ["switch.turn_on"]
    # The window shows the file's (empty) list: saving it unchanged still needs the PIN.
    with pytest.raises(safety.WrongPinError):
        safety.set_pin_actions(Settings.load(), [], None)
    safety.set_pin_actions(Settings.load(), [], PIN)
    assert _in_force().safety.pin_actions == []
    # The same for hiding a device, and seeing all.
    safety.set_exposure(Settings.load(), "assist", ["lock.back_door"], None)
    _edit(settings, '[safety]\nhidden = []\nexposure = "all"\n')
    assert (_in_force().safety.hidden, _in_force().safety.exposure) == (
        ["lock.back_door"],
        "assist",
    )
    with pytest.raises(safety.WrongPinError):
        safety.set_exposure(Settings.load(), "all", [], None)
    safety.set_exposure(Settings.load(), "all", [], PIN)
    assert (_in_force().safety.hidden, _in_force().safety.exposure) == ([], "all")
    # Switching profiles does not approve the file's looser settings.
    _edit(settings, '[safety]\nexposure = "all"\n[safety.roles.adult]\nhighest_risk = "low"\n')
    safety.switch_profile(Settings.load(), "adult", PIN)
    assert _in_force().role.highest_risk is Risk.LOW  # the file's tighter one applies
    _edit(
        settings,
        '[safety]\nprofile = "adult"\nexposure = "all"\n[safety.roles.child]\n'
        'highest_risk = "high"\n',
    )
    active = _in_force()
    assert active.role == roles.DEFAULT_ROLES["adult"]  # only the profile was approved
    assert roles.role_named("child", active.safety).highest_risk is Risk.LOW


def test_changing_the_pin_keeps_the_approved_settings(secret_service: KeyringSession) -> None:
    settings = _approved(hidden=["lock.back_door"])
    _edit(settings, "[safety]\nhidden = []\n")
    safety.change_pin(PIN, "1234", "1234", Settings.load())
    assert _in_force().safety.hidden == ["lock.back_door"]


def test_without_a_pin_the_file_decides(secret_service: KeyringSession) -> None:
    settings = _approved("child", hidden=["lock.back_door"])
    safety.remove_pin(PIN)
    _edit(
        settings,
        '[safety]\nprofile = "child"\nexposure = "all"\n[safety.roles.child]\n'
        'highest_risk = "high"\n',
    )
    active = _in_force()
    assert active.role.highest_risk is Risk.HIGH
    assert (active.safety.exposure, active.safety.hidden, active.ignored) == ("all", [], "")
    with pytest.raises(pin.NoPinError):
        safety.accept_file(Settings.load(), PIN)


def test_a_pin_set_before_the_copy_was_kept_meets_the_defaults_until_the_pin_is_typed(
    secret_service: KeyringSession,
) -> None:
    """Upgrading: the keyring item keeps the profile but no approved safety settings."""
    settings = _approved("child")
    item = _item()
    del item["safety"]
    keyring.set_password(SERVICE, "pin", json.dumps(item))
    _edit(
        settings,
        '[safety]\nprofile = "child"\nexposure = "all"\npin_actions = ["scene.turn_on"]\n'
        '[safety.roles.child]\nhighest_risk = "high"\ndomains = ["light"]\n',
    )
    active = _in_force()
    # Looser than the defaults: ignored; tighter: applies.
    assert active.role.highest_risk is Risk.LOW
    assert active.role.domains == frozenset({"light"})
    assert (active.safety.exposure, active.safety.pin_actions) == ("assist", ["scene.turn_on"])
    assert "set before Hearth kept them" in active.ignored
    # The next right PIN keeps what is in force as approved, never the file's looser ones.
    assert pin.verify(PIN)
    kept = _item()["safety"]
    assert kept == approved.approved_copy(active.safety)
    _edit(settings, '[safety]\nprofile = "child"\n[safety.roles.child]\nhighest_risk = "high"\n')
    after = _in_force()
    assert after.role.highest_risk is Risk.LOW
    assert after.role.domains == frozenset({"light"})  # the kept copy has the tighter domains
    assert after.safety.pin_actions == ["scene.turn_on"]


@pytest.mark.parametrize(
    "damaged",
    [
        "not an object",
        {"exposure": "everything"},
        {"roles": {"wizard": {}}},
        {"profile": "owner"},
        {"hidden": "lock.front_door"},
    ],
)
def test_a_damaged_copy_stands_for_the_defaults(
    secret_service: KeyringSession, damaged: object
) -> None:
    settings = _approved("child")
    item = _item()
    item["safety"] = damaged
    keyring.set_password(SERVICE, "pin", json.dumps(item))
    _edit(settings, '[safety]\nprofile = "child"\n[safety.roles.child]\nhighest_risk = "high"\n')
    active = _in_force()
    assert active.role == roles.DEFAULT_ROLES["child"]
    assert "kept in the keyring are damaged" in active.ignored
    assert pin.verify(PIN)  # the PIN still works
    assert safety.accept_file(Settings.load(), PIN).role.highest_risk is Risk.HIGH


def test_a_keyring_that_fails_meets_the_defaults(secret_service: KeyringSession) -> None:
    settings = _approved("child")
    edited = _edit(
        settings,
        '[safety]\nprofile = "child"\nexposure = "all"\n[safety.roles.guest]\n'
        'highest_risk = "high"\n',
    )
    secret_service.stop_keyring_daemon()
    active = safety.active_profile(edited.safety)
    assert active.role == roles.DEFAULT_ROLES["guest"]
    assert active.safety.exposure == "assist"


def test_the_approved_copy_is_canonical() -> None:
    one = SafetySettings(
        pin_actions=["b", "a", "a"],
        hidden=["y", "x"],
        roles={"child": RoleSettings(domains=["light", "fan"]), "adult": RoleSettings()},
    )
    other = SafetySettings(
        profile="guest",
        pin_actions=["a", "b"],
        hidden=["x", "y"],
        roles={"child": RoleSettings(domains=["fan", "light"])},
    )
    assert approved.approved_copy(one) == approved.approved_copy(other)
    assert json.loads(json.dumps(approved.approved_copy(one))) == approved.approved_copy(one)


# -- `hearth do` in a separate process --------------------------------------------------------


def _hearth(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`hearth` in a separate process, on this test's folders and keyring."""
    keyring_env = {
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
        "HEARTH_NO_LLM": "1",
    }
    return run_hearth(*args, stdin=stdin, env=keyring_env, timeout=180)


def _do(command: str) -> subprocess.CompletedProcess[str]:
    """`hearth do --demo --yes COMMAND`: what runs unasked."""
    return _hearth("do", "--demo", "--yes", command)


def _temperature(home: Path) -> object:
    return Home.load(home).entities["climate.living_room"].attributes["temperature"]


def _demo_state(tmp_path: Path) -> Path:
    return tmp_path / "data" / "demo-home.yaml"


def test_hearth_do_keeps_the_child_profile_the_owner_approved(
    secret_service: KeyringSession, tmp_path: Path
) -> None:
    settings = _approved("child")
    _edit(
        settings,
        '[safety]\nprofile = "child"\n[safety.roles.child]\nhighest_risk = "high"\n'
        'domains = ["light", "switch", "climate", "lock"]\n',
    )
    done = _do("set the thermostat to 25")
    assert done.returncode == 4, done.stderr
    assert "the child profile can't" in done.stderr
    assert "safety.roles.child" in done.stderr and "hearth safety accept" in done.stderr
    assert _temperature(_demo_state(tmp_path)) == 21.0
    # A wrong PIN applies nothing; the owner's PIN applies the file's changes.
    wrong = _hearth("safety", "accept", "--stdin", stdin="000000\n")
    assert wrong.returncode == 4, wrong.stderr
    assert "wrong PIN" in wrong.stderr
    accepted = _hearth("safety", "accept", "--stdin", stdin=f"{PIN}\n")
    assert accepted.returncode == 0, accepted.stderr
    assert "profile: child" in accepted.stdout
    done = _do("set the thermostat to 25")
    assert done.returncode == 0, done.stderr
    assert "hearth safety accept" not in done.stderr
    assert _temperature(_demo_state(tmp_path)) == 25.0


def test_hearth_do_keeps_a_pin_action_the_file_dropped(
    secret_service: KeyringSession, tmp_path: Path
) -> None:
    settings = _approved(pin_actions=["switch.turn_on"])
    _edit(settings, "[safety]\npin_actions = []\n")
    done = _do("turn on the coffee machine")
    assert done.returncode == 4, done.stderr
    assert "safety.pin_actions" in done.stderr
    assert Home.load(_demo_state(tmp_path)).entities["switch.coffee_machine"].state == "off"
    # The owner drops it with the PIN (Settings › Safety does the same).
    safety.set_pin_actions(Settings.load(), [], PIN)
    done = _do("turn on the coffee machine")
    assert done.returncode == 0, done.stderr
    assert Home.load(_demo_state(tmp_path)).entities["switch.coffee_machine"].state == "on"


def test_hearth_do_keeps_a_device_hidden(secret_service: KeyringSession, tmp_path: Path) -> None:
    settings = _approved(hidden=["switch.coffee_machine"])
    _edit(settings, "[safety]\nhidden = []\n")
    done = _do("turn on the coffee machine")
    assert done.returncode != 0, done.stderr
    assert "safety.hidden" in done.stderr
    assert "Traceback" not in done.stderr
    assert Home.load(_demo_state(tmp_path)).entities["switch.coffee_machine"].state == "off"


def _home_with_a_device_not_exposed(tmp_path: Path) -> Path:
    """The demo home (`--demo`, whose state is written back) with the coffee machine not
    exposed to Assist."""
    text = demo_home_source().read_text(encoding="utf-8")
    marker = "  - entity_id: switch.coffee_machine\n    name: Coffee Machine\n"
    assert marker in text
    home = _demo_state(tmp_path)
    home.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    home.write_text(text.replace(marker, marker + "    exposed: false\n"), encoding="utf-8")
    return home


def test_hearth_do_does_not_see_all_when_only_the_file_says_so(
    secret_service: KeyringSession, tmp_path: Path
) -> None:
    home = _home_with_a_device_not_exposed(tmp_path)
    settings = _approved()
    _edit(settings, '[safety]\nexposure = "all"\n')
    done = _do("turn on the coffee machine")
    assert done.returncode != 0, done.stderr
    assert "safety.exposure" in done.stderr
    assert Home.load(home).entities["switch.coffee_machine"].state == "off"


def test_hearth_do_without_a_pin_follows_the_file(
    secret_service: KeyringSession, tmp_path: Path
) -> None:
    home = _home_with_a_device_not_exposed(tmp_path)
    settings = Settings()
    settings.safety.profile = "child"
    settings.safety.hidden = ["climate.living_room"]
    settings.save()
    _edit(
        settings,
        '[safety]\nprofile = "child"\nexposure = "all"\n'
        '[safety.roles.child]\ndomains = ["switch", "climate"]\n',
    )
    done = _do("turn on the coffee machine")
    assert done.returncode == 0, done.stderr
    assert Home.load(home).entities["switch.coffee_machine"].state == "on"
    done = _do("set the thermostat to 25")
    assert done.returncode == 0, done.stderr
    assert _temperature(home) == 25.0
    accept = _hearth("safety", "accept", "--stdin", stdin=f"{PIN}\n")
    assert accept.returncode == 2, accept.stderr
    assert "no PIN is set" in accept.stderr


def test_planning_does_not_see_a_device_only_the_file_shows(
    secret_service: KeyringSession, tmp_path: Path
) -> None:
    """`hearth plan` (whose devices may go to the language model) and `hearth llm prompt`
    (what would be sent) see what the owner approved, not the file's."""
    settings = _approved(hidden=["switch.coffee_machine"])
    _edit(settings, "[safety]\nhidden = []\n")
    planned = _hearth("plan", "--json", "turn on the coffee machine")
    assert planned.returncode == 3, planned.stderr
    assert "switch.coffee_machine" not in planned.stdout
    prompt = _hearth("llm", "prompt", "--json", "turn on the coffee machine")
    assert prompt.returncode == 0, prompt.stderr
    assert "switch.coffee_machine" not in prompt.stdout
    hidden_home = _devices_in_prompt(prompt.stdout)
    safety.accept_file(Settings.load(), PIN)
    planned = _hearth("plan", "--json", "turn on the coffee machine")
    assert planned.returncode == 0, planned.stderr
    assert "switch.coffee_machine" in planned.stdout
    prompt = _hearth("llm", "prompt", "--json", "turn on the coffee machine")
    assert "switch.coffee_machine" in prompt.stdout
    assert _devices_in_prompt(prompt.stdout) == hidden_home + 1


def _devices_in_prompt(output: str) -> int:
    """How many devices the prompt of `hearth llm prompt --json` knows: those listed (a line
    each, starting with an entity id) and those it says it left out."""
    content = json.loads(output)["messages"][-1]["content"]
    listed = len(re.findall(r"^[a-z_]+\.\w+ ", content, flags=re.MULTILINE))
    left_out = re.search(r"\((\d+) more devices not listed", content)
    return listed + (int(left_out.group(1)) if left_out else 0)


def test_a_right_pin_stays_right_when_the_settings_file_cannot_be_read(
    secret_service: KeyringSession,
) -> None:
    """The copy is kept inside the PIN check: a bad file must not turn a right PIN wrong."""
    settings = _approved()
    item = _item()
    del item["safety"]
    keyring.set_password(SERVICE, "pin", json.dumps(item))
    settings.path.write_text("[safety\nnot toml", encoding="utf-8")
    assert pin.verify(PIN)
    after = _item()
    assert (after["failures"], after["safety"]) == (0, None)


def test_hearth_pin_set_approves_the_settings_in_force(secret_service: KeyringSession) -> None:
    settings = Settings()
    settings.safety.pin_actions = ["switch.turn_on"]
    settings.safety.roles["child"] = RoleSettings(highest_risk="medium")
    settings.save()
    done = _hearth("pin", "set", "--stdin", stdin=f"{PIN}\n{PIN}\n")
    assert done.returncode == 0, done.stderr
    assert _item()["safety"] == approved.approved_copy(settings.safety)
    _edit(settings, "[safety]\n")
    active = _in_force()
    assert active.safety.pin_actions == ["switch.turn_on"]
    assert roles.role_named("child", active.safety).highest_risk is Risk.LOW
