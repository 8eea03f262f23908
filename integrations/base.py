"""The interface every device adapter implements, and the errors adapters raise.

Adapters translate their library's exceptions into these; nothing above this layer sees a
library exception. Both the Home Assistant adapter and the virtual home implement
:class:`DeviceAdapter`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from app.core.home import Home, StateChange


class AdapterError(Exception):
    """Base class of adapter failures."""


class TransientError(AdapterError):
    """The call did not get through this time (connection lost, no answer in time, HTTP 5xx)
    and may next time. Unless it is a :class:`NotSentError`, the request may have reached the server
    and may have acted: it is never sent again blindly (see :mod:`app.execution.executor`)."""


class ConnectionLostError(TransientError):
    """The server cannot be reached (stopped, network down) or the connection broke."""


class NotSentError(ConnectionLostError):
    """The request certainly never reached the server: the connection was refused or never
    made (no route, unknown host, no answer to the connect), or a check the adapter makes
    before sending failed. The only failure after which a service call may be sent again."""


class RejectedError(AdapterError):
    """The server refused the request (HTTP 4xx, invalid service data). Never retried."""


class WrongServerError(AdapterError):
    """The address answers, but not as the expected kind of server does (a web server that
    is not Home Assistant, or Home Assistant's address with a wrong path): a configuration
    error, not an unreachable server."""


class AuthError(RejectedError):
    """The token is missing, wrong or revoked (HTTP 401/403)."""


class NotFoundError(RejectedError):
    """The entity or service does not exist."""


@dataclass(slots=True)
class EntityState:
    entity_id: str
    state: str
    attributes: dict[str, Any] = field(default_factory=dict)
    context_id: str | None = None


@dataclass(slots=True)
class ServiceResult:
    """What a service call returned."""

    changed: list[EntityState] = field(default_factory=list)
    """States the server reported as changed by the call (may be empty)."""
    response: Any = None
    """Service response data, for services that return data (todo.get_items, ...)."""
    context_id: str | None = None
    """The server's id for this call (Home Assistant's context id), for the audit trail."""
    verified: bool = False
    """The service read its own change back (a reminder or calendar event that is really
    stored): the step is verified without an entity state to watch."""


StateListener = Callable[[StateChange], None]


@runtime_checkable
class DeviceAdapter(Protocol):
    """A source of entities and a sink of service calls."""

    name: str
    """Short name shown in history ("homeassistant", "virtual")."""

    @property
    def live(self) -> bool:
        """Whether state changes arrive now, so the states :meth:`subscribe` keeps are current
        (the virtual home: always; Home Assistant: while its event stream is up)."""
        ...

    async def load_home(self) -> Home:
        """The whole home: floors, areas, entities with aliases, current states."""
        ...

    async def get_state(self, entity_id: str) -> EntityState | None:
        """The current state of one entity, read from the source (not a cache)."""
        ...

    async def call_service(
        self,
        domain: str,
        service: str,
        entity_ids: list[str],
        data: dict[str, Any],
        *,
        return_response: bool = False,
    ) -> ServiceResult:
        """Call ``domain.service`` on the entities with the service data."""
        ...

    def subscribe(self, listener: StateListener) -> Callable[[], None]:
        """Call *listener* on every state change until the returned function is called.

        Listeners are called on the adapter's event loop and must not block.
        """
        ...

    async def close(self) -> None: ...


@runtime_checkable
class ReportsVersion(Protocol):
    """An adapter whose server says which version it runs (Home Assistant): the About box
    asks it, whatever the adapter is."""

    async def check(self) -> str:
        """Check that the server answers and takes the credentials; return its version."""
        ...
