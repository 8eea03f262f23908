"""The `hearth` command: the desktop app, or the command line when a subcommand is given.

Qt is imported only when the desktop app starts, so `hearth plan` and friends stay light; the
command line's modules (with the planner) only when a command is given, so the window is shown
before the planner loads (in a worker thread).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

from app.cli import terminal
from ui.options import window_parser

HELP = frozenset({"-h", "--help"})
CLI_OPTIONS = frozenset({"--version"})
"""Options only the command line takes before its command."""


def cli_first(first: str) -> bool:
    """Whether *first* (the first argument but ``-v``) means the command line, not the window:
    a command (the window takes no word that is not an option; an unknown one is the command
    line's to refuse, listing the commands) or an option only the command line has."""
    return first in CLI_OPTIONS or not first.startswith("-")


def print_help() -> None:
    """``hearth --help``: the window's options, then the commands."""
    from app.cli import main as cli  # noqa: PLC0415  lazy: the window never loads the command line

    try:
        print(window_parser().format_help())
        print(cli.build_parser().format_help(), end="")
        sys.stdout.flush()
    except BrokenPipeError:  # `hearth --help | head`: the reader has all it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing more to write at exit either


VERBOSE = frozenset({"-v", "--verbose"})
"""Options both parsers take: `hearth -v plan ...` is the command line with -v."""

VALUED = frozenset({"--home", "--area", "--lang", "--screenshot"})
"""The window's options that take a value (the next argument, unless given as ``--x=value``)."""


def first_word(args: Sequence[str]) -> str | None:
    """The argument that decides between window and command line: the first one that is not
    ``-v`` nor one of the window's options (with its value), so ``hearth --demo do ...`` and
    ``hearth --lang de plan ...`` are commands; the first option when only options are given."""
    first: str | None = None
    index = 0
    while index < len(args):
        word = args[index]
        if word in VERBOSE:
            index += 1
            continue
        if first is None:
            first = word
        if not word.startswith("-"):
            return word
        if word in CLI_OPTIONS or word in HELP:
            return word
        index += 2 if word in VALUED else 1
    return first


def main(argv: Sequence[str] | None = None) -> int:
    terminal.protect_standard_streams()  # names from a home never drive the terminal
    args = list(sys.argv[1:] if argv is None else argv)
    first = first_word(args)
    if first in HELP:
        print_help()
        return 0
    if first is not None and cli_first(first):
        from app.cli import main as cli  # noqa: PLC0415  lazy: the window never loads the command line

        return cli.main(args)
    # Python's cyclic garbage collector waits until the window is painted (ui.app's
    # resume_collection): everything imported and built until then lives as long as Hearth.
    gc.disable()
    # Qt loads only here, so `hearth plan` and friends stay light.
    from ui.app import run  # noqa: PLC0415  lazy: Qt loads only for the window, not for `hearth plan`

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
