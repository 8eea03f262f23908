"""Settings (TOML in the platform config dir) and secrets (the OS keyring, nothing else,
through :mod:`app.config.secret_store`).

The settings' tables are pydantic models (:mod:`app.config.settings_model`), loaded when one
is first asked for (``from app.config.settings import Settings``, or :func:`load_settings`),
not with this module: the folders, the names a setting may take
(:mod:`app.config.settings_base`) and the secrets need no pydantic, and neither does
importing the command line. ``HEARTH_CONFIG_DIR`` and ``HEARTH_DATA_DIR`` move the two
folders (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.config import logsafety, secret_store
from app.config.settings_base import (
    APP_NAME,
    EXPOSURE_MODES,
    LEGACY_LLM_TIMEOUT_S,
    LLM_MODES,
    MAX_SETTINGS_BYTES,
    MAX_TIMEOUT_S,
    RISK_LEVELS,
    ROLE_NAMES,
    config_dir,
    data_dir,
)

if TYPE_CHECKING:
    from app.config.settings_model import (
        CalendarSettings,
        HomeAssistantSettings,
        LLMSettings,
        RoleSettings,
        SafetySettings,
        Settings,
        VoiceSettings,
    )

__all__ = [
    "APP_NAME",
    "EXPOSURE_MODES",
    "LEGACY_LLM_TIMEOUT_S",
    "LLM_MODES",
    "MAX_SETTINGS_BYTES",
    "MAX_TIMEOUT_S",
    "RISK_LEVELS",
    "ROLE_NAMES",
    "CalendarSettings",
    "HomeAssistantSettings",
    "LLMSettings",
    "RoleSettings",
    "SafetySettings",
    "Settings",
    "VoiceSettings",
    "config_dir",
    "data_dir",
    "delete_token",
    "get_caldav_password",
    "get_token",
    "load_settings",
    "set_caldav_password",
    "set_token",
]


def __getattr__(name: str) -> Any:
    """The models (the names of ``__all__`` this module does not define itself), loaded when
    one is first asked for."""
    if name in __all__:
        # pydantic takes a tenth of a second to import: only what reads settings loads it.
        from app.config import settings_model  # noqa: PLC0415  lazy: pydantic takes 0.1 s to import, only what reads settings loads it

        return getattr(settings_model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_settings(path: Path | None = None) -> Settings:
    """The settings file read and checked (:meth:`Settings.load`)."""
    from app.config.settings_model import Settings  # noqa: PLC0415  lazy: pydantic takes 0.1 s to import, only what reads settings loads it

    return Settings.load(path)


# -- secrets ---------------------------------------------------------------------------------


def get_caldav_password(url: str, username: str) -> str | None:
    """The CalDAV password for *username* at *url*, from the keyring only."""
    return secret_store.get_secret(secret_store.caldav_password(url, username))


def set_caldav_password(url: str, username: str, password: str) -> None:
    """Keep the CalDAV password in the OS keyring. Never falls back to a file."""
    secret_store.set_secret(secret_store.caldav_password(url, username), password)


def get_token(url: str) -> str | None:
    """The Home Assistant token for *url*: ``HEARTH_HA_TOKEN`` if set, else the keyring."""
    from_env = os.environ.get("HEARTH_HA_TOKEN")
    if from_env:
        logsafety.remember(from_env)
        return from_env
    return secret_store.get_secret(secret_store.ha_token(url))


def set_token(url: str, token: str) -> None:
    """Keep the token in the OS keyring. Never falls back to a file."""
    secret_store.set_secret(secret_store.ha_token(url), token)


def delete_token(url: str) -> None:
    """Forget the token for *url* (none kept is fine)."""
    secret_store.delete_secret(secret_store.ha_token(url))
