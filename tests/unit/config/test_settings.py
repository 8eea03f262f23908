"""Settings (TOML) and the Home Assistant token (a real Secret Service, never a file)."""

from __future__ import annotations

import io
import json
import tomllib
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from app.cli.common import EXIT_OK, EXIT_USAGE
from app.cli.main import main
from app.config.secret_store import SERVICE
from app.config.settings import (
    LLM_MODES,
    CalendarSettings,
    HomeAssistantSettings,
    LLMSettings,
    RoleSettings,
    SafetySettings,
    Settings,
    VoiceSettings,
    config_dir,
    data_dir,
    delete_token,
    get_token,
    set_token,
)
from app.core.errors import ConfigError, SecretStoreError, StorageError
from app.understanding.llm.config import RoutingMode
from tests.helpers.keyring_session import KeyringSession, files_containing
from tests.helpers.processes import run_hearth

URL = "http://homeassistant.local:8123"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.unit-test-token-4f1c"


def write_settings(text: str | bytes) -> Path:
    path = config_dir() / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        text = text.encode()
    path.write_bytes(text)
    return path


# -- settings file ---------------------------------------------------------------------------


def test_no_file_gives_the_defaults() -> None:
    assert Settings.load() == Settings()
    assert not config_dir().exists(), "loading must not create anything"


def test_settings_round_trip_through_toml() -> None:
    settings = Settings(
        language="pt-BR",
        area="office",
        auto_run_low_risk=True,
        home_file="/srv/homes/flat.yaml",
        quick_commands=["Good night", "Lüfter aus"],
        home_assistant=HomeAssistantSettings(url=URL, timeout=2.5),
    )
    settings.save()
    path = config_dir() / "settings.toml"
    assert path.exists() and settings.path == path
    assert [p.name for p in config_dir().iterdir()] == ["settings.toml"], "no temporary left"
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert raw["home_assistant"] == {"url": URL, "timeout": 2.5}
    assert Settings.load() == settings
    # Unset optional values are left out (TOML has no null) and read back as None.
    Settings(language="de").save()
    assert "area" not in tomllib.loads(path.read_text(encoding="utf-8"))
    assert Settings.load() == Settings(language="de")


def _every_setting_changed() -> Settings:
    return Settings(
        language="de",
        area="office",
        time_zone="Europe/Berlin",
        data_folder="/srv/hearth",
        data_folder_was="/home/sam/.local/share/hearth",
        auto_run_low_risk=True,
        close_to_tray=False,
        home_file="/srv/homes/flat.yaml",
        quick_commands=["Good night"],
        home_assistant=HomeAssistantSettings(url=URL, timeout=3.5),
        safety=SafetySettings(
            profile="adult",
            pin_actions=["cover.open_cover"],
            roles={
                "child": RoleSettings(
                    domains=["light"],
                    areas=["kids_room"],
                    denied_actions=["media_player.volume_set"],
                    highest_risk="medium",
                )
            },
            exposure="all",
            hidden=["lock.back_door"],
            shown=["switch.router"],
        ),
        llm=LLMSettings(
            base_url="http://localhost:11434/v1",
            model="qwen3:8b",
            mode="llm_first",
            timeout=20.0,
            debug_log=True,
            python="/opt/llm-venv/bin/python",
        ),
        calendar=CalendarSettings(
            default="calendar.family",
            home_assistant=False,
            caldav_url="https://dav.example.org/",
            caldav_username="sam",
            reminders_todo="todo.reminders",
        ),
        voice=VoiceSettings(
            model="vosk-model-small-de-0.15",
            shortcut="Ctrl+Alt+V",
            sound_cue=False,
            confidence=0.8,
            free_form=False,
        ),
    )


