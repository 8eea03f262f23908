"""A local HTTP server that serves a speech-model zip the way alphacephei.com does: with HTTP
Range support (resumed downloads), and on request slowly or cut off after some bytes.

Used by the download tests and the voice settings page's tests. The zip holds a model folder
shaped like a vosk model (the files a model needs, with filler bytes): enough to install, not to
decode.
"""

from __future__ import annotations

import hashlib
import io
import random
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

MODEL_NAME = "vosk-model-small-xx-0.1"
MODEL_FILES = (
    "am/final.mdl",
    "conf/mfcc.conf",
    "conf/model.conf",
    "graph/HCLr.fst",
    "graph/Gr.fst",
)


def model_zip(
    name: str = MODEL_NAME, *, filler: int = 300_000, files: tuple[str, ...] = MODEL_FILES
) -> bytes:
    """A zip of a model folder *name* (random, incompressible filler: a realistic download)."""
    rng = random.Random(3)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as bundle:
        for path in files:
            bundle.writestr(f"{name}/{path}", rng.randbytes(filler // len(files)))
        bundle.writestr(f"{name}/README", "A test model.\n")
    return buffer.getvalue()


@dataclass
class ModelServer:
    """What the server serves and how; what it was asked."""

    payload: bytes
    chunk: int = 16_384
    delay: float = 0.0
    """Seconds between chunks (a slow line, to cancel in the middle)."""
    cut_after: int | None = None
    """Drop the connection after this many bytes of the next response (then serve normally)."""
    requests: list[tuple[str, str | None]] = field(default_factory=list)
    """(path, Range header) of each request."""
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/{MODEL_NAME}.zip"

    @property
    def md5(self) -> str:
        return hashlib.md5(self.payload).hexdigest()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.payload).hexdigest()


def _handler(state: ModelServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            state.requests.append((self.path, self.headers.get("Range")))
            if self.path != f"/{MODEL_NAME}.zip":
                self.send_error(404, "Not Found")
                return
            data = state.payload
            start = 0
            wanted = self.headers.get("Range")
            if wanted and wanted.startswith("bytes=") and wanted.endswith("-"):
                start = int(wanted[6:-1])
                if start >= len(data):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(data)}")
                    self.end_headers()
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            self.send_header("Content-Length", str(len(data) - start))
            self.send_header("Content-Type", "application/zip")
            self.end_headers()
            cut, state.cut_after = state.cut_after, None
            sent = 0
            for offset in range(start, len(data), state.chunk):
                block = data[offset : offset + state.chunk]
                if cut is not None and sent + len(block) > cut:
                    self.wfile.write(block[: cut - sent])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)  # the line dropped
                    return
                try:
                    self.wfile.write(block)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client went away (cancelled)
                sent += len(block)
                if state.delay:
                    time.sleep(state.delay)

    return Handler


@pytest.fixture
def model_server() -> Iterator[ModelServer]:
    state = ModelServer(model_zip())
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A port nothing listens on (the address of a server that is down)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
