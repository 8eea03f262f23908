"""Planners: text to a plan of steps. The local planner is rules plus fuzzy matching."""

from app.understanding.planner import Planner, UnknownLanguageError

__all__ = ["Planner", "UnknownLanguageError"]
