"""Downloading a large file: resumable, cancellable, checked. Shared by the speech models and
the language-model files.

:func:`fetch` gets a URL into a partial file, reporting progress; a cut connection or a cancel
keeps what arrived, and the next attempt asks the server only for the rest (an HTTP Range
request). :func:`verify` checks the file against the checksums that are known; a file that does
not match is deleted. What the file is (a zip to unpack, a model to move into place) is the
caller's business. :func:`fetch_checked` does both for a catalogue's :class:`Download`;
:func:`partial_path` is where its partial file waits beside the models; :func:`human_size` says
its size to a person.

Blocking: call it in a worker thread (``asyncio.to_thread``); progress arrives on that thread.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core import filemodes
from app.core.errors import HearthError

_LOGGER = logging.getLogger(__name__)

CHUNK_BYTES = 64 * 1024
#: The folder beside the models where partial downloads wait.
PARTIAL_FOLDER = ".downloads"
#: Seconds between two progress reports (the last one always comes).
REPORT_EVERY_S = 0.1


class DownloadError(HearthError):
    """A download failed (the message says why; the partial file is kept to resume)."""


class OfflineError(DownloadError):
    """The download server cannot be reached (no network, or the address is wrong)."""


class ChecksumError(DownloadError):
    """The downloaded file is not the expected one (it is deleted)."""


class DownloadCancelled(DownloadError):
    """The person cancelled the download (the partial file is kept to resume)."""


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a download is."""

    done: int
    """Bytes on disk so far (a resumed download starts above 0)."""
    total: int | None
    """Bytes of the whole file, when the server says."""
    stage: str = "downloading"
    """"downloading", "checking" or (for a zip) "unpacking"."""

    @property
    def fraction(self) -> float | None:
        return self.done / self.total if self.total else None


ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True, slots=True)
class Download:
    """One file to download, as a catalogue describes it."""

    name: str
    """What it is called to a person (in messages)."""
    url: str
    part: Path
    """Where it is kept until it is complete (:func:`partial_path`)."""
    size: int | None = None
    """Bytes, when the catalogue knows (progress before the server says)."""
    checksums: tuple[tuple[str, str], ...] = ()
    """``("sha256", hex)``, ``("md5", hex)``: what the file must match."""


def partial_path(root: Path, file: str) -> Path:
    """Where the download of *file* waits in the models folder *root* until it is complete."""
    return root / PARTIAL_FOLDER / f"{file}.part"


def human_size(size: int | None) -> str:
    """*size* bytes for a person: "812 KB", "39.8 MB", "1.6 GB"."""
    if size is None:
        return "size unknown"
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit in ("bytes", "KB") else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


def offline_message(url: str, err: BaseException) -> str:
    """What to say when *url* cannot be reached."""
    reason = getattr(err, "reason", err)
    host = url.split("//", 1)[-1].split("/", 1)[0]
    return (
        f"cannot reach {host} ({reason}): this computer seems to be offline. Connect to the "
        "network and try again"
    )


def fetch(
    url: str,
    part: Path,
    *,
    size: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30.0,
    offline: Callable[[str, BaseException], str] = offline_message,
) -> Path:
    """Download *url* into *part* (resuming what is there from the same URL); *part*.

    *size*: the expected bytes when the server does not say. *offline* words the message of
    :class:`OfflineError`. Raises :class:`OfflineError`, :class:`DownloadCancelled` (*cancel*
    was set; what arrived is kept) or :class:`DownloadError` (what arrived is kept).
    """
    filemodes.private_folder(part.parent)
    meta = part.with_name(part.name + ".json")
    have = part.stat().st_size if part.exists() else 0
    if have and _read_json(meta).get("url") != url:
        _LOGGER.info("Discarding a partial download from another address")
        part.unlink()
        have = 0
    headers = {"User-Agent": "Hearth"}
    if have:
        headers["Range"] = f"bytes={have}-"
    request = urllib.request.Request(url, headers=headers)
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as err:
        if err.code == 416 and have:  # nothing after what we have: it is complete
            return part
        raise DownloadError(
            f"the server refused the download of {url} (HTTP {err.code} {err.reason})"
        ) from err
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        raise OfflineError(offline(url, err)) from err
    with response:
        status = getattr(response, "status", 200)
        if status == 206:
            mode = "ab"
            total = _total_from_range(response.headers.get("Content-Range"))
        else:  # the server ignored the Range header: start over
            mode, have = "wb", 0
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
        total = total or size
        meta.write_text(json.dumps({"url": url, "total": total}), encoding="utf-8")
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
                        f"the download of {url} was interrupted ({err}); try again to resume it"
                    ) from err
                if not block:
                    break
                out.write(block)
                done += len(block)
                now = time.monotonic()
                if progress is not None and (now - last_report > REPORT_EVERY_S or done == total):
                    last_report = now
                    progress(Progress(done, total))
    if total is not None and done < total:
        raise DownloadError(
            f"the download of {url} stopped at {done} of {total} bytes; try again to resume it"
        )
    if progress is not None:
        progress(Progress(done, total or done))
    meta.unlink(missing_ok=True)
    return part


def fetch_checked(
    download: Download,
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30.0,
    offline: Callable[[str, BaseException], str] = offline_message,
) -> Path:
    """:func:`fetch` *download* into its partial file (resuming it), then :func:`verify` it
    against its checksums; the complete partial file, for the caller to put in place. Raises
    what those two raise (a file that does not match is deleted)."""
    part = fetch(
        download.url,
        download.part,
        size=download.size,
        progress=progress,
        cancel=cancel,
        timeout=timeout,
        offline=offline,
    )
    verify(part, download.checksums, what=download.name, progress=progress)
    return part


def verify(
    path: Path,
    expected: Sequence[tuple[str, str]],
    *,
    what: str,
    progress: ProgressCallback | None = None,
    delete: bool = True,
) -> None:
    """Check *path* against *expected* (``("sha256", hex)``, ``("md5", hex)``); raise
    :class:`ChecksumError` (deleting the file when *delete*) when one differs. Nothing to
    check is logged, not refused: a file given by address has no known checksum."""
    if not expected:
        _LOGGER.info("No checksum known for %s: not checked", what)
        return
    size = path.stat().st_size
    if progress is not None:
        progress(Progress(0, size, "checking"))
    digests = {name: hashlib.new(name) for name, _ in expected}
    done = 0
    last_report = time.monotonic()
    with path.open("rb") as stream:
        while block := stream.read(1024 * 1024):
            for digest in digests.values():
                digest.update(block)
            done += len(block)
            now = time.monotonic()
            if progress is not None and now - last_report > REPORT_EVERY_S:
                last_report = now
                progress(Progress(done, size, "checking"))
    for name, value in expected:
        actual = digests[name].hexdigest()
        if actual != value.lower():
            if delete:
                path.unlink(missing_ok=True)
            gone = "It was deleted; try again, or check the address" if delete else "Not used"
            raise ChecksumError(
                f"the downloaded file is not {what}: its {name.upper()} is {actual}, "
                f"expected {value.lower()}. {gone}"
            )
    if progress is not None:
        progress(Progress(size, size, "checking"))


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
