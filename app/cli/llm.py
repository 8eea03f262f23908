"""`hearth llm ...`: the language model on the command line, and routing for `plan` and `do`.

    hearth llm show                      what Hearth will use (never the key)
    hearth llm set-key [--url URL] [--stdin]
    hearth llm clear-key [--url URL]
    hearth llm test [--timeout S]        reach the endpoint, list its models, one tool call,
                                         time to first token and tokens per second (streamed)
    hearth llm presets                   the endpoints Hearth knows, with their timeouts
    hearth llm models                    model files to download, and those downloaded
    hearth llm download NAME             download a model file (resumes; checks its SHA-256)
    hearth llm prompt TEXT [--home F] [--area A] [--now ISO] [--json]
                                         what would be sent for TEXT (nothing is sent)

A model file Hearth runs itself is the endpoint ``local`` with the file as the model
(``HEARTH_LLM_BASE_URL=local HEARTH_LLM_MODEL=/path/model.gguf``, or its name once downloaded).

Wired into :mod:`app.cli.main` with :func:`add_parsers` and :func:`run` (the routing of `hearth
plan` and `hearth do`, ``--mode``, is in :mod:`app.cli.common`). Exit codes as in
:mod:`app.cli.common`; `hearth llm test` exits 5 when the endpoint cannot be reached and 2 when
a part is missing here (llama-cpp-python for a model file: ``pip install 'hearth[local-llm]'``;
the model file itself); `hearth llm download` exits 5 when the server cannot be reached.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import math
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from app.bootstrap import demo_home_source
from app.cli import common
from app.cli.batch import BatchRequestError, parse_now
from app.config.settings import load_settings
from app.core import download
from app.core.errors import ConfigError
from app.core.home import Home
from app.policy import exposure
from app.policy.safety import active_profile
from app.understanding.llm import models, presets
from app.understanding.llm.client import StreamTiming
from app.understanding.llm.config import (
    LOCAL_FILE,
    LLMConfig,
    delete_api_key,
    normalise_base_url,
    set_api_key,
)
from app.understanding.llm.local import LOAD_TIMEOUT_S, ModelStatus, worker_python

COMMANDS = frozenset({"llm"})


def add_parsers(sub: Any) -> None:
    """Add ``llm`` and its commands to the CLI's subparsers."""
    llm = sub.add_parser("llm", help="the language-model planner: key, test, prompt")
    commands = llm.add_subparsers(dest="llm_command", parser_class=type(llm))
    commands.add_parser("show", help="show the endpoint, model and mode in use")
    set_key = commands.add_parser("set-key", help="keep the endpoint's API key in the keyring")
    set_key.add_argument("--url", help="the endpoint (default: the configured one)")
    set_key.add_argument("--stdin", action="store_true", help="read the key from stdin")
    clear_key = commands.add_parser("clear-key", help="remove the API key from the keyring")
    clear_key.add_argument("--url", help="the endpoint (default: the configured one)")
    test = commands.add_parser(
        "test", help="check the endpoint: models, one tool call, time to first token, speed"
    )
    test.add_argument(
        "--timeout",
        type=_seconds,
        help="seconds each request may take this time (default: the setting, or the "
        "endpoint's: a slow local model may need more for its first answer)",
    )
    commands.add_parser("presets", help="list the endpoints Hearth knows and their timeouts")
    commands.add_parser("models", help="list model files to download and those downloaded")
    fetch = commands.add_parser("download", help="download a model file into the data folder")
    fetch.add_argument("name", help="a name from `hearth llm models`")
    prompt = commands.add_parser("prompt", help="print what would be sent (nothing is sent)")
    prompt.add_argument("text", nargs="+", help="the command")
    prompt.add_argument("--home", help="home snapshot file (default: the demo home)")
    prompt.add_argument("--area", help="this computer's area id")
    prompt.add_argument("--now", help="the current time, ISO 8601")
    prompt.add_argument("--json", action="store_true", help="print the request body as JSON")


def run(args: argparse.Namespace) -> int:
    command = getattr(args, "llm_command", None)
    if command == "show":
        return cmd_show()
    if command == "set-key":
        return cmd_set_key(args)
    if command == "clear-key":
        return cmd_clear_key(args)
    if command == "test":
        return asyncio.run(cmd_test(getattr(args, "timeout", None)))
    if command == "prompt":
        return cmd_prompt(args)
    if command == "presets":
        return cmd_presets()
    if command == "models":
        return cmd_models()
    if command == "download":
        return cmd_download(args.name)
    raise common.UsageError(
        "say what to do: hearth llm show | set-key | clear-key | test | presets | prompt | "
        "models | download"
    )


# -- commands ------------------------------------------------------------------------------------


