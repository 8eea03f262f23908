"""What the HTTP clients' errors tell about a request that failed: whether it ever left this
computer. Shared by the adapters that speak HTTP (Home Assistant, CalDAV), so that each one
raises :class:`integrations.base.NotSentError` for exactly the same failures."""

from __future__ import annotations

import socket

import niquests
from urllib3 import exceptions as urllib3_errors

#: Errors that only happen before a request is written: the connection was never made.
_NOT_CONNECTED = (
    niquests.exceptions.ConnectTimeout,
    urllib3_errors.ConnectTimeoutError,  # also NewConnectionError and NameResolutionError
    ConnectionRefusedError,
    socket.gaierror,
)


def never_sent(err: BaseException) -> bool:
    """Whether *err* shows that the request never left this computer (connection refused,
    host unknown, no answer to the connect). A reset or a timeout once connected does not:
    the server may have read the request and acted on it."""
    seen: set[int] = set()
    stack: list[object] = [err]
    while stack:
        current = stack.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, _NOT_CONNECTED):
            return True
        # niquests wraps urllib3's MaxRetryError, which keeps the first failure as `reason`.
        stack += [current.__cause__, current.__context__, getattr(current, "reason", None)]
    return False
