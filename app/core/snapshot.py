"""A home snapshot file checked (docs/snapshot-format.md): pydantic's reading of its floors,
areas and entities, with each problem in the words the snapshot's reader has always used.

:mod:`app.core.home` loads this module with the first snapshot it reads, so that what only
needs to know what a Home is does not load pydantic.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, NotRequired

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError
from typing_extensions import TypedDict

from app.core.errors import SnapshotError


def checked(data: Any, source: str) -> Snapshot:
    """*data* (a parsed snapshot file) as a :class:`Snapshot`; a :class:`SnapshotError`
    naming *source* and where the first problem is when it is not one."""
    try:
        return Snapshot.model_validate(data)
    except ValidationError as err:
        raise SnapshotError(f"{source}: {_snapshot_message(err)}") from None


def _wrong(text: str) -> PydanticCustomError:
    """A snapshot problem in Hearth's words (*text* follows where it is: ``entities[3]: ``)."""
    return PydanticCustomError("snapshot", "{text}", {"text": text})


def _aliases(value: object) -> list[str]:
    """Aliases as a list (one alone may be written as a text; none as nothing)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _wrong("aliases must be a list of strings")
    return list(value)


def _text(value: object, info: ValidationInfo) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _wrong(f"{info.field_name!r} must be a non-empty string")
    return value


def _entity_id(value: object, info: ValidationInfo) -> str:
    entity_id = _text(value, info)
    domain, _, object_id = entity_id.partition(".")
    if not domain or not object_id or " " in entity_id:
        raise _wrong(f"{entity_id!r} is not an entity id like light.kitchen")
    return entity_id


def _attributes(value: object) -> dict[Any, Any]:
    if not value:
        return {}
    if not isinstance(value, Mapping):
        raise _wrong("attributes must be a mapping")
    return dict(value)


def _listed(value: object, info: ValidationInfo) -> object:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _wrong(f"{info.field_name!r} must be a list")
    return value


# Plain validators: each checks and converts the value itself, and pydantic does nothing more
# with it (a home of 5,000 entities loads about as fast as with the hand-written reader).
Aliases = Annotated[list[str], PlainValidator(_aliases)]
Text = Annotated[str, PlainValidator(_text)]


class SnapshotFloor(TypedDict):
    """A floor as a snapshot writes it. Keys Hearth does not read are ignored."""

    id: Text
    name: Text
    aliases: NotRequired[Aliases]
    level: NotRequired[Any]
    """A whole number; anything else is read as no level."""


class SnapshotArea(TypedDict):
    """An area as a snapshot writes it."""

    id: Text
    name: Text
    floor: NotRequired[Any]
    """A floor id of the snapshot (checked against its floors), or None."""
    aliases: NotRequired[Aliases]


class SnapshotEntity(TypedDict):
    """An entity as a snapshot writes it: only its id is required. Typed dictionaries, not
    models: a home of 5,000 entities is checked several times faster."""

    entity_id: Annotated[str, PlainValidator(_entity_id)]
    name: NotRequired[Any]
    """The name; empty: the ``friendly_name`` attribute, else the id's object part."""
    state: NotRequired[Any]
    """Any scalar, kept as text; YAML's bare on/off (read as a boolean) as "on"/"off"."""
    attributes: NotRequired[Annotated[dict[Any, Any], PlainValidator(_attributes)]]
    area: NotRequired[Any]
    """An area id of the snapshot (checked against its areas), or None."""
    aliases: NotRequired[Aliases]
    exposed: NotRequired[Any]
    """Whether Hearth may see it (read as true or false, whatever was written)."""


class Snapshot(BaseModel):
    """A home snapshot file (docs/snapshot-format.md): floors, areas and entities. Keys
    Hearth does not read are ignored (a newer Hearth's, or Home Assistant's own)."""

    # defer_build: the validator is built when the first snapshot is read (in a worker
    # thread), not when the window's GUI thread imports this module.
    model_config = ConfigDict(extra="ignore", defer_build=True)

    name: Any = None
    """The home's name (anything but a text: "Home")."""
    floors: Annotated[list[SnapshotFloor], BeforeValidator(_listed)] = Field(default_factory=list)
    areas: Annotated[list[SnapshotArea], BeforeValidator(_listed)] = Field(default_factory=list)
    entities: Annotated[list[SnapshotEntity], BeforeValidator(_listed)] = Field(
        default_factory=list, validate_default=True
    )

    @field_validator("entities")
    @classmethod
    def _some(cls, value: list[SnapshotEntity]) -> list[SnapshotEntity]:
        if not value:
            raise _wrong("the snapshot lists no entities")
        return value


def _snapshot_message(err: ValidationError) -> str:
    """The first problem of *err* in the words the snapshot's reader has always used: where
    it is (``entities[3]``), then what is wrong."""
    problem = err.errors(include_url=False)[0]
    loc = problem["loc"]
    text = str(problem.get("ctx", {}).get("text", "")) if problem["type"] == "snapshot" else ""
    if not loc:
        return text or "a home snapshot must be a mapping with 'entities'"
    if len(loc) == 1:
        return text or f"{loc[0]!r}: {problem['msg']}"
    where = f"{loc[0]}[{loc[1]}]"
    if len(loc) == 2:
        return f"{where}: {text}" if text else f"{where} must be a mapping"
    return f"{where}: {text or f'{loc[2]!r} must be a non-empty string'}"
