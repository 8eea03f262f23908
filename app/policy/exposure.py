"""Which devices Hearth may see and control: the owner's exposure settings applied to a home.

The source says first what it exposes (Home Assistant: the entities exposed to its Assist;
a snapshot: ``exposed: false`` per entity); the ``[safety]`` settings then follow that list or
see everything, and hide or show single entities on top. Planners only ever look at exposed
entities, and the policy refuses any step that names another (whoever made the step).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.core.home import Home

if TYPE_CHECKING:
    from app.config.settings import SafetySettings

_LOGGER = logging.getLogger(__name__)


def apply(home: Home, safety: SafetySettings) -> int:
    """Set each entity's ``exposed`` flag from the source's and the settings'; returns how
    many entities Hearth may use. Entity ids in the settings that the home lacks are ignored
    (a device removed from Home Assistant), and logged for the owner."""
    hidden = set(safety.hidden)
    shown = set(safety.shown)
    for entity in home.entities.values():
        exposed = entity.exposed or safety.exposure == "all"
        if entity.entity_id in shown:
            exposed = True
        if entity.entity_id in hidden:  # hiding wins: the safe choice when both are listed
            exposed = False
        entity.exposed = exposed
    unknown = (hidden | shown) - set(home.entities)
    if unknown:
        _LOGGER.info("Exposure settings name %d entities this home lacks", len(unknown))
    home.revision += 1
    return sum(1 for _ in home.exposed())
