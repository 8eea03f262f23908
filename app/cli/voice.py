"""`hearth listen` and `hearth voice ...`: speech on the command line.

    hearth listen --wav FILE [--model M] [--lang L] [--home FILE] [--area A] [--json]
                                 the transcript, its alternatives, decode time and real-time
                                 factor, and the plan (nothing runs)
    hearth voice models [--json] the installed speech models (language, size, phrase lists)
    hearth voice catalog [--lang L] [--all]
                                 the models one can download (needs the network)
    hearth voice download NAME|URL|FILE.zip [--sha256 HEX]
                                 download (resuming a cut-off download), check and install
    hearth voice remove NAME     delete a model Hearth installed

Wired into :mod:`app.cli.main` with :func:`add_parsers` and :func:`run`. Exit codes as in
:mod:`app.cli.main`: no model, a damaged model, a file that is not 16 kHz mono 16-bit PCM or vosk
missing exit 2 with what to do; `listen` exits 3 when nothing was understood; a download that
fails (offline, interrupted, wrong checksum) exits 1, and Ctrl+C keeps what was downloaded
for the next attempt (exit 4).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import TYPE_CHECKING, Any

from app.cli import common
from app.config.settings import load_settings
from app.core import clock
from app.core.download import human_size
from app.core.home import Home
from app.policy import exposure, safety
from app.understanding import Planner
from app.understanding.sentences import resolve_language
from app.voice import models as voice_models
from app.voice.audio import WavSource
from app.voice.choose import Choice, choose
from app.voice.download import Progress, download_model, partial_path, remove_model
from app.voice.engine import SpeechEngine, Transcript
from app.voice.errors import NoModelError, VoiceDownloadError
from app.voice.models import ModelInfo
from app.voice.session import ListenSession

if TYPE_CHECKING:
    from app.config.settings import Settings

COMMANDS = frozenset({"listen", "voice"})
VOSK_SITE = "https://alphacephei.com/"


def add_parsers(sub: Any) -> None:
    """Add ``listen`` and ``voice`` to the CLI's subparsers."""
    listen = sub.add_parser("listen", help="transcribe a WAV file and show its plan (nothing runs)")
    listen.add_argument("--wav", required=True, help="16 kHz mono 16-bit WAV file")
    listen.add_argument(
        "--model", help="speech model: a name from `hearth voice models` or a folder"
    )
    listen.add_argument("--lang", help="language code (default: the setting)")
    listen.add_argument("--home", help="home snapshot file (default: the demo home)")
    listen.add_argument("--area", help="this computer's area id")
    listen.add_argument(
        "--no-free-form",
        action="store_true",
        help="decode with the home's phrase list only (no second, free-form pass)",
    )
    listen.add_argument("--json", action="store_true", help="print the result as JSON")

    voice = sub.add_parser("voice", help="speech models: list, download, remove")
    commands = voice.add_subparsers(dest="voice_command", parser_class=type(voice))
    listed = commands.add_parser("models", help="the installed speech models")
    listed.add_argument("--json", action="store_true")
    catalog = commands.add_parser("catalog", help="models one can download (online)")
    catalog.add_argument("--lang", help="only this language (vosk's code: en-us, de, ko)")
    catalog.add_argument("--all", action="store_true", help="the big server models too")
    download = commands.add_parser("download", help="download and install a model")
    download.add_argument("model", help="a model name, a URL of a zip, or a local zip file")
    download.add_argument("--sha256", help="the zip's SHA-256, to check it")
    remove = commands.add_parser("remove", help="delete a model Hearth installed")
    remove.add_argument("model", help="the model's name")


def run(args: argparse.Namespace) -> int:
    if args.command == "listen":
        return cmd_listen(args)
    command = getattr(args, "voice_command", None)
    if command == "models":
        return cmd_models(args)
    if command == "catalog":
        return cmd_catalog(args)
    if command == "download":
        return cmd_download(args)
    if command == "remove":
        return cmd_remove(args)
    raise common.UsageError(
        "say what to do: hearth voice models | catalog | download NAME | remove NAME"
    )


# -- listen ----------------------------------------------------------------------------------


