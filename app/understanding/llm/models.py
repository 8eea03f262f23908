"""Model files for the "local file" endpoint: the catalogue to download from, the files
downloaded, a file chosen on disk, and the download itself.

Downloaded models live in ``<data dir>/llm-models/<file>.gguf``. A download goes through
:mod:`app.core.download` (the speech models' code: progress, resume with HTTP Range, cancel,
SHA-256, the partial file's place), into a partial file beside the models; only a complete
file whose checksum matches and that starts like a GGUF file is moved into place. A file
chosen on disk is used where it is (nothing is copied).

Blocking (file system, network): call these in a worker thread from the GUI.
"""

from __future__ import annotations

import functools
import threading
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from app.config.settings import data_dir
from app.core import download, filemodes
from app.core.download import ProgressCallback
from app.core.errors import ConfigError

MODELS_FOLDER = "llm-models"
SUFFIX = ".gguf"
#: The first four bytes of every GGUF file.
GGUF_MAGIC = b"GGUF"


class ModelFileError(ConfigError):
    """No usable model file: missing, not a GGUF file, or no such name."""


@dataclass(frozen=True, slots=True)
class CatalogModel:
    """A model file one can download."""

    id: str
    name: str
    file: str
    """The file name it is kept under."""
    url: str
    sha256: str
    size: int
    """Bytes, as the model page rounds them (progress before the server says)."""
    license: str
    note: str


@dataclass(frozen=True, slots=True)
class ModelFile:
    """A model file Hearth can run."""

    name: str
    """What the settings say to use it: the file name without ``.gguf`` (downloaded) or the
    path (chosen on disk)."""
    path: Path
    size: int
    downloaded: bool
    """In the data folder (Hearth may remove it)."""


def models_dir() -> Path:
    """Where downloaded model files are kept: ``<data dir>/llm-models``."""
    return data_dir() / MODELS_FOLDER


@functools.cache
def catalog() -> tuple[CatalogModel, ...]:
    """The models one can download (``resources/llm/models.toml``), in the file's order."""
    source = resources.files("resources") / "llm" / "models.toml"
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return tuple(
        CatalogModel(
            id=key,
            name=str(value["name"]),
            file=str(value["file"]),
            url=str(value["url"]),
            sha256=str(value["sha256"]).lower(),
            size=int(value["size"]),
            license=str(value["license"]),
            note=str(value["note"]),
        )
        for key, value in data.items()
    )


def is_gguf(path: Path) -> bool:
    """Whether *path* is a file that starts like a GGUF model."""
    try:
        with path.open("rb") as stream:
            return stream.read(4) == GGUF_MAGIC
    except OSError:
        return False


def check_file(path: str | Path) -> ModelFile:
    """The model file at *path*; raises :class:`ModelFileError` when it is not one."""
    file = Path(path).expanduser()
    if not file.is_file():
        raise ModelFileError(f"no model file at {file}")
    if not is_gguf(file):
        raise ModelFileError(
            f"{file} is not a GGUF model file (llama.cpp's format; other formats are not supported)"
        )
    root = models_dir()
    downloaded = file.parent == root
    return ModelFile(
        name=file.stem if downloaded else str(file),
        path=file,
        size=file.stat().st_size,
        downloaded=downloaded,
    )


def installed() -> list[ModelFile]:
    """The model files downloaded into the data folder, by name."""
    root = models_dir()
    if not root.is_dir():
        return []
    found = []
    for file in sorted(root.glob(f"*{SUFFIX}"), key=lambda p: p.name.casefold()):
        if file.is_file() and is_gguf(file):
            found.append(ModelFile(file.stem, file, file.stat().st_size, downloaded=True))
    return found


def find(model: str) -> ModelFile:
    """The file the setting *model* names: a path to a GGUF file, or the name of a downloaded
    one (its file name, with or without ``.gguf``, or its catalogue id). Raises
    :class:`ModelFileError` saying what to do."""
    wanted = model.strip()
    if not wanted:
        raise ModelFileError("no model file chosen: download one or choose a .gguf file")
    candidate = Path(wanted).expanduser()
    if candidate.is_absolute() or "/" in wanted or "\\" in wanted:
        return check_file(candidate)
    by_id = {entry.id: entry.file for entry in catalog()}
    stem = Path(by_id.get(wanted, wanted)).name
    stem = stem[: -len(SUFFIX)] if stem.lower().endswith(SUFFIX) else stem
    for file in installed():
        if file.name in (stem, wanted):
            return file
    names = ", ".join(f.name for f in installed()) or "none"
    raise ModelFileError(
        f"no model file named {wanted!r} in {models_dir()} (downloaded: {names}); "
        "download one in Settings › Language model or with `hearth llm download`, or give "
        "the path of a .gguf file"
    )


def catalog_model(name: str) -> CatalogModel:
    """The catalogue entry *name* (its id, file name or name); raises :class:`ModelFileError`."""
    for entry in catalog():
        if name in (entry.id, entry.file, entry.name, Path(entry.file).stem):
            return entry
    known = ", ".join(entry.id for entry in catalog())
    raise ModelFileError(f"no model {name!r} in Hearth's catalogue (it has: {known})")


def partial_path(entry: CatalogModel, root: Path | None = None) -> Path:
    """Where the download of *entry* is kept until it is complete."""
    return download.partial_path(root or models_dir(), entry.file)


def download_model(
    entry: CatalogModel,
    *,
    root: Path | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30.0,
) -> ModelFile:
    """Download (or resume) *entry* into *root* (default: :func:`models_dir`), check its
    SHA-256 and that it is a GGUF file, move it into place; the file.

    Raises :class:`app.core.download.OfflineError`, :class:`~app.core.download.DownloadCancelled`
    (the partial file is kept), :class:`~app.core.download.ChecksumError` (the file is
    deleted) or :class:`~app.core.download.DownloadError` (the partial file is kept).
    """
    root = root or models_dir()
    filemodes.private_folder(root)
    part = download.fetch_checked(
        download.Download(
            entry.name,
            entry.url,
            partial_path(entry, root),
            entry.size,
            (("sha256", entry.sha256),),
        ),
        progress=progress,
        cancel=cancel,
        timeout=timeout,
    )
    if not is_gguf(part):  # the right checksum makes this unlikely, but a catalogue can be wrong
        part.unlink(missing_ok=True)
        raise download.ChecksumError(f"the download of {entry.name} is not a GGUF model file")
    target = root / entry.file
    part.replace(target)
    return ModelFile(target.stem, target, target.stat().st_size, downloaded=True)


def remove(name: str) -> Path:
    """Delete the downloaded model file *name*; raises :class:`ModelFileError`."""
    file = find(name)
    if not file.downloaded:
        raise ModelFileError(f"{file.path} was chosen on disk, not downloaded: Hearth leaves it")
    file.path.unlink()
    return file.path
