"""How the adapter turns a plan's step into Home Assistant's REST calls, against a local
stand-in server (rest_server.py, the standard library's HTTP server; the real server's tests
are in tests/integration): the service's address, the targets and data in the body, the
token in the header, the states that come back, what is refused before anything is sent, and
what a refused call says."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest

from integrations.base import AuthError, NotFoundError, RejectedError, ServiceResult
from integrations.homeassistant import HomeAssistantAdapter
from tests.unit.integrations.homeassistant.rest_server import RestHome, RestServer, state

TOKEN = "unit-token-for-the-rest-stand-in-91c4"
_T = TypeVar("_T")

LIGHT_SERVICES = {
    "turn_on": {
        "fields": {"brightness_pct": {}, "advanced": {"fields": {"transition": {}}}},
        "target": {"entity": [{"domain": ["light"]}]},
    }
}
COVER_SERVICES = {
    "set_cover_position": {
        "fields": {"position": {}},
        "target": {"entity": [{"domain": ["cover"], "supported_features": [4]}]},
    }
}


@pytest.fixture
def home() -> RestHome:
    return RestHome(
        states={
            "light.desk": state("light.desk", "off", friendly_name="Desk"),
            "light.shelf": state("light.shelf", "off"),
            "switch.kettle": state("switch.kettle", "off"),
            "cover.blind": state("cover.blind", "open", supported_features=3),
        },
        services={"light": LIGHT_SERVICES, "cover": COVER_SERVICES},
    )


@pytest.fixture
def server(home: RestHome) -> Iterator[RestServer]:
    with RestServer(home) as running:
        yield running


def _with_adapter(server: RestServer, use: Callable[[HomeAssistantAdapter], Awaitable[_T]]) -> _T:
    async def go() -> _T:
        adapter = HomeAssistantAdapter(server.url, TOKEN, timeout=5)
        try:
            return await use(adapter)
        finally:
            await adapter.close()

    return asyncio.run(go())


def _posts(home: RestHome) -> list[tuple[str, Any]]:
    return [(seen.path, seen.body) for seen in home.seen if seen.method == "POST"]


def test_a_service_call_posts_its_targets_and_data(server: RestServer, home: RestHome) -> None:
    result: ServiceResult = _with_adapter(
        server,
        lambda a: a.call_service(
            "light", "turn_on", ["light.desk", "light.shelf", "light.desk"], {"brightness_pct": 40}
        ),
    )
    assert _posts(home) == [
        (
            "/api/services/light/turn_on",
            {"brightness_pct": 40, "entity_id": ["light.desk", "light.shelf"]},
        )
    ]
    assert all(seen.authorization == f"Bearer {TOKEN}" for seen in home.seen)
    # Each target is looked up once before the call (a missing one is not sent at all).
    assert sorted(s.path for s in home.seen if s.method == "GET") == [
        "/api/states/light.desk",
        "/api/states/light.shelf",
    ]
    assert [(c.entity_id, c.state) for c in result.changed] == [
        ("light.desk", "on"),
        ("light.shelf", "on"),
    ]
    assert result.context_id == "ctx-call"


def test_what_is_not_a_service_call_is_refused_before_anything_is_sent(
    server: RestServer, home: RestHome
) -> None:
    async def refused(adapter: HomeAssistantAdapter) -> list[str]:
        said = []
        for domain, service, targets in (
            ("light", "turn on", ["light.desk"]),
            ("light", "turn_on", ["light.Desk; drop"]),
            ("light", "turn_on", ["switch.kettle"]),
        ):
            with pytest.raises(RejectedError) as err:
                await adapter.call_service(domain, service, targets, {})
            said.append(str(err.value))
        return said

    said = _with_adapter(server, refused)
    assert said == [
        "calling light.turn on: not a valid service name",
        "calling light.turn_on: not an entity id: 'light.Desk; drop'",
        "calling light.turn_on: it acts on light entities only, not on switch.kettle",
    ]
    assert home.seen == []


def test_a_missing_entity_is_said_and_the_service_is_not_called(
    server: RestServer, home: RestHome
) -> None:
    with pytest.raises(NotFoundError, match=r"has no entity light\.attic"):
        _with_adapter(server, lambda a: a.call_service("light", "turn_on", ["light.attic"], {}))
    assert _posts(home) == []


def test_a_rejected_call_names_the_fields_the_service_takes(
    server: RestServer, home: RestHome
) -> None:
    home.fail = 400
    with pytest.raises(RejectedError) as err:
        _with_adapter(
            server,
            lambda a: a.call_service("light", "turn_on", ["light.desk"], {"brightnes": 40}),
        )
    assert str(err.value) == (
        "calling light.turn_on: Home Assistant rejected the call (400): unknown field(s) "
        "brightnes; it takes brightness_pct, transition"
    )


def test_a_server_error_for_a_missing_feature_says_which_device_lacks_it(
    server: RestServer, home: RestHome
) -> None:
    home.fail = 500
    with pytest.raises(RejectedError) as err:
        _with_adapter(
            server,
            lambda a: a.call_service(
                "cover", "set_cover_position", ["cover.blind"], {"position": 30}
            ),
        )
    assert str(err.value) == (
        "calling cover.set_cover_position: cover.blind does not support cover.set_cover_position"
    )


def test_a_refused_token_is_an_auth_error_without_the_token(
    server: RestServer, home: RestHome
) -> None:
    home.fail = 401
    with pytest.raises(AuthError) as err:
        _with_adapter(server, lambda a: a.call_service("light", "turn_on", ["light.desk"], {}))
    assert "refused the access token (401)" in str(err.value)
    assert TOKEN not in str(err.value)


def test_a_state_is_read_and_a_missing_one_is_none(server: RestServer) -> None:
    async def read(adapter: HomeAssistantAdapter) -> tuple[Any, Any, Any]:
        return (
            await adapter.get_state("light.desk"),
            await adapter.get_state("light.attic"),
            await adapter.get_state("not an id"),
        )

    desk, attic, wrong = _with_adapter(server, read)
    assert (desk.entity_id, desk.state, desk.attributes) == (
        "light.desk",
        "off",
        {"friendly_name": "Desk"},
    )
    assert desk.context_id == "ctx-1"
    assert attic is None and wrong is None