def _model_for(args: argparse.Namespace, settings: Settings, language: str) -> ModelInfo:
    wanted = args.model or settings.voice.model or None
    info = voice_models.find_model(wanted, language=language)
    spoken = info.hearth_language
    if spoken is not None and resolve_language(spoken) != resolve_language(language):
        raise common.UsageError(
            f"the speech model {info.name} is for {info.language}, but the language is "
            f"{language}: pass --lang {spoken}, or choose another model with --model"
        )
    return info


def cmd_listen(args: argparse.Namespace) -> int:
    settings = load_settings()
    language = args.lang or settings.language
    if resolve_language(language) is None:
        raise common.UsageError(f"no sentence data for language {language!r}")
    source = WavSource(args.wav)
    source.open()  # a missing or wrong file is said before the model loads
    source.close()
    home = Home.load(common.home_path(args, settings))
    exposure.apply(home, safety.active_profile(settings.safety).safety)  # the PIN's, if set
    area = args.area or settings.area
    if area is not None and area not in home.areas:
        raise common.UsageError(f"unknown area {area!r}; this home has: {', '.join(home.areas)}")
    info = _model_for(args, settings, language)
    engine = SpeechEngine(info)
    engine.load()
    phrases = engine.phrases_for(home, language)
    session = ListenSession(
        source,
        lambda: engine.decoder(
            phrases, free_form=settings.voice.free_form and not args.no_free_form
        ),
    )
    transcript = session.run()
    planner = Planner(home, language, tz=clock.zone(settings.time_zone))
    planned = time.perf_counter()
    choice = choose(
        transcript,
        lambda text: planner.plan(text, area=area),
        threshold=settings.voice.confidence,
    )
    plan_seconds = time.perf_counter() - planned
    if args.json:
        print(
            json.dumps(
                _listen_json(info, engine, transcript, choice, plan_seconds, phrases.unknown),
                ensure_ascii=False,
            )
        )
    else:
        _print_listen(info, engine, transcript, choice, plan_seconds, home, phrases.unknown)
    if choice.plan is None or choice.plan.error is not None:
        return common.EXIT_NOT_UNDERSTOOD
    return common.EXIT_OK


def _listen_json(
    info: ModelInfo,
    engine: SpeechEngine,
    transcript: Transcript,
    choice: Choice,
    plan_seconds: float,
    unknown: list[str],
) -> dict[str, Any]:
    return {
        "model": info.to_json(),
        "load_seconds": round(engine.load_seconds or 0.0, 3),
        "transcript": transcript.to_json(),
        "choice": choice.to_json(),
        "plan_seconds": round(plan_seconds, 4),
        "unheard_words": unknown,
    }


def _print_listen(
    info: ModelInfo,
    engine: SpeechEngine,
    transcript: Transcript,
    choice: Choice,
    plan_seconds: float,
    home: Home,
    unknown: list[str],
) -> None:
    if not transcript.alternatives:
        print("Heard nothing.")
    else:
        print(f"Heard: {transcript.text}  (confidence {transcript.confidence:.0%})")
        print("Alternatives:")
        width = max(len(a.text) for a in transcript.alternatives)
        for number, alternative in enumerate(transcript.alternatives, 1):
            mark = "→" if number - 1 == choice.index and choice.heard else " "
            print(
                f" {mark}{number}. {alternative.text:<{width}}  {alternative.source:<7} "
                f"{alternative.posterior:.0%}"
            )
    print(
        f"Decoded {transcript.audio_seconds:.2f} s of audio in {transcript.decode_seconds:.3f} s "
        f"(real-time factor {transcript.real_time_factor:.3f}; "
        f"{' + '.join(transcript.passes)}); the result came "
        f"{transcript.finish_seconds * 1000:.0f} ms after the audio ended; "
        f"planning took {plan_seconds * 1000:.0f} ms."
    )
    print(
        f"Model: {info.name} ({info.language or 'language unknown'}), "
        f"loaded in {engine.load_seconds or 0:.2f} s."
    )
    if unknown:
        print(f"Not in the model's vocabulary (cannot be heard): {', '.join(unknown)}")
    if choice.plan is None:
        return
    print("Plan:")
    common.print_plan(choice.plan, home, sys.stdout)
    if choice.plan.error is None and not choice.plan.read_only and not choice.sure:
        print(f"   (would be shown for approval: {choice.reason})")


