"""Hearth: a desktop assistant for the home (Qt-free core)."""

__version__ = "0.1.0"
