"""A secret with a key of its own (a device's code in a service call's data) is hidden by
that key, however short: in every form a mapping is printed, in log lines whoever logs them,
and in data quoted in a message. Text without such a key keeps its numbers."""

from __future__ import annotations

import io
import logging

import pytest

from app.config import logsafety
from app.config.logsafety import REDACTED

SHORT = "12"


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        (
            "Sending message: {'id': 5, 'service_data': {'code': '12', 'entity_id': ['a.b']}}",
            f"Sending message: {{'id': 5, 'service_data': {{'code': '{REDACTED}', "
            "'entity_id': ['a.b']}}",
        ),
        ('{"code": "12", "x": 1}', f'{{"code": "{REDACTED}", "x": 1}}'),
        ('{"code": 12}', f'{{"code": {REDACTED}}}'),
        ('"{\\"code\\": \\"12\\"}"', f'"{{\\"code\\": \\"{REDACTED}\\"}}"'),
        ("POST /x?code=12&a=1", f"POST /x?code={REDACTED}&a=1"),
        ("call(code=12)", f"call(code={REDACTED})"),
        ("{'code': 'a\\'b'}", f"{{'code': '{REDACTED}'}}"),
    ],
)
def test_a_code_is_hidden_by_its_key_however_short(text: str, hidden: str) -> None:
    assert logsafety.redact(text) == hidden


@pytest.mark.parametrize("text", ["12 lights, 0 errors", "error code 12", "{'mode': '12'}"])
def test_numbers_without_the_key_stay(text: str) -> None:
    assert logsafety.redact(text) == text


def test_data_quoted_in_a_message_has_no_code() -> None:
    data = {"code": SHORT, "entity_id": ["lock.front"], "nested": {"code": 4321}, "x": 1}
    shown = logsafety.without_secrets(data)
    assert shown == {
        "code": REDACTED,
        "entity_id": ["lock.front"],
        "nested": {"code": REDACTED},
        "x": 1,
    }
    assert data["code"] == SHORT  # a copy: the call itself keeps its code


def test_any_logger_s_line_hides_the_code() -> None:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(logsafety.RedactingFilter())
    logger = logging.getLogger("a_library_that_echoes")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        logger.debug(f"Sending message: {dict(service_data={'code': SHORT})}")
        logger.debug("Sending %s", {"code": SHORT})
    finally:
        logger.removeHandler(handler)
    lines = out.getvalue().splitlines()
    assert lines == [
        f"Sending message: {{'service_data': {{'code': '{REDACTED}'}}}}",
        f"Sending {{'code': '{REDACTED}'}}",
    ]
