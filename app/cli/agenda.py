"""`hearth reminders`, `hearth timers`, `hearth agenda` and `hearth calendar connect` on the
command line.

Reminders are made, cancelled and snoozed by saying so (``hearth do "remind me …"``); these
commands show what is there and connect a CalDAV account (its password goes to the keyring).
Reminders ring in the Hearth window; one that came due while it was closed rings, marked late,
when it starts; so do timers (``hearth do "set a 12 minute egg timer"``), which are kept in the
same store. Exit codes as in :mod:`app.cli.main`.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import getpass
import json
import sys
from typing import Any
from zoneinfo import ZoneInfo

from app.bootstrap import build_calendar, reminders_path
from app.cli import common
from app.cli.batch import first_surrogate
from app.config.logsafety import credentials_in_url
from app.config.settings import load_settings, set_caldav_password
from app.core import clock
from app.core.durations import duration_words
from app.core.errors import ConfigError
from app.understanding import agenda
from app.understanding.timeparse import Moment, short_date
from integrations.base import AdapterError, TransientError
from integrations.reminders import ReminderKind, ReminderStore

COMMANDS = frozenset({"reminders", "timers", "agenda", "calendar"})
_PERIODS = ("today", "tomorrow", "week")


def add_parsers(sub: Any) -> None:
    reminders = sub.add_parser("reminders", help="list your reminders")
    reminders.add_argument("--all", action="store_true", help="include done and cancelled ones")
    reminders.add_argument("--json", action="store_true", help="print JSON")
    timers = sub.add_parser("timers", help="list your timers and how long each has left")
    timers.add_argument("--all", action="store_true", help="include finished and cancelled ones")
    timers.add_argument("--json", action="store_true", help="print JSON")
    agenda_parser = sub.add_parser("agenda", help="what is on your calendars")
    agenda_parser.add_argument("period", nargs="?", choices=_PERIODS, default="today")
    agenda_parser.add_argument("--json", action="store_true", help="print JSON")
    calendar = sub.add_parser("calendar", help="connect a CalDAV calendar account")
    actions = calendar.add_subparsers(dest="calendar_command", parser_class=type(calendar))
    connect = actions.add_parser("connect", help="test a CalDAV account and keep it")
    connect.add_argument("--url", required=True, help="the CalDAV URL of the account")
    connect.add_argument("--username", required=True)
    connect.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )


def run(args: argparse.Namespace) -> int:
    if args.command == "reminders":
        return cmd_reminders(args)
    if args.command == "timers":
        return cmd_timers(args)
    if args.command == "agenda":
        return asyncio.run(cmd_agenda(args))
    if getattr(args, "calendar_command", None) == "connect":
        return asyncio.run(cmd_connect(args))
    raise common.UsageError("say what to do: hearth calendar connect --url URL --username NAME")


def _stored(include_finished: bool, timers: bool) -> tuple[list[Any], ZoneInfo]:
    """The stored reminders, or the timers, in the user's zone (none when no store exists)."""

    tz = clock.zone(load_settings().time_zone)
    if not reminders_path().exists():
        return [], tz
    store = ReminderStore(reminders_path(), tz=tz)
    try:
        kind = ReminderKind.TIMER if timers else ReminderKind.REMINDER
        return store.list(include_finished=include_finished, kind=kind), tz
    finally:
        store.close()


def cmd_timers(args: argparse.Namespace) -> int:
    timers, tz = _stored(args.all, timers=True)
    now = clock.now(tz)
    if args.json:
        entries = []
        for timer in timers:
            entry = timer.to_json()
            entry["remaining_s"] = round(timer.remaining_s(now), 1)
            entries.append(entry)
        print(json.dumps(entries, ensure_ascii=False))
        return common.EXIT_OK
    if not timers:
        print('No timers. Set one: hearth do "set a 12 minute egg timer"')
        return common.EXIT_OK
    for timer in timers:
        if timer.pending:
            state = "ringing"
        elif timer.finished:
            state = str(timer.status)
        else:
            left = duration_words(timer.remaining_s(now))
            state = f"{left} left" + (", paused" if timer.paused else "")
            if not timer.paused:
                state += f" (rings at {timer.due.astimezone(tz):%H:%M:%S})"
        print(f"{timer.id:>4}  {timer.message} — {state}")
    return common.EXIT_OK


