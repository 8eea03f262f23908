"""Downloading a speech model: resumable, cancellable, checked, unpacked into the data folder.

:func:`download_model` fetches a model zip by URL (or takes a local zip file), reporting
progress; a cut connection or a cancel keeps the partial file, and the next attempt asks the
server only for the rest (an HTTP Range request). A checksum, where one is known, is checked
before anything is unpacked. The zip is unpacked into a temporary folder beside the models,
checked to be a complete model, then moved into place: a half-unpacked model never appears.

Blocking: call it in a worker thread (``asyncio.to_thread``); progress arrives on that thread.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from app.core import filemodes
from app.voice.errors import (
    ChecksumError,
    DownloadCancelled,
    DownloadError,
    ModelError,
    NoModelError,
    OfflineError,
)
from app.voice.models import (
    CatalogEntry,
    ModelInfo,
    inspect_model,
    models_dir,
    offline_message,
    write_metadata,
)

_LOGGER = logging.getLogger(__name__)

CHUNK_BYTES = 64 * 1024
PARTIAL_FOLDER = ".downloads"
#: Largest model Hearth unpacks (the biggest vosk models are a few GB).
MAX_UNPACKED_BYTES = 8 * 1024**3


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a download is."""

    done: int
    """Bytes on disk so far (a resumed download starts above 0)."""
    total: int | None
    """Bytes of the whole file, when the server says."""
    stage: str = "downloading"
    """"downloading", "checking" or "unpacking"."""

    @property
    def fraction(self) -> float | None:
        return self.done / self.total if self.total else None


ProgressCallback = Callable[[Progress], None]


def partial_path(entry: CatalogEntry, root: Path | None = None) -> Path:
    """Where the download of *entry* is kept until it is complete."""
    return (root or models_dir()) / PARTIAL_FOLDER / f"{entry.name}.zip.part"


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

    Raises :class:`OfflineError` (the server cannot be reached), :class:`DownloadCancelled`
    (*cancel* was set), :class:`ChecksumError` (the file is not the expected one: it is
    deleted), :class:`DownloadError` (any other failure; the partial file is kept) or
    :class:`ModelError` (the zip holds no complete model).
    """
    root = root or models_dir()
    local = Path(entry.url).expanduser()
    if "://" not in entry.url:
        if not local.is_file():
            raise NoModelError(f"no such file: {entry.url}")
        archive = local
        keep_archive = True
    else:
        archive = _fetch(entry, root, progress, cancel, timeout)
        keep_archive = False
    try:
        _verify(archive, entry, sha256, progress)
    except ChecksumError:
        if not keep_archive:
            archive.unlink(missing_ok=True)
        raise
    if cancel is not None and cancel.is_set():
        raise DownloadCancelled("the download was cancelled")
    info = unpack(archive, entry, root=root, progress=progress)
    if not keep_archive:
        archive.unlink(missing_ok=True)
    return info


def _fetch(
    entry: CatalogEntry,
    root: Path,
    progress: ProgressCallback | None,
    cancel: threading.Event | None,
    timeout: float,
) -> Path:
    part = partial_path(entry, root)
    filemodes.private_folder(part.parent)
    meta = part.with_suffix(".json")
    have = part.stat().st_size if part.exists() else 0
    if have and _read_json(meta).get("url") != entry.url:
        _LOGGER.info("Discarding a partial download from another address")
        part.unlink()
        have = 0
    headers = {"User-Agent": "Hearth"}
    if have:
        headers["Range"] = f"bytes={have}-"
    request = urllib.request.Request(entry.url, headers=headers)
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as err:
        if err.code == 416 and have:  # nothing after what we have: it is complete
            return part
        raise DownloadError(
            f"the server refused the download of {entry.url} (HTTP {err.code} {err.reason})"
        ) from err
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        raise _offline(entry.url, err) from err
    with response:
        status = getattr(response, "status", 200)
        if status == 206:
            mode = "ab"
            total = _total_from_range(response.headers.get("Content-Range"))
        else:  # the server ignored the Range header: start over
            mode, have = "wb", 0
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
        total = total or entry.size
        meta.write_text(json.dumps({"url": entry.url, "total": total}), encoding="utf-8")
        done = have
        last_report = 0.0
        with part.open(mode) as out:
            while True:
                if cancel is not None and cancel.is_set():
                    raise DownloadCancelled(
                        f"the download was cancelled ({done} bytes kept: it resumes next time)"
                    )
                try:
                    block = response.read(CHUNK_BYTES)
                except (TimeoutError, OSError) as err:
                    raise DownloadError(
                        f"the download of {entry.url} was interrupted ({err}); "
                        "try again to resume it"
                    ) from err
                if not block:
                    break
                out.write(block)
                done += len(block)
                now = time.monotonic()
                if progress is not None and (now - last_report > 0.1 or done == total):
                    last_report = now
                    progress(Progress(done, total))
    if total is not None and done < total:
        raise DownloadError(
            f"the download of {entry.url} stopped at {done} of {total} bytes; "
            "try again to resume it"
        )
    if progress is not None:
        progress(Progress(done, total or done))
    meta.unlink(missing_ok=True)
    return part


def _offline(url: str, err: BaseException) -> DownloadError:

    return OfflineError(offline_message(url, err))


def _total_from_range(header: str | None) -> int | None:
    """The whole size from ``Content-Range: bytes 100-199/200``."""
    if not header or "/" not in header:
        return None
    size = header.rsplit("/", 1)[1].strip()
    return int(size) if size.isdigit() else None


def _read_json(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _verify(
    archive: Path, entry: CatalogEntry, sha256: str | None, progress: ProgressCallback | None
) -> None:
    expected = [("sha256", sha256.lower())] if sha256 else []
    if entry.md5:
        expected.append(("md5", entry.md5.lower()))
    if not expected:
        _LOGGER.info("No checksum known for %s: not checked", entry.name)
        return
    size = archive.stat().st_size
    if progress is not None:
        progress(Progress(0, size, "checking"))
    digests = {name: hashlib.new(name) for name, _ in expected}
    with archive.open("rb") as stream:
        while block := stream.read(1024 * 1024):
            for digest in digests.values():
                digest.update(block)
    for name, value in expected:
        actual = digests[name].hexdigest()
        if actual != value:
            raise ChecksumError(
                f"the downloaded file is not {entry.name}: its {name.upper()} is {actual}, "
                f"expected {value}. It was deleted; try again, or check the address"
            )


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
