"""The bridge's requests and approvals: plan what is typed or said, show it, run what the
person approved (after the PIN where one is needed), cancel, undo.

The rules are in the core (:mod:`app.session.requests`, :mod:`app.session.pin_step`,
:func:`app.policy.risk.runs_unasked`); this part turns their answers into signals and keeps the
slow work (the language model, the calendars, the devices) on the asyncio loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from app.core.plan import ErrorCode, Plan, PlannerName
from app.core.results import Approval, StepResult
from app.policy import device_code
from app.policy import risk as policy
from app.session import home_controls, pin_step
from app.session.requests import Request, approver, heard, shown_trigger
from ui.bridge.base import BridgePart
from ui.core_words import model_failed_reply

if TYPE_CHECKING:
    from app.assistant import Outcome
    from app.understanding.routing import Route
    from app.understanding.undo import UndoPlan

_LOGGER = logging.getLogger(__name__)

CHANGES_AGENDA = frozenset({"reminder", "calendar", "timer"})
"""Domains whose steps may change what the agenda shows."""


class RequestsPart(BridgePart):
    _thinking: dict[int, asyncio.Task[Any]]
    """The language model's work, by request key (cancelled by :meth:`cancel`)."""

    def submit(
        self, text: str, source: str = "gui", *, unsure: str | None = None
    ) -> Request | None:
        """Plan *text* (milliseconds, on this thread) and show it; run it at once when it is
        read-only, or low risk from the local planner with auto-run on.

        *unsure* says why a spoken command may have been misheard ("heard with 45%
        confidence"): a plan that changes something then never runs unseen
        (:func:`app.session.requests.heard`).

        When the language model is needed, the request comes back with ``thinking`` set
        (``thinking`` is emitted; the model works on the asyncio loop) and ``planned`` follows
        with the same key, or ``cancelled`` when :meth:`cancel` stops it."""
        if self.assistant is None:
            self.connection_failed.emit("Hearth is still connecting to the home.")
            return None
        route = self.assistant.begin(text)
        if route.result is not None:
            notes = heard(route.result.plan, unsure)
            if self.assistant.needs_lookup(route.result.plan):
                # The card names the event a step moves and warns of overlaps, so the
                # calendars are read first (a CalDAV server may take a moment).
                finding = self.assistant.look_up(route.result.plan)
                return self._wait(text, source, finding, lookup=True, notes=notes)
            outcome = self.assistant.record_later(route.result.plan, source=source)
            return self._show(outcome, source, notes=notes)
        return self._wait(text, source, self._plan_and_look_up(route))

    def _wait(
        self,
        text: str,
        source: str,
        planning: Coroutine[Any, Any, Plan],
        *,
        lookup: bool = False,
        notes: list[str] | None = None,
    ) -> Request:
        """A request whose plan *planning* is still making: a placeholder card now, the plan
        card (same key) when it is done."""
        # Loaded with the assistant (in a worker thread, after the window was shown).
        from app.assistant import Outcome  # noqa: PLC0415  lazy: loads with the assistant, in a worker thread after the window shows

        planner = PlannerName.LOCAL if lookup else PlannerName.LLM
        placeholder = Outcome(Plan(text=text, planner=planner), None)
        request = self.book.waiting(
            text, source, placeholder, notes=list(notes or []), lookup=lookup
        )
        self._thinking[request.key] = self._spawn(self._think(request, planning))
        self.status_changed.emit("looking" if lookup else "thinking")
        self.thinking.emit(request)
        return request

    async def _plan_and_look_up(self, route: Route) -> Plan:
        """The language model's plan, with the calendar events it names looked up."""
        result = await route.finish()
        plan = result.plan
        answer = result.llm
        if answer is not None and answer.failure is not None and plan is answer.plan:
            # The model could not answer: the reply in the window's language (the core
            # says it in English for the command line and the log). A failure the window has
            # no words for keeps the core's reply whole, never half in one language.
            said = model_failed_reply(answer.failure, result.local.reply if result.local else None)
            plan.reply = said if said is not None else plan.reply
        if self.assistant is not None and self.assistant.needs_lookup(plan):
            plan = await self.assistant.look_up(plan)
        return plan

    async def _think(self, request: Request, planning: Coroutine[Any, Any, Plan]) -> None:
        try:
            plan = await planning
        except Exception:  # a bug must not leave a card thinking forever
            _LOGGER.exception("Planning failed (calendar lookup: %s)", request.lookup)
            plan = Plan.failed(request.plan.text, ErrorCode.NOT_UNDERSTOOD, "planning failed")
        finally:
            self._thinking.pop(request.key, None)
        if self.assistant is None or request.cancelled:
            return
        request.thinking = False
        self.status_changed.emit("connected")
        outcome = self.assistant.record_later(plan, source=request.source)
        self._show(outcome, request.source, notes=request.notes, key=request.key)

    def submit_plan(
        self, plan: Plan, source: str = "gui", *, control: bool = False
    ) -> Request | None:
        """Show a plan built by a control (the home view's switches). *control*: the click on
        it is its approval, so it runs at once when the core allows
        (:func:`app.session.home_controls.control_trigger`); otherwise it waits for the person."""
        if self.assistant is None:
            return None
        trigger = home_controls.control_trigger(plan, self.assistant.home) if control else None
        return self._show(self.assistant.record_later(plan, source=source), source, trigger=trigger)

    def _show(
        self,
        outcome: Outcome,
        source: str,
        *,
        undo_of: int | None = None,
        notes: list[str] | None = None,
        trigger: policy.Trigger | None = None,
        key: int | None = None,
    ) -> Request:
        """Show *outcome*'s plan and start it at once when the one rule allows it
        (:func:`app.policy.risk.runs_unasked`) for *trigger*: by default the window's auto-run
        (when the setting is on), else only a plan that only reads.

        The request is still being written in the records thread (``record_later``): running
        it waits for that, and history is said to have changed once it is on disk."""
        assert self.assistant is not None
        request = self.book.shown(
            outcome,
            self.assistant.decisions(outcome.plan),
            source,
            self.assistant.home,
            key=key,
            undo_of=undo_of,
            notes=notes,
        )
        self.planned.emit(request)
        self._when_recorded(outcome)
        if trigger is None:
            trigger = shown_trigger(self.settings.auto_run_low_risk)
        plan = outcome.plan
        if policy.runs_unasked(plan, request.decisions, trigger=trigger):
            self.approve(request.key, set(range(len(plan.steps))), set(), by=approver(trigger))
        return request

    def _when_recorded(self, outcome: Outcome) -> None:
        """Emit ``history_changed`` once *outcome*'s request is written (kept alive and
        awaited by ``stop`` like the bridge's other work)."""
        recording = outcome.recording
        if recording is None:
            self.history_changed.emit()
            return

        async def recorded() -> None:
            with contextlib.suppress(Exception):  # execute reports a failed write
                await asyncio.shield(recording)
            self.history_changed.emit()

        self._spawn(recorded())

    def request(self, key: int) -> Request | None:
        return self.book.get(key)

    def approve(
        self,
        key: int,
        steps: set[int],
        confirmed_high_risk: set[int],
        *,
        by: str = "gui",
        codes: dict[int, str] | None = None,
    ) -> None:
        """Run what the person approved on request *key*'s card: the PIN is asked first
        (:attr:`pin_prompt`), then each approved step's device code (:attr:`code_prompt`), as
        the terminal asks them. *codes*: device codes already given (step index -> code), kept
        in memory for this run only and sent with that step's call
        (:mod:`app.policy.device_code`)."""
        request = self.book.get(key)
        if request is None or not request.open or self.assistant is None:
            return
        request.running = True
        request.approved_by = by
        approval = Approval(set(steps), set(confirmed_high_risk), by=by)
        for index, code in (codes or {}).items():
            if index in approval.steps:
                device_code.give_code(approval, index, code)
        self._spawn(self._execute(request, approval))

    async def _execute(self, request: Request, approval: Approval) -> None:
        assert self.assistant is not None
        codes = approval.device_codes
        approval = await pin_step.confirm(approval, request.plan, self.pin_prompt, self.notice.emit)
        # The PIN's check answers a new approval: the codes go with it (a step whose PIN was
        # not given does not run, its code unused).
        approval.device_codes.update(codes)
        await self._ask_codes(request, approval)
        self.status_changed.emit("working")

        def update(result: StepResult) -> None:
            self.step_updated.emit(request.key, result)

        try:
            await self.assistant.execute(request.outcome, approval, on_update=update)
        finally:
            request.running = False
            request.done = True
            self.status_changed.emit("connected")
            if request.outcome.record_notice is not None:  # the audit trail could not be written
                self.notice.emit(request.outcome.record_notice)
            self.finished.emit(request)
            self.history_changed.emit()
            if any(s.domain in CHANGES_AGENDA for s in request.plan.steps):
                self.agenda_changed.emit()

    async def _ask_codes(self, request: Request, approval: Approval) -> None:
        """After the PIN: ask for the device's own code of each approved step that needs one
        and may run (its PIN given, where it needs one), in step order. A code not given
        leaves its step unrun (the executor says why)."""
        wanted = policy.codes_to_ask(
            request.decisions, approval.steps, approval.high_risk_confirmed
        )
        for index in wanted:
            if index in approval.device_codes or self.code_prompt is None:
                continue
            decision = request.decisions[index]
            device = decision.code_device or decision.code_for or ""
            try:
                code = await self.code_prompt(request.key, index, device)
            except Exception:  # fail closed: no code, the step does not run
                _LOGGER.exception("Asking for a device's code failed")
                code = None
            if code:
                device_code.give_code(approval, index, code)

    def cancel(self, key: int) -> None:
        request = self.book.get(key)
        if request is None or not request.open:
            return
        request.cancelled = request.done = True
        if request.thinking:  # stop the language model; nothing was planned or recorded
            request.thinking = False
            task = self._thinking.pop(key, None)
            if task is not None:
                task.cancel()
            self.status_changed.emit("connected")
            self.cancelled.emit(key)
            return
        if self.assistant is not None:  # records the decision: nobody approved it
            self._spawn(self.assistant.execute(request.outcome, None))
        self.cancelled.emit(key)
        self.history_changed.emit()

    # -- undo --------------------------------------------------------------------------------

    def can_undo(self, key: int) -> bool:
        """Whether the finished request *key* changed something an undo could put back."""
        return self.book.can_undo(key)

    def undo_plan(self, key: int) -> UndoPlan | None:
        """The plan that would put back what request *key* changed (None: nothing ran)."""
        if self.assistant is None:
            return None
        return self.book.undo_plan(key, self.assistant.home)

    def undo(self, key: int) -> Request | None:
        """Show (and, when every step is low risk, run) the undo of request *key*.

        Clicking Undo is the approval of an undo that only needs low-risk steps; anything
        more waits on its card like any plan. Undo never unlocks, opens an access cover or
        disarms (see :mod:`app.understanding.undo`); what it leaves alone is listed on the card.
        """
        undo = self.undo_plan(key)
        if undo is None or self.assistant is None:
            return None
        if not undo.possible:
            self.undo_unavailable.emit(
                key, undo.explain() or "Nothing to undo: everything is already as it was."
            )
            return None
        return self._show(
            self.assistant.record_later(undo.plan, source="undo"),
            "undo",
            undo_of=key,
            notes=[item.reason for item in undo.left_out],
            trigger=policy.Trigger.UNDO,
        )
