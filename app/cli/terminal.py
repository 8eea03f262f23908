"""Text Hearth prints never drives the terminal it is printed on.

Much of what the command line prints comes from elsewhere: device and area names from Home
Assistant (where integrations name what they find on the network), calendar event titles from
a shared calendar, a language model's answer. An escape sequence in such a name could clear
the line that says "[high risk]", hide the text after it (``ESC [8m``) or retitle the window;
a right-to-left override could turn the words round. So the standard streams of the ``hearth``
process show every such character as its ``\\uXXXX`` escape instead: visible to the person, and
in JSON output the very escape JSON uses for it (the data read back is unchanged).

Tabs and newlines pass as they are, and a carriage return that starts what is written (how
Hearth's own progress lines redraw themselves); one inside a name would overwrite the line.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from typing import Any, TextIO

#: C0 controls but tab and newline; DEL and the C1 controls (U+009B is a one-character
#: CSI); the bidirectional marks, embeddings, overrides and isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def neutralise(text: str) -> str:
    """*text* with each character that could drive a terminal written as ``\\uXXXX``."""
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class _NeutralisingStream:
    """A text stream that writes through :func:`neutralise`; everything else is the wrapped
    stream's (``isatty``, ``fileno``, ``buffer``, ``encoding``, ...)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        redraw = "\r" if text.startswith("\r") else ""
        self._stream.write(redraw + neutralise(text[len(redraw) :]))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def protect_standard_streams() -> None:
    """Make ``sys.stdout`` and ``sys.stderr`` neutralise what is written to them (once)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, _NeutralisingStream):
            setattr(sys, name, _NeutralisingStream(stream))
