"""Settings (TOML in the platform config dir) and secrets (the OS keyring, nothing else,
through :mod:`app.config.secret_store`).

``HEARTH_CONFIG_DIR`` and ``HEARTH_DATA_DIR`` move the two folders (tests, portable installs).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import math
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

from app.config import filemodes, logsafety, secret_store
from app.config.files import replaceable_target
from app.core.errors import ConfigError, StorageError
from app.records.storage import describe

_LOGGER = logging.getLogger(__name__)

APP_NAME = "hearth"
MAX_SETTINGS_BYTES = 1024 * 1024
"""The largest settings file read (a real one is a few kilobytes)."""
KEYRING_SERVICE = secret_store.SERVICE
"""The keyring service of Hearth's items (kept and accessed only in
:mod:`app.config.secret_store`)."""


def config_dir() -> Path:
    override = os.environ.get("HEARTH_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    override = os.environ.get("HEARTH_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


@dataclass(slots=True)
class HomeAssistantSettings:
    url: str = ""
    """Base URL such as http://homeassistant.local:8123 (empty: not connected)."""
    timeout: float = 10.0


LLM_MODES = ("local_only", "local_first", "llm_first")


@dataclass(slots=True)
class LLMSettings:
    """The language-model planner (docs/llm.md). Its API key lives only in the keyring."""

    base_url: str = ""
    """An OpenAI-compatible endpoint, e.g. https://api.openai.com/v1 or
    http://localhost:11434/v1 (empty: no language model)."""
    model: str = ""
    mode: str = "local_first"
    """local_only, local_first (the language model only when the local planner is not sure)
    or llm_first."""
    timeout: float = 8.0
    """Seconds a plan may wait for the model, retries included."""
    debug_log: bool = False
    """Log what is sent to the model and what it answers (at debug level; never the key)."""


@dataclass(slots=True)
class RoleSettings:
    """The owner's changes to one role's defaults (None: keep the default)."""

    domains: list[str] | None = None
    areas: list[str] | None = None
    denied_actions: list[str] | None = None
    highest_risk: str | None = None
    """"low", "medium" or "high"."""


EXPOSURE_MODES = ("assist", "all")


@dataclass(slots=True)
class CalendarSettings:
    """Where events and reminders go. The CalDAV password lives only in the keyring."""

    default: str = "calendar.hearth"
    """The calendar new events go to when the person names none (the local one)."""
    home_assistant: bool = True
    """Use Home Assistant's calendar entities too, when connected."""
    caldav_url: str = ""
    """A CalDAV account (Nextcloud, Radicale, iCloud, ...): its URL (empty: none)."""
    caldav_username: str = ""
    reminders_todo: str = ""
    """A Home Assistant to-do list (``todo.reminders``) that mirrors every reminder (empty:
    none)."""


@dataclass(slots=True)
class SafetySettings:
    profile: str = "owner"
    """The active profile (role): owner, adult, child or guest. Switching needs the PIN. With
    a PIN set this only mirrors the profile kept with the PIN in the keyring, which decides
    (:func:`app.policy.safety.active_profile`: when the two differ, the most restrictive
    applies)."""
    pin_actions: list[str] = field(default_factory=list)
    """Actions that need the PIN besides the built-in high-risk ones (``cover.open_cover``)."""
    roles: dict[str, RoleSettings] = field(default_factory=dict)
    """Per role name, the owner's changes to its defaults."""
    exposure: str = "assist"
    """Which devices Hearth sees: "assist" follows Home Assistant's list of entities exposed
    to its Assist (every entity of a demo home or snapshot that does not say otherwise);
    "all" sees every entity. ``hidden`` and ``shown`` refine either."""
    hidden: list[str] = field(default_factory=list)
    """Entity ids Hearth never sees nor controls, whatever Home Assistant exposes."""
    shown: list[str] = field(default_factory=list)
    """Entity ids Hearth sees although Home Assistant does not expose them to Assist."""


