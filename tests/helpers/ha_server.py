"""A real Home Assistant 2024.3 server for integration tests.

Installed by ``packaging/install-ha-test-server.sh`` into ``.cache/ha-venv`` (its own
virtualenv: its pins clash with Hearth's). :class:`HomeAssistantServer` writes a configuration
with the ``demo`` integration, starts ``hass`` headless on a free local port, onboards a user
without a browser to get a long-lived access token, and on the first start seeds the home:

* a ``local_todo`` list "Groceries" (``todo.groceries``) and a ``local_calendar`` "Family"
  (``calendar.family``);
* a floor "Ground Floor" (level 0; 2024.3 has the floor registry but areas cannot be put on
  floors yet);
* areas and aliases on some demo entities (the demo assigns none): the device of
  ``light.bed_light`` in the Bedroom (the entity takes its device's area), ``light.kitchen_lights``
  (alias "counter lights") and ``cover.kitchen_window`` in the Kitchen, ``light.ceiling_lights``
  in the Living Room, and the alias "sleeping room" on the Bedroom.

Only the standard library plus ``websockets`` (already in Hearth's venv) are used. The token is
never written to the log or put in an exception message.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from websockets.sync.client import ClientConnection, connect

ROOT = Path(__file__).resolve().parents[2]
HA_VENV = Path(os.environ.get("HEARTH_HA_VENV", ROOT / ".cache" / "ha-venv"))
INSTALL_HINT = "run `bash packaging/install-ha-test-server.sh` (it installs into .cache/ha-venv)"

#: Entities whose states must exist before the server counts as ready.
DEMO_ENTITIES = ("light.bed_light", "lock.front_door")
SEEDED_ENTITIES = ("todo.groceries", "calendar.family")

CONFIGURATION = """\
homeassistant:
  name: Hearth Test Home
  time_zone: Europe/Amsterdam
  latitude: 52.3731
  longitude: 4.8922
  elevation: 2
  unit_system: metric
  currency: EUR
  country: NL
  language: en
http:
  server_host: 127.0.0.1
  server_port: {port}
logger:
  default: warning
