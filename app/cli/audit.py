"""`hearth audit verify|export` and `hearth undo`: the audit trail and undo on the command line.

Wired into :mod:`app.cli.main` with :func:`add_parsers` (on its subparsers) and :func:`run` (for the
commands in :data:`COMMANDS`). Exit codes as in :mod:`app.cli.main`: ``hearth audit verify`` exits
1 when the trail was tampered with (naming the first bad record, or the request whose history
rows were changed, and why) and :data:`EXIT_CANNOT_VERIFY` when it cannot be checked against
the keyring (unreachable, or no seal in it); never 0 then.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from typing import Any

from app.bootstrap import history_path, open_history
from app.cli import common
from app.config.settings import load_settings
from app.core.errors import ConfigError, HearthError
from app.records.audit import (
    Audit,
    AuditError,
    AuditReport,
    KeyringUnavailableError,
    OutcomeUnknownError,
    keyring_anchor,
    seal_key,
    verify_with_keyring,
)
from app.understanding.undo import build_undo

COMMANDS = frozenset({"audit", "undo"})
EXIT_CANNOT_VERIFY = 7
"""``hearth audit verify``: the trail could not be checked against the keyring."""


def add_parsers(sub: Any) -> None:
    """Add ``audit`` and ``undo`` to the CLI's subparsers."""
    audit = sub.add_parser("audit", help="verify or export the tamper-evident audit trail")
    actions = audit.add_subparsers(dest="audit_command", parser_class=type(audit))
    actions.add_parser("verify", help="check that no audit record was edited or deleted")
    export = actions.add_parser("export", help="write the audit trail to a file for review")
    export.add_argument("-o", "--output", required=True, help="file to write")
    export.add_argument("--format", choices=("json", "jsonl"), default="json")

    undo = sub.add_parser("undo", help="put back what the last command changed")
    where = undo.add_mutually_exclusive_group()
    where.add_argument("--home", help="undo on a home snapshot file (virtual home)")
    where.add_argument("--demo", action="store_true", help="undo on the demo home")
    undo.add_argument("--yes", "-y", action="store_true", help="run the undo without asking")


def run(args: argparse.Namespace) -> int:
    if args.command == "audit":
        if getattr(args, "audit_command", None) == "verify":
            return cmd_verify()
        if getattr(args, "audit_command", None) == "export":
            return cmd_export(args)
        raise common.UsageError("say what to do: hearth audit verify | hearth audit export -o FILE")
    if args.command == "undo":
        return asyncio.run(cmd_undo(args))
    raise common.UsageError(f"unknown command {args.command!r}")


def main(argv: Sequence[str] | None = None) -> int:
    """These commands alone (``python -m app.cli.audit``), with the CLI's error handling."""
    parser = common.Parser(prog="hearth")
    add_parsers(parser.add_subparsers(dest="command", parser_class=common.Parser))
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            raise common.UsageError("say what to do: audit verify, audit export or undo")
        return run(args)
    except (common.UsageError, ConfigError) as err:
        print(f"hearth: {err}", file=sys.stderr)
        return common.EXIT_USAGE
    except HearthError as err:
        print(f"hearth: {err}", file=sys.stderr)
        return common.EXIT_FAILED


def cmd_verify() -> int:
    if not history_path().exists():
        return _verify_missing()
    history = open_history()
    try:
        report = verify_with_keyring(history)
    finally:
        history.close()
    if report.ok:
        print(
            f"Audit trail intact: {report.count} records, last hash {report.last_hash}, "
            f"{_sealed_words(report)}."
        )
        _print_notes(report)
        return common.EXIT_OK
    if report.cannot_verify is not None:
        print(
            f"Cannot verify the audit trail: {report.cannot_verify}. Its {report.count} records "
            f"hold together (last hash {report.last_hash}), but deletion, replacement or an "
            "older copy put back cannot be ruled out.",
            file=sys.stderr,
        )
        _print_notes(report)
        return EXIT_CANNOT_VERIFY
    where = f"record {report.first_bad_seq}: " if report.first_bad_seq is not None else ""
    print(f"Audit trail tampered with: {where}{report.reason}.", file=sys.stderr)
    return common.EXIT_FAILED