def _leaves(data: dict[str, object], prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in data.items():
        if isinstance(value, dict) and key != "roles":
            out |= _leaves(value, f"{prefix}{key}.")
        else:
            out[prefix + key] = value
    return out


def test_every_setting_is_read_back_from_the_file() -> None:
    """A setting the file reader dropped would be lost at the next save: every one, changed
    from its default, comes back from the TOML file as it was written."""
    changed = _every_setting_changed()
    defaults = _leaves(Settings().model_dump())
    values = _leaves(changed.model_dump())
    assert values.keys() == defaults.keys()
    assert [key for key in values if values[key] == defaults[key]] == []
    changed.save()
    assert Settings.load() == changed


def test_unknown_settings_are_ignored(caplog: pytest.LogCaptureFixture) -> None:
    write_settings('language = "de"\ncolour = "blue"\n[home_assistant]\nport = 1\n')
    assert Settings.load() == Settings(language="de")
    assert "colour" in caplog.text


def test_a_settings_file_naming_verify_ssl_still_loads() -> None:
    """Older versions wrote ``verify_ssl``, a setting nothing ever read: it is left out now,
    and a file that still names it loads as before, the key ignored."""
    write_settings(f'[home_assistant]\nurl = "{URL}"\nverify_ssl = false\ntimeout = 3\n')
    assert Settings.load().home_assistant == HomeAssistantSettings(url=URL, timeout=3.0)


@pytest.mark.parametrize(
    "content",
    [
        f'[home_assistant]\nurl = "{URL}"\ntoken = "{TOKEN}"\n',
        f'token = "{TOKEN}"\n',
    ],
    ids=["home_assistant.token", "token"],
)
def test_a_token_in_the_settings_file_is_refused(
    content: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_settings(content)
    assert main(["plan", "--json", "turn on the sofa lamp"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "a token must not be stored in the settings file" in err
    assert "hearth connect" in err
    assert TOKEN not in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('language = "de', "cannot read settings"),
        ("[home_assistant\nurl = 1\n", "cannot read settings"),
        (b"language = '\xff\xfe'\n", "cannot read settings"),
        ('home_assistant = "http://x"\n', "[home_assistant] must be a table"),
        ("language = 5\n", "language must be text"),
        ('auto_run_low_risk = "false"\n', "auto_run_low_risk must be true or false"),
        ("quick_commands = [1, 2]\n", "quick_commands must be a list of texts"),
        ('[home_assistant]\ntimeout = "fast"\n', "home_assistant.timeout must be a number"),
        ("[home_assistant]\ntimeout = true\n", "home_assistant.timeout must be a number"),
        ("[home_assistant]\ntimeout = 0\n", "home_assistant.timeout must be a number of seconds"),
        ("[home_assistant]\nurl = 8123\n", "home_assistant.url must be text"),
    ],
)
def test_malformed_settings_are_a_usage_error(
    content: str | bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_settings(content)
    before = path.read_bytes()
    assert main(["plan", "--json", "turn on the sofa lamp"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert path.read_bytes() == before, "a bad settings file is never rewritten"


@pytest.mark.parametrize("section", ["home_assistant", "llm"])
@pytest.mark.parametrize(
    "value", ["nan", "+nan", "-nan", "inf", "-inf", "-1", "-0.5", "0", "0.0", "301", "1e300"]
)
def test_a_timeout_that_is_not_a_usable_number_of_seconds_is_refused_by_name(
    section: str, value: str
) -> None:
    """TOML has nan and inf, and nan passes every `<=` check: each is refused, naming the
    setting, with the usage exit code, by the real `hearth` command."""
    path = write_settings(f"[{section}]\ntimeout = {value}\n")
    done = run_hearth("plan", "--json", "turn on the sofa lamp", env={"HEARTH_NO_LLM": "1"})
    assert done.returncode == EXIT_USAGE, done.stdout + done.stderr
    assert f"{path}: {section}.timeout must be a number of seconds more than 0" in done.stderr
    assert "at most 300" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


@pytest.mark.parametrize("value", ["0.5", "2", "300"])
def test_a_usable_timeout_is_kept(value: str) -> None:
    write_settings(f"[home_assistant]\ntimeout = {value}\n[llm]\ntimeout = {value}\n")
    settings = Settings.load()
    assert settings.home_assistant.timeout == settings.llm.timeout == float(value)


def test_good_settings_are_used_by_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    write_settings('area = "living_room"\n')
    assert main(["plan", "--json", "turn off the lights"]) == EXIT_OK


# -- the token in a real Secret Service ------------------------------------------------------


def test_token_round_trip_through_the_secret_service(secret_service: KeyringSession) -> None:
    assert get_token(URL) is None
    set_token(URL + "/", TOKEN)  # the same server with or without the trailing slash
    assert get_token(URL) == TOKEN
    # It really is in GNOME Keyring, under Hearth's service and the server's URL.
    ((attributes, secret),) = secret_service.items()
    assert secret == TOKEN
    assert attributes["service"] == SERVICE
    assert attributes["username"] == f"homeassistant:{URL}"
    set_token(URL, "replaced")
    assert get_token(URL) == "replaced" and len(secret_service.items()) == 1
    assert get_token("http://other.local:8123") is None
    delete_token(URL)
    assert get_token(URL) is None and secret_service.items() == []
    delete_token(URL)  # deleting a token that is not there is fine


def test_the_token_is_never_written_to_disk(secret_service: KeyringSession) -> None:
    set_token(URL, TOKEN)
    Settings(home_assistant=HomeAssistantSettings(url=URL)).save()
    assert Settings.load().home_assistant.url == URL
    assert files_containing(TOKEN, config_dir(), data_dir()) == []


def test_environment_token_overrides_the_keyring(
    secret_service: KeyringSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_token(URL, TOKEN)
    monkeypatch.setenv("HEARTH_HA_TOKEN", "from-the-environment")
    assert get_token(URL) == "from-the-environment"
    monkeypatch.setenv("HEARTH_HA_TOKEN", "")
    assert get_token(URL) == TOKEN, "an empty variable does not hide the keyring"


def test_secret_service_going_away_is_a_secret_store_error(
    secret_service: KeyringSession,
) -> None:
    set_token(URL, TOKEN)
    secret_service.stop_keyring_daemon()  # the bus is still there, the keyring is not
    with pytest.raises(SecretStoreError, match="no usable system keyring"):
        get_token(URL)
    secret_service.stop()  # now the session bus is gone too
    with pytest.raises(SecretStoreError, match="no usable system keyring"):
        set_token(URL, TOKEN)
    with pytest.raises(SecretStoreError):
        delete_token(URL)
    assert files_containing(TOKEN, config_dir(), data_dir()) == []


def test_without_a_keyring_nothing_is_stored_anywhere(
    no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)
    with pytest.raises(SecretStoreError) as caught:
        set_token(URL, TOKEN)
    message = str(caught.value)
    assert "no usable system keyring" in message and "HEARTH_HA_TOKEN" in message
    assert TOKEN not in message
    assert not config_dir().exists() and not data_dir().exists(), "no fallback file"
    with pytest.raises(SecretStoreError):
        get_token(URL)
    monkeypatch.setenv("HEARTH_HA_TOKEN", TOKEN)
    assert get_token(URL) == TOKEN, "the environment works without a keyring"


# -- the command line with a misconfigured or missing Home Assistant --------------------------


@pytest.mark.parametrize(
    "url", ["homeassistant.local:8123", "not a url", "ftp://nas.local", "http://[::1", "http://h:x"]
)
def test_a_malformed_url_is_a_usage_error(
    url: str, no_keyring: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    assert main(["connect", "--url", url, "--token-stdin"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "not a Home Assistant URL" in err and "http://host:port" in err
    assert "Traceback" not in err and TOKEN not in err
    assert not config_dir().exists()
    # The same URL in settings.toml (written by hand).
    write_settings(f"[home_assistant]\nurl = {json.dumps(url)}\n")
    monkeypatch.setenv("HEARTH_HA_TOKEN", TOKEN)
    assert main(["do", "--yes", "turn on the desk lamp"]) == EXIT_USAGE
    assert main(["snapshot", "-o", "unused.yaml"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("not a Home Assistant URL") == 2 and TOKEN not in err


def test_no_token_in_the_keyring_says_to_connect(
    secret_service: KeyringSession, capsys: pytest.CaptureFixture[str]
) -> None:
    Settings(home_assistant=HomeAssistantSettings(url=URL)).save()
    assert main(["do", "--yes", "turn on the desk lamp"]) == EXIT_USAGE
    assert f"no token for {URL}: run `hearth connect --url {URL}`" in capsys.readouterr().err


def test_no_keyring_when_a_command_needs_the_token(
    no_keyring: None, capsys: pytest.CaptureFixture[str]
) -> None:
    Settings(home_assistant=HomeAssistantSettings(url=URL)).save()
    assert main(["do", "--yes", "turn on the desk lamp"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "no usable system keyring" in err and "Traceback" not in err


def test_calendar_settings_round_trip_and_keep_no_password() -> None:
    settings = Settings()
    settings.calendar.caldav_url = "https://dav.example.org/"
    settings.calendar.caldav_username = "sam"
    settings.calendar.reminders_todo = "todo.reminders"
    again = Settings.from_dict(settings.to_dict())
    assert again.calendar == settings.calendar
    with pytest.raises(ConfigError, match="password must not be stored"):
        Settings.from_dict({"calendar": {"caldav_password": "hunter2"}})
    with pytest.raises(ConfigError, match=r"calendar\.home_assistant must be"):
        Settings.from_dict({"calendar": {"home_assistant": "yes"}})
    with pytest.raises(ConfigError, match=r"unknown setting calendar\.colour"):
        Settings.from_dict({"calendar": {"colour": "red"}})


def test_a_time_zone_setting_must_be_a_real_zone() -> None:
    assert Settings.from_dict({"time_zone": "Europe/Berlin"}).time_zone == "Europe/Berlin"
    with pytest.raises(ConfigError, match="unknown time zone"):
        Settings.from_dict({"time_zone": "Mars/Olympus"})


def test_a_settings_file_kept_as_a_symbolic_link_stays_one(tmp_path: Path) -> None:
    # Dotfiles kept in a repository and linked in: saving writes the file the link names.
    kept = tmp_path / "dotfiles" / "hearth.toml"
    kept.parent.mkdir()
    kept.write_text('language = "en"\n', encoding="utf-8")
    link = config_dir() / "settings.toml"
    link.parent.mkdir(parents=True)
    link.symlink_to(kept)
    settings = Settings.load()
    settings.language = "de"
    settings.save()
    assert link.is_symlink() and link.resolve() == kept
    assert Settings.load().language == "de"
    assert 'language = "de"' in kept.read_text(encoding="utf-8")
    # A folder where the file should be is never replaced.
    link.unlink()
    link.mkdir()
    with pytest.raises(StorageError, match="not a regular file"):
        settings.save()
    assert link.is_dir()


def test_the_language_model_modes_are_the_routing_modes() -> None:
    """llm.mode is read by the settings (which may not import the planners) and acted on by
    the routing: the words the file may hold are exactly the modes the routing knows."""
    assert tuple(mode.value for mode in RoutingMode) == LLM_MODES
    assert LLMSettings().mode == RoutingMode.LOCAL_FIRST
