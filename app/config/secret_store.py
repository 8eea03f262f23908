"""The only place Hearth talks to the OS keyring: every secret it keeps, one rule for which
keyring counts, one error style, and the redaction of each value read or written.

Every item lives under the service :data:`SERVICE` with a key per secret (:class:`Secret`):

========================  ==========================================  ====================
secret                    key (the keyring's "username")              made by
========================  ==========================================  ====================
Home Assistant token      ``homeassistant:URL``                       :func:`ha_token`
CalDAV password           ``caldav:USER@URL``                         :func:`caldav_password`
language model's API key  ``llm:BASE_URL``                            :func:`llm_api_key`
the PIN's record          ``pin``                                     :data:`PIN`
audit seal key            ``audit-seal``                              :data:`AUDIT_SEAL`
audit sealed head         ``audit-head``                              :data:`AUDIT_HEAD`
========================  ==========================================  ====================

These names are what existing installations have in their keyrings: never rename them.

**Only the desktop's keyring counts** (Secret Service such as GNOME Keyring, KWallet, macOS
Keychain, Windows Credential Locker). Any other ``keyring`` backend is no keyring: the null
one answers "nothing kept" and keeps nothing (a PIN would read as "not set" and a typed "yes"
stand for it; a token would be "kept" and lost), a plain file is a fallback Hearth never
makes. One chosen with ``PYTHON_KEYRING_BACKEND`` or a keyring configuration file is
:class:`ChosenKeyringError` (the desktop's may well keep the secret: it is one that cannot be
read); none found at all is :class:`NoKeyringError`.

**Every failure is the keyring's** and is :class:`SecretStoreUnavailable`: besides
``KeyringError`` the backends let their own errors through (SecretService:
``FileNotFoundError`` when the session bus is gone, secretstorage and D-Bus errors; KWallet:
dbus-python errors). Messages name the secret, the keyrings Hearth uses and, where one
exists, the environment variable that stands in; of the backend's error only its type name
is shown (its message is not ours to vouch for).

Every call blocks (a keyring may wait for its unlock prompt): never on the GUI thread.
``keyring`` is imported on first use, not with this module: importing it takes about 90 ms
(it looks up every installed backend), and most commands never reach the keyring.

**The AES cipher is loaded when a secret is**: looking up the backends imports
``secretstorage`` (the Secret Service backend's library) even where there is no Secret
Service, and ``secretstorage`` imports ``cryptography``'s ciphers at once (about 7 MB of
memory) although it needs them only to decrypt a secret it found or to encrypt one it
stores. Hearth's first look-up runs with those ciphers deferred (:func:`_ciphers_deferred`):
``secretstorage`` gets stand-ins that load the real ciphers when first used, so the window's
start-up read (the PIN record, most often not there) costs no cipher, and a secret that is
read or written is encrypted on the bus exactly as before.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import sys
import threading
import types
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.config import logsafety
from app.core.errors import SecretStoreError

_LOGGER = logging.getLogger(__name__)

SERVICE = "hearth"
"""The keyring service of every item Hearth keeps."""
KEYRINGS = "GNOME Keyring, KWallet, macOS Keychain or Windows Credential Locker"

_OS_KEYRINGS = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
)
"""The modules of the desktop keyrings' backends: the only ones a secret may live in."""
_FAILING_BACKEND = "keyring.backends.fail"
"""What the ``keyring`` library uses when it finds no keyring at all."""


class SecretStoreUnavailable(SecretStoreError):
    """The keyring cannot be reached, has no usable backend, or is locked (the unlock
    prompt dismissed): nothing can be read from it or kept in it."""

    def __init__(self, secret: Secret, cause: str) -> None:
        hint = f", or set {secret.env} for this session" if secret.env else ""
        super().__init__(
            f"no usable system keyring: Hearth keeps {secret.what} only in the OS keyring "
            f"({KEYRINGS}). Start or install one{hint}. ({cause})"
        )
        self.secret = secret
        self.cause = cause
        """Why, in a few words: the backend error's type name, or which backend was refused."""


class NoKeyringError(SecretStoreUnavailable):
    """There is no keyring at all on this desktop (not one that failed): nothing was ever
    kept, so nothing can be missing (no PIN can have been set)."""


