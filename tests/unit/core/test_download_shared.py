"""The parts of a download both kinds of model share: where the partial file waits, and a
size said to a person."""

from __future__ import annotations

from pathlib import Path

from app.core.download import PARTIAL_FOLDER, human_size, partial_path
from app.understanding.llm import models as llm_models
from app.voice import download as voice_download
from app.voice.models import CatalogEntry


def test_both_kinds_of_model_wait_in_the_same_folder_beside_their_models(tmp_path: Path) -> None:
    assert partial_path(tmp_path, "a.gguf") == tmp_path / PARTIAL_FOLDER / "a.gguf.part"
    entry = llm_models.catalog()[0]
    assert llm_models.partial_path(entry, tmp_path) == partial_path(tmp_path, entry.file)
    speech = CatalogEntry("vosk-model-small-xx", "xx", "https://example.org/m.zip")
    assert voice_download.partial_path(speech, tmp_path) == (
        tmp_path / PARTIAL_FOLDER / "vosk-model-small-xx.zip.part"
    )


def test_sizes_are_said_in_the_largest_unit_that_fits() -> None:
    assert human_size(None) == "size unknown"
    assert human_size(812) == "812 bytes"
    assert human_size(40 * 1024) == "40 KB"
    assert human_size(41_700_000) == "39.8 MB"
    assert human_size(3 * 1024**3) == "3.0 GB"
