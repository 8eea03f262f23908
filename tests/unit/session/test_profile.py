"""Binding a running assistant to the safety settings in force, on the virtual demo home."""

from __future__ import annotations

import pytest

from app.assistant import Assistant
from app.bootstrap import demo_home_source
from app.config.settings import SafetySettings
from app.core.home import Home
from app.policy import roles
from app.policy.safety import ActiveProfile
from app.session import profile
from integrations.virtual_home import VirtualHome


@pytest.fixture
def assistant() -> Assistant:
    virtual = VirtualHome(Home.load(demo_home_source()))
    return Assistant(virtual.home, virtual)


def test_the_active_profile_sets_the_role_and_the_pin_actions(assistant: Assistant) -> None:
    guest = roles.role_named("guest")
    active = ActiveProfile(guest, safety=SafetySettings(pin_actions=["cover.open_cover"]))
    profile.bind(assistant, active)
    assert assistant.executor.role == guest
    assert assistant.executor.pin_actions == frozenset({"cover.open_cover"})


def test_each_reason_is_said_once() -> None:
    owner = roles.role_named("owner")
    first = ActiveProfile(owner, problem="The keyring failed.", ignored="Some are ignored.")
    assert profile.news(None, first) == ["The keyring failed.", "Some are ignored."]
    assert profile.news(first, first) == []
    changed = ActiveProfile(owner, problem="The keyring failed.", ignored="Others are ignored.")
    assert profile.news(first, changed) == ["Others are ignored."]


def test_a_device_hidden_in_the_settings_is_gone_at_once(assistant: Assistant) -> None:
    home = assistant.home
    revision = home.revision
    lamp = home.entities["light.desk_lamp"]
    assert lamp.exposed
    profile.apply_saved(assistant, SafetySettings(hidden=["light.desk_lamp", "light.nowhere"]))
    assert not lamp.exposed and home.revision == revision + 1
    profile.apply_saved(assistant, SafetySettings(hidden=["light.desk_lamp"]))
    assert home.revision == revision + 1  # already hidden: nothing to rebuild
