"""The language-model page's keyring and settings work, without Qt, against a real Secret
Service: a typed key is tried without being kept, Apply keeps it and saves the settings."""

from __future__ import annotations

import pytest

from app.config.settings import LLMSettings, Settings
from app.core.errors import ConfigError
from app.session import llm_changes
from app.understanding.llm.config import get_api_key
from tests.helpers.keyring_session import KeyringSession

URL = "http://llm.session.test:8080/v1"
KEY = "sk-session-test-3c1e"


def test_a_typed_key_is_tried_without_being_kept(secret_service: KeyringSession) -> None:
    config = llm_changes.config_to_try(LLMSettings(base_url=URL, model="m"), f" {KEY} ")
    assert config.api_key == KEY
    assert get_api_key(URL) is None
    assert not llm_changes.key_kept(URL)


def test_apply_keeps_the_key_and_saves_the_settings(secret_service: KeyringSession) -> None:
    settings = Settings()
    config = llm_changes.keep(settings, LLMSettings(base_url=URL + "/", model="m"), KEY)
    assert config.api_key == KEY and config.base_url == URL
    assert get_api_key(URL) == KEY and llm_changes.key_kept(URL)
    saved = Settings.load().llm
    assert (saved.base_url, saved.model) == (URL, "m")
    assert KEY not in settings.path.read_text()
    # The kept key is what a test uses when none is typed.
    assert llm_changes.config_to_try(LLMSettings(base_url=URL, model="m"), "").api_key == KEY


def test_a_key_without_an_endpoint_is_refused(secret_service: KeyringSession) -> None:
    settings = Settings()
    with pytest.raises(ConfigError, match="endpoint the key is for"):
        llm_changes.keep(settings, LLMSettings(model="m"), KEY)
    assert not settings.path.exists()


def test_a_bad_address_reads_as_no_key_kept() -> None:
    assert not llm_changes.key_kept("not an address")
