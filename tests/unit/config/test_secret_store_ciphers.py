"""The AES cipher (cryptography's, about 7 MB) is loaded when a secret is read or written, not
when the keyring's backends are looked up: a look-up that finds no secret, or no keyring at
all, leaves it out, and a secret kept in a real GNOME Keyring is still encrypted on the bus
and read back as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.keyring_session import KeyringSession

ROOT = Path(__file__).resolve().parents[3]
CIPHERS = "cryptography.hazmat.primitives.ciphers"

PROBE = f"""
import json, sys
from app.config import secret_store as store

def loaded():
    return {CIPHERS!r} in sys.modules

seen = {{}}
try:
    seen["missing"] = store.get_secret(store.PIN)
except store.SecretStoreUnavailable as err:
    seen["error"] = type(err).__name__
seen["after_lookup"] = loaded()
seen["secretstorage"] = "secretstorage" in sys.modules
if "write" in sys.argv:
    store.set_secret(store.ha_token("http://ha.local:8123"), "tok-9f3e")
    seen["after_write"] = loaded()
    seen["read"] = store.get_secret(store.ha_token("http://ha.local:8123"))
import cryptography.hazmat.primitives.ciphers as ciphers
seen["real_module"] = type(ciphers).__name__ == "module" and hasattr(ciphers, "CipherContext")
print(json.dumps(seen))
"""


def probe(env: dict[str, str], *args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_without_a_keyring_the_cipher_is_never_loaded(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")
    }
    env["XDG_RUNTIME_DIR"] = str(tmp_path)  # no session bus to be found there either
    env["HOME"] = str(tmp_path)
    seen = probe(env)
    assert seen["error"] == "NoKeyringError"
    assert seen["secretstorage"] is True  # the Secret Service backend was looked at…
    assert seen["after_lookup"] is False  # …without its cipher
    assert seen["real_module"] is True  # and whoever imports it later gets the real one


def test_a_secret_is_encrypted_and_read_back_with_the_real_cipher(
    secret_service: KeyringSession,
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env.update(secret_service.env)
    seen = probe(env, "write")
    assert "error" not in seen and seen["missing"] is None  # no PIN kept: nothing decrypted
    assert seen["after_lookup"] is False
    assert seen["after_write"] is True  # encrypting the token for the bus loaded it
    assert seen["read"] == "tok-9f3e"
    ((attributes, stored),) = secret_service.items()
    assert (attributes["username"], stored) == ("homeassistant:http://ha.local:8123", "tok-9f3e")
