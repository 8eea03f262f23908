"""The window's command-line options (``hearth`` without a command), without Qt, so that
``hearth --help`` lists them beside the commands and the window parses the same ones."""

from __future__ import annotations

import argparse


def window_parser() -> argparse.ArgumentParser:
    """The window's options (``hearth`` without a command), defined here without Qt so that
    ``hearth --help`` lists them beside the commands."""
    parser = argparse.ArgumentParser(
        prog="hearth",
        description="Without a command, Hearth opens its window (or raises the one running).",
        epilog="The commands follow; hearth COMMAND --help shows a command's own options.",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--demo", action="store_true", help="use the bundled demo home")
    where.add_argument("--home", metavar="FILE", help="use a home snapshot file")
    parser.add_argument("--area", metavar="ID", help="this computer's area id")
    parser.add_argument("--lang", metavar="L", help="language code (en, de, pt-BR, ...)")
    parser.add_argument(
        "--minimized", action="store_true", help="start in the tray (the window stays hidden)"
    )
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render the window to this PNG and exit"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    return parser