# -- voice models, catalog, download, remove --------------------------------------------------


def cmd_models(args: argparse.Namespace) -> int:
    models, broken = voice_models.scan_models()
    if args.json:
        print(
            json.dumps(
                {
                    "folder": str(voice_models.models_dir()),
                    "models": [m.to_json() for m in models],
                    "broken": [{"path": str(p), "reason": why} for p, why in broken],
                },
                ensure_ascii=False,
            )
        )
        return common.EXIT_OK
    if models:
        print(f"Speech models (Hearth installs them in {voice_models.models_dir()}):")
        width = max(len(m.name) for m in models)
        for model in models:
            lists = "phrase lists" if model.phrase_lists else "no phrase lists"
            print(
                f"  {model.name:<{width}}  {model.language or '?':<6} {human_size(model.size):>9}"
                f"  {lists:<15}  {model.origin}"
            )
    else:
        print(f"No speech model installed. {voice_models.no_model_message().capitalize()}.")
    for path, why in broken:
        print(f"Not usable: {path}: {why}")
    return common.EXIT_OK


def cmd_catalog(args: argparse.Namespace) -> int:
    try:
        entries = voice_models.fetch_catalog()
    except VoiceDownloadError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return common.EXIT_FAILED
    if not args.all:
        entries = [e for e in entries if e.small]
    if args.lang:
        wanted = args.lang.lower()
        entries = [e for e in entries if e.language.lower().startswith(wanted)]
    for entry in sorted(entries, key=lambda e: (e.language, e.name)):
        print(f"  {entry.name:<40} {entry.language:<6} {human_size(entry.size):>9}")
    if not entries:
        print("No models match.")
    return common.EXIT_OK


class _ProgressLine:
    """One line on stderr that follows the download."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.stage = ""

    def __call__(self, progress: Progress) -> None:
        if progress.stage != self.stage and self.stage:
            print(file=sys.stderr)
        self.stage = progress.stage
        done = human_size(progress.done)
        if progress.total:
            text = f"{done} of {human_size(progress.total)} ({progress.fraction or 0:.0%})"
        else:
            text = done
        verb = {"downloading": "Downloading", "checking": "Checking", "unpacking": "Unpacking"}
        print(
            f"\r{verb.get(progress.stage, progress.stage)} {self.name}: {text}   ",
            end="",
            file=sys.stderr,
            flush=True,
        )

    def end(self) -> None:
        if self.stage:
            print(file=sys.stderr)


def cmd_download(args: argparse.Namespace) -> int:
    entry = voice_models.catalog_entry(args.model)
    if entry.url.startswith(VOSK_SITE) and entry.md5 is None and not args.sha256:
        try:  # the catalogue knows the checksum of vosk's own models
            catalog = voice_models.fetch_catalog(timeout=10)
            entry = voice_models.catalog_entry(args.model, catalog)
        except VoiceDownloadError:
            pass  # offline: the download itself says so
    line = _ProgressLine(entry.name)
    try:
        info = download_model(entry, progress=line, sha256=args.sha256)
    except KeyboardInterrupt:
        line.end()
        part = partial_path(entry)
        kept = human_size(part.stat().st_size) if part.exists() else "nothing"
        print(
            f"Cancelled: {kept} kept in {part.parent}; run the same command to resume.",
            file=sys.stderr,
        )
        return common.EXIT_NOT_APPROVED
    except VoiceDownloadError as err:
        line.end()
        print(f"hearth: {err}", file=sys.stderr)
        return common.EXIT_FAILED
    line.end()
    checked = "checksum verified" if entry.md5 or args.sha256 else "no checksum known"
    print(
        f"Installed {info.name} ({info.language or 'language unknown'}, "
        f"{human_size(info.size)}; {checked}) in {info.path}."
    )
    return common.EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    try:
        path = remove_model(args.model)
    except NoModelError:
        installed = [m for m in voice_models.installed_models() if m.name == args.model]
        if installed and not installed[0].removable:
            raise common.UsageError(
                f"{args.model} came with a Python package ({installed[0].origin}): "
                "uninstall it with pip"
            ) from None
        raise
    print(f"Removed {args.model} ({path}).")
    return common.EXIT_OK
