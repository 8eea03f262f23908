"""Reading a file Hearth is given (a home snapshot, the settings) without trusting it.

A path may name anything: ``/dev/zero`` (endless), a FIFO (blocks until someone writes), a
folder, or a file far larger than any home. Only a regular file is read, and at most a set
number of bytes of it: the rest is never loaded into memory.

What it holds is parsed with limits too: nesting deeper than :data:`MAX_DEPTH` (which would
end in a RecursionError here or in any code that walks the data later), and YAML aliases that
expand to more than :data:`MAX_NODES` values (a few hundred bytes of "billion laughs" stand
for gigabytes once anything walks them) are refused before anything is built.

Writing one goes through a temporary file (:func:`replaceable_target` says which file to
replace), and what the system says when that fails is put in words by :func:`os_error_words`.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from yaml.composer import Composer, ComposerError
from yaml.constructor import SafeConstructor
from yaml.nodes import CollectionNode, MappingNode, Node, ScalarNode
from yaml.resolver import Resolver

from app.core.errors import HearthError

MAX_DEPTH = 64
"""How deeply lists and mappings may nest (a Home Assistant attribute is rarely 5 deep)."""
MAX_NODES = 4_000_000
"""How many values a YAML document may hold with its aliases expanded (a home of 5,000
entities holds about half a million)."""


class UnreadableFileError(HearthError):
    """The file is not a regular file, too large, or cannot be read. The message is what is
    wrong with it ("is a folder, not a file"), to follow the caller's name for the file."""


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file *path*, which must hold at most *max_bytes*."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; a regular file reads as ever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except (OSError, ValueError) as err:  # ValueError: a NUL byte in the name
        raise UnreadableFileError(_reason(err)) from err
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFileError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError("is not a regular file (a device, pipe or socket)")
        if info.st_size > max_bytes:
            raise UnreadableFileError(
                f"is too large ({info.st_size:,} bytes; at most {max_bytes:,})"
            )
        chunks: list[bytes] = []
        left = max_bytes + 1  # the file may grow while it is read
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as err:
        raise UnreadableFileError(_reason(err)) from err
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise UnreadableFileError(f"is too large (more than {max_bytes:,} bytes)")
    return data


def replaceable_target(path: Path) -> Path | None:
    """The file to replace when writing *path* through a temporary file: the file a symbolic
    link names (the link stays a link), or None when what is there is not a regular file (a
    device, a pipe, a folder: "-o /dev/null" as root must never replace it by a file)."""
    if path.is_symlink():
        path = path.resolve()
    return None if path.exists() and not path.is_file() else path


DISK_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT)
"""The system's ways of saying the disk (or the person's quota) is full."""


def os_error_words(err: OSError) -> str:
    """What *err* means, for a message about the file it concerns: "the disk is full" for a
    full disk or quota, otherwise the system's own words."""
    if err.errno in DISK_FULL_ERRNOS:
        return "the disk is full"
    return err.strerror or str(err)


def _reason(err: OSError | ValueError) -> str:
    if isinstance(err, OSError):
        return f"cannot be read ({err.strerror or err})"
    return "is not a usable file name (it holds a NUL byte)"


def parse_json(text: str) -> Any:
    """*text* as JSON, nested at most :data:`MAX_DEPTH` deep; ValueError otherwise."""
    try:
        data = json.loads(text)
    except RecursionError as err:
        raise ValueError(f"nested deeper than {MAX_DEPTH} levels") from err
    _check_depth(data)
    return data


def _check_depth(data: Any) -> None:
    """Walk *data* without recursion; ValueError when it nests deeper than MAX_DEPTH."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > MAX_DEPTH:
            raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
        stack.extend((child, depth + 1) for child in children)


_OWN_DATA_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_own_yaml(text: str) -> Any:
    """Hearth's own data files (sentence rules, time words, safety names) as YAML, the safe
    subset. They ship with Hearth, so they are parsed by libyaml's C parser where PyYAML has
    it: several times faster than the pure-Python one, which took a fifth of a second of
    every start. A file Hearth is given goes through :func:`parse_yaml` instead."""
    return yaml.load(text, Loader=_OWN_DATA_LOADER)


def parse_yaml(text: str) -> Any:
    """*text* as YAML (the safe subset), within :data:`MAX_DEPTH` and :data:`MAX_NODES`;
    yaml.YAMLError otherwise."""
    loader = _BoundedLoader(text)
    try:
        return loader.get_single_data()
    except RecursionError as err:  # a limit below should have stopped it first
        raise ComposerError(None, None, f"nested deeper than {MAX_DEPTH} levels") from err
    except yaml.MarkedYAMLError as err:
        # libyaml's scanner stops a thousand levels down, before the nodes are composed.
        if err.problem == "exceeded maximum nesting depth":
            raise ComposerError(
                None, None, f"nested deeper than {MAX_DEPTH} levels", err.problem_mark
            ) from err
        raise
    finally:
        loader.dispose()


_CParser: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None)
"""libyaml's scanner and parser (None: PyYAML was built without it)."""


class _FastSafeLoader(Composer, SafeConstructor, Resolver):
    """yaml's safe loader with the scanning and parsing (most of its time) done by libyaml's
    C parser: a home's YAML loads about four times faster. The nodes are still composed here,
    in Python, where :class:`_BoundedLoader` counts how deep they nest."""

    def __init__(self, stream: str) -> None:
        _CParser.__init__(self, stream)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)


if TYPE_CHECKING or _CParser is None:
    _LoaderBase = yaml.SafeLoader
else:  # Composer first: its Python get_single_node and compose_node, over libyaml's events
    _LoaderBase = type("_FastSafeLoader", (_FastSafeLoader, _CParser), {})


class _BoundedLoader(_LoaderBase):
    """yaml's safe loader, refusing documents too deep or too large once aliases expand."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise ComposerError(
                    None,
                    None,
                    f"nested deeper than {MAX_DEPTH} levels",
                    self.peek_event().start_mark,  # type: ignore[no-untyped-call]
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def get_single_node(self) -> Node | None:
        node = super().get_single_node()
        if node is not None:
            _check_expansion(node)
        return node


def _check_expansion(root: Node) -> None:
    """Count *root*'s values with every alias expanded (each shared node counted once per
    use), and its depth so expanded; ComposerError beyond the limits or for an alias that
    contains itself. Iterative, memoised per node: linear in the document's size."""
    sizes: dict[int, tuple[int, int]] = {}
    """Per node id: (values, depth) of its expansion."""
    open_nodes: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes and not children_done:
            continue
        children = _children(node)
        if not children_done:
            if key in open_nodes:
                raise ComposerError(None, None, "an alias refers to itself", node.start_mark)
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        open_nodes.discard(key)
        count, depth = 1, 1
        for child in children:
            child_count, child_depth = sizes[id(child)]
            count += child_count
            depth = max(depth, child_depth + 1)
        if count > MAX_NODES:
            raise ComposerError(
                None,
                None,
                f"its aliases expand to more than {MAX_NODES:,} values",
                node.start_mark,
            )
        if depth > MAX_DEPTH:
            raise ComposerError(
                None,
                None,
                f"nested deeper than {MAX_DEPTH} levels (aliases expanded)",
                node.start_mark,
            )
        sizes[key] = (count, depth)


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, CollectionNode):
        return list(node.value)
    assert isinstance(node, ScalarNode)
    return []
