"""The language-model page's keyring and settings work, without Qt: whether a key is kept
for an endpoint, the configuration a test tries (what the fields say, before anything is
saved), and Apply (the key to the keyring, the settings to settings.toml).

Every function here blocks (the keyring may wait for its unlock prompt; the settings file):
never on the GUI thread.
"""

from __future__ import annotations

from app.config.settings import LLMSettings, Settings
from app.core.errors import ConfigError
from app.understanding.llm.config import (
    LOCAL_FILE,
    LLMConfig,
    get_api_key,
    normalise_base_url,
    normalise_endpoint,
    resolve,
    set_api_key,
)


def key_kept(base_url: str) -> bool:
    """Whether the keyring keeps an API key for *base_url* (False when the address is not
    one or the keyring cannot be read: said on Apply)."""
    try:
        return bool(get_api_key(normalise_base_url(base_url)))
    except ConfigError:
        return False


def config_to_try(edited: LLMSettings, typed_key: str) -> LLMConfig:
    """What the fields say, with the key typed there or else the one kept for the address.
    The environment is left out: the page tests what the person sees."""
    typed = typed_key.strip()
    return resolve(edited, {}, read_key=(lambda _url: typed) if typed else None)


def keep(settings: Settings, edited: LLMSettings, typed_key: str) -> LLMConfig:
    """Keep the typed key in the keyring, save *edited* as the settings' ``[llm]`` and return
    the configuration to plan with. Raises ConfigError (SecretStoreError when the keyring
    fails) or StorageError."""
    typed = typed_key.strip()
    if edited.base_url:
        edited.base_url = normalise_endpoint(edited.base_url)
    if typed and edited.base_url != LOCAL_FILE:  # a model file Hearth runs needs no key
        if not edited.base_url:
            raise ConfigError("enter the endpoint the key is for")
        set_api_key(edited.base_url, typed)
    settings.llm = edited
    settings.save()
    return resolve(edited)
