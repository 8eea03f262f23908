"""The home's entities by domain are listed once per revision (app/understanding/
home_index.py), and what is read live (exposure, state) still is."""

from __future__ import annotations

from app.bootstrap import demo_home_source
from app.core.home import Entity, Home
from app.understanding.home_index import of_domains
from app.understanding.media import said_content


def _home() -> Home:
    return Home.load(demo_home_source())


def test_the_entities_of_domains_in_the_homes_order() -> None:
    home = _home()
    players = of_domains(home, ("media_player",))
    assert players == [e for e in home.entities.values() if e.domain == "media_player"]
    mixed = of_domains(home, ("lock", "light"))
    assert mixed == [e for e in home.entities.values() if e.domain in ("light", "lock")]
    assert of_domains(home, ("no_such_domain",)) == []


def test_listed_once_per_revision() -> None:
    home = _home()
    first = of_domains(home, ("light",))
    assert of_domains(home, ("light",)) is first  # not read again for the next request
    home.revision += 1  # a name, area or exposure changed
    again = of_domains(home, ("light",))
    assert again is not first
    assert again == first


def test_an_entity_added_is_listed() -> None:
    home = _home()
    before = of_domains(home, ("light",))
    home.entities["light.new_lamp"] = Entity("light.new_lamp", "New Lamp", "off")
    after = of_domains(home, ("light",))
    assert [e.entity_id for e in after] == [*(e.entity_id for e in before), "light.new_lamp"]


def test_what_a_player_plays_is_read_on_every_request() -> None:
    home = _home()
    player = next(e for e in home.entities.values() if e.domain == "media_player")
    player.state = "playing"
    player.attributes["media_title"] = "Brahms' Lullaby"
    heard = said_content(home, "turn the lullaby off").values
    assert [v.value_out for v in heard] == ["the lullaby", "lullaby"]
    player.exposed = False  # hidden without a new revision: still not heard
    assert said_content(home, "turn the lullaby off").values == []
    player.exposed = True
    player.state = "off"
    assert said_content(home, "turn the lullaby off").values == []
