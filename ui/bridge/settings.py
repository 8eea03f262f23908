"""The bridge's settings: what the settings pages change in the core, each in one method,
everything that blocks (the keyring, scrypt, settings.toml, the autostart entry) in a worker
thread (:mod:`app.session.settings_changes`, :mod:`app.session.safety_changes`,
:mod:`app.session.llm_changes`), and the running assistant bound to what was saved."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.config.settings import LLMSettings
from app.policy import safety
from app.session import llm_changes, profile, safety_changes, settings_changes
from app.session.safety_changes import PinState, SafetyChange
from app.session.settings_changes import SettingsEdits
from app.understanding.llm.config import LLMConfig
from integrations.base import ReportsVersion
from integrations.hub import AdapterHub
from ui.bridge.base import BridgePart
from ui.bridge.connection import HomeAssistantPart

if TYPE_CHECKING:
    from app.understanding.llm.local import ModelStatus


class SettingsPart(HomeAssistantPart, BridgePart):
    profile: safety.ActiveProfile | None
    """The profile the running assistant is bound to, and why when it is the most
    restrictive one instead of the chosen one (None: not read yet)."""

    # -- the settings page's Save and start at login ------------------------------------------

    async def save_settings(self, edits: SettingsEdits) -> None:
        """Take *edits* into the settings and write settings.toml (a new data folder checked
        first). Raises ConfigError or StorageError. The token: :meth:`keep_home_assistant_token`
        first; applying: :meth:`apply_settings`."""
        settings_changes.take(self.settings, edits)
        await asyncio.to_thread(settings_changes.write, self.settings, edits.data_folder)

    async def apply_settings(self) -> None:
        """Use the saved area and language from the next request (the home and the data
        folder need a restart). The new language's planner is built in a worker thread;
        then ``language_applied`` tells the window to speak the language too."""
        assistant = self.assistant
        if assistant is None:
            self.language_applied.emit(self.settings.language)
            return
        # Loaded with the planner (in a worker thread, after the window was shown).
        from app.understanding.sentences import resolve_language  # noqa: PLC0415  lazy: loads with the planner, in a worker thread after the window shows

        assistant.area = self.settings.area
        language = self.settings.language
        if resolve_language(language) != assistant.planner.language:
            renamed = self.source is not None and self.source.demo
            if renamed:  # the demo home is named in the person's language
                from app.bootstrap import name_demo  # noqa: PLC0415  lazy: the home's builders load in a worker thread after the window shows

                await asyncio.to_thread(name_demo, assistant.home, language)
            await asyncio.to_thread(assistant.set_language, language)
            if renamed:
                self.ready.emit(assistant.home)  # every view shows the new names
        self.language_applied.emit(language)

    async def starts_at_login(self) -> bool:
        """Whether Hearth's autostart entry is in place."""
        return await asyncio.to_thread(settings_changes.starts_at_login)

    async def set_start_at_login(self, enabled: bool) -> Path:
        """Write or remove the autostart entry; its path. Raises DesktopError."""
        return await asyncio.to_thread(settings_changes.set_start_at_login, enabled)

    # -- safety ----------------------------------------------------------------------------

    async def pin_state(self) -> PinState:
        """Whether the owner's PIN is set (the keyring, in a worker thread)."""
        return await asyncio.to_thread(safety_changes.pin_state)

    async def change_safety(self, change: SafetyChange) -> None:
        """Make *change* (in a worker thread: scrypt, the keyring, the settings file), then
        bind the running assistant to what is in force now. Raises HearthError or OSError;
        the settings are then as they were."""
        await asyncio.to_thread(safety_changes.apply, self.settings, change)
        await self.load_profile()
        self.apply_safety()

    async def load_profile(self) -> None:
        """Bind the running assistant to the active profile: with a PIN set, the one kept
        with it in the keyring (read in a worker thread). When the most restrictive profile
        applies instead, a notice says why and how to leave it."""
        active = await asyncio.to_thread(safety.active_profile, self.settings.safety)
        before, self.profile = self.profile, active
        if self.assistant is not None:
            profile.bind(self.assistant, active)
        for message in profile.news(before, active):
            self.notice.emit(message)
        self.safety_changed.emit()

    def apply_safety(self) -> None:
        """Bind the running assistant to the saved safety settings at once: the owner's PIN
        actions, and the devices newly hidden from Hearth (showing more applies from the next
        start, when the source's own list is read again). The profile: :meth:`load_profile`."""
        if self.assistant is None:
            return
        # What is in force (read by load_profile), else the saved settings.
        saved = self.profile.safety if self.profile is not None else self.settings.safety
        profile.apply_saved(self.assistant, saved)
        self.safety_changed.emit()

    # -- the language model ----------------------------------------------------------------

    async def llm_key_kept(self, base_url: str) -> bool:
        """Whether the keyring keeps an API key for *base_url*."""
        return await asyncio.to_thread(llm_changes.key_kept, base_url)

    async def llm_config_to_try(self, edited: LLMSettings, typed_key: str) -> LLMConfig:
        """The configuration the fields say, to test before anything is saved."""
        saved = self.settings.llm
        return await asyncio.to_thread(llm_changes.config_to_try, edited, typed_key, saved)

    async def apply_llm(self, edited: LLMSettings, typed_key: str) -> LLMConfig:
        """Keep the typed key in the keyring, save *edited*, and plan with it from the next
        command. Raises ConfigError or StorageError."""
        config = await asyncio.to_thread(llm_changes.keep, self.settings, edited, typed_key)
        self.set_llm(config)
        return config

    def set_llm(self, config: LLMConfig | None) -> None:
        """Plan with *config*'s language model from the next command."""
        if self.assistant is not None:
            old = self.assistant.router.llm
            self.assistant.set_llm(config)
            if old is not None and old is not self.assistant.router.llm:
                self._spawn(old.aclose())
            self.preload_llm()

    def preload_llm(self) -> None:
        """Load the model file the assistant plans with in the background, if it has one;
        its status goes out through ``llm_status``."""
        if self.assistant is not None:
            llm_changes.preload(self.assistant, self.llm_status.emit)

    def llm_in_use(self) -> LLMConfig | None:
        """The language model the assistant plans with (None: none, or no assistant yet)."""
        llm = self.assistant.router.llm if self.assistant is not None else None
        return llm.config if llm is not None else None

    def home_assistant_version(self) -> Callable[[], Awaitable[str]] | None:
        """How to ask the connected Home Assistant its version (the About box), or None when
        Hearth is not connected to one (the demo home, a snapshot file, still connecting)."""
        if self.assistant is None:
            return None
        adapter = self.assistant.adapter
        if isinstance(adapter, AdapterHub):
            adapter = adapter.devices
        # The demo's virtual home and a snapshot file have no server to ask.
        return adapter.check if isinstance(adapter, ReportsVersion) else None

    def llm_model_status(self) -> ModelStatus | None:
        """Where the model file the assistant plans with stands (None: no model file)."""
        client = llm_changes.local_model(self.assistant) if self.assistant else None
        return client.status if client is not None else None