def _configured_url(args: argparse.Namespace) -> str:
    url = getattr(args, "url", None) or load_settings().llm.base_url
    if url.strip().lower() == LOCAL_FILE:
        raise common.UsageError("a model file Hearth runs itself needs no API key")
    if not url:
        raise common.UsageError(
            "no endpoint configured: pass --url, or set [llm] base_url in the settings "
            "(Settings › Language model)"
        )
    return normalise_base_url(url)


def cmd_show() -> int:
    config = common.llm_config(load_settings())
    print(f"Language model: {config.describe()}")
    if config.configured:
        sources = ", ".join(f"{k} from {v}" for k, v in sorted(config.sources.items()))
        print(f"  ({sources}; debug log {config.debug_log})")
        why = (
            "set in the settings"
            if config.timeout_source == "settings"
            else (f"automatic, for {config.timeout_source}")
        )
        print(f"  Timeout {config.timeout:g} s ({why})")
        if config.local_file:
            _show_worker(config)
        if config.output == "json_schema":
            asks = "with one JSON plan held to a schema (response_format)"
        elif config.tool_choice == "required":
            asks = "only through its tools"
        else:
            asks = "tools or text"
        print(f"  Answers {asks}")
    if config.key_problem:
        print(f"  The key could not be read: {config.key_problem}")
    return common.EXIT_OK


def _show_worker(config: LLMConfig) -> None:
    """A model file's load allowance and the Python it runs in."""
    print(f"  Loading the model: up to {LOAD_TIMEOUT_S:g} s more, not counted in the timeout")
    python = worker_python(config)
    if not python:
        print(
            "  No Python to run it in: name one that has llama-cpp-python as [llm] python "
            "(or HEARTH_LLM_PYTHON); see docs/llm.md"
        )
        return
    where = config.sources.get("python")
    said = f"from the {where}" if where else "Hearth's own"
    print(f"  Runs in {python} ({said})")


def cmd_set_key(args: argparse.Namespace) -> int:
    url = _configured_url(args)
    if args.stdin:
        key = sys.stdin.readline().strip()
    else:
        if not sys.stdin.isatty():
            raise common.UsageError("the key is typed on a terminal (or given with --stdin)")
        key = getpass.getpass(f"API key for {url}: ").strip()
    if not key:
        raise common.UsageError("no key given; nothing changed")
    set_api_key(url, key)
    print(f"The API key for {url} is in the system keyring.")
    return common.EXIT_OK


def cmd_clear_key(args: argparse.Namespace) -> int:
    url = _configured_url(args)
    if delete_api_key(url):
        print(f"Removed the API key for {url} from the keyring.")
    else:
        print(f"No API key was kept for {url}.")
    return common.EXIT_OK


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value <= 600:  # nan fails too
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds from 0 to 600")
    return value


async def cmd_test(timeout: float | None = None) -> int:
    config = common.llm_config(load_settings())
    if timeout is not None:
        config = replace(config, timeout=timeout, timeout_source="settings")
    if not config.configured:
        raise ConfigError(
            "no language model configured: set [llm] base_url and model (or "
            "HEARTH_LLM_BASE_URL and HEARTH_LLM_MODEL); see docs/llm.md"
        )
    where = "run by Hearth (local file)" if config.local_file else f"at {config.base_url}"
    print(f"Testing {config.model} {where} …")
    # The model's client and catalogue load only for the `llm` commands that use them.
    from app.understanding.llm.probe import probe  # noqa: PLC0415  lazy: the model's client and catalogue (pydantic), only for `llm test`

    result = await probe(config, stream=True, on_status=_progress(config))
    if result.models is not None and not config.local_file:
        print(f"✓ reachable; {len(result.models)} models listed")
    if result.load_ms is not None:
        print(f"✓ model file loaded in {result.load_ms:.0f} ms (once: it stays loaded)")
    for note in result.notes:
        print(f"? {note}")
    if result.stream is not None:
        print(f"{'✓' if result.stream.first_token_ms is not None else '?'} {_speed(result.stream)}")
    if result.ok:
        tokens = f"{result.prompt_tokens} prompt tokens" if result.prompt_tokens else "no count"
        print(f"✓ tool call understood in {result.elapsed_ms:.0f} ms ({tokens})")
        return common.EXIT_OK
    print(f"✗ {result.problem}", file=sys.stderr)
    if result.not_set_up:
        return common.EXIT_USAGE
    if result.not_loaded:
        return common.EXIT_MODEL_NOT_LOADED
    return common.EXIT_UNREACHABLE if result.unreachable else common.EXIT_FAILED


def _progress(config: LLMConfig) -> Callable[[ModelStatus], None]:
    """Says when a model file starts loading and when the first answer is awaited, with the
    time each may take (the answer's timeout does not count the load)."""
    said: set[str] = set()

    def show(status: ModelStatus) -> None:
        phase = str(status.phase)
        if phase in said or status.budget is None:
            return
        if phase == "loading":
            print(f"… loading the model file (up to {status.budget:g} s)", flush=True)
        elif phase == "answering":
            print(f"… waiting for the answer (up to {status.budget:g} s)", flush=True)
        else:
            return
        said.add(phase)

    return show