api:
demo:
conversation:
timer:
"""


class HomeAssistantError(RuntimeError):
    """The test server failed to install, start, onboard or seed."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux: SIGTERM the server when the test process dies (no orphans after a crash)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class HomeAssistantServer:
    """One Home Assistant process with its configuration folder.

    ``HomeAssistantServer(config_dir)`` then :meth:`start`; :attr:`url` and :attr:`token` give
    what an adapter needs. :meth:`stop` and :meth:`restart` keep the folder, the port and the
    token (the token lives in ``.storage``), so a client can reconnect to the same URL.
    """

    def __init__(
        self,
        config_dir: Path | str,
        *,
        ha_venv: Path | str = HA_VENV,
        port: int | None = None,
        start_timeout: float = 120.0,
    ) -> None:
        self.config_dir = Path(config_dir)
        self.ha_venv = Path(ha_venv)
        self.port = port or free_port()
        self.start_timeout = start_timeout
        self._token = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._seeded = False
        self.ready_seconds = 0.0
        """How long the last start took until the demo entities existed."""
        self.stop_seconds = 0.0
        """How long the last stop took."""

    def __repr__(self) -> str:
        running = "running" if self.running else "stopped"
        return f"HomeAssistantServer({self.url!r}, {running})"

    def __enter__(self) -> HomeAssistantServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """Base URL (without /api)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def token(self) -> str:
        """A long-lived access token of the owner (empty before the first start)."""
        return self._token

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def log_path(self) -> Path:
        return self.config_dir / "home-assistant.out"

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the server and wait until it answers with the demo (and seeded) entities."""
        if self.running:
            return
        hass = self.ha_venv / "bin" / "hass"
        if not hass.exists():
            raise HomeAssistantError(f"Home Assistant is not installed at {hass}: {INSTALL_HINT}")
        self.config_dir.mkdir(parents=True, exist_ok=True)
        (self.config_dir / "configuration.yaml").write_text(
            CONFIGURATION.format(port=self.port), encoding="utf-8"
        )
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self._log.write(f"\n===== start {time.strftime('%H:%M:%S')} =====\n".encode())
        self._log.flush()
        started = time.monotonic()
        deadline = started + self.start_timeout
        self._process = subprocess.Popen(
            [str(hass), "-c", str(self.config_dir), "--skip-pip"],
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,  # noqa: PLW1509
        )
        try:
            self._wait_http(deadline)
            if not self._token:
                self._onboard()
            self._wait_states(DEMO_ENTITIES, deadline)
            if not self._seeded:
                self._seed()
                self._seeded = True
            self._wait_states(SEEDED_ENTITIES, deadline)
        except BaseException:
            self.stop()
            raise
        self.ready_seconds = time.monotonic() - started

    def stop(self, timeout: float = 30.0) -> None:
        """SIGTERM, wait up to *timeout* seconds, then SIGKILL."""
        process, self._process = self._process, None
        if process is not None:
            started = time.monotonic()
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            self.stop_seconds = time.monotonic() - started
        if self._log is not None:
            self._log.close()
            self._log = None

    def restart(self) -> None:
        """Stop and start again, keeping the configuration folder, port and token."""
        self.stop()
        self.start()

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        tail = "\n".join(text.splitlines()[-lines:])
        return tail.replace(self._token, "<token>") if self._token else tail

    def _fail(self, message: str) -> HomeAssistantError:
        return HomeAssistantError(
            f"{message}\n--- last lines of {self.log_path} ---\n{self.log_tail()}"
        )

    # -- HTTP --------------------------------------------------------------------------------

    def _request(
        self,
        path: str,
        data: Any = None,
        *,
        form: bool = False,
        token: str | None = None,
        timeout: float = 30.0,
    ) -> Any:
        headers: dict[str, str] = {}
        body: bytes | None = None
        if data is not None:
            if form:
                body = urllib.parse.urlencode(data).encode()
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            else:
                body = json.dumps(data).encode()
                headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(self.url + path, body, headers)
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read().decode()
        return json.loads(text) if text else None

    def api(self, path: str, data: Any = None) -> Any:
        """GET (or POST *data* as JSON) ``path`` with the owner's token; the decoded JSON."""
        return self._request(path, data, token=self._token)

    def state(self, entity_id: str) -> dict[str, Any]:
        """The current state object of an entity (straight from the REST API)."""
        result = self.api(f"/api/states/{entity_id}")
        assert isinstance(result, dict)
        return result

    def _wait_http(self, deadline: float) -> None:
        while True:
            if self._process is None or self._process.poll() is not None:
                raise self._fail("Home Assistant exited while starting")
            try:
                urllib.request.urlopen(self.url + "/manifest.json", timeout=2).close()
                return
            except urllib.error.HTTPError:
                return  # it answers
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise self._fail(f"Home Assistant did not answer within {self.start_timeout:g} s")
            time.sleep(0.1)

    def _wait_states(self, entity_ids: tuple[str, ...], deadline: float) -> None:
        """The HTTP server answers before the demo has created all of its entities."""
        pending = list(entity_ids)
        while pending:
            try:
                self.api(f"/api/states/{pending[0]}")
                pending.pop(0)
                continue
            except urllib.error.HTTPError as err:
                if err.code != 404:
                    raise self._fail(f"reading {pending[0]} answered {err.code}") from err
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if self._process is None or self._process.poll() is not None:
                raise self._fail("Home Assistant exited while starting")
            if time.monotonic() > deadline:
                raise self._fail(f"{', '.join(pending)} did not appear in time")
            time.sleep(0.1)

    # -- onboarding and seeding --------------------------------------------------------------

    def _onboard(self) -> None:
        """Create the owner as the onboarding page would, then a long-lived token."""
        client_id = self.url + "/"
        try:
            user = self._request(
                "/api/onboarding/users",
                {
                    "client_id": client_id,
                    "name": "Hearth Test",
                    "username": "hearth",
                    "password": "hearth-test-password",
                    "language": "en",
                },
            )
            tokens = self._request(
                "/auth/token",
                {
                    "grant_type": "authorization_code",
                    "code": user["auth_code"],
                    "client_id": client_id,
                },
                form=True,
            )
        except urllib.error.HTTPError as err:
            raise self._fail(
                f"onboarding answered {err.code} (was this config folder onboarded already?)"
            ) from err
        with self._websocket(tokens["access_token"]) as ws:
            result = self._ws_command(
                ws,
                1,
                {
                    "type": "auth/long_lived_access_token",
                    "client_name": "hearth-tests",
                    "lifespan": 365,
                },
            )
        if not isinstance(result, str) or not result:
            raise self._fail("Home Assistant gave no long-lived access token")
        self._token = result

    @contextlib.contextmanager
    def _websocket(self, token: str | None = None) -> Iterator[ClientConnection]:
        """An authenticated websocket connection (the owner's token unless *token*)."""
        url = self.url.replace("http", "ws", 1) + "/api/websocket"
        with connect(url, max_size=None, open_timeout=10) as ws:
            ws.recv(timeout=10)
            ws.send(json.dumps({"type": "auth", "access_token": token or self._token}))
            answer = json.loads(ws.recv(timeout=10))
            if answer.get("type") != "auth_ok":
                raise self._fail("the websocket refused the token")
            yield ws

    def _ws_command(self, ws: ClientConnection, ident: int, message: dict[str, Any]) -> Any:
        ws.send(json.dumps({**message, "id": ident}))
        while True:
            answer = json.loads(ws.recv(timeout=30))
            if answer.get("id") == ident and answer.get("type") == "result":
                break
        if not answer.get("success"):
            raise self._fail(f"{message['type']} failed: {answer.get('error')}")
        return answer.get("result")

    def ws(self, *messages: dict[str, Any]) -> list[Any]:
        """Run websocket commands with the owner's token; their results, in order."""
        with self._websocket() as ws:
            return [self._ws_command(ws, i, m) for i, m in enumerate(messages, start=1)]

    def create_config_entry(self, handler: str, user_input: dict[str, Any]) -> None:
        """Run a one-step config flow (local_todo, local_calendar)."""
        flow = self.api("/api/config/config_entries/flow", {"handler": handler})
        result = self.api(f"/api/config/config_entries/flow/{flow['flow_id']}", user_input)
        if result.get("type") != "create_entry":
            raise self._fail(f"the {handler} config flow did not create an entry: {result}")

    def create_todo_list(self, name: str) -> None:
        self.create_config_entry("local_todo", {"todo_list_name": name})

    def create_calendar(self, name: str) -> None:
        self.create_config_entry("local_calendar", {"calendar_name": name})

    def _seed(self) -> None:
        entries = {e["title"] for e in self.api("/api/config/config_entries/entry")}
        if "Groceries" not in entries:
            self.create_todo_list("Groceries")
        if "Family" not in entries:
            self.create_calendar("Family")
        (bed_light,) = self.ws(
            {"type": "config/entity_registry/get", "entity_id": "light.bed_light"}
        )
        self.ws(
            {"type": "config/floor_registry/create", "name": "Ground Floor", "level": 0},
            {"type": "config/area_registry/update", "area_id": "bedroom",
             "aliases": ["sleeping room"]},
            {"type": "config/device_registry/update", "device_id": bed_light["device_id"],
             "area_id": "bedroom"},
            {"type": "config/entity_registry/update", "entity_id": "light.kitchen_lights",
             "area_id": "kitchen", "aliases": ["counter lights"]},
            {"type": "config/entity_registry/update", "entity_id": "cover.kitchen_window",
             "area_id": "kitchen"},
            {"type": "config/entity_registry/update", "entity_id": "light.ceiling_lights",
             "area_id": "living_room"},
        )  # fmt: skip
