"""``hearth install-desktop`` / ``hearth uninstall-desktop`` / ``hearth autostart on|off``:
the arguments and the printing; the files themselves are :mod:`app.config.desktop_entry`'s."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import common
from app.config.desktop_entry import (
    DesktopError,
    install_desktop,
    set_start_at_login,
    starts_at_login,
    uninstall_desktop,
)

COMMANDS = ("install-desktop", "uninstall-desktop", "autostart")
"""The subcommands this module adds."""


def add_parsers(sub: Any) -> None:
    """Add ``install-desktop``, ``uninstall-desktop`` and ``autostart`` to the CLI."""
    sub.add_parser(
        "install-desktop",
        help="add Hearth to the applications menu (entry, icons, AppStream data)",
    )
    sub.add_parser(
        "uninstall-desktop", help="remove Hearth's menu entry, icons and login entry again"
    )
    autostart = sub.add_parser("autostart", help="start Hearth in the tray at login, or not")
    autostart.add_argument(
        "state", nargs="?", choices=("on", "off"), help="on or off (none: say which it is)"
    )


def run(args: argparse.Namespace) -> int:
    try:
        if args.command == "install-desktop":
            written = install_desktop()
            print(f"Hearth is in the applications menu ({len(written)} files):")
            for path in written[:2]:
                print(f"  {path}")
            print(f"  and its icon in {len(written) - 2} sizes under {written[2].parents[2]}")
            return common.EXIT_OK
        if args.command == "uninstall-desktop":
            removed = uninstall_desktop()
            if not removed:
                print("Hearth was not in the applications menu; nothing to remove.")
            else:
                print(f"Removed {len(removed)} of Hearth's desktop files.")
            return common.EXIT_OK
        if args.command == "autostart":
            if args.state is None:
                on = starts_at_login()
                print(f"Start at login: {'on' if on else 'off'}")
                return common.EXIT_OK
            path = set_start_at_login(args.state == "on")
            if args.state == "on":
                print(f"Hearth will start in the tray at login ({path}).")
            else:
                print("Hearth will not start at login.")
            return common.EXIT_OK
    except DesktopError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return common.EXIT_STORAGE
    raise ValueError(f"not a desktop command: {args.command!r}")
