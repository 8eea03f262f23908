"""What the Home Assistant client library, niquests and the websocket raise, said as Hearth's
adapter errors: which kind (refused, missing, worth retrying, never sent, lost on the way),
in a message that names the call and never carries the access token."""

from __future__ import annotations

import niquests
import pytest
from homeassistant_api import errors as ha_errors

from integrations.base import (
    AdapterError,
    AuthError,
    ConnectionLostError,
    NotFoundError,
    NotSentError,
    RejectedError,
    TransientError,
)
from integrations.homeassistant.errors import (
    Scrubber,
    http_status,
    translate,
    websocket_error_code,
)

URL = "http://ha.test:8123"
TOKEN = "eyJ-unit-token-5b1f"
WHAT = "calling light.turn_on"


def _said(err: BaseException, *, connecting: bool = False) -> AdapterError:
    return translate(err, WHAT, url=URL, timeout=7.5, scrub=Scrubber(TOKEN), connecting=connecting)


@pytest.mark.parametrize(
    ("err", "status"),
    [
        (ha_errors.UnauthorizedError(), 401),
        (ha_errors.EndpointNotFoundError("states/light.x"), 404),
        (ha_errors.RequestError(None, url=URL), 400),
        (ha_errors.MethodNotAllowedError("PATCH"), 405),
        (ha_errors.InternalServerError(503, b"busy"), 503),
        (ha_errors.UnexpectedStatusCodeError(418), 418),
        (ha_errors.RequestTimeoutError("slow", URL), None),
        (ValueError("x"), None),
    ],
)
def test_the_status_behind_a_client_error(err: BaseException, status: int | None) -> None:
    assert http_status(err) == status


@pytest.mark.parametrize(
    ("err", "kind", "words"),
    [
        (ha_errors.UnauthorizedError(), AuthError, "refused the access token (401)"),
        (ha_errors.EndpointNotFoundError("x"), NotFoundError, "no such entity or endpoint"),
        (ha_errors.RequestError(None, url=URL), RejectedError, "rejected the request (400)"),
        (ha_errors.MethodNotAllowedError("PUT"), RejectedError, "does not allow"),
        (ha_errors.InternalServerError(500, b""), TransientError, "with an error (500)"),
        (ha_errors.UnexpectedStatusCodeError(409), RejectedError, "with status 409"),
    ],
)
def test_an_http_status_becomes_its_kind_of_error(
    err: BaseException, kind: type[AdapterError], words: str
) -> None:
    said = _said(err)
    assert type(said) is kind
    assert str(said).startswith(f"{WHAT}: ") and words in str(said)


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("unauthorized", AuthError),
        ("not_found", NotFoundError),
        ("unknown_command", NotFoundError),
        ("timeout", TransientError),
        ("unknown_error", TransientError),
        ("invalid_format", RejectedError),
    ],
)
def test_a_websocket_result_error_becomes_its_kind_of_error(
    code: str, kind: type[AdapterError]
) -> None:
    err = ha_errors.ResponseError(f"[{code}] Service light.nope not found.")
    assert websocket_error_code(err) == (code, "Service light.nope not found.")
    said = _said(err)
    assert type(said) is kind
    assert str(said) == f"{WHAT}: Service light.nope not found."


def test_a_timeout_before_anything_was_sent_may_be_sent_again() -> None:
    assert type(_said(TimeoutError(), connecting=True)) is NotSentError
    assert type(_said(niquests.exceptions.ConnectTimeout())) is NotSentError
    # After the request may have been read: not sent again behind the executor's back.
    late = _said(TimeoutError())
    assert type(late) is TransientError and "within 7.5 s" in str(late)
    assert type(_said(niquests.exceptions.ReadTimeout())) is TransientError


def test_a_lost_connection_says_whether_the_request_went_out() -> None:
    refused = _said(ConnectionRefusedError(111, "Connection refused"))
    assert type(refused) is NotSentError and f"cannot reach Home Assistant at {URL}" in str(refused)
    cut = _said(ConnectionResetError(104, "Connection reset by peer"))
    assert type(cut) is ConnectionLostError and "before it answered" in str(cut)
    assert type(_said(ha_errors.WebsocketError("closed"), connecting=True)) is NotSentError
    assert type(_said(ha_errors.WebsocketError("closed"))) is ConnectionLostError


def test_the_token_never_shows_in_a_message() -> None:
    leaked = ValueError(f"bad answer for Authorization: Bearer {TOKEN}")
    said = _said(leaked)
    assert type(said) is AdapterError and "unexpected answer" in str(said)
    assert TOKEN not in str(said) and "<token>" in str(said)
    ws = _said(ha_errors.ResponseError(f"[invalid_format] token {TOKEN} is wrong"))
    assert TOKEN not in str(ws)


def test_a_scrubber_leaves_text_alone_without_a_real_secret() -> None:
    assert Scrubber(" abc ")("abc stays: too short to be a token") == (
        "abc stays: too short to be a token"
    )
    assert Scrubber(f" {TOKEN}\n")(f"x{TOKEN}y") == "x<token>y"


def test_an_adapter_error_passes_through_unchanged() -> None:
    original = RejectedError("already said")
    assert _said(original) is original