class ChosenKeyringError(SecretStoreUnavailable):
    """The environment or a keyring configuration file handed Hearth a backend that is not
    the desktop's keyring. Not "no keyring at all": the desktop's may well keep the secret
    (a PIN, and the profile with it), so this is a keyring that cannot be read."""


@dataclass(frozen=True, slots=True)
class Secret:
    """One item Hearth keeps in the keyring (service :data:`SERVICE`)."""

    key: str
    """The item's key (the keyring's "username"). Existing users' items are found by it."""
    what: str
    """What it is, for messages: "the Home Assistant token"."""
    env: str | None = None
    """The environment variable that may stand in for it, named in messages."""
    redact: bool = True
    """Hide the value in every log line from the moment it is read or written. False for
    items that are not secret as a whole (the PIN's record keeps its hash with counters and
    settings: :mod:`app.policy.pin` registers the hash; the audit head is a count and hashes)."""


def ha_token(url: str) -> Secret:
    """The Home Assistant token for the server at *url* (with or without a trailing slash)."""
    return Secret(f"homeassistant:{url.rstrip('/')}", "the Home Assistant token", "HEARTH_HA_TOKEN")


def caldav_password(url: str, username: str) -> Secret:
    """The CalDAV password of *username* at *url*."""
    return Secret(f"caldav:{username}@{url.rstrip('/')}", "the CalDAV password")


def llm_api_key(base_url: str) -> Secret:
    """The language model's API key for the endpoint *base_url*."""
    return Secret(
        f"llm:{base_url.strip().rstrip('/')}", "the language model's API key", "HEARTH_LLM_API_KEY"
    )


PIN = Secret("pin", "the PIN's hash", redact=False)
"""The owner's PIN record: JSON with the hash, the lock-out state and the active profile."""
AUDIT_SEAL = Secret("audit-seal", "the audit trail's seal key")
"""The key (base64) that seals the audit trail's head."""
AUDIT_HEAD = Secret("audit-head", "the audit trail's sealed head", redact=False)
"""The sealed head, ``count:last_hash:seal``."""


def get_secret(secret: Secret) -> str | None:
    """The value kept for *secret* (None: nothing kept). Raises
    :class:`SecretStoreUnavailable`. Blocks: not on the GUI thread."""
    import keyring  # noqa: PLC0415  lazy: keyring takes ~90 ms, it looks up every backend

    _desktop_keyring(secret)
    try:
        value = keyring.get_password(SERVICE, secret.key)
    except Exception as err:  # any backend failure is the keyring's (module docstring)
        raise _unavailable(secret, err) from err
    if secret.redact:
        logsafety.remember(value)
    return value


def set_secret(secret: Secret, value: str) -> None:
    """Keep *value* for *secret*, replacing what was kept; never anywhere but the desktop's
    keyring. Raises :class:`SecretStoreUnavailable`. Blocks: not on the GUI thread."""
    import keyring  # noqa: PLC0415  lazy: keyring takes ~90 ms, it looks up every backend

    if secret.redact:
        logsafety.remember(value)
    _desktop_keyring(secret)
    try:
        keyring.set_password(SERVICE, secret.key, value)
    except Exception as err:  # any backend failure is the keyring's (module docstring)
        raise _unavailable(secret, err) from err


def delete_secret(secret: Secret) -> bool:
    """Remove *secret*; whether one was kept (removing a missing one is no error). Raises
    :class:`SecretStoreUnavailable`. Blocks: not on the GUI thread."""
    import keyring  # noqa: PLC0415  lazy: keyring takes ~90 ms, it looks up every backend
    import keyring.errors  # noqa: PLC0415  lazy: keyring takes ~90 ms, it looks up every backend

    _desktop_keyring(secret)
    try:
        keyring.delete_password(SERVICE, secret.key)
    except keyring.errors.PasswordDeleteError:
        return False
    except Exception as err:  # any backend failure is the keyring's (module docstring)
        raise _unavailable(secret, err) from err
    return True


def _unavailable(secret: Secret, err: Exception) -> SecretStoreUnavailable:
    import keyring.errors  # noqa: PLC0415  lazy: keyring takes ~90 ms, it looks up every backend

    kind = (
        NoKeyringError if isinstance(err, keyring.errors.NoKeyringError) else SecretStoreUnavailable
    )
    _LOGGER.debug("The keyring failed for %s: %s", secret.key, type(err).__name__)
    return kind(secret, type(err).__name__)


