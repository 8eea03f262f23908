"""The settings file's tables as pydantic models (re-exported by :mod:`app.config.settings`,
which loads this module when one of them is first asked for: importing the command line
loads no pydantic).

Each table of the file is a model: the model says what each setting must be, and
:func:`_message` turns pydantic's complaint into the settings' own words ("llm.timeout must
be a number").
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import tomllib
from pathlib import Path
from typing import Annotated, Any, ClassVar

import tomli_w
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from app.config.settings_base import (
    EXPOSURE_MODES,
    LEGACY_LLM_TIMEOUT_S,
    LLM_MODES,
    MAX_SETTINGS_BYTES,
    MAX_TIMEOUT_S,
    RISK_LEVELS,
    ROLE_NAMES,
    config_dir,
)
from app.core import filemodes
from app.core.clock import zone
from app.core.errors import ConfigError, StorageError
from app.core.files import (
    UnreadableFileError,
    os_error_words,
    read_regular_file,
    replaceable_target,
)

_LOGGER = logging.getLogger(__name__)

_WHERE = "{where}"
"""Stands for the setting's dotted name in a problem's text (filled in by :func:`_message`)."""


def _problem(text: str) -> PydanticCustomError:
    """A setting's value that is wrong for a reason its type does not say; *text* is the
    message after the settings file's name, with :data:`_WHERE` for the setting's name."""
    return PydanticCustomError("hearth_setting", "{text}", {"text": text})


def _one_of(values: tuple[str, ...], words: str, *, optional: bool = False) -> BeforeValidator:
    """A text that must be one of *values* (*words* says which, in the message)."""

    def check(value: object) -> object:
        if (value is None and optional) or value in values:
            return value
        raise _problem(f"{_WHERE} must be {words}")

    return BeforeValidator(check)


def _seconds(value: object, handler: ValidatorFunctionWrapHandler) -> float:
    """*value* as a timeout: a finite number of seconds more than 0 and at most
    :data:`MAX_TIMEOUT_S`. TOML allows ``nan`` and ``inf``, and ``nan`` passes every ``<=``
    test, so the check is written so that only a usable number gets through."""
    try:
        seconds = float(handler(value))
    except ValidationError:
        if not isinstance(value, int) or isinstance(value, bool):
            raise
        seconds = math.inf  # an integer beyond any float
    if not (math.isfinite(seconds) and 0.0 < seconds <= MAX_TIMEOUT_S):
        raise _problem(
            f"{_WHERE} must be a number of seconds more than 0 and at most "
            f"{MAX_TIMEOUT_S:g}, not {value!r}"
        )
    return seconds


Seconds = Annotated[float, WrapValidator(_seconds)]


class _Table(BaseModel):
    """One table of the settings file: its keys are checked (an unknown one is a mistake,
    reported by name), and the keys in :attr:`secret_keys` are refused with
    :attr:`secret_hint` (secrets live in the keyring, never in the file)."""

    # defer_build: each model's validator is built when it first checks something, not when
    # the module loads (every command and the window import it; `hearth --help` never loads).
    model_config = ConfigDict(extra="forbid", defer_build=True)

    secret_keys: ClassVar[tuple[str, ...]] = ()
    secret_hint: ClassVar[str] = ""

    @model_validator(mode="before")
    @classmethod
    def _refuse_secrets(cls, data: object) -> object:
        if isinstance(data, dict) and any(key in data for key in cls.secret_keys):
            raise _problem(cls.secret_hint)
        return data


_TOKEN_HINT = (
    "a token must not be stored in the settings file; "
    "run `hearth connect` to keep it in the system keyring"
)


class HomeAssistantSettings(_Table):
    """``[home_assistant]``. Its token lives only in the keyring. Unknown keys are ignored:
    older versions wrote ``verify_ssl``, which nothing ever read."""

    model_config = ConfigDict(extra="ignore")
    secret_keys = ("token",)
    secret_hint = _TOKEN_HINT

    url: str = ""
    """Base URL such as http://homeassistant.local:8123 (empty: not connected)."""
    timeout: Seconds = 10.0


