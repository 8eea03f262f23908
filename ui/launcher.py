"""The `hearth` command: the desktop app, or the command line when a subcommand is given.

Qt is imported only when the desktop app starts, so `hearth plan` and friends stay light.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli import main as cli
from app.cli import terminal


def cli_first() -> frozenset[str]:
    """First arguments that mean the command line, not the window: every subcommand."""
    return cli.command_names() | {"-h", "--help", "--version"}


VERBOSE = frozenset({"-v", "--verbose"})
"""Options both parsers take: `hearth -v plan ...` is the command line with -v."""


def main(argv: Sequence[str] | None = None) -> int:
    terminal.protect_standard_streams()  # names from a home never drive the terminal
    args = list(sys.argv[1:] if argv is None else argv)
    first = next((arg for arg in args if arg not in VERBOSE), None)
    if first is not None and first in cli_first():
        return cli.main(args)
    from ui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
