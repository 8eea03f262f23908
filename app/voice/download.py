"""Downloading a speech model: resumable, cancellable, checked, unpacked into the data folder.

:func:`download_model` fetches a model zip by URL (or takes a local zip file), reporting
progress; a cut connection or a cancel keeps the partial file, and the next attempt asks the
server only for the rest (an HTTP Range request). A checksum, where one is known, is checked
before anything is unpacked. The zip is unpacked into a temporary folder beside the models,
checked to be a complete model, then moved into place: a half-unpacked model never appears.
The fetching and checking are :mod:`app.core.download`'s (the language-model files use the
same); its errors become voice input's own here.

Blocking: call it in a worker thread (``asyncio.to_thread``); progress arrives on that thread.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import zipfile
from pathlib import Path, PurePosixPath

from app.core import download as shared
from app.core import filemodes
from app.core.download import Progress, ProgressCallback
from app.voice.errors import (
    ModelError,
    NoModelError,
    VoiceChecksumError,
    VoiceDownloadCancelled,
    VoiceDownloadError,
    VoiceOfflineError,
)
from app.voice.models import (
    CatalogEntry,
    ModelInfo,
    inspect_model,
    models_dir,
    offline_message,
    write_metadata,
)

__all__ = ["Progress", "ProgressCallback", "download_model", "partial_path", "remove_model"]

_LOGGER = logging.getLogger(__name__)

#: Largest model Hearth unpacks (the biggest vosk models are a few GB).
MAX_UNPACKED_BYTES = 8 * 1024**3


def partial_path(entry: CatalogEntry, root: Path | None = None) -> Path:
    """Where the download of *entry* is kept until it is complete."""
    return shared.partial_path(root or models_dir(), f"{entry.name}.zip")


def download_model(
    entry: CatalogEntry,
    *,
    root: Path | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30.0,
    sha256: str | None = None,
) -> ModelInfo:
    """Download (or resume) *entry*, check it, unpack it into *root* (default: the data
    folder's ``voice-models``); the installed model. *entry.url* may be a local zip file.

    Raises :class:`VoiceOfflineError` (the server cannot be reached),
    :class:`VoiceDownloadCancelled` (*cancel* was set), :class:`VoiceChecksumError` (the file
    is not the expected one: it is deleted), :class:`VoiceDownloadError` (any other failure;
    the partial file is kept) or :class:`ModelError` (the zip holds no complete model).
    """
    root = root or models_dir()
    expected = [("sha256", sha256.lower())] if sha256 else []
    if entry.md5:
        expected.append(("md5", entry.md5.lower()))
    local = Path(entry.url).expanduser()
    downloaded = "://" in entry.url
    try:
        if downloaded:
            archive = shared.fetch_checked(
                shared.Download(
                    entry.name, entry.url, partial_path(entry, root), entry.size, tuple(expected)
                ),
                progress=progress,
                cancel=cancel,
                timeout=timeout,
                offline=offline_message,
            )
        elif local.is_file():  # a zip on this computer: checked, never deleted
            archive = local
            shared.verify(archive, expected, what=entry.name, progress=progress, delete=False)
        else:
            raise NoModelError(f"no such file: {entry.url}")
    except shared.DownloadError as err:
        raise _voice_error(err) from err
    if cancel is not None and cancel.is_set():
        raise VoiceDownloadCancelled("the download was cancelled")
    info = unpack(archive, entry, root=root, progress=progress)
    if downloaded:
        archive.unlink(missing_ok=True)
    return info


def _voice_error(err: shared.DownloadError) -> VoiceDownloadError:
    """The shared downloader's error as voice input's own (the same words)."""
    for shared_kind, kind in (
        (shared.OfflineError, VoiceOfflineError),
        (shared.DownloadCancelled, VoiceDownloadCancelled),
        (shared.ChecksumError, VoiceChecksumError),
    ):
        if isinstance(err, shared_kind):
            return kind(str(err))
    return VoiceDownloadError(str(err))


def unpack(
    archive: Path,
    entry: CatalogEntry,
    *,
    root: Path | None = None,
    progress: ProgressCallback | None = None,
) -> ModelInfo:
    """Unpack a model zip into ``root/<name>`` (replacing an older copy); the model."""
    root = root or models_dir()
    filemodes.private_folder(root)
    try:
        bundle = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as err:
        raise ModelError(f"{archive.name} is not a zip file of a speech model ({err})") from err
    with bundle, tempfile.TemporaryDirectory(prefix=".unpack-", dir=root) as temp:
        members = bundle.infolist()
        unpacked = sum(m.file_size for m in members)
        if unpacked > MAX_UNPACKED_BYTES:
            raise ModelError(f"{archive.name} unpacks to {unpacked} bytes: too large for a model")
        for member in members:
            member_path = PurePosixPath(member.filename)
            if member_path.is_absolute() or ".." in member_path.parts:
                raise ModelError(f"{archive.name} holds an unsafe path: {member.filename}")
        if progress is not None:
            progress(Progress(0, unpacked, "unpacking"))
        staging = Path(temp) / "unpacked"
        try:
            bundle.extractall(staging)
        except (zipfile.BadZipFile, OSError, EOFError) as err:
            raise ModelError(f"{archive.name} cannot be unpacked ({err})") from err
        top = _model_root(staging)
        name = entry.name or (top.name if top != staging else archive.stem)
        info = inspect_model(top, origin="data folder")  # raises ModelError when incomplete
        language = entry.language or info.language or ""
        write_metadata(top, CatalogEntry(name, language, entry.url, entry.size, entry.md5))
        target = root / name
        if target.exists():
            old = root / f".old-{name}"
            shutil.rmtree(old, ignore_errors=True)
            target.rename(old)
            shutil.move(str(top), str(target))
            shutil.rmtree(old, ignore_errors=True)
        else:
            shutil.move(str(top), str(target))
    if progress is not None:
        progress(Progress(unpacked, unpacked, "unpacking"))
    return inspect_model(target, origin="data folder")


def _model_root(folder: Path) -> Path:
    """The folder inside an unpacked zip that holds the model (the zip's one top folder)."""
    entries = [p for p in folder.iterdir() if not p.name.startswith(("__MACOSX", "."))]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return folder


def remove_model(name: str, *, root: Path | None = None) -> Path:
    """Delete the model *name* that Hearth installed (models from packages are uninstalled
    with pip). Raises :class:`NoModelError` when there is none by that name."""
    root = root or models_dir()
    target = root / name
    if not name or "/" in name or name.startswith(".") or not target.is_dir():
        raise NoModelError(f"no speech model named {name!r} in {root}")
    shutil.rmtree(target)
    return target