def _speed(timing: StreamTiming) -> str:
    """One line on a streamed answer: time to the first token, tokens per second."""
    if timing.first_token_ms is None:
        return f"streamed answer: no text in {timing.total_ms:.0f} ms"
    counted = "counted by the endpoint" if timing.counted_by_endpoint else "pieces streamed"
    speed = timing.tokens_per_second
    rate = f"{speed:.1f} tokens/s" if speed is not None else "too short to time"
    prompt = f", {timing.prompt_tokens} prompt tokens" if timing.prompt_tokens else ""
    return (
        f"first token after {timing.first_token_ms:.0f} ms; {rate} "
        f"({timing.completion_tokens} tokens {counted}{prompt})"
    )


def cmd_presets() -> int:
    for preset in presets.presets().values():
        where = "local" if preset.local else "cloud"
        can = ", ".join(
            name
            for name, yes in (("tools", preset.tools), ("JSON schema", preset.json_schema))
            if yes
        )
        print(f"{preset.id}: {preset.name} ({where}) {preset.base_url}")
        print(f"    model {preset.model}; timeout {preset.timeout:g} s; {can or 'no tools'}")
        print(f"    tried: {preset.tried}")
    print(
        f"Another endpoint: {presets.LOCAL_TIMEOUT:g} s on this computer or the local network, "
        f"{presets.CLOUD_TIMEOUT:g} s elsewhere (when [llm] timeout is left out: automatic)."
    )
    return common.EXIT_OK


def cmd_models() -> int:
    """The catalogue of model files, and what is downloaded."""
    have = {file.path.name for file in models.installed()}
    print("Model files Hearth can download (Settings › Language model › Local model file):")
    for entry in models.catalog():
        mark = "✓" if entry.file in have else " "
        size = f"about {entry.size / 1e6:,.0f} MB"
        print(f" {mark} {entry.id}: {entry.name}, {size}, {entry.license}")
        print(f"      {entry.note}")
    installed = models.installed()
    print(f"Downloaded, in {models.models_dir()}:" if installed else "None downloaded yet.")
    for file in installed:
        print(f"   {file.name} ({file.size / 1e6:,.0f} MB)")
    print(
        'Use one with [llm] base_url = "local" and model = NAME (or the path of any .gguf '
        "file); running it needs pip install 'hearth[local-llm]'."
    )
    return common.EXIT_OK


def cmd_download(name: str) -> int:
    """Download a catalogue model file, with progress on stderr; resumes a partial one."""
    entry = models.catalog_model(name)
    print(f"Downloading {entry.name} (about {entry.size / 1e6:,.0f} MB) …", file=sys.stderr)
    last = [-1]

    def show(progress: download.Progress) -> None:
        fraction = progress.fraction
        percent = int(fraction * 100) if fraction is not None else -1
        if percent != last[0] and percent % 5 == 0:
            last[0] = percent
            print(f"  {progress.stage} {percent}%", file=sys.stderr)

    try:
        file = models.download_model(entry, progress=show)
    except download.OfflineError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return common.EXIT_UNREACHABLE
    except download.DownloadError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return common.EXIT_FAILED
    print(f'Downloaded {file.path}. Use it with [llm] base_url = "local", model = "{file.name}".')
    return common.EXIT_OK


def cmd_prompt(args: argparse.Namespace) -> int:
    settings = load_settings()
    home = Home.load(args.home or settings.home_file or demo_home_source())
    active = active_profile(settings.safety)  # with a PIN set: never looser than approved
    exposure.apply(home, active.safety)
    area = args.area or settings.area
    if area is not None and area not in home.areas:
        raise common.UsageError(f"unknown area {area!r}; this home has: {', '.join(home.areas)}")
    try:
        now = parse_now(args.now)
    except BatchRequestError as err:
        raise common.UsageError(str(err)) from err
    from app.understanding.llm.context import build_prompt  # noqa: PLC0415  lazy: the prompt's pydantic schemas, only for `llm prompt`

    prompt = build_prompt(" ".join(args.text), home, role=active.role, area=area, now=now)
    if args.json:
        print(json.dumps({"messages": prompt.messages, "tools": prompt.tools}, ensure_ascii=False))
        return common.EXIT_OK
    for message in prompt.messages:
        print(f"--- {message['role']} ---\n{message['content']}")
    names = ", ".join(t["function"]["name"] for t in prompt.tools)
    print(f"--- tools ---\n{names}")
    print(
        f"--- about {prompt.estimated_tokens} tokens; {len(prompt.listed)} devices listed, "
        f"{prompt.omitted} left out ---"
    )
    return common.EXIT_OK
