"""The home's entities by domain, read once per revision instead of on every request.

A request that looks for a kind of device ("the blinds") or a player that is playing went
through every device of the home, which at a few thousand devices took longer than reading
the sentence. The entities of each domain are listed once and read again when the home's
revision changes (names, areas or exposure; see :attr:`app.core.home.Home.revision`) or an
entity comes or goes. Whether an entity is exposed, and its state, are read on each request,
as they were.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence

from app.core.home import Entity, Home

#: Per home: the revision and entity count read at, and the entities per tuple of domains.
_KEPT: weakref.WeakKeyDictionary[
    Home, tuple[tuple[int, int], dict[tuple[str, ...], list[Entity]]]
] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def of_domains(home: Home, domains: Sequence[str]) -> list[Entity]:
    """The home's entities whose domain is one of *domains*, exposed or not, in the home's
    order (a list shared between requests: not to be changed)."""
    key = (home.revision, len(home.entities))
    wanted = tuple(domains)
    with _LOCK:
        kept = _KEPT.get(home)
        if kept is None or kept[0] != key:
            kept = _KEPT[home] = (key, {})
        found = kept[1].get(wanted)
        if found is None:
            found = kept[1][wanted] = [e for e in home.entities.values() if e.domain in wanted]
    return found
