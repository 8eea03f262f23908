"""Execution: run approved steps, verify them, undo them, and preview them without touching the
home."""
