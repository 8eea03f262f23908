"""Translate what ``homeassistant-api``, niquests and the websocket raise into Hearth's adapter
errors (:mod:`integrations.base`). Nothing above the adapter sees a library exception, and no
message carries the access token.
"""

from __future__ import annotations

import re

import niquests
from homeassistant_api import errors as ha_errors
from pydantic import ValidationError

from integrations.base import (
    AdapterError,
    AuthError,
    ConnectionLostError,
    NotFoundError,
    NotSentError,
    RejectedError,
    TransientError,
)
from integrations.net import never_sent

_WS_ERROR = re.compile(r"^\[(?P<code>[a-z_]+)\]\s*(?P<message>.*)$", re.DOTALL)
_STATUS = re.compile(r"status code:? (\d{3})")

# Websocket result error codes (homeassistant/components/websocket_api/const.py).
_WS_NOT_FOUND = {"not_found", "unknown_command"}
_WS_AUTH = {"unauthorized"}
_WS_TRANSIENT = {"unknown_error", "timeout"}


class Scrubber:
    """Removes one secret from text."""

    def __init__(self, secret: str) -> None:
        self._secret = secret.strip()

    def __call__(self, text: str) -> str:
        if self._secret and len(self._secret) >= 4:
            text = text.replace(self._secret, "<token>")
        return text


def websocket_error_code(err: BaseException) -> tuple[str, str] | None:
    """The (code, message) of a websocket result error, as ``homeassistant-api`` formats it
    (``[not_found] Service light.nope not found.``), or None."""
    if not isinstance(err, ha_errors.ResponseError) or isinstance(
        err, ha_errors.UnexpectedStatusCodeError
    ):
        return None
    match = _WS_ERROR.match(str(err))
    if match is None:
        return None
    return match["code"], match["message"].strip()


def http_status(err: BaseException) -> int | None:
    """The HTTP status code behind a ``homeassistant-api`` error, when it tells one."""
    if isinstance(err, ha_errors.UnauthorizedError):
        return 401
    if isinstance(err, ha_errors.EndpointNotFoundError):
        return 404
    if isinstance(err, ha_errors.RequestError) and not isinstance(
        err, ha_errors.RequestTimeoutError
    ):
        return 400
    if isinstance(err, ha_errors.MethodNotAllowedError):
        return 405
    if isinstance(err, ha_errors.InternalServerError | ha_errors.UnexpectedStatusCodeError):
        match = _STATUS.search(str(err))
        return int(match[1]) if match else 500
    return None


def translate(
    err: BaseException,
    what: str,
    *,
    url: str,
    timeout: float,
    scrub: Scrubber,
    connecting: bool = False,
) -> AdapterError:
    """The adapter error for *err*, raised while doing *what* ("calling light.turn_on").

    *connecting* tells that no request reached Home Assistant yet (a timeout then means the
    server cannot be reached rather than that it is slow). A failure that certainly left the
    request unsent is a :class:`NotSentError`; a lost connection or a timeout after the
    request may have been read is a plain :class:`ConnectionLostError` or
    :class:`TransientError`, so that the executor never sends a service call twice.
    """
    if isinstance(err, AdapterError):
        return err
    detail = scrub(str(err)).strip()
    status = http_status(err)
    if status in (401, 403):
        return AuthError(
            f"{what}: Home Assistant at {url} refused the access token ({status}); "
            "create a new long-lived token in your Home Assistant profile"
        )
    if status == 404:
        return NotFoundError(f"{what}: Home Assistant has no such entity or endpoint (404)")
    if status == 400:
        return RejectedError(f"{what}: Home Assistant rejected the request (400)")
    if status == 405:
        return RejectedError(f"{what}: Home Assistant does not allow this request (405)")
    if status is not None and status >= 500:
        return TransientError(f"{what}: Home Assistant answered with an error ({status})")
    if status is not None:
        return RejectedError(f"{what}: Home Assistant answered with status {status}")
    if isinstance(err, ha_errors.UnauthorizedError):
        return AuthError(f"{what}: Home Assistant at {url} refused the access token")
    ws = websocket_error_code(err)
    if ws is not None:
        code, message = ws
        text = f"{what}: {scrub(message) or code}"
        if code in _WS_AUTH:
            return AuthError(text)
        if code in _WS_NOT_FOUND:
            return NotFoundError(text)
        if code in _WS_TRANSIENT:
            return TransientError(text)
        return RejectedError(text)
    if isinstance(err, niquests.exceptions.ConnectTimeout):
        return NotSentError(f"{what}: cannot reach Home Assistant at {url} (no answer)")
    if isinstance(err, niquests.exceptions.Timeout | ha_errors.RequestTimeoutError):
        return TransientError(f"{what}: Home Assistant did not answer within {timeout:g} s")
    if isinstance(err, TimeoutError):
        if connecting:
            return NotSentError(
                f"{what}: cannot reach Home Assistant at {url} within {timeout:g} s"
            )
        return TransientError(f"{what}: Home Assistant did not answer within {timeout:g} s")
    lost: type[ConnectionLostError] = (
        NotSentError if connecting or never_sent(err) else ConnectionLostError
    )
    if isinstance(err, niquests.exceptions.ConnectionError | ConnectionError):
        if lost is NotSentError:
            return NotSentError(f"{what}: cannot reach Home Assistant at {url}")
        return ConnectionLostError(
            f"{what}: lost the connection to Home Assistant at {url} before it answered"
        )
    if isinstance(err, ha_errors.WebsocketError):
        return lost(f"{what}: lost the connection to Home Assistant at {url}")
    if isinstance(err, niquests.exceptions.RequestException | OSError | EOFError):
        return lost(f"{what}: connection to Home Assistant at {url} failed ({type(err).__name__})")
    if isinstance(
        err,
        ValidationError
        | ha_errors.MalformedDataError
        | ha_errors.ProcessorNotFoundError
        | ha_errors.ResponseError
        | TypeError
        | ValueError
        | KeyError,
    ):
        return AdapterError(f"{what}: unexpected answer from Home Assistant: {detail[:300]}")
    return AdapterError(f"{what}: {type(err).__name__}: {detail[:300]}")