def cmd_reminders(args: argparse.Namespace) -> int:
    reminders, tz = _stored(args.all, timers=False)
    if args.json:
        print(json.dumps([r.to_json() for r in reminders], ensure_ascii=False))
        return common.EXIT_OK
    if not reminders:
        print('No reminders. Say one: hearth do "remind me tomorrow at 8 to …"')
        return common.EXIT_OK
    now = clock.now(tz)
    for reminder in reminders:
        due = reminder.next_fire or reminder.due
        when = (
            f"{agenda.in_words(Moment(due.astimezone(tz)), now)} ({short_date(due.astimezone(tz))})"
        )
        flags = [
            word
            for word, on in (
                ("repeats", reminder.rrule is not None),
                ("waiting for you", reminder.pending),
                ("late", reminder.late),
                (str(reminder.status), reminder.finished),
            )
            if on
        ]
        extra = f"  [{', '.join(flags)}]" if flags else ""
        print(f"{reminder.id:>4}  {reminder.message} — {when}{extra}")
    return common.EXIT_OK


async def cmd_agenda(args: argparse.Namespace) -> int:
    settings = load_settings()
    tz = clock.zone(settings.time_zone)
    now = clock.now(tz)
    today = dt.datetime.combine(now.date(), dt.time(), tz)
    start, end = {
        "today": (now, today + dt.timedelta(days=1)),
        "tomorrow": (today + dt.timedelta(days=1), today + dt.timedelta(days=2)),
        "week": (now, today + dt.timedelta(days=7 - now.weekday())),
    }[args.period]
    service = build_calendar(settings, tz)
    try:
        result = await service.call(
            "get_events",
            [],
            {"start_date_time": start.isoformat(), "end_date_time": end.isoformat()},
        )
    finally:
        await service.close()
    if args.json:
        print(json.dumps(result.response, ensure_ascii=False))
    else:
        print(agenda.events_answer(result.response, now=now, tz=tz))
    return common.EXIT_OK


async def cmd_connect(args: argparse.Namespace) -> int:
    # caldav and its HTTP stack take a third of a second to import: only for this command.
    from integrations.calendar.dav import (  # noqa: PLC0415  lazy: caldav and its HTTP stack take 0.25 s, only for this command
        CalDavCalendar,
        InvalidCalDavUrlError,
        check_url,
    )

    try:
        args.url = check_url(args.url)  # before the password is asked for
    except InvalidCalDavUrlError as err:
        raise ConfigError(str(err)) from err
    credentials = credentials_in_url(args.url)
    if credentials is not None:  # it would be kept in the settings file and shown
        raise ConfigError(f"not a CalDAV URL: {credentials}")
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"CalDAV password for {args.username}: ")
    if not password:
        raise common.UsageError("no password given")
    if first_surrogate(password) is not None:
        raise common.UsageError("the password is not valid UTF-8 text: type it again")
    settings = load_settings()
    tz = clock.zone(settings.time_zone)
    account = CalDavCalendar(args.url, args.username, password, tz=tz)
    try:
        calendars = await account.calendars()
    except TransientError as err:
        print(f"hearth: cannot reach {args.url}: {err}", file=sys.stderr)
        return common.EXIT_UNREACHABLE
    except AdapterError as err:
        raise ConfigError(f"the CalDAV account did not work: {err}") from err
    finally:
        await account.close()
    set_caldav_password(args.url, args.username, password)
    settings.calendar.caldav_url = args.url
    settings.calendar.caldav_username = args.username
    settings.save()
    names = ", ".join(c.name for c in calendars) or "no calendars yet"
    print(f"Connected to {args.url} as {args.username}: {names}. The password is in the keyring.")
    return common.EXIT_OK
