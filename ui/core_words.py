"""What the core says in English, said in the window's language: the keyring's failure (no
usable system keyring, named for the secret it was to keep) and why the language model's
timeout is what it is ("for a cloud endpoint").

The core keeps its English words (the command line and the log say them); the window gives
what it knows of them (the secret, the variable, the preset) to texts of its own, marked for
translation here. Anything else is said as the core said it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.config.secret_store import KEYRINGS, SecretStoreUnavailable
from app.understanding.llm import presets
from app.understanding.llm.config import LOCAL_FILE
from ui.translations import QT_TRANSLATE_NOOP

SECRETS = {
    "the Home Assistant token": QT_TRANSLATE_NOOP("CoreWords", "the Home Assistant token"),
    "the CalDAV password": QT_TRANSLATE_NOOP("CoreWords", "the CalDAV password"),
    "the language model's API key": QT_TRANSLATE_NOOP("CoreWords", "the language model's API key"),
    "the PIN's hash": QT_TRANSLATE_NOOP("CoreWords", "the PIN's hash"),
    "the audit trail's seal key": QT_TRANSLATE_NOOP("CoreWords", "the audit trail's seal key"),
    "the audit trail's sealed head": QT_TRANSLATE_NOOP(
        "CoreWords", "the audit trail's sealed head"
    ),
}
"""Each secret the keyring keeps (``Secret.what``), as the window names it."""

TIMEOUT_REASONS = {
    "no endpoint yet": QT_TRANSLATE_NOOP("CoreWords", "no endpoint yet"),
    "a model file on this computer": QT_TRANSLATE_NOOP(
        "CoreWords", "a model file on this computer"
    ),
    "a server on this computer or the local network": QT_TRANSLATE_NOOP(
        "CoreWords", "a server on this computer or the local network"
    ),
    "a cloud endpoint": QT_TRANSLATE_NOOP("CoreWords", "a cloud endpoint"),
}
"""Why the automatic timeout is what it is (``timeout_for``), besides a preset's."""


def error_words(err: BaseException) -> str:
    """*err* for a message in the window: a keyring that cannot be used in the window's
    language, anything else as the core said it."""
    if not isinstance(err, SecretStoreUnavailable):
        return str(err)
    secret = err.secret
    what = SECRETS.get(secret.what)
    named = QCoreApplication.translate("CoreWords", what) if what else secret.what
    if secret.env:
        text = QCoreApplication.translate(
            "CoreWords",
            "no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). "
            "Start or install one, or set {variable} for this session. ({cause})",
        )
    else:
        text = QCoreApplication.translate(
            "CoreWords",
            "no usable system keyring: Hearth keeps {what} only in the OS keyring ({keyrings}). "
            "Start or install one. ({cause})",
        )
    return text.format(what=named, keyrings=KEYRINGS, variable=secret.env, cause=err.cause)


def timeout_reason(why: str, base_url: str) -> str:
    """*why* (the reason ``timeout_for`` gives for *base_url*'s timeout) in the window's
    language: a preset by its name, the kinds of endpoint in words."""
    known = TIMEOUT_REASONS.get(why)
    if known is not None:
        return QCoreApplication.translate("CoreWords", known)
    preset = presets.match(base_url) if base_url and base_url != LOCAL_FILE else None
    if preset is not None and preset.name in why:
        return QCoreApplication.translate("CoreWords", "the {name} preset").format(name=preset.name)
    return why