@dataclass(slots=True)
class VoiceSettings:
    """Push-to-talk (``[voice]``)."""

    model: str = ""
    """The speech model: an installed model's name or a folder (empty: the first one installed
    for the language)."""
    shortcut: str = "Ctrl+Space"
    """The key to hold while speaking, in the window (Qt's key sequence text)."""
    sound_cue: bool = True
    """A short sound when listening starts and stops (besides the visual cue)."""
    confidence: float = 0.6
    """Lowest recognition confidence (0 to 1) at which a spoken command may run without being
    seen; below it, the plan waits for the person's approval."""
    free_form: bool = True
    """Also decode without the home's phrase list (catches free text such as a reminder's
    message, at more processor time)."""


@dataclass(slots=True)
class Settings:
    language: str = "en"
    area: str | None = None
    """This computer's area id."""
    time_zone: str | None = None
    """The IANA time zone reminders and the calendar are read in (None: this computer's)."""
    data_folder: str | None = None
    """Where history, reminders and the local calendar are kept (None: the platform's data
    folder); a change applies at the next start (app/config/data_folder.py)."""
    data_folder_was: str | None = None
    """The data folder in use when ``data_folder`` was chosen: what the new one lacks is
    copied from it at the next start."""
    auto_run_low_risk: bool = False
    """Run low-risk plans from the local planner without asking."""
    close_to_tray: bool = True
    """Closing the window keeps Hearth running in the system tray (when there is one)."""
    home_file: str | None = None
    """A snapshot file to plan against when Home Assistant is not configured."""
    quick_commands: list[str] = field(
        default_factory=lambda: ["Turn off all the lights", "Lock the front door"]
    )
    home_assistant: HomeAssistantSettings = field(default_factory=HomeAssistantSettings)
    safety: SafetySettings = field(default_factory=SafetySettings)
    llm: LLMSettings = field(default_factory=LLMSettings)
    calendar: CalendarSettings = field(default_factory=CalendarSettings)
    voice: VoiceSettings = field(default_factory=VoiceSettings)

    @property
    def path(self) -> Path:
        return config_dir() / "settings.toml"

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or config_dir() / "settings.toml"
        if not os.path.lexists(path):
            return cls()
        from app.config.files import UnreadableFileError, read_regular_file

        try:
            text = read_regular_file(path, MAX_SETTINGS_BYTES).decode("utf-8")
            raw = tomllib.loads(text)
        except UnreadableFileError as err:
            raise ConfigError(f"cannot read settings {path}: it {err}") from err
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            raise ConfigError(f"cannot read settings {path}: {err}") from err
        except RecursionError as err:
            raise ConfigError(f"cannot read settings {path}: it is nested too deeply") from err
        return cls.from_dict(raw, str(path))

    @classmethod
    def from_dict(cls, raw: dict[str, Any], source: str = "settings") -> Settings:
        settings = cls()
        raw = dict(raw)
        ha_raw = raw.pop("home_assistant", {}) or {}
        if not isinstance(ha_raw, dict):
            raise ConfigError(f"{source}: [home_assistant] must be a table")
        settings.safety = _safety_from_dict(raw.pop("safety", {}) or {}, source)
        settings.llm = _llm_from_dict(raw.pop("llm", {}) or {}, source)
        settings.calendar = _calendar_from_dict(raw.pop("calendar", {}) or {}, source)
        settings.voice = _voice_from_dict(raw.pop("voice", {}) or {}, source)
        if "token" in ha_raw or "token" in raw:
            raise ConfigError(
                f"{source}: a token must not be stored in the settings file; "
                "run `hearth connect` to keep it in the system keyring"
            )
        for key, value in raw.items():
            if key not in _SETTING_TYPES:
                _LOGGER.warning("Ignoring unknown setting %r in %s", key, source)
                continue
            _check_type(source, key, value, _SETTING_TYPES[key])
            setattr(settings, key, value)
        for key, value in ha_raw.items():
            if key in _HA_SETTING_TYPES:
                _check_type(source, f"home_assistant.{key}", value, _HA_SETTING_TYPES[key])
                setattr(settings.home_assistant, key, value)
        if not all(isinstance(c, str) for c in settings.quick_commands):
            raise ConfigError(f"{source}: quick_commands must be a list of texts")
        settings.home_assistant.timeout = _seconds(
            source, "home_assistant.timeout", settings.home_assistant.timeout
        )
        if settings.time_zone is not None:
            from app.core.clock import zone

            try:
                zone(settings.time_zone)
            except ConfigError as err:
                raise ConfigError(f"{source}: time_zone: {err}") from err
        return settings

    def to_dict(self) -> dict[str, Any]:
        return _without_none(dataclasses.asdict(self))

    def save(self, path: Path | None = None) -> None:
        """Write the settings through a temporary file (the old file stays whole);
        StorageError when they cannot be written (a full disk, a read-only folder). A
        settings file that is a symbolic link (dotfiles kept elsewhere) is written through:
        the link stays a link."""
        given = path or self.path
        path = replaceable_target(given)
        if path is None:
            raise StorageError(f"cannot save the settings to {given}: it is not a regular file")
        tmp = path.with_name(path.name + ".tmp")
        try:
            filemodes.private_folder(path.parent)
            filemodes.write_private_text(tmp, tomli_w.dumps(self.to_dict()))
            tmp.replace(path)
        except OSError as err:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise StorageError(f"cannot save the settings to {path}: {describe(err)}") from err


