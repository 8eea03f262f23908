"""Hearth's error hierarchy. Library exceptions are translated into these at the boundary."""

from __future__ import annotations


class HearthError(Exception):
    """Base class of every error Hearth reports to a person."""


class ConfigError(HearthError):
    """The settings, a command line option or a secret is missing or wrong."""


class SnapshotError(ConfigError):
    """A home snapshot file cannot be read or is malformed."""


class SecretStoreError(ConfigError):
    """The OS keyring is unavailable or refused the request."""


class StorageError(HearthError):
    """Hearth's data cannot be read or written: the data folder is a file or read-only, a
    database is locked, read-only, damaged or another program's, or the disk is full."""
