""" "Play it again" asks for the same thing from its start, which no player service does:
"again" is a skip word, so the sentence used to read as "play it" and resume a paused
player nobody meant. Now it is said that it cannot be done and nothing runs; "play it" and
"resume it again" still resume. The real planner on a home with one player playing and one
paused."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.understanding.planner import Planner

PLAYERS: dict[str, Any] = {
    "areas": [{"id": "kitchen", "name": "Kitchen"}, {"id": "nursery", "name": "Nursery"}],
    "entities": [
        {
            "entity_id": "media_player.kitchen",
            "name": "Kitchen Sonos",
            "area": "kitchen",
            "state": "playing",
            "attributes": {"device_class": "speaker", "supported_features": 319037},
        },
        {
            "entity_id": "media_player.nursery",
            "name": "Nursery Speaker",
            "area": "nursery",
            "state": "paused",
            "attributes": {"device_class": "speaker", "supported_features": 319037},
        },
    ],
}


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner(Home.from_dict(PLAYERS), "en")


@pytest.mark.parametrize(
    "text", ["play it again", "play this again", "play that song again", "start it over"]
)
def test_playing_something_again_runs_nothing(planner: Planner, text: str) -> None:
    plan = planner.plan(text)
    assert plan.steps == []
    assert plan.reply is not None and "again from the start" in plan.reply


@pytest.mark.parametrize("text", ["play it", "resume it", "resume it again"])
def test_resuming_still_resumes_the_paused_player(planner: Planner, text: str) -> None:
    plan = planner.plan(text)
    assert [(s.action, s.targets) for s in plan.steps] == [
        ("media_player.media_play", ["media_player.nursery"])
    ]


def test_the_last_song_again_is_still_the_previous_track(planner: Planner) -> None:
    plan = planner.plan("play the last song again")
    assert [s.action for s in plan.steps] == ["media_player.media_previous_track"]