def _desktop_keyring(secret: Secret) -> None:
    """Raise unless every backend in use is a desktop keyring (see the module docstring):
    :class:`ChosenKeyringError` when the environment or a configuration file chose another,
    :class:`NoKeyringError` when there is none."""
    import keyring  # noqa: PLC0415  lazy: keyring takes ~90 ms, it looks up every backend

    try:
        with _ciphers_deferred():
            backend = keyring.get_keyring()
    except Exception as err:  # e.g. PYTHON_KEYRING_BACKEND names a module that is not there
        chooser = _chooser()
        if chooser is not None:
            raise ChosenKeyringError(
                secret, f"{chooser} chose a backend that cannot be loaded ({type(err).__name__})"
            ) from err
        raise _unavailable(secret, err) from err
    backends = getattr(backend, "backends", None) or [backend]  # a chainer: each of them
    for each in backends:
        module = type(each).__module__
        if module.startswith(_OS_KEYRINGS):
            continue
        chooser = _chooser()
        if chooser is not None:
            raise ChosenKeyringError(secret, f"{chooser} chose {module}, not the desktop's keyring")
        if module == _FAILING_BACKEND:
            raise NoKeyringError(secret, "NoKeyringError")  # what its every call raises
        raise NoKeyringError(secret, f"{module} is not the desktop's keyring")


def _chooser() -> str | None:
    """What chose the keyring backend, when something did (``PYTHON_KEYRING_BACKEND``, or
    a keyring configuration file); None when the keyring library found what there is."""
    import keyring.core  # noqa: PLC0415  lazy: keyring takes ~90 ms, it looks up every backend

    if os.environ.get("PYTHON_KEYRING_BACKEND", "").strip():
        return "PYTHON_KEYRING_BACKEND"
    try:
        configured = keyring.core.load_config()
    except Exception:  # an unreadable configuration file chose something all the same
        return "a keyring configuration file"
    return None if configured is None else "a keyring configuration file"


# -- the AES cipher, loaded when a secret is (module docstring) -------------------------------

_CIPHERS = "cryptography.hazmat.primitives.ciphers"
"""The module ``secretstorage`` takes ``Cipher``, ``algorithms`` and ``modes`` from."""
_DEFERRING = threading.Lock()
_looked_up = False
"""Whether the backends have been looked up (the stand-in is needed only the first time)."""


def _real_ciphers() -> types.ModuleType:
    """The real ciphers module (a stand-in still in its place is taken out first)."""
    if isinstance(sys.modules.get(_CIPHERS), _DeferredCiphers):
        sys.modules.pop(_CIPHERS, None)
    return importlib.import_module(_CIPHERS)


class _Submodule:
    """Stands in for ``algorithms`` or ``modes``: each name is the real module's."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        _real_ciphers()  # the package before its submodule
        return getattr(importlib.import_module(f"{_CIPHERS}.{self._name}"), attribute)


def _cipher(*args: Any, **kwargs: Any) -> Any:
    """Stands in for ``Cipher``: the real one, made when a secret is encrypted or decrypted."""
    return _real_ciphers().Cipher(*args, **kwargs)


class _DeferredCiphers(types.ModuleType):
    """The ciphers module while the backends are looked up: the names ``secretstorage``
    imports are stand-ins; any other name loads the real module and is its."""

    def __init__(self) -> None:
        super().__init__(_CIPHERS)
        self.Cipher = _cipher
        self.algorithms = _Submodule("algorithms")
        self.modes = _Submodule("modes")

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):  # what the import system asks (no __path__: no package)
            raise AttributeError(attribute)
        return getattr(_real_ciphers(), attribute)


@contextlib.contextmanager
def _ciphers_deferred() -> Iterator[None]:
    """Within the block, importing the ciphers module gives the stand-in (when neither it nor
    ``secretstorage`` is loaded yet); afterwards nobody else ever gets the stand-in."""
    global _looked_up  # noqa: PLW0603  once per process, as keyring's own choice of backend
    if _looked_up:
        yield
        return
    with _DEFERRING:
        if _looked_up or _CIPHERS in sys.modules or "secretstorage" in sys.modules:
            yield
            return
        stand_in = _DeferredCiphers()
        sys.modules[_CIPHERS] = stand_in
        try:
            yield
        finally:
            _looked_up = True
            if sys.modules.get(_CIPHERS) is stand_in:
                del sys.modules[_CIPHERS]
