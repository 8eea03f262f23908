"""A device's state as the Home view and the answers say it, in the language being spoken:
what a player plays and by whom, paused, muted, and a to-do list's open items (these were
English inside every translated window: "playing Morning Jazz by …")."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.home import Home
from app.understanding.answers import describe_state
from app.understanding.keyed_replies import speaking


def _home() -> Home:
    def player(entity_id: str, state: str, **attributes: Any) -> dict[str, Any]:
        return {"entity_id": entity_id, "name": entity_id, "state": state, "attributes": attributes}

    return Home.from_dict(
        {
            "areas": [],
            "entities": [
                player("media_player.band", "playing", media_title="Blue", media_artist="Reed"),
                player("media_player.film", "paused", media_title="Dune"),
                player("media_player.telly", "on", source="Netflix", is_volume_muted=True),
                {"entity_id": "todo.shop", "name": "Shop", "state": "3", "attributes": {}},
            ],
        }
    )


CASES: dict[str, list[str | None]] = {
    "en": ["playing Blue by Reed", "paused (Dune)", "on (Netflix), muted", "3 items to do"],
    "de": ["spielt Blue von Reed", "pausiert (Dune)", None, "3 offene Aufgaben"],
    "es": ["reproduciendo Blue de Reed", "en pausa (Dune)", None, "3 tareas pendientes"],
    "pt-BR": ["tocando Blue de Reed", None, None, "3 tarefas a fazer"],
    "ru": ["играет Blue — Reed", None, None, "дел: 3"],
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_player_and_list_states_are_said_in_the_language(language: str) -> None:
    home = _home()
    ids = ["media_player.band", "media_player.film", "media_player.telly", "todo.shop"]
    with speaking(language):
        said = [describe_state(home.get(entity_id)) for entity_id in ids]  # type: ignore[arg-type]
    for got, want in zip(said, CASES[language], strict=True):
        if want is not None:
            assert got == want, said
    if language != "en":
        assert not any(word in text for text in said for word in ("playing", "muted", "items"))


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ru"])
def test_a_muted_player_and_its_source_say_no_english_word(language: str) -> None:
    with speaking(language):
        text = describe_state(_home().get("media_player.telly"))  # type: ignore[arg-type]
    assert "Netflix" in text and "muted" not in text and not text.startswith("on "), text
