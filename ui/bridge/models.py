"""The bridge's model files: the speech models (Vosk's list fetched, a model downloaded,
installed or removed: :mod:`app.voice.models`, :mod:`app.voice.download`) and the language
model's (the files at hand, a chosen file checked, a catalogue file downloaded:
:mod:`app.understanding.llm.models`), and a language model tried before it is saved
(:mod:`app.understanding.llm.probe`).

What blocks runs in a worker thread: the async methods send it there; the ``download_*``
methods are the jobs a :class:`~ui.download_row.DownloadRow` runs on its own worker thread
(with its progress and its Cancel). The types and the error the pages show come from here too.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING

from app.config.settings import Settings
from app.core.download import ProgressCallback
from app.session import llm_changes
from app.understanding.llm import models as llm_models
from app.understanding.llm.config import LLMConfig
from app.understanding.llm.models import CatalogModel, ModelFile, ModelFileError
from app.voice import download as voice_download
from app.voice import models as voice_models
from app.voice.models import CatalogEntry, ModelInfo

if TYPE_CHECKING:
    # A language model's test answer, for annotations only (the probe's module loads the
    # planner's prompt modules, imported when a page first tries a model): no name at run
    # time, so it is not in __all__; a page's annotations import it the same way.
    from app.understanding.llm.probe import Probe

__all__ = ["CatalogModel", "ModelFile", "ModelFileError", "ModelsPart"]


class ModelsPart:
    settings: Settings

    # -- speech models (the installed ones: ui.bridge.speech) --------------------------------

    async def fetch_voice_catalog(self) -> list[CatalogEntry]:
        """Vosk's list of models (the network, in a worker thread). Raises DownloadError."""
        return await asyncio.to_thread(voice_models.fetch_catalog)

    def download_voice_model(
        self, entry: CatalogEntry, progress: ProgressCallback, cancel: threading.Event
    ) -> ModelInfo:
        """Download, check and install *entry* (blocking: a download row's worker thread).
        Raises DownloadError, VoiceError or DownloadCancelled."""
        return voice_download.download_model(entry, progress=progress, cancel=cancel)

    async def remove_voice_model(self, name: str) -> None:
        """Remove the downloaded speech model *name* (in a worker thread). Raises NoModelError
        or OSError."""
        await asyncio.to_thread(voice_download.remove_model, name)

    # -- the language model's files ----------------------------------------------------------

    def llm_catalog(self) -> tuple[CatalogModel, ...]:
        """The model files Hearth offers to download."""
        return llm_models.catalog()

    def llm_catalog_model(self, name: str) -> CatalogModel:
        """The catalogue's model called *name* (its id). Raises ModelFileError."""
        return llm_models.catalog_model(name)

    async def llm_model_files(self) -> tuple[list[ModelFile], bool]:
        """The downloaded model files, and whether llama-cpp-python can be found (in a worker
        thread): here, or in the Python the settings or the environment name."""
        return await asyncio.to_thread(llm_changes.model_files, self.settings.llm.python)

    async def check_llm_model_file(self, path: str) -> ModelFile:
        """The model file at *path*, checked where it is (in a worker thread). Raises
        ModelFileError."""
        return await asyncio.to_thread(llm_models.check_file, path)

    def download_llm_model(
        self, entry: CatalogModel, progress: ProgressCallback, cancel: threading.Event
    ) -> ModelFile:
        """Download and check *entry* (blocking: a download row's worker thread). Raises
        DownloadError or DownloadCancelled."""
        return llm_models.download_model(entry, progress=progress, cancel=cancel)

    async def try_llm(self, config: LLMConfig) -> Probe:
        """Ask *config*'s language model a test question, its answer streamed (on the loop;
        cancelling stops it). Raises ConfigError."""
        # With the planner's prompt and tools: loaded when a page first tries a model.
        from app.understanding.llm.probe import probe  # noqa: PLC0415  lazy: the planner's prompt modules, when a page first tries a model

        return await probe(config, stream=True)