class LLMSettings(_Table):
    """The language-model planner (``[llm]``, docs/llm.md). Its API key lives only in the
    keyring."""

    secret_keys = ("api_key", "key")
    secret_hint = (
        "an API key must not be stored in the settings file; "
        "run `hearth llm set-key` to keep it in the system keyring"
    )

    base_url: str = ""
    """An OpenAI-compatible endpoint, e.g. https://api.openai.com/v1 or
    http://localhost:11434/v1 (empty: no language model)."""
    model: str = ""
    mode: Annotated[str, _one_of(LLM_MODES, f"one of {', '.join(LLM_MODES)}")] = "local_first"
    """local_only, local_first (the language model only when the local planner is not sure)
    or llm_first."""
    timeout: Seconds | None = None
    """Seconds a plan may wait for the model, retries included; None (left out of the file):
    automatic, sized to the endpoint by :mod:`app.understanding.llm.config`."""
    debug_log: bool = False
    """Log what is sent to the model and what it answers (at debug level; never the key)."""
    python: str | None = None
    """A Python that has llama-cpp-python, to run a model file in (``HEARTH_LLM_PYTHON``
    overrides it; None: Hearth's own, which a bundled Hearth does not have). docs/llm.md."""

    @field_validator("timeout")
    @classmethod
    def _old_default_is_automatic(cls, value: float | None) -> float | None:
        """Files saved before "automatic" existed always say ``timeout = 8`` (the old
        default, which already meant "sized to the endpoint"): read it as automatic."""
        return None if value == LEGACY_LLM_TIMEOUT_S else value


class RoleSettings(_Table):
    """The owner's changes to one role's defaults (``[safety.roles.<name>]``; None: keep
    the default)."""

    domains: list[str] | None = None
    areas: list[str] | None = None
    denied_actions: list[str] | None = None
    highest_risk: Annotated[
        str | None, _one_of(RISK_LEVELS, "low, medium or high", optional=True)
    ] = None
    """"low", "medium" or "high"."""


class CalendarSettings(_Table):
    """Where events and reminders go (``[calendar]``). The CalDAV password lives only in the
    keyring."""

    secret_keys = ("password", "caldav_password")
    secret_hint = (
        "a CalDAV password must not be stored in the settings file; "
        "run `hearth calendar connect` to keep it in the system keyring"
    )

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


class SafetySettings(_Table):
    """``[safety]``."""

    profile: Annotated[str, _one_of(ROLE_NAMES, f"one of {', '.join(ROLE_NAMES)}")] = "owner"
    """The active profile (role): owner, adult, child or guest. Switching needs the PIN. With
    a PIN set this only mirrors the profile kept with the PIN in the keyring, which decides
    (:func:`app.policy.safety.active_profile`: when the two differ, the most restrictive
    applies)."""
    pin_actions: list[str] = Field(default_factory=list)
    """Actions that need the PIN besides the built-in high-risk ones (``cover.open_cover``)."""
    roles: dict[str, RoleSettings] = Field(default_factory=dict)
    """Per role name, the owner's changes to its defaults."""
    exposure: Annotated[str, _one_of(EXPOSURE_MODES, f"one of {', '.join(EXPOSURE_MODES)}")] = (
        "assist"
    )
    """Which devices Hearth sees: "assist" follows Home Assistant's list of entities exposed
    to its Assist (every entity of a demo home or snapshot that does not say otherwise);
    "all" sees every entity. ``hidden`` and ``shown`` refine either."""
    hidden: list[str] = Field(default_factory=list)
    """Entity ids Hearth never sees nor controls, whatever Home Assistant exposes."""
    shown: list[str] = Field(default_factory=list)
    """Entity ids Hearth sees although Home Assistant does not expose them to Assist."""

    @field_validator("roles", mode="before")
    @classmethod
    def _known_roles(cls, value: object) -> object:
        for name in value if isinstance(value, dict) else ():
            if name not in ROLE_NAMES:
                raise _problem(f"unknown role {name!r} (one of {', '.join(ROLE_NAMES)})")
        return value


class VoiceSettings(_Table):
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

    @field_validator("confidence")
    @classmethod
    def _a_share(cls, value: float) -> float:
        if not 0.0 <= value <= 1.0:
            raise _problem(f"{_WHERE} must be between 0 and 1")
        return value

    @field_validator("shortcut")
    @classmethod
    def _names_a_key(cls, value: str) -> str:
        if not value.strip():
            raise _problem(f"{_WHERE} must name a key, e.g. Ctrl+Space")
        return value