def _verify_missing() -> int:
    """No history database: fine when nothing was ever sealed, deletion when something was."""
    try:
        anchor = keyring_anchor()
    except KeyringUnavailableError as err:
        print(
            f"Cannot verify the audit trail: there is no history database and {err}.",
            file=sys.stderr,
        )
        return EXIT_CANNOT_VERIFY
    if anchor is not None and anchor.count > 0:
        print(
            f"Audit trail tampered with: the history database {history_path()} is missing but "
            f"the keyring's seal vouches for {anchor.count} records (deleted?).",
            file=sys.stderr,
        )
        return common.EXIT_FAILED
    print("No audit trail yet: nothing was recorded.")
    return common.EXIT_OK


def _sealed_words(report: AuditReport) -> str:
    if report.sealed_to is None:
        return "not sealed (no key in the keyring): keep this hash to detect a rewrite"
    later = report.count - report.sealed_to
    if later == 0:
        return "sealed with the key and the head kept in the keyring"
    return (
        f"sealed in the keyring up to record {report.sealed_to} "
        f"(the {later} records after it are checked by the chain and the file's seal only)"
    )


def _print_notes(report: AuditReport) -> None:
    if report.unknown:
        numbers = ", ".join(str(n) for n in report.unknown)
        print(
            f"Outcome unknown (a step began and its outcome was never recorded): request {numbers}."
        )
    if report.not_covered:
        print(
            f"{report.not_covered} earlier requests in history predate the audit trail and "
            "are not covered by it."
        )


def cmd_export(args: argparse.Namespace) -> int:
    history = open_history()
    try:
        audit = Audit(history, key=seal_key(create=False))
        count = audit.export(args.output, args.format)
        report = audit.verify()
    finally:
        history.close()
    print(f"Wrote {args.output}: {count} audit records.")
    if not report.ok:
        print(
            f"Warning: the audit trail does not verify: record {report.first_bad_seq}: "
            f"{report.reason}.",
            file=sys.stderr,
        )
        return common.EXIT_FAILED
    return common.EXIT_OK


async def cmd_undo(args: argparse.Namespace) -> int:
    """Undo the last request that changed something, from its recorded prior states."""
    settings = load_settings()
    args.area, args.lang = None, None
    async with common.open_assistant(args, settings) as parts:
        assistant = parts.assistant
        audit = assistant.audit
        if audit is None:  # pragma: no cover - the CLI always has history
            raise AuditError("no history to undo from")
        report = audit.verify()
        if not report.ok:
            print(
                f"Not undoing: the audit trail does not verify (record "
                f"{report.first_bad_seq}: {report.reason}).",
                file=sys.stderr,
            )
            return common.EXIT_FAILED
        try:
            last = audit.last_undoable()
        except OutcomeUnknownError as err:
            print(f"Not undoing: {err}.", file=sys.stderr)
            return common.EXIT_FAILED
        if last is None:
            print("Nothing to undo.")
            return common.EXIT_OK
        _request_id, text, results = last
        undo = build_undo(text, results, assistant.home)
        print(f"Undo “{text}”:")
        for item in undo.left_out:
            print(f" - left out: {item.reason}")
        if not undo.possible:
            print("Nothing else to put back." if undo.left_out else "Everything is as it was.")
            return common.EXIT_OK
        outcome = assistant.record(undo.plan, source="undo")
        common.print_plan(undo.plan, assistant.home, sys.stdout)
        approval = await common.approver(args.yes)(undo.plan, assistant.decisions(undo.plan))
        if approval is not None:
            approval.high_risk_confirmed = set()  # an undo never runs a high-risk step
        outcome = await assistant.execute(outcome, approval, on_update=common.print_result)
        if outcome.record_notice is not None:
            print(f"hearth: {outcome.record_notice}", file=sys.stderr)
    if parts.source.persist and parts.source.snapshot is not None:
        assistant.home.save(parts.source.snapshot)
    return common.exit_code(outcome)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
