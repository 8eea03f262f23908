"""End to end against a real Home Assistant: Hearth side by side with Home Assistant's own agent.

.venv/bin/python -m benchmarks.e2e [--rounds 5] [--json OUT] [--sentences FILE] [--profile N]

Starts its own Home Assistant 2024.3 test server (``tests.helpers.ha_server``, demo integration)
in a temporary folder, then for the sentences of ``benchmarks/e2e_sentences.jsonl`` measures,
alternating the two systems per sentence (and which goes first, per round):

* Hearth: ``Assistant(home, HomeAssistantAdapter).handle(text, approve)`` (no history), wall
  time until the step is verified (the executor waits for the real state: the states the
  service call returned, ``state_changed`` events, read-back), plus the planning part
  (``plan.elapsed_ms``) and a breakdown of the rest (state read before the call, the service
  call, the verification wait). The approval callback answers at once: low risk runs; a plan the
  planner or the policy wants confirmed is confirmed when it acts on the sentence's device only
  and declined otherwise (a person who knows what they meant); a PIN is never given;
* Home Assistant: ``POST /api/conversation/process`` over a kept-alive ``http.client``
  connection until its response ("HA response"), then until the expected state is observed the
  way Hearth observes it: read back at once, then ``state_changed`` events with a read-back
  every 250 ms ("HA until state observed").

Before every run the entity is put back in a state that the sentence changes (a direct REST
service call), and the run starts only once that state is visible to the server, to Hearth's
live home and to the benchmark's own event stream. After every run ``/api/states`` is read to
check that the expected state was really reached; a run that did not reach it is a failure.

Sentence sets: ``fast`` (timed; lights, switches, fans, covers without position, media),
``slow`` (timed, reported apart: a demo lock takes 2 s, a demo cover moves 10 % per second) and
``coverage`` (run once, only to count what each system understands). Every sentence is run once
per system before the timed rounds; that pass is the warm-up and gives the "understood" counts.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import datetime as dt
import http.client
import io
import json
import math
import os
import platform
import pstats
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect

from app.assistant import Assistant
from app.core.expect import matches
from app.core.home import Home
from app.core.plan import Plan
from app.core.results import Approval, StepResult, StepStatus
from app.execution.verify import DEFAULT_VERIFY_TIMEOUT_S, VERIFY_TIMEOUT_S
from app.policy import risk as policy
from benchmarks.stats import percentile
from integrations.base import EntityState, ServiceResult, StateListener
from integrations.homeassistant import HomeAssistantAdapter
from tests.helpers.ha_server import HA_VENV, INSTALL_HINT, HomeAssistantServer

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SENTENCES = Path(__file__).with_name("e2e_sentences.jsonl")
SETS = ("fast", "slow", "coverage")
SETTLE_S = 0.05
"""Quiet time after a reset, so no event of the reset is still in flight when a run starts."""
RESET_TIMEOUT_S = 40.0
RUN_TIMEOUT_S = 60.0
READ_BACK_S = 0.25
"""The HA side reads the state back this often while it waits for events (as Hearth's verifier)."""


# -- sentences -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    entity: str
    reset_service: str
    reset_data: dict[str, Any]
    before: dict[str, Any]
    """The state the reset must reach before a run (``{"state"?, "attributes"?}``)."""
    expect: dict[str, Any]
    """The state the sentence must reach."""
    set: str

    @property
    def domain(self) -> str:
        return self.entity.split(".", 1)[0]


class SentenceFileError(ValueError):
    pass


def _check_state_spec(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict) or not value or set(value) - {"state", "attributes"}:
        raise SentenceFileError(f"{where}: must be an object with 'state' and/or 'attributes'")
    if "state" in value and not isinstance(value["state"], str):
        raise SentenceFileError(f"{where}: 'state' must be a string")
    if "attributes" in value and not isinstance(value["attributes"], dict):
        raise SentenceFileError(f"{where}: 'attributes' must be an object")
    return value


def load_sentences(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            raise SentenceFileError(f"{where}: not JSON ({err})") from err
        if not isinstance(item, dict):
            raise SentenceFileError(f"{where}: not an object")
        text, entity, kind = item.get("text"), item.get("entity"), item.get("set")
        if not isinstance(text, str) or not text.strip():
            raise SentenceFileError(f"{where}: 'text' is missing")
        if not isinstance(entity, str) or "." not in entity:
            raise SentenceFileError(f"{where}: 'entity' must be an entity id")
        if kind not in SETS:
            raise SentenceFileError(f"{where}: 'set' must be one of {', '.join(SETS)}")
        reset = item.get("reset")
        if (
            not isinstance(reset, list)
            or len(reset) != 2
            or not isinstance(reset[0], str)
            or reset[0].count(".") != 1
            or not isinstance(reset[1], dict)
        ):
            raise SentenceFileError(f"{where}: 'reset' must be [\"domain.service\", {{data}}]")
        before = _check_state_spec(item.get("before"), f"{where}: 'before'")
        expect = _check_state_spec(item.get("expect"), f"{where}: 'expect'")
        probe = EntityState(
            entity, str(before.get("state", "")), dict(before.get("attributes", {}))
        )
        if "state" in before and matches(expect, probe):
            raise SentenceFileError(f"{where}: 'before' already matches 'expect'")
        sentences.append(Sentence(text, entity, reset[0], reset[1], before, expect, kind))
    if not sentences:
        raise SentenceFileError(f"{path}: no sentences")
    return sentences


# -- Home Assistant over plain HTTP ----------------------------------------------------------


class HAHttp:
    """One kept-alive ``http.client`` connection with the owner's token (blocking calls)."""

    def __init__(self, url: str, token: str, *, timeout: float = 30.0) -> None:
        parsed = urllib.parse.urlsplit(url)
        self._host = parsed.hostname or "127.0.0.1"
        self._port = parsed.port or 8123
        self._timeout = timeout
        self._headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        self._conn = http.client.HTTPConnection(self._host, self._port, timeout=timeout)

    def close(self) -> None:
        self._conn.close()

    def request(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        payload = json.dumps(body) if body is not None else None
        for attempt in (1, 2):
            try:
                self._conn.request(method, path, payload, self._headers)
                response = self._conn.getresponse()
                raw = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self._conn.close()
                self._conn = http.client.HTTPConnection(
                    self._host, self._port, timeout=self._timeout
                )
                if attempt == 2:
                    raise
        text = raw.decode()
        try:
            data = json.loads(text) if text else None
        except json.JSONDecodeError:
            data = text
        return response.status, data

    def state(self, entity_id: str) -> EntityState | None:
        status, data = self.request("GET", f"/api/states/{entity_id}")
        if status != 200 or not isinstance(data, dict):
            return None
        return EntityState(entity_id, str(data.get("state")), dict(data.get("attributes") or {}))

    def call(self, action: str, entity_id: str, data: dict[str, Any]) -> None:
        domain, service = action.split(".", 1)
        status, answer = self.request(
            "POST", f"/api/services/{domain}/{service}", {**data, "entity_id": entity_id}
        )
        if status != 200:
            raise RuntimeError(f"{action} on {entity_id} answered {status}: {answer}")

    def converse(self, text: str) -> dict[str, Any]:
        status, data = self.request(
            "POST", "/api/conversation/process", {"text": text, "language": "en"}
        )
        if status != 200 or not isinstance(data, dict):
            raise RuntimeError(f"conversation/process answered {status}: {data}")
        return data


class EventWatcher:
    """The benchmark's own ``state_changed`` stream: the latest state per entity."""

    def __init__(self, ws: ClientConnection) -> None:
        self._ws = ws
        self.latest: dict[str, EntityState] = {}
        self.changed = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @classmethod
    async def start(cls, url: str, token: str) -> EventWatcher:
        ws = await connect(url.replace("http", "ws", 1) + "/api/websocket", max_size=None)
        await ws.recv()
        await ws.send(json.dumps({"type": "auth", "access_token": token}))
        if json.loads(await ws.recv()).get("type") != "auth_ok":
            await ws.close()
            raise RuntimeError("the websocket refused the token")
        await ws.send(
            json.dumps({"id": 1, "type": "subscribe_events", "event_type": "state_changed"})
        )
        while True:
            answer = json.loads(await ws.recv())
            if answer.get("id") == 1 and answer.get("type") == "result":
                break
        watcher = cls(ws)
        watcher._task = asyncio.get_running_loop().create_task(watcher._read())
        return watcher

    async def _read(self) -> None:
        with contextlib.suppress(Exception):
            async for message in self._ws:
                data = json.loads(message)
                if data.get("type") != "event":
                    continue
                event = data.get("event", {}).get("data", {})
                new = event.get("new_state")
                if isinstance(new, dict) and isinstance(event.get("entity_id"), str):
                    self.latest[event["entity_id"]] = EntityState(
                        event["entity_id"], str(new.get("state")), dict(new.get("attributes") or {})
                    )
                    self.changed.set()

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        await self._ws.close()


# -- Hearth with the time spent in each adapter call -----------------------------------------


@dataclass(slots=True)
class Span:
    kind: str
    start: float
    end: float


class TimedAdapter:
    """Delegates to a :class:`HomeAssistantAdapter` and records when each call ran.

    Costs one coroutine frame per call (microseconds); the subscription is passed straight on.
    """

    def __init__(self, inner: HomeAssistantAdapter) -> None:
        self.inner = inner
        self.name = inner.name
        self.spans: list[Span] = []

    @property
    def live(self) -> bool:
        return self.inner.live

    async def load_home(self) -> Home:
        return await self.inner.load_home()

    async def get_state(self, entity_id: str) -> EntityState | None:
        started = time.perf_counter()
        try:
            return await self.inner.get_state(entity_id)
        finally:
            self.spans.append(Span("get_state", started, time.perf_counter()))

    async def call_service(
        self,
        domain: str,
        service: str,
        entity_ids: list[str],
        data: dict[str, Any],
        *,
        return_response: bool = False,
    ) -> ServiceResult:
        started = time.perf_counter()
        try:
            return await self.inner.call_service(
                domain, service, entity_ids, data, return_response=return_response
            )
        finally:
            self.spans.append(Span("call_service", started, time.perf_counter()))

    def subscribe(self, listener: StateListener) -> Callable[[], None]:
        return self.inner.subscribe(listener)

    async def close(self) -> None:
        await self.inner.close()


# -- runs ------------------------------------------------------------------------------------


@dataclass(slots=True)
class HearthRun:
    text: str
    total_ms: float
    plan_ms: float
    pre_read_ms: float
    call_ms: float
    verify_ms: float
    other_ms: float
    understood: bool
    reached: bool
    statuses: list[str]
    approval: str
    """"auto" (low risk, no question), "confirmed" (asked, approved at once), "declined" (asked to
    confirm a plan for another device), "held" (needs a PIN, never given)."""
    steps: list[str] = field(default_factory=list)
    """The plan's steps as "action target, ..." (to show what a wrong plan did)."""
    adapter_calls: list[str] = field(default_factory=list)
    """The adapter calls of the run, in order, with their duration in ms."""
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.reached and bool(self.statuses) and all(s == "verified" for s in self.statuses)


@dataclass(slots=True)
class HARun:
    text: str
    response_ms: float
    observed_ms: float | None
    """Until the expected state was observed; None when it never was."""
    response_type: str
    code: str | None
    first_read_matched: bool
    understood: bool
    reached: bool
    speech: str = ""
    targets: list[str] = field(default_factory=list)
    """What Home Assistant says it acted on (areas and entities)."""

    @property
    def ok(self) -> bool:
        return self.understood and self.reached and self.observed_ms is not None


def _verify_timeout(entity_id: str) -> float:
    return VERIFY_TIMEOUT_S.get(entity_id.split(".", 1)[0], DEFAULT_VERIFY_TIMEOUT_S)


class Bench:
    def __init__(
        self, http_: HAHttp, assistant: Assistant, adapter: TimedAdapter, watcher: EventWatcher
    ) -> None:
        self.http = http_
        self.assistant = assistant
        self.adapter = adapter
        self.watcher = watcher

    async def reset(self, sentence: Sentence) -> None:
        """Put the entity in the sentence's starting state and wait until everyone sees it."""
        deadline = time.monotonic() + RESET_TIMEOUT_S
        self.http.call(sentence.reset_service, sentence.entity, sentence.reset_data)

        def seen_by_all() -> bool:
            state = self.http.state(sentence.entity)
            entity = self.assistant.home.get(sentence.entity)
            watched = self.watcher.latest.get(sentence.entity)
            return (
                state is not None
                and matches(sentence.before, state)
                and entity is not None
                and matches(
                    sentence.before, EntityState(entity.entity_id, entity.state, entity.attributes)
                )
                and watched is not None
                and matches(sentence.before, watched)
            )

        while not seen_by_all():
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"resetting {sentence.entity} for {sentence.text!r} did not reach "
                    f"{sentence.before} (server: {self.http.state(sentence.entity)})"
                )
            await asyncio.sleep(0.01)
        await asyncio.sleep(SETTLE_S)

    def reached(self, sentence: Sentence) -> bool:
        state = self.http.state(sentence.entity)
        return state is not None and matches(sentence.expect, state)

    async def run_hearth(self, sentence: Sentence) -> HearthRun:
        self.adapter.spans.clear()
        finished: list[float] = []
        approval_kind = "auto"

        def on_update(result: StepResult) -> None:
            if result.status not in (StepStatus.PENDING, StepStatus.RUNNING):
                finished.append(time.perf_counter())

        async def approve(plan: Plan, decisions: list[policy.StepDecision]) -> Approval:
            # Low risk runs at once. What the plan or the policy asks a person to confirm is
            # confirmed at once by a person who knows what they meant: yes when the plan acts
            # on the sentence's device only, no otherwise. A PIN is never given.
            nonlocal approval_kind
            kinds = {d.decision for d in decisions}
            if plan.needs_confirmation or policy.Decision.CONFIRM in kinds:
                right = all(s.targets == [sentence.entity] for s in plan.steps if not s.read_only)
                approval_kind = "confirmed" if right else "declined"
                if not right:
                    return Approval(set(), by="benchmark")
            if policy.Decision.PIN in kinds:
                approval_kind = "held"
            allowed = (policy.Decision.RUN, policy.Decision.CONFIRM)
            steps = {i for i, d in enumerate(decisions) if d.decision in allowed}
            return Approval(steps, by="benchmark")

        started = time.perf_counter()
        outcome = await asyncio.wait_for(
            self.assistant.handle(sentence.text, approve, source="benchmark", on_update=on_update),
            RUN_TIMEOUT_S,
        )
        ended = time.perf_counter()
        plan = outcome.plan
        spans = [s for s in self.adapter.spans if s.start >= started]
        calls = [s for s in spans if s.kind == "call_service"]
        first_call = calls[0].start if calls else ended
        pre_read = sum(
            s.end - s.start for s in spans if s.kind == "get_state" and s.end <= first_call
        )
        call = sum(s.end - s.start for s in calls)
        verify = max(0.0, (finished[-1] if finished else ended) - calls[-1].end) if calls else 0.0
        total = ended - started
        plan_ms = plan.elapsed_ms
        other = total * 1000 - plan_ms - (pre_read + call + verify) * 1000
        changes = [s for s in plan.steps if not s.read_only]
        understood = (
            plan.error is None
            and bool(changes)
            and all(s.targets == [sentence.entity] for s in changes)
        )
        reasons = [r.reason for r in outcome.results if r.reason]
        if plan.error is not None:
            reasons.insert(0, f"{plan.error.code}: {plan.reply or plan.error.message}")
        return HearthRun(
            text=sentence.text,
            total_ms=total * 1000,
            plan_ms=plan_ms,
            pre_read_ms=pre_read * 1000,
            call_ms=call * 1000,
            verify_ms=verify * 1000,
            other_ms=other,
            understood=understood,
            reached=self.reached(sentence),
            statuses=[str(r.status) for r in outcome.results],
            approval=approval_kind,
            steps=[f"{s.action} {', '.join(s.targets)}" for s in plan.steps],
            adapter_calls=[f"{s.kind} {(s.end - s.start) * 1000:.2f}" for s in spans],
            reason="; ".join(reasons) or None,
        )

    async def run_ha(self, sentence: Sentence) -> HARun:
        started = time.perf_counter()
        answer = self.http.converse(sentence.text)
        responded = time.perf_counter()
        response = answer.get("response") if isinstance(answer.get("response"), dict) else {}
        assert isinstance(response, dict)
        response_type = str(response.get("response_type"))
        data = response.get("data") if isinstance(response.get("data"), dict) else {}
        code = data.get("code") if isinstance(data, dict) else None
        speech = str(((response.get("speech") or {}).get("plain") or {}).get("speech", ""))
        success = data.get("success") if isinstance(data, dict) else None
        targets = [t.get("id") for t in success if isinstance(t, dict)] if success else []
        understood = response_type == "action_done" and sentence.entity in targets
        observed: float | None = None
        first_read = False
        if understood:
            observed, first_read = await self._observe(sentence, started)
        return HARun(
            text=sentence.text,
            response_ms=(responded - started) * 1000,
            observed_ms=observed,
            response_type=response_type,
            code=str(code) if code is not None else None,
            first_read_matched=first_read,
            understood=understood,
            reached=self.reached(sentence),
            speech=speech,
            targets=[str(t) for t in targets],
        )

    async def _observe(self, sentence: Sentence, started: float) -> tuple[float | None, bool]:
        """Read back at once, then wait for events with a read-back every 250 ms."""
        state = self.http.state(sentence.entity)
        if state is not None and matches(sentence.expect, state):
            return (time.perf_counter() - started) * 1000, True
        deadline = time.monotonic() + _verify_timeout(sentence.entity)
        next_read = time.monotonic() + READ_BACK_S
        while True:
            self.watcher.changed.clear()
            watched = self.watcher.latest.get(sentence.entity)
            if watched is not None and matches(sentence.expect, watched):
                return (time.perf_counter() - started) * 1000, False
            now = time.monotonic()
            if now >= next_read:
                state = self.http.state(sentence.entity)
                if state is not None and matches(sentence.expect, state):
                    return (time.perf_counter() - started) * 1000, False
                next_read = now + READ_BACK_S
            if now >= deadline:
                return None, False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self.watcher.changed.wait(), max(0.0, min(next_read, deadline) - now)
                )


# -- the whole benchmark ---------------------------------------------------------------------


@dataclass(slots=True)
class Results:
    rounds: int
    ha_version: str = ""
    setup_s: float = 0.0
    timed_s: float = 0.0
    understanding: list[tuple[Sentence, HearthRun, HARun]] = field(default_factory=list)
    timed: list[tuple[Sentence, int, str, HearthRun, HARun]] = field(default_factory=list)
    """(sentence, round, which system went first, Hearth's run, Home Assistant's run)."""
    recognition: dict[str, list[float]] = field(default_factory=dict)
    """HA's recognition alone per sentence (websocket debug command), ms."""
    ping: list[float] = field(default_factory=list)
    """Websocket round trips (ping), ms: the transport part of the recognition figures."""
    profile: str = ""


async def _wait_live(adapter: HomeAssistantAdapter, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not adapter.live:
        if time.monotonic() > deadline:
            raise RuntimeError("Hearth's live event stream did not connect")
        await asyncio.sleep(0.02)


async def bench(
    server: HomeAssistantServer,
    sentences: Sequence[Sentence],
    rounds: int,
    profile_top: int,
    log: Callable[[str], None],
) -> Results:
    results = Results(rounds)
    setup_started = time.monotonic()
    entities = sorted({s.entity for s in sentences})
    # Demo media players are not exposed to Assist by default; both systems honour exposure.
    server.ws(
        {
            "type": "homeassistant/expose_entity",
            "assistants": ["conversation"],
            "entity_ids": entities,
            "should_expose": True,
        }
    )
    http_ = HAHttp(server.url, server.token)
    _, config = http_.request("GET", "/api/config")
    results.ha_version = str(config.get("version")) if isinstance(config, dict) else "?"
    inner = HomeAssistantAdapter(server.url, server.token, timeout=10)
    adapter = TimedAdapter(inner)
    watcher: EventWatcher | None = None
    assistant: Assistant | None = None
    try:
        home = await inner.load_home()
        assistant = Assistant(home, adapter)
        await _wait_live(inner)
        watcher = await EventWatcher.start(server.url, server.token)
        for entity_id in entities:
            state = http_.state(entity_id)
            if state is None:
                raise RuntimeError(f"{entity_id} does not exist on the test server")
            watcher.latest.setdefault(entity_id, state)
        runner = Bench(http_, assistant, adapter, watcher)
        results.setup_s = time.monotonic() - setup_started

        log(f"understanding pass (and warm-up): {len(sentences)} sentences")
        for index, sentence in enumerate(sentences):
            hearth_run, ha_run = await _pair(runner, sentence, hearth_first=index % 2 == 0)
            results.understanding.append((sentence, hearth_run, ha_run))

        timed = [s for s in sentences if s.set != "coverage"]
        started = time.monotonic()
        for round_ in range(rounds):
            log(f"round {round_ + 1}/{rounds}: {len(timed)} sentences")
            for index, sentence in enumerate(timed):
                hearth_first = (round_ + index) % 2 == 0
                hearth_run, ha_run = await _pair(runner, sentence, hearth_first=hearth_first)
                first = "hearth" if hearth_first else "ha"
                results.timed.append((sentence, round_, first, hearth_run, ha_run))
        results.timed_s = time.monotonic() - started

        log("Home Assistant recognition only (no execution), same sentences and rounds")
        await _recognition_pass(server, timed, rounds, results)

        if profile_top > 0:
            log("profile pass (Hearth only, fast sentences, not part of the timings)")
            profiler = cProfile.Profile()
            for sentence in (s for s in sentences if s.set == "fast"):
                await runner.reset(sentence)
                profiler.enable()
                await runner.run_hearth(sentence)
                profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats("cumulative").print_stats(profile_top)
            stats.sort_stats("tottime").print_stats(profile_top)
            results.profile = out.getvalue()
    finally:
        if watcher is not None:
            await watcher.close()
        if assistant is not None:
            assistant.close()
        await adapter.close()
        http_.close()
    return results


async def _recognition_pass(
    server: HomeAssistantServer, sentences: Sequence[Sentence], rounds: int, results: Results
) -> None:
    """Time ``conversation/agent/homeassistant/debug`` (recognition and target matching, no
    service call) and a websocket ``ping`` per sentence, over one connection."""
    url = server.url.replace("http", "ws", 1) + "/api/websocket"
    async with connect(url, max_size=None) as ws:
        await ws.recv()
        await ws.send(json.dumps({"type": "auth", "access_token": server.token}))
        await ws.recv()
        ident = 0

        async def command(message: dict[str, Any]) -> tuple[float, Any]:
            nonlocal ident
            ident += 1
            started = time.perf_counter()
            await ws.send(json.dumps({**message, "id": ident}))
            while True:
                answer = json.loads(await ws.recv())
                if answer.get("id") == ident:
                    return (time.perf_counter() - started) * 1000, answer.get("result")

        debug = {"type": "conversation/agent/homeassistant/debug", "language": "en"}
        for sentence in sentences:  # warm-up
            await command({**debug, "sentences": [sentence.text]})
        for _ in range(rounds):
            for sentence in sentences:
                await asyncio.sleep(SETTLE_S)
                ping_ms, _ = await command({"type": "ping"})
                results.ping.append(ping_ms)
                await asyncio.sleep(SETTLE_S)
                elapsed, _ = await command({**debug, "sentences": [sentence.text]})
                results.recognition.setdefault(sentence.text, []).append(elapsed)


async def _pair(
    runner: Bench, sentence: Sentence, *, hearth_first: bool
) -> tuple[HearthRun, HARun]:
    hearth_run: HearthRun | None = None
    ha_run: HARun | None = None
    for system in ("hearth", "ha") if hearth_first else ("ha", "hearth"):
        await runner.reset(sentence)
        if system == "hearth":
            hearth_run = await runner.run_hearth(sentence)
        else:
            ha_run = await runner.run_ha(sentence)
    assert hearth_run is not None and ha_run is not None
    return hearth_run, ha_run


# -- report ----------------------------------------------------------------------------------


def _pct(values: Sequence[float]) -> dict[str, float]:
    return {
        "n": float(len(values)),
        "p50": percentile(values, 0.5),
        "p95": percentile(values, 0.95),
        "max": max(values) if values else float("nan"),
        "mean": sum(values) / len(values) if values else float("nan"),
    }


def _ms(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.1f}"


def _ratio(a: float, b: float) -> str:
    return "–" if not b or math.isnan(a) or math.isnan(b) else f"{a / b:.2f}"


def summarize(results: Results, sentence_set: str) -> dict[str, Any]:
    rows = [r for r in results.timed if r[0].set == sentence_set]
    hearth = [r[3] for r in rows]
    ha = [r[4] for r in rows]
    observed = [r.observed_ms for r in ha if r.observed_ms is not None]
    summary: dict[str, Any] = {
        "runs": len(rows),
        "hearth_failures": sum(not r.ok for r in hearth),
        "ha_failures": sum(not r.ok for r in ha),
        "hearth_total_ms": _pct([r.total_ms for r in hearth]),
        "hearth_plan_ms": _pct([r.plan_ms for r in hearth]),
        "hearth_pre_read_ms": _pct([r.pre_read_ms for r in hearth]),
        "hearth_call_ms": _pct([r.call_ms for r in hearth]),
        "hearth_verify_ms": _pct([r.verify_ms for r in hearth]),
        "hearth_other_ms": _pct([r.other_ms for r in hearth]),
        "ha_response_ms": _pct([r.response_ms for r in ha]),
        "ha_observed_ms": _pct(observed),
        "ha_first_read_matched": sum(r.first_read_matched for r in ha),
        "ha_recognition_ms": _pct(
            [v for text in {r[0].text for r in rows} for v in results.recognition.get(text, [])]
        ),
        "ws_ping_ms": _pct(results.ping),
    }
    per_sentence = []
    for text in dict.fromkeys(r[0].text for r in rows):
        mine = [r for r in rows if r[0].text == text]
        ha_obs = [r[4].observed_ms for r in mine if r[4].observed_ms is not None]
        per_sentence.append(
            {
                "text": text,
                "approval": mine[0][3].approval,
                "hearth_p50_ms": percentile([r[3].total_ms for r in mine], 0.5),
                "hearth_plan_p50_ms": percentile([r[3].plan_ms for r in mine], 0.5),
                "ha_response_p50_ms": percentile([r[4].response_ms for r in mine], 0.5),
                "ha_observed_p50_ms": percentile(ha_obs, 0.5),
                "ha_recognition_p50_ms": percentile(results.recognition.get(text, []), 0.5),
                "hearth_failures": sum(not r[3].ok for r in mine),
                "ha_failures": sum(not r[4].ok for r in mine),
            }
        )
    summary["per_sentence"] = per_sentence
    return summary


def _machine() -> str:
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True, check=False
        )
    except OSError:
        return "?"
    commit = out.stdout.strip() or "?"
    return commit + (" (with uncommitted changes)" if dirty.stdout.strip() else "")


def _understanding_lines(results: Results) -> list[str]:
    rows = results.understanding
    total = len(rows)
    lines = [
        "| set | sentences | Hearth understood | Hearth reached the state | HA understood | "
        "HA reached the state |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in (*SETS, "all"):
        mine = [r for r in rows if name in ("all", r[0].set)]
        if not mine:
            continue
        lines.append(
            f"| {name} | {len(mine)} | {sum(r[1].understood for r in mine)} | "
            f"{sum(r[1].ok for r in mine)} | {sum(r[2].understood for r in mine)} | "
            f"{sum(r[2].ok for r in mine)} |"
        )
    differing = [r for r in rows if r[1].ok != r[2].ok or not r[1].ok]
    if differing:
        lines += ["", "| sentence | Hearth | Home Assistant |", "|---|---|---|"]
        for sentence, hearth_run, ha_run in differing:
            lines.append(
                f"| {sentence.text} | {_hearth_outcome(hearth_run)} | {_ha_outcome(ha_run)} |"
            )
    lines.append("")
    lines.append(f"({total} sentences, each run once per system.)")
    return lines


def _hearth_outcome(run: HearthRun) -> str:
    if run.ok:
        return "done" + (" (confirmed at once)" if run.approval == "confirmed" else "")
    if run.approval == "declined":
        return f"wrong plan, asked to confirm it (declined): {'; '.join(run.steps)}"
    if not run.understood and run.steps:
        return f"wrong plan: {'; '.join(run.steps)}"
    if not run.understood:
        return f"not understood ({(run.reason or '').split(':', 1)[0]})"
    if run.approval == "held":
        return "understood, held: needs a PIN"
    if run.statuses and all(s == "verified" for s in run.statuses):
        return f"wrong plan: {'; '.join(run.steps)} (verified, but not the expected state)"
    return f"failed: {', '.join(run.statuses)} {run.reason or ''}".strip()


def _ha_outcome(run: HARun) -> str:
    if run.ok:
        return "done"
    if run.response_type == "action_done" and not run.understood:
        return f"wrong target: acted on {', '.join(run.targets)}"
    if not run.understood:
        return f"not understood ({run.code}: “{run.speech}”)"
    return "answered " + run.response_type + ", state not reached"


def report(results: Results, command: str) -> tuple[str, dict[str, Any]]:
    fast = summarize(results, "fast")
    slow = summarize(results, "slow")
    meta = {
        "command": command,
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": _machine(),
        "python": platform.python_version(),
        "home_assistant": results.ha_version,
        "commit": _commit(),
        "rounds": results.rounds,
        "timed_seconds": round(results.timed_s, 1),
    }
    lines = [
        f"Command: `{command}`  ",
        f"Date: {meta['date']}; machine: {meta['machine']}; Python {meta['python']}; "
        f"Home Assistant {meta['home_assistant']}; commit {meta['commit']}.",
        "",
    ]
    for title, summary in (("fast devices", fast), ("slow devices (lock, moving cover)", slow)):
        if not summary["runs"]:
            continue
        h, p = summary["hearth_total_ms"], summary["hearth_plan_ms"]
        r, o = summary["ha_response_ms"], summary["ha_observed_ms"]
        g, ping = summary["ha_recognition_ms"], summary["ws_ping_ms"]
        lines += [
            f"#### {title}: {summary['runs']} runs per system "
            f"({len(summary['per_sentence'])} sentences × {results.rounds} rounds)",
            "",
            "| measure | p50 ms | p95 ms | max ms | failures |",
            "|---|---:|---:|---:|---:|",
            f"| Hearth: sentence → verified state | {_ms(h['p50'])} | {_ms(h['p95'])} | "
            f"{_ms(h['max'])} | {summary['hearth_failures']} |",
            f"| Hearth: planning only (`plan.elapsed_ms`) | {_ms(p['p50'])} | {_ms(p['p95'])} | "
            f"{_ms(p['max'])} | |",
            f"| HA: response of `/api/conversation/process` | {_ms(r['p50'])} | "
            f"{_ms(r['p95'])} | {_ms(r['max'])} | {summary['ha_failures']} |",
            f"| HA: until state observed | {_ms(o['p50'])} | {_ms(o['p95'])} | {_ms(o['max'])} | |",
            f"| HA: recognition only (websocket debug command, no service call) | "
            f"{_ms(g['p50'])} | {_ms(g['p95'])} | {_ms(g['max'])} | |",
            f"| **ratio Hearth / HA response** | **{_ratio(h['p50'], r['p50'])}** | "
            f"**{_ratio(h['p95'], r['p95'])}** | | |",
            f"| **ratio Hearth / HA until state observed** | **{_ratio(h['p50'], o['p50'])}** | "
            f"**{_ratio(h['p95'], o['p95'])}** | | |",
            "",
            "Where Hearth's time goes (ms):",
            "",
            "| phase | p50 | p95 | mean | share of mean |",
            "|---|---:|---:|---:|---:|",
        ]
        for label, key in (
            ("planning", "hearth_plan_ms"),
            ("state read before the call (executor, for undo/audit)", "hearth_pre_read_ms"),
            ("service call (REST, until Home Assistant answers)", "hearth_call_ms"),
            ("verification (after the call until verified)", "hearth_verify_ms"),
            ("other (policy, approval callback, bookkeeping)", "hearth_other_ms"),
        ):
            phase = summary[key]
            share = phase["mean"] / h["mean"] * 100 if h["mean"] else float("nan")
            lines.append(
                f"| {label} | {_ms(phase['p50'])} | {_ms(phase['p95'])} | "
                f"{_ms(phase['mean'])} | {share:.0f} % |"
            )
        lines += [
            "",
            f"HA's state was already there at the first read-back after its response in "
            f"{summary['ha_first_read_matched']} of {summary['runs']} runs. The recognition "
            f"figures include a websocket round trip (ping p50 {_ms(ping['p50'])} ms).",
            "",
            "| sentence | Hearth p50 | of it planning | HA response p50 | HA observed p50 | "
            "HA recognition p50 | Hearth / HA observed | failures H / HA |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for row in summary["per_sentence"]:
            note = " (confirmed)" if row["approval"] == "confirmed" else ""
            lines.append(
                f"| {row['text']}{note} | {_ms(row['hearth_p50_ms'])} | "
                f"{_ms(row['hearth_plan_p50_ms'])} | {_ms(row['ha_response_p50_ms'])} | "
                f"{_ms(row['ha_observed_p50_ms'])} | {_ms(row['ha_recognition_p50_ms'])} | "
                f"{_ratio(row['hearth_p50_ms'], row['ha_observed_p50_ms'])} | "
                f"{row['hearth_failures']} / {row['ha_failures']} |"
            )
        lines.append("")
    lines += ["#### Understood (each sentence once per system)", ""]
    lines += _understanding_lines(results)
    failures = [(s, rnd, hr, har) for s, rnd, _, hr, har in results.timed if not (hr.ok and har.ok)]
    if failures:
        lines += ["", "Failed timed runs:", ""]
        for s, rnd, hr, har in failures:
            if not hr.ok:
                lines.append(f"- round {rnd + 1}, Hearth, {s.text!r}: {_hearth_outcome(hr)}")
            if not har.ok:
                lines.append(f"- round {rnd + 1}, HA, {s.text!r}: {_ha_outcome(har)}")
    data = {
        "meta": meta,
        "fast": fast,
        "slow": slow,
        "understanding": [
            {"sentence": asdict(s), "hearth": _run_json(h), "ha": _run_json(a)}
            for s, h, a in results.understanding
        ],
        "runs": [
            {
                "text": s.text,
                "set": s.set,
                "round": rnd,
                "first": first,
                "hearth": _run_json(h),
                "ha": _run_json(a),
            }
            for s, rnd, first, h, a in results.timed
        ],
        "ha_recognition_ms": results.recognition,
        "ws_ping_ms": results.ping,
        "profile": results.profile,
    }
    return "\n".join(lines), data


def _run_json(run: HearthRun | HARun) -> dict[str, Any]:
    out = asdict(run)
    out["ok"] = run.ok
    return out


# -- command line ----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.e2e",
        description="Hearth vs Home Assistant's own conversation agent on a real test server.",
    )
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (default 5)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every run as JSON")
    parser.add_argument("--sentences", type=Path, default=DEFAULT_SENTENCES, metavar="FILE")
    parser.add_argument(
        "--skip-slow", action="store_true", help="leave out the slow devices (lock, cover)"
    )
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="after the timings, profile one Hearth pass and print the top N functions",
    )
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    command = " ".join([".venv/bin/python -m benchmarks.e2e", *(argv or sys.argv[1:])])
    try:
        sentences = load_sentences(args.sentences)
    except (OSError, SentenceFileError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.skip_slow:
        sentences = [s for s in sentences if s.set != "slow"]
    if not (HA_VENV / "bin" / "hass").exists():
        print(f"error: Home Assistant is not installed: {INSTALL_HINT}", file=sys.stderr)
        return 2

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="hearth-e2e-") as tmp:
        server = HomeAssistantServer(Path(tmp) / "home-assistant")
        log(f"starting Home Assistant in {tmp} ...")
        server.start()
        log(f"ready in {server.ready_seconds:.1f} s at {server.url}")
        try:
            results = asyncio.run(bench(server, sentences, args.rounds, args.profile, log))
        finally:
            server.stop()
    text, data = report(results, command)
    print(text)
    if results.profile:
        print("\n#### Profile of one Hearth pass over the fast sentences\n")
        print("```\n" + results.profile.strip() + "\n```")
    if args.json:
        args.json.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
