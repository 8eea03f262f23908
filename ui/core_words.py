"""What the core says in English, said in the window's language: the keyring's failure (no
usable system keyring, named for the secret it was to keep), why the language model's
timeout is what it is ("for a cloud endpoint"), and why the model could not answer (it did not
in time, cannot be reached, refused the key, is busy, refused the request or answered what
Hearth cannot read: :func:`model_failed_reply`).

The core keeps its English words (the command line and the log say them); the window gives
what it knows of them (the secret, the variable, the preset) to texts of its own, marked for
translation here. Anything else is said as the core said it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.config.secret_store import KEYRINGS, SecretStoreUnavailable
from app.understanding.llm import presets
from app.understanding.llm.client import LLMError, LLMTimeoutError
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


def llm_failure_words(err: BaseException) -> str:
    """Why the language model gave no answer (*err*), in the window's language: a timeout
    from what it says it waited for and how long, an unreachable server, a refused key, a
    busy server, a refused request or an answer Hearth cannot read from its kind and address;
    anything else as the core said it."""
    said = _known_failure(err)
    return error_words(err) if said is None else said


def _timeout_words(err: LLMTimeoutError) -> str:
    if err.kind == "load":
        text = QCoreApplication.translate(
            "CoreWords", "the model file {where} did not load within {seconds} s"
        )
    elif err.kind == "local":
        text = QCoreApplication.translate(
            "CoreWords",
            "the local model did not answer within {seconds} s; it was stopped and loads "
            "again with the next request",
        )
    else:
        text = QCoreApplication.translate(
            "CoreWords", "the language model at {where} did not answer within {seconds} s"
        )
    return text.format(where=err.where, seconds=f"{err.seconds:g}")


def _known_failure(err: BaseException) -> str | None:
    """*err* in the window's language when the window has words for its kind, else None."""
    if isinstance(err, LLMTimeoutError):
        return _timeout_words(err)
    if not isinstance(err, LLMError):
        return None
    where = err.where
    if err.kind == "unreachable" and where:
        text = QCoreApplication.translate(
            "CoreWords",
            "cannot reach the language model at {where}: is the server running and the "
            "address right?",
        )
    elif err.kind == "key" and where:
        text = QCoreApplication.translate(
            "CoreWords",
            "the language model at {where} refused the API key: set it in Settings › "
            "Language model",
        )
    elif err.kind == "busy" and where and err.wait is not None:
        text = QCoreApplication.translate(
            "CoreWords", "the language model at {where} is busy and asks to wait {wait} s"
        )
    elif err.kind == "busy" and where:
        text = QCoreApplication.translate("CoreWords", "the language model at {where} is busy")
    elif err.kind == "busy":
        text = QCoreApplication.translate(
            "CoreWords", "the local model is still answering the previous request"
        )
    elif err.kind == "refused" and where and err.status is not None:
        text = QCoreApplication.translate(
            "CoreWords",
            "the language model at {where} refused the request ({status}): check the address "
            "and the model's name in Settings › Language model",
        )
    elif err.kind == "answer" and where:
        text = QCoreApplication.translate(
            "CoreWords", "the answer from {where} is not one Hearth can read"
        )
    elif err.kind == "answer":
        text = QCoreApplication.translate(
            "CoreWords", "the language model's answer is not one Hearth can read"
        )
    else:
        return None
    wait = f"{err.wait:g}" if err.wait is not None else ""
    return text.format(where=where, status=err.status, wait=wait)


def model_failed_reply(err: BaseException, local_reply: str | None) -> str | None:
    """The reply when the language model could not answer (*err*) and nothing else was
    planned, in the window's language: the local planner's *local_reply* with why the model
    could not help, or only that the model could not be asked. None for another failure (the
    window has no words for it: the core's reply stays whole)."""
    why = _known_failure(err)
    if why is None:
        return None
    if local_reply:
        return QCoreApplication.translate(
            "CoreWords", "{reply} (The language model could not help: {why}.)"
        ).format(reply=local_reply, why=why)
    return QCoreApplication.translate(
        "CoreWords", "I couldn't ask the language model: {why}."
    ).format(why=why)
