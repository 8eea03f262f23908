"""Voice input's errors: each says what went wrong and what the person can do about it.

The CLI prints the message and exits with code 2; the window shows it where the person looks
(the conversation, the voice settings page). None of them is a crash.
"""

from __future__ import annotations

from app.core import download
from app.core.errors import ConfigError, HearthError


class VoiceError(HearthError):
    """Base class of voice input's errors."""


class VoiceUnavailableError(VoiceError, ConfigError):
    """A part voice input needs is not installed (the vosk package, Qt's multimedia module)."""


class NoModelError(VoiceError, ConfigError):
    """No speech model is installed, or the one asked for is not there."""


class ModelError(VoiceError, ConfigError):
    """A speech model folder is incomplete or cannot be loaded (a corrupt model)."""


class AudioError(VoiceError, ConfigError):
    """Audio cannot be read: no microphone, no permission, an unreadable or wrong file."""


class AudioFormatError(AudioError):
    """The audio is not 16-bit mono PCM at the rate the recogniser expects."""


class VoiceDownloadError(VoiceError, download.DownloadError):
    """A model download failed (the message says why; a partial file is kept to resume).
    Each is also the shared downloader's error of its kind (:mod:`app.core.download`), so
    what shows any download's progress handles both kinds of model alike."""


class VoiceOfflineError(VoiceDownloadError, download.OfflineError):
    """The download server cannot be reached (no network, or the address is wrong)."""


class VoiceChecksumError(VoiceDownloadError, download.ChecksumError):
    """The downloaded file is not the one the catalogue describes (it is deleted)."""


class VoiceDownloadCancelled(VoiceDownloadError, download.DownloadCancelled):
    """The person cancelled the download (the partial file is kept to resume)."""
