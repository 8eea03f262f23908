"""The plan card on its own: the words of the preview, the risk badges, the keys, selection,
the high-risk confirmation, progress, and colours that stay readable in light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.assistant import Outcome
from app.bootstrap import demo_home_source
from app.core.home import Home
from app.core.plan import Plan, Risk, Step
from app.core.results import StepResult, StepStatus
from app.policy import risk as policy
from app.understanding import Planner
from ui.bridge import Request
from ui.plan_card import (
    RISK_TEXT,
    PlanCard,
    describe,
    humanize,
    outcome_text,
    previews,
    tone_colors,
)

DEMO = demo_home_source()
ENTER = Qt.Key.Key_Return


@pytest.fixture(scope="module")
def home() -> Home:
    return Home.load(DEMO)


def request_for(home: Home, text: str, key: int = 1) -> Request:
    """The request the bridge would show for *text* on the demo home."""
    plan = Planner(home).plan(text, area="living_room")
    assert plan.steps, plan.reply
    before = {
        entity_id: {
            "state": home.entities[entity_id].state,
            "attributes": dict(home.entities[entity_id].attributes),
        }
        for step in plan.steps
        for entity_id in step.targets
    }
    return Request(key, Outcome(plan, None), policy.plan_decisions(plan), "gui", before)


def shown(qtbot: QtBot, card: PlanCard) -> PlanCard:
    qtbot.addWidget(card)
    card.resize(640, card.sizeHint().height())
    card.show()
    qtbot.waitExposed(card)
    handle = card.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(card.isActiveWindow)
    card.arm()
    card.setFocus()
    return card


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#2a2b2e",
        QPalette.ColorRole.AlternateBase: "#313236",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3d7be0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#5f6368",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    palette = QPalette()
    for role, colour in {
        QPalette.ColorRole.Window: "#efefef",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f5f5f5",
        QPalette.ColorRole.Text: "#1b1b1b",
        QPalette.ColorRole.Highlight: "#308cc6",
        QPalette.ColorRole.Mid: "#b8b8b8",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


# -- words -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entity_id", "state", "keys", "words"),
    [
        ("light.a", {"state": "off", "attributes": {"brightness": None}}, set(), "off"),
        ("light.a", {"state": "on", "attributes": {"brightness": 77}}, set(), "on 30%"),
        ("light.a", {"state": "on", "attributes": {}}, set(), "on"),
        ("cover.a", {"state": "open", "attributes": {"current_position": 40}}, set(), "40% open"),
        ("cover.a", {"state": "open", "attributes": {"current_position": 100}}, set(), "open"),
        ("cover.a", {"state": "closed", "attributes": {}}, set(), "closed"),
        # A preview's "after" keeps the old position when only the state is expected.
        ("cover.a", {"state": "closed", "attributes": {"current_position": 100}}, set(), "closed"),
        (
            "climate.a",
            {"state": "heat", "attributes": {"temperature": 21.0}},
            {"temperature"},
            "21°",
        ),
        ("climate.a", {"state": "heat", "attributes": {"temperature": 21.5}}, set(), "heat, 21.5°"),
        ("climate.a", {"state": "off", "attributes": {"temperature": 21}}, {"state"}, "off"),
        (
            "media_player.a",
            {"state": "playing", "attributes": {"volume_level": 0.25}},
            {"volume_level"},
            "volume 25%",
        ),
        (
            "media_player.a",
            {"state": "playing", "attributes": {"is_volume_muted": True}},
            {"is_volume_muted"},
            "muted",
        ),
        ("fan.a", {"state": "on", "attributes": {"percentage": 40}}, set(), "on 40%"),
        ("lock.a", {"state": "locked", "attributes": {}}, {"state"}, "locked"),
        ("todo.a", {"state": "2", "attributes": {}}, {"state"}, "2 to do"),
        ("light.a", None, set(), "unknown"),
    ],
)
def test_states_in_words(
    entity_id: str, state: dict[str, object] | None, keys: set[str], words: str
) -> None:
    assert describe(entity_id, state, frozenset(keys)) == words


def test_before_and_after_follow_the_steps(home: Home) -> None:
    previews_of = previews(request_for(home, "set the heating to 23"), home)
    assert [p.text for p in previews_of[0]] == ["Thermostat: 21° → 23°"]
    assert [p.text for p in previews(request_for(home, "open the garage door"), home)[0]] == [
        "Garage Door: closed → open"
    ]
    blinds = previews(request_for(home, "close the living room blinds"), home)[0]
    assert [p.text for p in blinds] == ["Living Room Blinds: open → closed"]
    blinds = previews(request_for(home, "set the living room blinds to 40 percent"), home)[0]
    assert [p.text for p in blinds] == ["Living Room Blinds: open → 40% open"]
    assert [p.text for p in previews(request_for(home, "turn on the desk lamp"), home)[0]] == [
        "Desk Lamp: off → on"
    ]

    # Two steps on one device: the second starts where the first ends.
    lamp = home.entities["light.desk_lamp"]
    plan = Plan(
        "…",
        steps=[
            Step("light.turn_on", ["light.desk_lamp"], expect={"light.desk_lamp": {"state": "on"}}),
            Step(
                "light.turn_on",
                ["light.desk_lamp"],
                {"brightness_pct": 30},
                expect={"light.desk_lamp": {"state": "on", "attributes": {"brightness": 77}}},
            ),
        ],
    )
    request = Request(
        1,
        Outcome(plan, None),
        policy.plan_decisions(plan),
        "gui",
        {"light.desk_lamp": {"state": lamp.state, "attributes": dict(lamp.attributes)}},
    )
    assert [[p.text for p in rows] for rows in previews(request, home)] == [
        ["Desk Lamp: off → on"],
        ["Desk Lamp: on → on 30%"],
    ]


def test_many_targets_are_summed_up(qtbot: QtBot, home: Home) -> None:
    # said in the living room, "all the lights" alone would be that room's: the house is said
    request = request_for(home, "turn off all the lights in the house")
    card = PlanCard(request, home)
    qtbot.addWidget(card)
    lines = card.rows[0].preview.text().splitlines()
    assert len(lines) == 6 and lines[-1].startswith("and ") and lines[-1].endswith(" more")
    assert card.rows[0].preview.toolTip().count("\n") == len(request.plan.steps[0].targets) - 1


def test_reasons_name_the_devices(home: Home) -> None:
    request = request_for(home, "turn on the desk lamp")
    assert (
        humanize("light.desk_lamp is off, expected on", request, home)
        == "Desk Lamp is off, expected on"
    )
    assert humanize("HTTP 500 from server.example", request, home) == (
        "HTTP 500 from server.example"
    )


def test_outcome_sentences(home: Home) -> None:
    step = Step("light.turn_on", ["light.desk_lamp"])
    ok = StepResult(0, step, StepStatus.VERIFIED)
    failed = StepResult(1, step, StepStatus.FAILED)
    unsure = StepResult(2, step, StepStatus.UNCONFIRMED)
    skipped = StepResult(3, step, StepStatus.SKIPPED)
    assert outcome_text([ok]) == "Done: every change was checked on the device."
    assert outcome_text([StepResult(0, step, StepStatus.DONE)]) == "Done."
    assert outcome_text([failed]) == "The step failed."
    assert outcome_text([ok, failed, skipped]) == "1 of 3 steps failed. 1 step skipped."
    assert outcome_text([ok, unsure]) == (
        "1 change could not be confirmed yet (it may still be happening)."
    )
    assert outcome_text([skipped]) == "Nothing ran."


def test_outcome_says_what_was_checked_for_reminders_events_and_timers() -> None:
    device = StepResult(0, Step("light.turn_on", ["light.desk_lamp"]), StepStatus.VERIFIED)
    reminder = StepResult(1, Step("reminder.create", [], {"message": "bins"}), StepStatus.VERIFIED)
    event = StepResult(2, Step("calendar.create_event", [], {"summary": "x"}), StepStatus.VERIFIED)
    timer = StepResult(3, Step("timer.start", [], {"duration_s": 60}), StepStatus.VERIFIED)
    assert outcome_text([reminder]) == "Done: the reminder was read back from Hearth's store."
    assert outcome_text([event]) == "Done: the event was read back from the calendar."
    assert outcome_text([timer]) == "Done: the timer was read back from Hearth's store."
    assert outcome_text([reminder, reminder]) == (
        "Done: the 2 reminders were read back from Hearth's store."
    )
    assert outcome_text([device, event]) == (
        "Done: 1 device change checked on the device, "
        "and the event was read back from the calendar."
    )
    for text in (outcome_text([r]) for r in (reminder, event, timer)):
        assert "device" not in text


# -- the card --------------------------------------------------------------------------------


def test_risk_is_said_in_words_on_every_step(qtbot: QtBot, home: Home) -> None:
    request = request_for(home, "turn off the kitchen light and unlock the front door")
    card = PlanCard(request, home)
    qtbot.addWidget(card)
    assert [row.risk.text() for row in card.rows] == ["Low risk", "High risk"]
    assert [row.risk.tone for row in card.rows] == ["good", "bad"]
    assert card.rows[1].risk.accessibleName() == RISK_TEXT[Risk.HIGH]
    assert "security-sensitive" in card.rows[1].risk.toolTip()
    assert card.meta.text() == "needs your approval"


def test_enter_approves_and_escape_cancels(qtbot: QtBot, home: Home) -> None:
    card = shown(qtbot, PlanCard(request_for(home, "turn on the desk lamp"), home))
    assert card.awaiting_decision and card.hint.text() == "Enter approves · Esc cancels"
    with qtbot.waitSignal(card.approve_requested) as approved:
        QTest.keyClick(card, ENTER)
    assert approved.args == [{0}, set()]
    assert card.state == "running" and not card.approve_button.isVisible()
    with qtbot.assertNotEmitted(card.cancel_requested):
        QTest.keyClick(card, Qt.Key.Key_Escape)  # too late: it runs

    card = shown(qtbot, PlanCard(request_for(home, "turn on the desk lamp", key=2), home))
    with (
        qtbot.waitSignal(card.cancel_requested),
        qtbot.assertNotEmitted(card.approve_requested),
    ):
        QTest.keyClick(card, Qt.Key.Key_Escape)
    assert card.state == "cancelled"


def test_enter_on_the_focused_cancel_button_cancels(qtbot: QtBot, home: Home) -> None:
    card = shown(qtbot, PlanCard(request_for(home, "turn on the desk lamp"), home))
    card.cancel_button.setFocus()
    with (
        qtbot.waitSignal(card.cancel_requested),
        qtbot.assertNotEmitted(card.approve_requested),
    ):
        QTest.keyClick(card.cancel_button, ENTER)


def test_keyboard_alone_can_select_steps(qtbot: QtBot, home: Home) -> None:
    request = request_for(home, "turn on the desk lamp and the coffee machine")
    card = shown(qtbot, PlanCard(request, home))
    QTest.keyClick(card, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.rows[0].checkbox
    QTest.keyClick(card.rows[0].checkbox, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.rows[1].checkbox
    QTest.keyClick(card.rows[1].checkbox, Qt.Key.Key_Space)
    assert card.approve_button.text() == "Approve selected (1 of 2)"
    with qtbot.waitSignal(card.approve_requested) as approved:
        QTest.keyClick(card.rows[1].checkbox, ENTER)
    assert approved.args == [{0}, set()]


def test_high_risk_asks_again_and_a_second_enter_never_confirms(qtbot: QtBot, home: Home) -> None:
    card = shown(qtbot, PlanCard(request_for(home, "unlock the front door"), home))
    with qtbot.assertNotEmitted(card.approve_requested):
        QTest.keyClick(card, ENTER)
        assert card.state == "confirming"
        QTest.keyClick(card, ENTER)  # Enter on the card itself: still asking
        assert card.state == "confirming"
    assert QApplication.focusWidget() is card.confirm.decline_button
    assert card.confirm.confirm_button.objectName() == "dangerButton"
    assert card.confirm.confirm_button.accessibleName() == "Confirm: Unlock Front Door"
    with (
        qtbot.waitSignal(card.cancel_requested),
        qtbot.assertNotEmitted(card.approve_requested),
    ):
        QTest.keyClick(card.confirm.decline_button, ENTER)


def test_only_confirmed_high_risk_steps_are_confirmed(qtbot: QtBot, home: Home) -> None:
    request = request_for(home, "unlock the front door and unlock the back door")
    assert [d.decision for d in request.decisions] == [policy.Decision.PIN] * 2
    card = shown(qtbot, PlanCard(request, home))
    card.approve()
    assert "Unlock Front Door?" in card.confirm.question.text()
    QTest.mouseClick(card.confirm.confirm_button, Qt.MouseButton.LeftButton)
    assert "Unlock Back Door?" in card.confirm.question.text()
    with qtbot.waitSignal(card.approve_requested) as approved:
        QTest.keyClick(card, Qt.Key.Key_Escape)  # no to the back door
    assert approved.args == [{0}, {0}]


def test_progress_and_the_reason_of_a_failure(qtbot: QtBot, home: Home) -> None:
    request = request_for(home, "turn on the desk lamp and the coffee machine")
    card = shown(qtbot, PlanCard(request, home))
    card.approve()
    assert [row.status_text for row in card.rows] == ["○ Pending", "○ Pending"]
    steps = request.plan.steps
    card.update_step(StepResult(0, steps[0], StepStatus.RUNNING))
    assert card.rows[0].status_text == "◐ Running…"
    card.update_step(StepResult(0, steps[0], StepStatus.VERIFIED))
    card.update_step(
        StepResult(1, steps[1], StepStatus.FAILED, "switch.coffee_machine is off, expected on")
    )
    assert [row.status_text for row in card.rows] == ["✓ Verified", "✗ Failed"]
    assert card.rows[1].reason.text() == "Failed: Coffee Machine is off, expected on"
    card.update_step(StepResult(1, steps[1], StepStatus.UNCONFIRMED, "still moving"))
    assert card.rows[1].status_text == "? Unconfirmed"
    assert card.rows[1].reason.text() == "Unconfirmed: still moving"
    assert not card.rows[0].reason.isVisible()


def test_a_plan_that_changes_nothing_asks_nothing(qtbot: QtBot, home: Home) -> None:
    request = request_for(home, "turn on the sofa lamp")
    request.outcome.unchanged = "Nothing to change: Sofa Lamp is already on."
    card = shown(qtbot, PlanCard(request, home))
    assert card.state == "unchanged" and not card.awaiting_decision
    assert not card.approve_button.isVisible() and not card.cancel_button.isVisible()
    assert not card.hint.isVisible()
    assert card.outcome.text() == "Nothing to change: Sofa Lamp is already on."
    assert card.meta.text() == "nothing to change"
    assert card.rows[0].preview.text() == "Sofa Lamp: on 60% (no change)"
    assert not card.rows[0].risk.isVisible()  # nothing runs: no risk to weigh
    with qtbot.assertNotEmitted(card.approve_requested):
        QTest.keyClick(card, ENTER)
    card.set_cancelled()  # the view records it as not run: the card keeps saying why
    assert card.outcome.text() == "Nothing to change: Sofa Lamp is already on."


def test_the_waiting_card_looks_active_wherever_the_focus_is(qtbot: QtBot, home: Home) -> None:
    card = shown(qtbot, PlanCard(request_for(home, "turn on the desk lamp"), home))
    assert card.property("active") is True
    card.approve_button.setFocus()
    assert card.property("active") is True
    card.cancel()
    assert card.property("active") is False


def test_undo_button_reports_once(qtbot: QtBot, home: Home) -> None:
    request = request_for(home, "turn on the desk lamp")
    card = shown(qtbot, PlanCard(request, home))
    card.approve()
    card.set_finished(can_undo=True)
    assert card.undo_button.isVisible()
    with qtbot.waitSignal(card.undo_requested):
        QTest.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
    assert not card.undo_button.isEnabled()


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_badges_stay_readable_in_light_and_dark(
    qtbot: QtBot, home: Home, palette: QPalette
) -> None:
    text = palette.color(QPalette.ColorRole.Text)
    for tone in ("neutral", "info", "good", "warn", "bad"):
        fill, _border = tone_colors(tone, palette)
        assert contrast(text, fill) >= 4.5, (tone, fill.name())
    base = palette.color(QPalette.ColorRole.Base)
    assert (tone_colors("bad", palette)[0].lightness() < 128) == (base.lightness() < 128)

    card = PlanCard(request_for(home, "unlock the front door"), home)
    host = QWidget()
    qtbot.addWidget(host)
    card.setParent(host)
    host.setPalette(palette)
    host.resize(600, 200)
    host.show()
    image = card.rows[0].risk.grab().toImage()
    middle = image.pixelColor(image.width() // 2, 2)
    assert (middle.lightness() < 128) == (base.lightness() < 128)


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
