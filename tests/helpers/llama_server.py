"""A real language-model server for tests: llama-cpp-python's OpenAI-compatible server.

``packaging/install-llama-test-server.sh`` (run by ``bash packaging/bootstrap.sh test``)
builds llama-cpp-python into its own virtualenv, ``.cache/llama-venv``, and puts Gemma 3 270M
(a base model, 253 MB) in ``.cache/llm-models``. :class:`LlamaServer` starts
``python -m llama_cpp.server`` from that venv on a free local port with the model and the
``chatml-function-calling`` chat format (tool calls), waits until ``GET /v1/models`` answers,
and stops it with SIGTERM. The server's own output goes to a log file in the test's folder.

:func:`missing` says what is not installed, naming the command that installs it: the tests
fail with that message rather than skip.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO, Any

from tests.helpers.ha_server import _die_with_parent, free_port

ROOT = Path(__file__).resolve().parents[2]
LLAMA_VENV = Path(os.environ.get("HEARTH_LLAMA_VENV", ROOT / ".cache" / "llama-venv"))
MODELS = Path(os.environ.get("HEARTH_LLM_MODELS", ROOT / ".cache" / "llm-models"))
MODEL_FILE = "gemma3-270m-q4_k_m.gguf"
SETUP_COMMAND = "bash packaging/install-llama-test-server.sh"
INSTALL_HINT = (
    f"run `{SETUP_COMMAND}` (or `bash packaging/bootstrap.sh test`, which runs it): it builds "
    "llama-cpp-python[server] into .cache/llama-venv and puts the 270M model in .cache/llm-models"
)
#: The name the server gives its model (``--model_alias``), as a client must ask for it.
MODEL_ALIAS = "gemma3-270m"
#: Tokens of context: the plans' prompts are about 800 to 1,200, and a base model's answer is
#: cut off where the context ends (``chatml-function-calling`` ignores ``max_tokens``).
CONTEXT = 2048
#: One thread: the suite's other worker keeps the second core busy, and llama.cpp's threads
#: wait on each other at every step, so two threads on a shared 2-core machine were several
#: times slower per token than one (measured: 2 to 4 s against 0.4 s per token under load).
THREADS = 1


class LlamaServerError(RuntimeError):
    """The server is not installed, did not start, or died."""


def missing() -> str | None:
    """What is not installed (with the command that installs it), or None."""
    python = LLAMA_VENV / "bin" / "python"
    if not python.exists():
        return f"llama-cpp-python's server is not installed ({python} is missing): {INSTALL_HINT}"
    if not (MODELS / MODEL_FILE).exists():
        return f"the test model {MODELS / MODEL_FILE} is missing: {INSTALL_HINT}"
    return None


class LlamaServer:
    """One ``llama_cpp.server`` process serving the test model.

    ``LlamaServer(folder)`` then :meth:`start` (or ``with``); :attr:`base_url` is the
    OpenAI-compatible ``/v1`` address; :attr:`ready_seconds` how long the start took until
    ``/v1/models`` answered (the model is loaded by then).
    """

    def __init__(
        self,
        folder: Path | str,
        *,
        port: int | None = None,
        threads: int = THREADS,
        start_timeout: float = 120.0,
    ) -> None:
        self.folder = Path(folder)
        self.port = port or free_port()
        self.threads = threads
        self.start_timeout = start_timeout
        self.ready_seconds = 0.0
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def __enter__(self) -> LlamaServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def log_path(self) -> Path:
        return self.folder / "llama-server.log"

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def start(self) -> None:
        """Start the server and wait until ``GET /v1/models`` lists the model."""
        if self.running:
            return
        problem = missing()
        if problem is not None:
            raise LlamaServerError(problem)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        command = [
            str(LLAMA_VENV / "bin" / "python"),
            "-m",
            "llama_cpp.server",
            "--model",
            str(MODELS / MODEL_FILE),
            "--model_alias",
            MODEL_ALIAS,
            "--chat_format",
            "chatml-function-calling",
            "--n_ctx",
            str(CONTEXT),
            "--n_threads",
            str(self.threads),
            "--n_threads_batch",
            str(self.threads),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--verbose",
            "False",
        ]
        started = time.monotonic()
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            cwd=self.folder,
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,  # noqa: PLW1509
        )
        try:
            self._wait_ready(started + self.start_timeout)
        except BaseException:
            self.stop()
            raise
        self.ready_seconds = time.monotonic() - started

    def _wait_ready(self, deadline: float) -> None:
        while True:
            process = self._process
            if process is None or process.poll() is not None:
                code = None if process is None else process.returncode
                raise LlamaServerError(
                    f"llama_cpp.server exited ({code}) before answering:\n{self.log_tail()}"
                )
            with contextlib.suppress(OSError, ValueError):
                if MODEL_ALIAS in self.model_ids():
                    return
            if time.monotonic() > deadline:
                raise LlamaServerError(
                    f"llama_cpp.server did not answer /v1/models within {self.start_timeout:g} "
                    f"s:\n{self.log_tail()}"
                )
            time.sleep(0.2)

    def model_ids(self, timeout: float = 2.0) -> list[str]:
        """What ``GET /v1/models`` lists (raises OSError when the server does not answer)."""
        with urllib.request.urlopen(f"{self.base_url}/models", timeout=timeout) as answer:
            body: Any = json.loads(answer.read())
        return [str(model["id"]) for model in body.get("data", [])]

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM, wait up to *timeout* seconds, then SIGKILL."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None
