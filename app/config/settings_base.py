"""What the settings are made of that needs no validation: the folders Hearth keeps its
settings and data in, and the names a setting may take. Apart from :mod:`app.config.settings`'s
pydantic models (:mod:`app.config.settings_model`), so that what only needs a folder or a name
does not load pydantic.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from app.core.plan import Risk

APP_NAME = "hearth"
MAX_SETTINGS_BYTES = 1024 * 1024
"""The largest settings file read (a real one is a few kilobytes)."""


def config_dir() -> Path:
    override = os.environ.get("HEARTH_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    override = os.environ.get("HEARTH_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


ROLE_NAMES = ("owner", "adult", "child", "guest")
"""The profiles (roles) a desktop knows, most trusted first. What each may do is
:mod:`app.policy.roles`; the settings only name them."""
EXPOSURE_MODES = ("assist", "all")
"""What ``safety.exposure`` may say (see :class:`SafetySettings`)."""
LLM_MODES = ("local_only", "local_first", "llm_first")
"""What ``llm.mode`` may say (see :class:`LLMSettings`): the values of
:class:`app.understanding.llm.config.RoutingMode`, which acts on it (a test keeps the two
equal; the settings may not import the planners)."""
RISK_LEVELS = tuple(risk.value for risk in Risk)
"""What a role's ``highest_risk`` may say."""
MAX_TIMEOUT_S = 300.0
"""The longest timeout a setting may ask for: longer is a typo, and waits nobody wants."""
LEGACY_LLM_TIMEOUT_S = 8.0
"""``[llm] timeout`` as every settings file before "automatic" saved it, chosen or not: it is
read as automatic (:class:`LLMSettings`), as it was acted on before."""
