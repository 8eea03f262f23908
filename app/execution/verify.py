"""Feedback: wait, bounded, until each step's expected effect is really there.

The verifier listens to the adapter's state changes and reads the state back, so a change is
seen as soon as the server reports it and is still found when an event was missed.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.core.expect import matches, mismatch
from app.core.home import StateChange
from app.understanding.keyed_replies import Listed, said
from integrations.base import AdapterError, DeviceAdapter, EntityState

_LOGGER = logging.getLogger(__name__)

#: States on the way to the expected one: the device is still moving.
TRANSITIONAL = frozenset(
    {"opening", "closing", "locking", "unlocking", "arming", "pending", "returning", "buffering"}
)
#: How long to wait for the effect, per domain (a garage door takes a while).
VERIFY_TIMEOUT_S = {"cover": 30.0, "lock": 10.0, "alarm_control_panel": 10.0, "vacuum": 10.0}
DEFAULT_VERIFY_TIMEOUT_S = 5.0


class Verdict(enum.StrEnum):
    VERIFIED = "verified"
    FAILED = "failed"
    UNCONFIRMED = "unconfirmed"


@dataclass(slots=True)
class Check:
    verdict: Verdict
    reason: str | None = None
    observed: dict[str, EntityState] | None = None


class Verifier:
    def __init__(self, adapter: DeviceAdapter, *, poll_interval: float = 0.25) -> None:
        self.adapter = adapter
        self.poll_interval = poll_interval

    async def verify(
        self,
        expect: Mapping[str, Mapping[str, Any]],
        *,
        timeout: float | None = None,
        changed: list[EntityState] | None = None,
    ) -> Check:
        """Wait until every entity in *expect* shows its effect, or *timeout* seconds pass."""
        if not expect:
            return Check(Verdict.VERIFIED)
        if timeout is None:
            timeout = max(
                VERIFY_TIMEOUT_S.get(entity_id.split(".", 1)[0], DEFAULT_VERIFY_TIMEOUT_S)
                for entity_id in expect
            )
        latest: dict[str, EntityState] = {}
        for state in changed or []:
            latest[state.entity_id] = state
        wake = asyncio.Event()

        def on_change(change: StateChange) -> None:
            if change.entity_id in expect:
                latest[change.entity_id] = EntityState(
                    change.entity_id, change.state, change.attributes, change.context_id
                )
                wake.set()

        unsubscribe = self.adapter.subscribe(on_change)
        deadline = time.monotonic() + timeout
        read_error: str | None = None
        try:
            while True:
                pending = [e for e in expect if not (e in latest and matches(expect[e], latest[e]))]
                if not pending:
                    return Check(Verdict.VERIFIED, observed=dict(latest))
                # Read back what events have not confirmed (an event may have been missed).
                for entity_id in pending:
                    try:
                        read = await self.adapter.get_state(entity_id)
                    except AdapterError as err:
                        read_error = str(err)
                        continue
                    if read is None:
                        return Check(
                            Verdict.FAILED, said("run.gone", entity=entity_id), dict(latest)
                        )
                    latest[entity_id] = read
                pending = [e for e in expect if not (e in latest and matches(expect[e], latest[e]))]
                if not pending:
                    return Check(Verdict.VERIFIED, observed=dict(latest))
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return self._verdict_at_deadline(expect, pending, latest, read_error)
                wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), min(self.poll_interval, remaining))
        finally:
            unsubscribe()

    @staticmethod
    def _verdict_at_deadline(
        expect: Mapping[str, Mapping[str, Any]],
        pending: list[str],
        latest: dict[str, EntityState],
        read_error: str | None,
    ) -> Check:
        unknown = [e for e in pending if e not in latest]
        if unknown:
            ids = ", ".join(unknown)
            reason = (
                said("run.unread_because", entities=ids, error=read_error)
                if read_error
                else said("run.unread", entities=ids)
            )
            return Check(Verdict.UNCONFIRMED, reason, dict(latest))
        moving = [e for e in pending if latest[e].state in TRANSITIONAL]
        if moving:
            states = ", ".join(said("run.still", entity=e, state=latest[e].state) for e in moving)
            return Check(Verdict.UNCONFIRMED, states, dict(latest))
        reasons = "; ".join(_mismatch(e, expect[e], latest.get(e)) for e in pending)
        return Check(Verdict.FAILED, reasons, dict(latest))


def _mismatch(entity_id: str, expect: Mapping[str, Any], state: EntityState | None) -> str:
    """How *state* differs from what *expect* wanted, in the language being spoken."""
    key, slots = mismatch(entity_id, expect, state)
    if isinstance(slots.get("wanted"), list):  # "off or idle", "aus oder idle"
        slots["wanted"] = Listed(tuple(str(w) for w in slots["wanted"]), commas=False)
    return said(f"run.{key}", **slots)
