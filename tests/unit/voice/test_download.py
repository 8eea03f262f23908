"""Model downloads from a local HTTP server: progress, resume with HTTP Range, cancel, checksums,
unpacking into the data folder, the offline message, broken and unsafe zips, removal."""

from __future__ import annotations

import json
import threading
import zipfile
from pathlib import Path

import pytest

from app.core import download as shared
from app.voice.download import (
    Progress,
    download_model,
    partial_path,
    remove_model,
    unpack,
)
from app.voice.errors import (
    ModelError,
    NoModelError,
    VoiceChecksumError,
    VoiceDownloadCancelled,
    VoiceDownloadError,
    VoiceOfflineError,
)
from app.voice.models import (
    METADATA_FILE,
    CatalogEntry,
    installed_models,
    models_dir,
)
from tests.unit.voice.model_server import (
    MODEL_NAME,
    ModelServer,
    closed_port,
    model_server,
    model_zip,
)

__all__ = ["model_server"]  # the fixture


def _entry(server: ModelServer, **changes: object) -> CatalogEntry:
    values: dict[str, object] = {"name": MODEL_NAME, "language": "xx", "url": server.url}
    values.update(changes)
    return CatalogEntry(**values)  # type: ignore[arg-type]


def test_download_reports_progress_checks_and_installs(model_server: ModelServer) -> None:
    seen: list[Progress] = []
    info = download_model(_entry(model_server, md5=model_server.md5), progress=seen.append)

    assert info.name == MODEL_NAME
    assert info.path == models_dir() / MODEL_NAME
    assert info.language == "xx" and info.phrase_lists and info.removable
    assert (info.path / "am" / "final.mdl").is_file()
    metadata = json.loads((info.path / METADATA_FILE).read_text(encoding="utf-8"))
    assert metadata["md5"] == model_server.md5 and metadata["url"] == model_server.url
    assert [m.name for m in installed_models()][:1] == [MODEL_NAME]
    downloading = [p for p in seen if p.stage == "downloading"]
    assert downloading[-1].done == downloading[-1].total == len(model_server.payload)
    assert [p.done for p in downloading] == sorted(p.done for p in downloading)
    assert {p.stage for p in seen} == {"downloading", "checking", "unpacking"}
    assert not partial_path(_entry(model_server)).exists()  # nothing left behind
    assert model_server.requests == [(f"/{MODEL_NAME}.zip", None)]


def test_a_cut_off_download_resumes_where_it_stopped(model_server: ModelServer) -> None:
    entry = _entry(model_server, md5=model_server.md5)
    model_server.cut_after = 100_000
    with pytest.raises(VoiceDownloadError, match="try again to resume"):
        download_model(entry)
    part = partial_path(entry)
    assert part.stat().st_size == 100_000

    seen: list[Progress] = []
    info = download_model(entry, progress=seen.append)
    assert info.path.is_dir()
    assert model_server.requests[-1] == (f"/{MODEL_NAME}.zip", "bytes=100000-")
    first = next(p for p in seen if p.stage == "downloading")
    assert first.done > 100_000 and first.total == len(model_server.payload)


def test_cancel_keeps_the_partial_file_and_the_next_attempt_resumes(
    model_server: ModelServer,
) -> None:
    entry = _entry(model_server, md5=model_server.md5)
    model_server.delay = 0.01
    cancel = threading.Event()

    def progress(p: Progress) -> None:
        if p.done > 50_000:
            cancel.set()

    with pytest.raises(VoiceDownloadCancelled, match="resumes next time") as caught:
        download_model(entry, progress=progress, cancel=cancel)
    # Also the shared downloader's: the window's download row handles both kinds of model.
    assert isinstance(caught.value, shared.DownloadCancelled)
    kept = partial_path(entry).stat().st_size
    assert 50_000 < kept < len(model_server.payload)
    assert not (models_dir() / MODEL_NAME).exists()

    model_server.delay = 0.0
    download_model(entry)
    assert model_server.requests[-1][1] == f"bytes={kept}-"
    assert (models_dir() / MODEL_NAME / "graph" / "Gr.fst").is_file()


def test_a_wrong_checksum_deletes_the_download(model_server: ModelServer) -> None:
    entry = _entry(model_server, md5="0" * 32)
    with pytest.raises(VoiceChecksumError, match=r"MD5 is .* expected 0{32}") as caught:
        download_model(entry)
    assert isinstance(caught.value, shared.ChecksumError)
    assert not partial_path(entry).exists()
    assert not (models_dir() / MODEL_NAME).exists()
    with pytest.raises(VoiceChecksumError, match="SHA256"):
        download_model(_entry(model_server), sha256="f" * 64)


def test_a_sha256_given_by_the_person_is_checked(model_server: ModelServer) -> None:
    info = download_model(_entry(model_server), sha256=model_server.sha256)
    assert info.path.is_dir()


def test_offline_says_so_clearly() -> None:
    entry = CatalogEntry(MODEL_NAME, "xx", f"http://127.0.0.1:{closed_port()}/m.zip")
    with pytest.raises(VoiceOfflineError, match="offline") as caught:
        download_model(entry, timeout=5)
    assert "127.0.0.1" in str(caught.value)
    assert isinstance(caught.value, shared.OfflineError)


def test_a_missing_file_on_the_server(model_server: ModelServer) -> None:
    entry = CatalogEntry("nope", "xx", f"http://127.0.0.1:{model_server.port}/nope.zip")
    with pytest.raises(VoiceDownloadError, match="HTTP 404"):
        download_model(entry)


def test_a_local_zip_installs_offline(tmp_path: Path) -> None:
    archive = tmp_path / f"{MODEL_NAME}.zip"
    archive.write_bytes(model_zip())
    info = download_model(CatalogEntry(MODEL_NAME, "", str(archive)))
    assert info.path.is_dir() and archive.exists()  # the person's file is left alone


def test_a_zip_without_a_model_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "photos.zip"
    archive.write_bytes(model_zip("photos", files=("a.jpg", "b.jpg")))
    with pytest.raises(ModelError, match="not a complete vosk model"):
        unpack(archive, CatalogEntry("photos", "", str(archive)))
    assert not (models_dir() / "photos").exists()
    assert [p.name for p in models_dir().iterdir() if not p.name.startswith(".")] == []


def test_a_zip_with_paths_outside_its_folder_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("../../evil.txt", "x")
    with pytest.raises(ModelError, match="unsafe path"):
        unpack(archive, CatalogEntry("evil", "", str(archive)))
    assert not (tmp_path.parent / "evil.txt").exists()


def test_not_a_zip(tmp_path: Path) -> None:
    archive = tmp_path / "model.zip"
    archive.write_text("<html>not found</html>")
    with pytest.raises(ModelError, match="not a zip file"):
        unpack(archive, CatalogEntry("model", "", str(archive)))


def test_installing_again_replaces_the_old_copy(model_server: ModelServer) -> None:
    entry = _entry(model_server)
    first = download_model(entry)
    (first.path / "stale").write_text("old")
    second = download_model(entry)
    assert second.path == first.path and not (second.path / "stale").exists()


def test_remove(model_server: ModelServer) -> None:
    info = download_model(_entry(model_server))
    remove_model(info.name)
    assert not info.path.exists()
    with pytest.raises(NoModelError):
        remove_model(info.name)
    with pytest.raises(NoModelError):
        remove_model("../elsewhere")
