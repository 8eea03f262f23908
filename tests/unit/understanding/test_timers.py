"""Timers in the local planner: Hearth's own ``timer.*`` steps from English phrasings and from
Home Assistant's timer sentences in German and French, a Home Assistant timer helper named in
the sentence planned as Home Assistant's services on its entity, and the policy's word on each
(low risk, the status read-only)."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.bootstrap import demo_home_source
from app.core.context import Conversation
from app.core.home import Home
from app.core.plan import ErrorCode, Plan, Risk
from app.policy import risk as policy
from app.policy.risk import Decision, Trigger
from app.policy.roles import Role
from app.understanding.planner import Planner
from integrations.virtual_home import VirtualHome

NOW = dt.datetime(2026, 12, 4, 18, 0, tzinfo=dt.UTC)
INTENT_TESTS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ha-intents-tests"


@pytest.fixture(scope="module")
def demo() -> Home:
    return Home.load(demo_home_source())


@pytest.fixture(scope="module")
def english(demo: Home) -> Planner:
    return Planner(demo, "en")


def steps(plan: Plan) -> list[tuple[str, list[str], dict[str, Any]]]:
    return [(s.action, s.targets, s.params) for s in plan.steps]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("set a timer for 10 minutes", ("timer.start", {"duration_s": 600.0})),
        ("10 minute timer", ("timer.start", {"duration_s": 600.0})),
        ("set a 12 minute egg timer", ("timer.start", {"duration_s": 720.0, "name": "egg"})),
        ("start a 2 hour roast timer", ("timer.start", {"duration_s": 7200.0, "name": "roast"})),
        (
            "set a pasta timer for 9 minutes",
            ("timer.start", {"duration_s": 540.0, "name": "pasta"}),
        ),
        ("set a timer for 5 and a half minutes", ("timer.start", {"duration_s": 330.0})),
        ("set a timer for 1/2 an hour", ("timer.start", {"duration_s": 1800.0})),
        (
            "set timer for 1 hour, 15 minutes, and 30 seconds",
            ("timer.start", {"duration_s": 4530.0}),
        ),
        ("start a 5 minute timer", ("timer.start", {"duration_s": 300.0})),
        ("timer 5 minutes", ("timer.start", {"duration_s": 300.0})),
        ("set timer 10 min", ("timer.start", {"duration_s": 600.0})),
        ("5 min timer", ("timer.start", {"duration_s": 300.0})),
        ("set a timer for an hour", ("timer.start", {"duration_s": 3600.0})),
        ("set a timer for 1 hr 30 mins", ("timer.start", {"duration_s": 5400.0})),
        ("put a 3 minute timer on", ("timer.start", {"duration_s": 180.0})),
        ("set a pizza timer 12 minutes", ("timer.start", {"duration_s": 720.0, "name": "pizza"})),
        ("set a twenty minute timer", ("timer.start", {"duration_s": 1200.0})),
        ("delete all timers", ("timer.cancel", {"all": True})),
        ("what's the status of my timer", ("timer.status", {})),
        ("how much longer on the timer", ("timer.status", {})),
        ("how long is left on the pasta timer", ("timer.status", {"name": "pasta"})),
        ("how much time is left", ("timer.status", {})),
        ("is the timer still running?", ("timer.status", {})),
        ("stop the timer", ("timer.cancel", {})),
        ("cancel the 10 minute timer", ("timer.cancel", {"duration_s": 600.0})),
        ("cancel all my timers", ("timer.cancel", {"all": True})),
        ("pause the timer", ("timer.pause", {})),
        ("pause the egg timer", ("timer.pause", {"name": "egg"})),
        ("resume the egg timer", ("timer.resume", {"name": "egg"})),
        ("continue the timer", ("timer.resume", {})),
        ("start the egg timer", ("timer.resume", {"name": "egg"})),
    ],
)
def test_english_timer_phrasings(
    english: Planner, text: str, expected: tuple[str, dict[str, Any]]
) -> None:
    plan = english.plan(text, now=NOW)
    assert steps(plan) == [(expected[0], [], expected[1])], plan.reply
    (step,) = plan.steps
    assert step.risk is Risk.LOW
    assert step.read_only is (expected[0] == "timer.status")
    assert not plan.needs_confirmation


def test_summaries_say_which_timer(english: Planner) -> None:
    assert (
        english.plan("set a 12 minute egg timer").steps[0].summary == "Start a 12 minute egg timer"
    )
    assert (
        english.plan("cancel the 10 minute timer").steps[0].summary == "Cancel the 10 minute timer"
    )
    assert (
        english.plan("how much time is left").steps[0].summary == "How long is left on your timers"
    )


def test_a_timer_without_a_length_is_asked_about_and_a_delayed_command_is_not_a_timer(
    english: Planner,
) -> None:
    plan = english.plan("set a timer")
    assert plan.steps == [] and plan.error is not None
    assert plan.error.code is ErrorCode.UNCLEAR and plan.reply == "For how long?"
    later = english.plan("turn off the kitchen light in 5 minutes")
    assert all(not s.action.startswith("timer.") for s in later.steps)
    assert english.plan("set a timer for 101 hours").steps == []


def _sentences(
    language: str, intent: str, *, with_slots: set[str]
) -> list[tuple[str, dict[str, Any]]]:
    """Home Assistant's test sentences of *intent* in *language* whose slots are just
    *with_slots* (none naming an area: Hearth's timers are this computer's)."""
    path = INTENT_TESTS / language / f"homeassistant_{intent}.yaml"
    found = []
    for test in yaml.safe_load(path.read_text(encoding="utf-8"))["tests"]:
        slots = test["intent"].get("slots") or {}
        if set(slots) == with_slots:
            found += [(sentence, slots) for sentence in test["sentences"]]
    return found


@pytest.mark.parametrize("language", ["de", "fr"])
def test_home_assistants_timer_sentences_in_german_and_french(demo: Home, language: str) -> None:
    planner = Planner(demo, language)
    checked = 0
    for with_slots in ({"minutes"}, {"hours"}, {"hours", "minutes"}, {"minutes", "seconds"}):
        for sentence, slots in _sentences(language, "HassStartTimer", with_slots=with_slots):
            seconds = sum(
                float(slots.get(k, 0)) * f
                for k, f in (("hours", 3600), ("minutes", 60), ("seconds", 1))
            )
            plan = planner.plan(sentence)
            if plan.steps:  # every plan made is the right one; most sentences make one
                assert steps(plan) == [("timer.start", [], {"duration_s": seconds})], sentence
                checked += 1
    assert checked >= 8
    for intent, action in (
        ("HassCancelTimer", "timer.cancel"),
        ("HassPauseTimer", "timer.pause"),
        ("HassUnpauseTimer", "timer.resume"),
        ("HassTimerStatus", "timer.status"),
    ):
        sentences = _sentences(language, intent, with_slots=set())
        assert sentences, intent
        for sentence, _ in sentences:
            plan = planner.plan(sentence)
            assert [s.action for s in plan.steps] in ([action], []), sentence
        understood = [s for s, _ in sentences if planner.plan(s).steps]
        assert len(understood) >= len(sentences) // 2, (intent, sentences)


def test_named_timers_in_german_and_french(demo: Home) -> None:
    german = Planner(demo, "de")
    assert steps(german.plan("Stelle einen Timer für 5 Minuten")) == [
        ("timer.start", [], {"duration_s": 300.0})
    ]
    assert steps(german.plan("stoppe Timer für 5 Minuten")) == [
        ("timer.cancel", [], {"duration_s": 300.0})
    ]
    french = Planner(demo, "fr")
    plan = french.plan("Lance un minuteur pour fermer la fenêtre dans 10 minutes")
    assert [(s.action, s.params["duration_s"]) for s in plan.steps] == [("timer.start", 600.0)]
    assert "fermer la fenêtre" in plan.steps[0].params["name"]


# -- a Home Assistant timer helper -----------------------------------------------------------


@pytest.fixture(scope="module")
def helper_home() -> Home:
    finishes = (NOW + dt.timedelta(minutes=9, seconds=12)).isoformat()
    return Home.from_dict(
        {
            "areas": [{"id": "utility", "name": "Utility"}],
            "entities": [
                {
                    "entity_id": "timer.laundry",
                    "name": "Laundry timer",
                    "area": "utility",
                    "state": "active",
                    "attributes": {"duration": "0:45:00", "finishes_at": finishes},
                },
                {
                    "entity_id": "timer.bread",
                    "name": "Bread",
                    "state": "paused",
                    "attributes": {"duration": "1:00:00", "remaining": "0:20:05"},
                },
                {"entity_id": "light.utility", "name": "Utility light", "area": "utility"},
            ],
        }
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("start the laundry timer", ("timer.start", ["timer.laundry"], {})),
        (
            "start the laundry timer for 20 minutes",
            ("timer.start", ["timer.laundry"], {"duration": "00:20:00"}),
        ),
        (
            "set the laundry timer for 1 hour and 30 minutes",
            ("timer.start", ["timer.laundry"], {"duration": "01:30:00"}),
        ),
        ("pause the laundry timer", ("timer.pause", ["timer.laundry"], {})),
        ("resume the bread timer", ("timer.start", ["timer.bread"], {})),
        ("cancel the laundry timer", ("timer.cancel", ["timer.laundry"], {})),
        ("stop the bread timer", ("timer.cancel", ["timer.bread"], {})),
    ],
)
def test_a_home_assistant_timer_helper_gets_its_own_services(
    helper_home: Home, text: str, expected: tuple[str, list[str], dict[str, Any]]
) -> None:
    plan = Planner(helper_home, "en").plan(text, now=NOW)
    assert steps(plan) == [expected], plan.reply
    (step,) = plan.steps
    state = {"start": "active", "pause": "paused", "cancel": "idle"}[step.action.split(".")[1]]
    assert step.expect == {expected[1][0]: {"state": state}}
    assert step.risk is Risk.LOW
    decision = policy.decide(step, home=helper_home)
    assert decision.decision is Decision.RUN


def test_how_long_is_left_on_a_helper_is_read_from_its_state(helper_home: Home) -> None:
    planner = Planner(helper_home, "en")
    active = planner.plan("how long is left on the laundry timer", now=NOW)
    assert steps(active) == [("state.get", ["timer.laundry"], {})]
    assert active.reply == "9 minutes 12 seconds left on Laundry timer."
    paused = planner.plan("how much time is left on the bread timer", now=NOW)
    assert paused.reply == "20 minutes 5 seconds left on Bread (paused)."
    # A name that is no helper is one of Hearth's own timers.
    assert steps(planner.plan("pause the pasta timer", now=NOW)) == [
        ("timer.pause", [], {"name": "pasta"})
    ]


# -- the policy ------------------------------------------------------------------------------


def test_own_timer_steps_run_unasked_as_low_risk_and_the_status_is_read_only(
    english: Planner, demo: Home
) -> None:
    for text in (
        "set a 12 minute egg timer",
        "pause the timer",
        "resume the timer",
        "stop the timer",
    ):
        plan = english.plan(text)
        decisions = policy.plan_decisions(plan, home=demo)
        assert [d.decision for d in decisions] == [Decision.RUN], text
        assert policy.runs_unasked(plan, decisions, trigger=Trigger.TRAY), text
    status = english.plan("how much time is left")
    assert policy.is_read_only(status.steps[0])
    # A restricted profile may still use Hearth's own timers (they touch no device).
    guest = Role(name="guest", domains=frozenset({"light"}), highest_risk=Risk.LOW)
    start = english.plan("set a timer for 3 minutes").steps[0]
    assert policy.decide(start, role=guest, home=demo).decision is Decision.RUN


# -- the virtual home runs a helper's services as Home Assistant does ------------------------


def test_planned_helper_steps_run_on_the_virtual_home(helper_home: Home) -> None:
    """`hearth do --home` on a snapshot with a timer helper: each planned step reaches the
    state it expects, paused keeps what was left and start goes on with it."""
    clock = [NOW]
    home = copy.deepcopy(helper_home)
    virtual = VirtualHome(home, clock=lambda: clock[0])
    planner = Planner(home, "en")

    def run(text: str) -> dict[str, Any]:
        (step,) = planner.plan(text, now=clock[0]).steps
        asyncio.run(
            virtual.call_service(step.domain, step.service, step.targets, dict(step.params))
        )
        entity = virtual.home.entities[step.targets[0]]
        assert {"state": entity.state} == step.expect[step.targets[0]], text
        return dict(entity.attributes)

    started = run("cancel the laundry timer")
    assert "finishes_at" not in started
    started = run("start the laundry timer for 20 minutes")
    assert started["finishes_at"] == (NOW + dt.timedelta(minutes=20)).isoformat()
    clock[0] = NOW + dt.timedelta(minutes=5)
    paused = run("pause the laundry timer")
    assert paused["remaining"] == "0:15:00" and "finishes_at" not in paused
    clock[0] = NOW + dt.timedelta(hours=1)
    resumed = run("resume the laundry timer")
    assert resumed["finishes_at"] == (clock[0] + dt.timedelta(minutes=15)).isoformat()
    assert virtual.home.entities["timer.laundry"].state == "active"


def test_a_length_read_as_a_name_is_never_a_timer_name(demo: Home, english: Planner) -> None:
    """Where Home Assistant's sentences read "5分钟" (5 minutes) as a timer's free-text name,
    it names no timer: the request is about the timers there are, never a "5分钟" timer; and a
    timer is never started with part of its length lost in a name."""
    chinese = Planner(demo, "zh-CN")
    assert steps(chinese.plan("停止5分钟计时器")) == [("timer.cancel", [], {})]
    ukrainian = Planner(demo, "uk")
    assert steps(ukrainian.plan("статус таймера 1 година")) == [("timer.status", [], {})]
    assert steps(english.plan("start a 1 hour and 15 minute timer")) == [
        ("timer.start", [], {"duration_s": 4500.0})
    ]


def test_for_how_long_takes_the_answer_in_the_conversation(english: Planner) -> None:
    conversation = Conversation("kitchen")
    asked = english.plan("set a timer", conversation=conversation)
    assert asked.reply == "For how long?" and asked.steps == []
    answered = english.plan("an hour and 30 minutes", conversation=conversation)
    assert steps(answered) == [("timer.start", [], {"duration_s": 5400.0})]
    assert answered.text == "an hour and 30 minutes"
    # Asked once: after another command, a length alone is no timer.
    english.plan("start a timer", conversation=conversation)
    english.plan("turn on the kitchen light", conversation=conversation)
    assert english.plan("10 minutes", conversation=conversation).steps == []