def _time_zone(value: str | None) -> str | None:
    if value is not None:
        try:
            zone(value)
        except ConfigError as err:
            raise _problem(f"{_WHERE}: {err}") from err
    return value


class Settings(_Table):
    """The settings file (``settings.toml``). Unknown top-level keys are logged and ignored
    (a newer Hearth's settings still load)."""

    model_config = ConfigDict(extra="ignore")
    secret_keys = ("token",)
    secret_hint = _TOKEN_HINT

    language: str = "en"
    area: str | None = None
    """This computer's area id."""
    time_zone: Annotated[str | None, AfterValidator(_time_zone)] = None
    """The IANA time zone reminders and the calendar are read in (None: this computer's)."""
    data_folder: str | None = None
    """Where history, reminders and the local calendar are kept (None: the platform's data
    folder); a change applies at the next start (app/records/data_folder.py)."""
    data_folder_was: str | None = None
    """The data folder in use when ``data_folder`` was chosen: what the new one lacks is
    copied from it at the next start."""
    auto_run_low_risk: bool = False
    """Run low-risk plans from the local planner without asking."""
    close_to_tray: bool = True
    """Closing the window keeps Hearth running in the system tray (when there is one)."""
    home_file: str | None = None
    """A snapshot file to plan against when Home Assistant is not configured."""
    quick_commands: list[str] = Field(
        default_factory=lambda: ["Turn off all the lights", "Lock the front door"]
    )
    home_assistant: HomeAssistantSettings = Field(default_factory=HomeAssistantSettings)
    safety: SafetySettings = Field(default_factory=SafetySettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    calendar: CalendarSettings = Field(default_factory=CalendarSettings)
    voice: VoiceSettings = Field(default_factory=VoiceSettings)

    @property
    def path(self) -> Path:
        return config_dir() / "settings.toml"

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or config_dir() / "settings.toml"
        if not os.path.lexists(path):
            return cls()
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
        """The settings a TOML document (or the same as JSON) holds; ConfigError naming
        *source* and the setting when one is wrong."""
        for key in raw.keys() - cls.model_fields.keys():
            if key not in cls.secret_keys:
                _LOGGER.warning("Ignoring unknown setting %r in %s", key, source)
        try:
            return cls.model_validate(raw, strict=True)
        except ValidationError as err:
            raise ConfigError(f"{source}: {_message(err)}") from None

    def to_dict(self) -> dict[str, Any]:
        """The settings as the TOML document :meth:`save` writes."""
        return _without_none(self.model_dump())

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
            raise StorageError(
                f"cannot save the settings to {path}: {os_error_words(err)}"
            ) from err


_TYPE_WORDS = {
    "string_type": "text",
    "bool_type": "true or false",
    "float_type": "a number",
    "int_type": "a number",
    "list_type": "a list of texts",
}
"""What a value of the wrong type should have been, by pydantic's error type."""


def _message(err: ValidationError) -> str:
    """The first problem of *err* in the settings' words: the setting by its dotted name (a
    table by its TOML header), and what it must be."""
    problem = err.errors(include_url=False)[0]
    kind, loc = problem["type"], problem["loc"]
    where = ".".join(str(part) for part in loc if isinstance(part, str))
    if kind == "hearth_setting":
        return str(problem.get("ctx", {}).get("text", "")).replace(_WHERE, where)
    if kind in ("model_type", "dict_type"):
        return f"[{where}] must be a table"
    if kind == "extra_forbidden":
        return f"unknown setting {where}"
    if loc and isinstance(loc[-1], int):  # an item of a list
        return f"{where} must be a list of texts"
    if kind in _TYPE_WORDS:
        return f"{where} must be {_TYPE_WORDS[kind]}"
    return f"{where}: {problem['msg']}"


def _without_none(data: dict[str, Any]) -> dict[str, Any]:
    """TOML has no null: unset optional values are left out (and read back as None)."""
    return {
        k: _without_none(v) if isinstance(v, dict) else v for k, v in data.items() if v is not None
    }
