"""A real Home Assistant server for integration tests (installed by
packaging/install-ha-test-server.sh into .cache/ha-venv)."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

ROOT = Path(__file__).resolve().parents[2]
HA_VENV = ROOT / ".cache" / "ha-venv"

CONFIGURATION = """\
homeassistant:
  name: Hearth Test Home
  time_zone: UTC
  latitude: 52.37
  longitude: 4.89
  elevation: 0
  unit_system: metric
  currency: EUR
  country: NL
http:
  server_host: 127.0.0.1
  server_port: {port}
api:
demo:
conversation:
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class HomeAssistantServer:
    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.token = ""
        self._process: subprocess.Popen[bytes] | None = None
        self.ready_seconds = 0.0

    # -- HTTP helpers ------------------------------------------------------------------------

    def _request(
        self, path: str, data: Any = None, *, form: bool = False, token: str | None = None
    ) -> Any:
        headers = {}
        body = None
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
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode()
        return json.loads(text) if text else None

    def api(self, path: str, data: Any = None) -> Any:
        return self._request(path, data, token=self.token)

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        hass = HA_VENV / "bin" / "hass"
        if not hass.exists():
            raise RuntimeError(
                "the Home Assistant test server is not installed: "
                "run bash packaging/install-ha-test-server.sh"
            )
        self.config_dir.mkdir(parents=True, exist_ok=True)
        (self.config_dir / "configuration.yaml").write_text(CONFIGURATION.format(port=self.port))
        log = open(self.config_dir / "hass.log", "wb")  # noqa: SIM115
        started = time.monotonic()
        self._process = subprocess.Popen(
            [str(hass), "-c", str(self.config_dir), "--skip-pip"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self._wait_ready(started)
        if not self.token:
            self._onboard()
        # The HTTP server answers before the demo integration has created its entities.
        self._wait_for_entity("lock.front_door")
        self.ready_seconds = time.monotonic() - started

    def _wait_ready(self, started: float, timeout: float = 120.0) -> None:
        while time.monotonic() - started < timeout:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError(f"Home Assistant exited:\n{self.log_tail()}")
            try:
                urllib.request.urlopen(self.url + "/manifest.json", timeout=2).close()
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        raise RuntimeError(f"Home Assistant did not start in {timeout:g} s:\n{self.log_tail()}")

    def _wait_for_entity(self, entity_id: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self.api(f"/api/states/{entity_id}")
                return
            except urllib.error.HTTPError:
                time.sleep(0.2)
        raise RuntimeError(f"{entity_id} did not appear:\n{self.log_tail()}")

    def _onboard(self) -> None:
        client_id = self.url + "/"
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
            {"grant_type": "authorization_code", "code": user["auth_code"], "client_id": client_id},
            form=True,
        )
        with connect(self.url.replace("http", "ws") + "/api/websocket") as ws:
            ws.recv()
            ws.send(json.dumps({"type": "auth", "access_token": tokens["access_token"]}))
            ws.recv()
            ws.send(
                json.dumps(
                    {
                        "id": 1,
                        "type": "auth/long_lived_access_token",
                        "client_name": "hearth-tests",
                        "lifespan": 30,
                    }
                )
            )
            self.token = json.loads(ws.recv())["result"]

    def create_todo_list(self, name: str) -> None:
        flow = self.api("/api/config/config_entries/flow", {"handler": "local_todo"})
        self.api(f"/api/config/config_entries/flow/{flow['flow_id']}", {"todo_list_name": name})

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.send_signal(signal.SIGTERM)
        try:
            self._process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def log_tail(self, lines: int = 30) -> str:
        log = self.config_dir / "hass.log"
        if not log.exists():
            return ""
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
