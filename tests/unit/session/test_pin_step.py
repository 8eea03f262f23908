"""The PIN after a card's confirmation of a security-sensitive step, against a real Secret
Service: the CLI's tries, the warning taken back after the right PIN, and failing closed."""

from __future__ import annotations

import asyncio

from app.core.plan import Plan, Step
from app.core.results import Approval
from app.policy import pin, pin_prompt
from app.session import pin_step
from tests.helpers.keyring_session import KeyringSession

PIN = "482916"


def unlock_plan() -> Plan:
    step = Step("lock.unlock", ["lock.front_door"])
    step.summary = "Unlock Front Door"
    return Plan(text="unlock the front door", steps=[step])


def confirm(
    answers: list[str | None], approval: Approval | None = None
) -> tuple[Approval, list[str], list[str]]:
    """Confirm the unlock with *answers* typed at the prompts: (approval, said, asked)."""
    said: list[str] = []
    asked: list[str] = []
    typed = iter(answers)

    async def prompt(what: str) -> str | None:
        asked.append(what)
        await asyncio.sleep(0)  # the window's dialog awaits the answer
        return next(typed, None)

    approval = approval or Approval({0}, {0}, by="gui")
    result = asyncio.run(pin_step.confirm(approval, unlock_plan(), prompt, said.append))
    return result, said, asked


def test_a_wrong_pin_may_be_typed_again_and_its_warning_is_taken_back(
    secret_service: KeyringSession,
) -> None:
    pin.set_pin(PIN)
    approval, said, asked = confirm(["111111", PIN])
    assert approval.high_risk_confirmed == {0} and approval.by == "gui + PIN"
    assert asked == ["Unlock Front Door", "Wrong PIN, 2 tries left.\n\nUnlock Front Door"]
    assert said == ["Wrong PIN, 2 tries left.", ""]


def test_the_tries_end_the_question_with_nothing_security_sensitive_approved(
    secret_service: KeyringSession,
) -> None:
    pin.set_pin(PIN)
    approval, said, asked = confirm(["111111", "222222", "333333", PIN])
    assert len(asked) == pin_prompt.TRIES
    assert approval.steps == {0} and approval.high_risk_confirmed == set()
    assert said[-1] == "Wrong PIN: the security-sensitive steps were not run."
    approval, said, _ = confirm([None])
    assert approval.high_risk_confirmed == set()
    assert said == ["No PIN given: the security-sensitive steps were not run."]


def test_without_a_pin_the_confirmation_stands_and_nobody_is_asked(
    secret_service: KeyringSession,
) -> None:
    approval, said, asked = confirm([])
    assert approval.high_risk_confirmed == {0} and approval.by == "gui"
    assert said == [] and asked == []


def test_nothing_security_sensitive_confirmed_asks_for_nothing(
    secret_service: KeyringSession,
) -> None:
    pin.set_pin(PIN)
    plain = Approval({0}, set(), by="gui")
    approval, said, asked = confirm([], plain)
    assert approval is plain and said == [] and asked == []


def test_a_keyring_that_cannot_be_read_fails_closed(no_keyring: object) -> None:
    approval, said, asked = confirm([PIN])
    assert approval.high_risk_confirmed == set() and asked == []
    assert said and said[0].startswith("Security-sensitive steps were not run:")
