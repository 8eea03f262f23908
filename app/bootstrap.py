"""The composition root: builds the adapter, history and assistant from settings and options."""

from __future__ import annotations

import shutil
import urllib.parse
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import ConfigError
from app.history import History
from app.home import Home
from app.settings import Settings, data_dir, get_token
from integrations.base import DeviceAdapter

if TYPE_CHECKING:
    from integrations.homeassistant import HomeAssistantAdapter


def demo_home_source() -> Path:
    return Path(str(resources.files("resources") / "homes" / "demo.yaml"))


def demo_state_path() -> Path:
    """The demo home's current state: a copy of the bundled demo that commands change."""
    return data_dir() / "demo-home.yaml"


def history_path() -> Path:
    return data_dir() / "history.sqlite3"


@dataclass(slots=True)
class Source:
    """Where the home comes from: a snapshot file (virtual home) or Home Assistant."""

    snapshot: Path | None = None
    persist: bool = False
    """Write the virtual home's state back to the snapshot after a command (the demo)."""
    url: str | None = None


def choose_source(settings: Settings, *, home: str | None, demo: bool) -> Source:
    if home:
        return Source(snapshot=Path(home))
    if demo or not settings.home_assistant.url:
        if settings.home_file and not demo:
            return Source(snapshot=Path(settings.home_file))
        state = demo_state_path()
        if not state.exists():
            state.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(demo_home_source(), state)
        return Source(snapshot=state, persist=True)
    return Source(url=settings.home_assistant.url)


def build_adapter(settings: Settings, source: Source) -> DeviceAdapter:
    if source.snapshot is not None:
        from integrations.virtual_home import VirtualHome

        return VirtualHome(Home.load(source.snapshot))
    assert source.url is not None
    token = get_token(source.url)
    if not token:
        raise ConfigError(
            f"no token for {source.url}: run `hearth connect --url {source.url}` first"
        )
    return home_assistant_adapter(source.url, token, settings)


def home_assistant_adapter(url: str, token: str, settings: Settings) -> HomeAssistantAdapter:
    """The Home Assistant adapter for *url*; a malformed URL is a configuration error (exit
    code 2 with the reason), not a traceback."""
    from integrations.homeassistant import HomeAssistantAdapter

    try:
        urllib.parse.urlsplit(url.strip()).port  # noqa: B018 - "http://[::1", a bad port
        return HomeAssistantAdapter(url, token, timeout=settings.home_assistant.timeout)
    except ValueError as err:
        raise ConfigError(
            f"not a Home Assistant URL: {url!r} "
            "(give it as http://host:port, e.g. http://homeassistant.local:8123)"
        ) from err


def open_history() -> History:
    return History(history_path())