# What each setting must be (TOML has no null: optional settings are simply left out).
_SETTING_TYPES: dict[str, tuple[type, ...]] = {
    "language": (str,),
    "area": (str,),
    "time_zone": (str,),
    "data_folder": (str,),
    "data_folder_was": (str,),
    "auto_run_low_risk": (bool,),
    "close_to_tray": (bool,),
    "home_file": (str,),
    "quick_commands": (list,),
}
_HA_SETTING_TYPES: dict[str, tuple[type, ...]] = {
    "url": (str,),
    "timeout": (int, float),
}
_ROLE_SETTING_KEYS = ("domains", "areas", "denied_actions")
_RISKS = ("low", "medium", "high")


def _without_none(data: dict[str, Any]) -> dict[str, Any]:
    """TOML has no null: unset optional values are left out (and read back as None)."""
    return {
        k: _without_none(v) if isinstance(v, dict) else v for k, v in data.items() if v is not None
    }


def _text_list(source: str, key: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise ConfigError(f"{source}: {key} must be a list of texts")
    return list(value)


def _llm_from_dict(raw: object, source: str) -> LLMSettings:
    llm = LLMSettings()
    _read_table(
        raw,
        source,
        "llm",
        llm,
        _LLM_SETTING_TYPES,
        secrets=("api_key", "key"),
        hint="an API key must not be stored in the settings file; "
        "run `hearth llm set-key` to keep it in the system keyring",
    )
    if llm.mode not in LLM_MODES:
        raise ConfigError(f"{source}: llm.mode must be one of {', '.join(LLM_MODES)}")
    llm.timeout = _seconds(source, "llm.timeout", llm.timeout)
    return llm


_LLM_SETTING_TYPES: dict[str, tuple[type, ...]] = {
    "base_url": (str,),
    "model": (str,),
    "mode": (str,),
    "timeout": (int, float),
    "debug_log": (bool,),
}


def _safety_from_dict(raw: object, source: str) -> SafetySettings:
    from app.policy.roles import ROLE_NAMES

    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: [safety] must be a table")
    safety = SafetySettings()
    profile = raw.get("profile", safety.profile)
    if profile not in ROLE_NAMES:
        raise ConfigError(f"{source}: safety.profile must be one of {', '.join(ROLE_NAMES)}")
    safety.profile = profile
    safety.pin_actions = _text_list(source, "safety.pin_actions", raw.get("pin_actions", []))
    safety.exposure = raw.get("exposure", safety.exposure)
    if safety.exposure not in EXPOSURE_MODES:
        raise ConfigError(f"{source}: safety.exposure must be one of {', '.join(EXPOSURE_MODES)}")
    safety.hidden = _text_list(source, "safety.hidden", raw.get("hidden", []))
    safety.shown = _text_list(source, "safety.shown", raw.get("shown", []))
    roles = raw.get("roles", {})
    if not isinstance(roles, dict):
        raise ConfigError(f"{source}: [safety.roles] must be a table")
    for name, table in roles.items():
        where = f"safety.roles.{name}"
        if name not in ROLE_NAMES:
            raise ConfigError(f"{source}: unknown role {name!r} (one of {', '.join(ROLE_NAMES)})")
        if not isinstance(table, dict):
            raise ConfigError(f"{source}: [{where}] must be a table")
        role = RoleSettings()
        for key, value in table.items():
            if key in _ROLE_SETTING_KEYS:
                setattr(role, key, _text_list(source, f"{where}.{key}", value))
            elif key == "highest_risk":
                if value not in _RISKS:
                    raise ConfigError(f"{source}: {where}.highest_risk must be low, medium or high")
                role.highest_risk = value
            else:
                raise ConfigError(f"{source}: unknown setting {where}.{key}")
        safety.roles[name] = role
    for key in raw:
        if key not in ("profile", "pin_actions", "roles", "exposure", "hidden", "shown"):
            raise ConfigError(f"{source}: unknown setting safety.{key}")
    return safety


#: The longest timeout a setting may ask for: longer is a typo, and waits nobody wants.
MAX_TIMEOUT_S = 300.0


def _seconds(source: str, key: str, value: float) -> float:
    """*value* as a timeout in seconds: a finite number more than 0 and at most
    :data:`MAX_TIMEOUT_S`. TOML allows ``nan`` and ``inf``, and ``nan`` passes every ``<=``
    test, so the check is written so that only a usable number gets through."""
    try:
        seconds = float(value)
    except OverflowError:  # an integer beyond any float
        seconds = math.inf
    if not (math.isfinite(seconds) and 0.0 < seconds <= MAX_TIMEOUT_S):
        raise ConfigError(
            f"{source}: {key} must be a number of seconds more than 0 and at most "
            f"{MAX_TIMEOUT_S:g}, not {value!r}"
        )
    return seconds


_TYPE_WORDS = {str: "text", bool: "true or false", list: "a list", int: "a number"}


def _check_type(source: str, key: str, value: object, expected: tuple[type, ...]) -> None:
    # bool is an int in Python, but `timeout = true` is a mistake, not one second.
    if isinstance(value, expected) and not (isinstance(value, bool) and bool not in expected):
        return
    raise ConfigError(f"{source}: {key} must be {_TYPE_WORDS[expected[0]]}")


def _voice_from_dict(raw: object, source: str) -> VoiceSettings:
    voice = VoiceSettings()
    kinds: dict[str, tuple[type, ...]] = {
        "model": (str,),
        "shortcut": (str,),
        "sound_cue": (bool,),
        "confidence": (int, float),
        "free_form": (bool,),
    }
    _read_table(raw, source, "voice", voice, kinds)
    voice.confidence = float(voice.confidence)
    if not 0.0 <= voice.confidence <= 1.0:
        raise ConfigError(f"{source}: voice.confidence must be between 0 and 1")
    if not voice.shortcut.strip():
        raise ConfigError(f"{source}: voice.shortcut must name a key, e.g. Ctrl+Space")
    return voice


# -- secrets ---------------------------------------------------------------------------------


def _calendar_from_dict(raw: object, source: str) -> CalendarSettings:
    calendar = CalendarSettings()
    kinds: dict[str, tuple[type, ...]] = {
        "default": (str,),
        "home_assistant": (bool,),
        "caldav_url": (str,),
        "caldav_username": (str,),
        "reminders_todo": (str,),
    }
    _read_table(
        raw,
        source,
        "calendar",
        calendar,
        kinds,
        secrets=("password", "caldav_password"),
        hint="a CalDAV password must not be stored in the settings file; "
        "run `hearth calendar connect` to keep it in the system keyring",
    )
    return calendar


def _read_table(
    raw: object,
    source: str,
    section: str,
    target: object,
    kinds: dict[str, tuple[type, ...]],
    *,
    secrets: tuple[str, ...] = (),
    hint: str = "",
) -> None:
    """Set *target*'s fields from the TOML table *raw* (``[section]``), each checked against
    *kinds*; a key in *secrets* is refused with *hint* (secrets live in the keyring)."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: [{section}] must be a table")
    if any(key in raw for key in secrets):
        raise ConfigError(f"{source}: {hint}")
    for key, value in raw.items():
        if key not in kinds:
            raise ConfigError(f"{source}: unknown setting {section}.{key}")
        _check_type(source, f"{section}.{key}", value, kinds[key])
        setattr(target, key, value)


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
