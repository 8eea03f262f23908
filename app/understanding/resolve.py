"""From a recognised intent to concrete steps on this home's entities.

Target resolution follows Home Assistant's rules (name, area, floor, domain and device class
constraints, exposed entities only) with two additions: a name shared by several entities is
decided by this computer's area or else asked back, and pronouns refer to the conversation.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hassil import RecognizeResult

import app.understanding.answers as answers  # noqa: PLR0402  the module, not the package (no cycle)
import app.understanding.list_items as list_items  # noqa: PLR0402  the module (no cycle)
import app.understanding.not_found as not_found  # noqa: PLR0402  the module (no cycle)
from app.core.context import RequestContext
from app.core.home import Area, Entity, Home
from app.core.plan import ErrorCode, Risk, Step
from app.understanding import case_forms, keyed_replies
from app.understanding.actions import (
    make_step,
    query_step,
    read_about_text,
    read_measure_text,
    read_text,
)
from app.understanding.asked_by_name import says_sensed
from app.understanding.class_words import cover_class_of, named_class_of
from app.understanding.controls import dimmable, takes_colour
from app.understanding.home_index import of_domains
from app.understanding.numbers import plain_number
from app.understanding.openers import opener
from app.understanding.own_data import own_data
from app.understanding.sentences import DeviceType, load_language
from app.understanding.vocabulary import REFERENCE, Vocabulary, normalize, unaccented

#: Most candidates a clarifying question names.
_MAX_CHOICES = 5
#: Words of the names of intents that only read the home ("HassGetState"): questions.
_READING = ("Get", "Query", "What", "Status", "ListItems", "ReminderList")
#: Entities that a command addressing "everything" in an area turns off.
_SWITCHABLE = ("light", "switch", "fan", "media_player", "input_boolean")


@dataclass(slots=True)
class Resolved:
    steps: list[Step] = field(default_factory=list)
    reply: str | None = None
    targets: list[str] = field(default_factory=list)
    unsure: bool = False
    """A reasonable guess, not what the words said ("the shopping list" in a home whose only
    list is called "Trader Joes"): the person is asked before it runs."""


@dataclass(slots=True)
class Unresolved:
    code: ErrorCode
    message: str
    reply: str | None = None


Resolution = Resolved | Unresolved
Handler = Callable[["Resolver", "Slots", RequestContext, "IntentMatch"], Resolution]


@dataclass(slots=True)
class Slots:
    """The values of one recognition result, with where they came from."""

    values: dict[str, Any]
    area_from_context: bool

    def get(self, key: str) -> Any:
        return self.values.get(key)

    def list(self, key: str) -> list[str]:
        value = self.values.get(key)
        if value is None:
            return []
        if isinstance(value, (list, tuple, set)):
            return [str(v) for v in value]
        return [str(value)]


@dataclass(slots=True)
class IntentMatch:
    """An intent with its slot values: from hassil, or from Hearth's loose reading."""

    intent: str
    slots: Slots
    text: str
    combination: str | None = None
    """Home Assistant's slot combination metadata ("domain_all", ...)."""

    @classmethod
    def from_result(cls, result: RecognizeResult) -> IntentMatch:
        values = {name: entity.value for name, entity in result.entities.items()}
        requires = result.intent_data.requires_context or {}
        combination = (result.intent_metadata or {}).get("slot_combination")
        return cls(
            result.intent.name,
            Slots(values=values, area_from_context="area" in requires),
            result.original_text or "",
            combination if isinstance(combination, str) else None,
        )


class Resolver:
    def __init__(self, home: Home, vocabulary: Vocabulary, language: str = "en") -> None:
        self.home = home
        self.vocab = vocabulary
        self.language = language
        """The language's data folder (``resources/sentences/<language>``)."""
        self.said = ""
        """The text of the intent being resolved (which word of a kind was said)."""
        self.typed = ""
        """The sentence as the person typed or said it, punctuation and all ("eggs, milk
        and bread": three items)."""
        self.commanding = False
        """Set while resolving an intent that changes the home (not a question): "the
        blinds" in two rooms is then asked back, where "are the blinds closed?" is about all."""
        self.guessed = False
        """Set while resolving when one device of several was chosen by a kind's "prefer"
        words ("the thermostat": the Main Floor one of two): the plan is asked about first."""
        self.room_covers = False
        """Set while resolving when a kind of cover said in the singular with a room is every
        one of that kind there (:meth:`_room_covers`): not asked back which one."""

    # -- targets ---------------------------------------------------------------------------

    def targets(
        self,
        slots: Slots,
        ctx: RequestContext,
        *,
        domains: Sequence[str] | None = None,
        device_classes: Sequence[str] | None = None,
        where: Callable[[Entity], bool] | None = None,
        whole_home: bool = False,
        room_alone: bool = False,
    ) -> list[Entity] | Unresolved:
        """Entities the slots name, filtered by domain and device class. *room_alone*: the
        name was said without a word for a kind of device after it ("brighten the kitchen"),
        so a name that is its room's name may mean the room."""
        domains = list(domains or slots.list("domain"))
        device_classes = _window_covers(
            list(device_classes or slots.list("device_class")), self.home
        )
        name = slots.get("name")
        area_id = slots.get("area")
        floor_id = slots.get("floor")

        def keep(entity: Entity) -> bool:
            if not entity.exposed:
                return False
            if domains and entity.domain not in domains:
                return False
            if device_classes and entity.device_class not in device_classes:
                return False
            return where is None or where(entity)

        if name == REFERENCE:
            conversation = ctx.conversation
            ids = conversation.last_targets if conversation else []
            found = [e for e in (self.home.get(i) for i in ids) if e is not None and keep(e)]
            if not found:
                return Unresolved(
                    ErrorCode.NO_CONTEXT,
                    "nothing earlier in the conversation to refer to",
                    keyed_replies.said("ask.which_device"),
                )
            return found
        if isinstance(name, str) and name in self.vocab.types_by_value:
            explicit = str(area_id) if area_id and not slots.area_from_context else None
            floor_id = floor_id or self.vocab.type_floors.get(name)
            if floor_id and not explicit:
                return self._by_type_on_floor(name, str(floor_id), ctx, keep)
            return self._by_type(name, explicit, ctx, keep)
        if isinstance(name, str):
            found = [
                e
                for e in (self.home.get(i) for i in self.vocab.entities_by_name.get(name, []))
                if e is not None and keep(e)
            ]
            explicit_area = area_id if not slots.area_from_context else None
            if name in self.vocab.placed_only and not explicit_area:
                return Unresolved(ErrorCode.NOT_UNDERSTOOD, f"{name!r} said without its room")
            if not explicit_area and not floor_id:
                plain = self._plain_kind_name(name, found, ctx.area or "", keep)
                if plain is not None:
                    return plain
            room = self._room_said(name, found, domains, keep) if room_alone else None
            if room is not None:
                return room
            if explicit_area:
                in_area = [e for e in found if e.area == explicit_area]
                if not in_area:
                    # "the fan in the bathroom" where only other rooms have a "Fan": the
                    # bathroom's fan by kind, never the others.
                    return self._not_in_area(name, str(explicit_area), found, ctx, keep)
                found = in_area
            if self.commanding and (other := self._class_named(name, found, explicit_area, ctx)):
                return self._ambiguous(found + other)  # "zatvor garáž": "Garáž" or the garage door
            if floor_id:
                found = [e for e in found if self.home.floor_of_area(e.area or "") == floor_id]
                if (every := self._kind_on_floor(name, str(floor_id), found, keep)) is not None:
                    return every
            elif ctx.area and not explicit_area and not any(e.area == ctx.area for e in found):
                holding = self._holding_here(name, ctx.area, keep)
                if holding is not None:
                    return holding
            if len(found) > 1 and len({e.area for e in found}) > 1:
                if (
                    self._all_said(name)
                    or _numbered_family(name, found)
                    or self._plural_named(name, found)
                ):
                    # "set all the heaters to away": every Heater; "the smart plugs": Smart
                    # Plug, Smart Plug 2 and Smart Plug 3, the family Home Assistant numbered.
                    return found
                here = [e for e in found if ctx.area and e.area == ctx.area]
                if len(here) >= 1:
                    return here
                if not explicit_area:
                    return self._ambiguous(found)
            if len(found) > 1 and self._one_of(name, found):
                return self._ambiguous(found)
            if not found:
                return Unresolved(
                    ErrorCode.NO_TARGET,
                    f"no device called {name!r} can do that",
                    keyed_replies.said("missing.named_cannot", name=name),
                )
            return found
        pool: list[Entity] = []  # where the devices were looked for
        if area_id:
            rooms = [str(area_id)] if slots.area_from_context else self._wing(str(area_id))
            pool = [e for a in rooms for e in self.home.entities_in_area(a)]
            found = [e for e in pool if keep(e)]
        elif floor_id:
            pool = list(self.home.entities_on_floor(str(floor_id)))
            found = [e for e in pool if keep(e)]
        elif (recent := self._recent(ctx, keep)) and not whole_home:
            # "brighter", "a bit louder": the device the conversation is about.
            found = recent
        elif whole_home or domains or device_classes:
            if not (whole_home or ctx.area is None):
                pool = list(self.home.entities_in_area(ctx.area))
            else:
                pool = list(self.home.exposed())
            found = [e for e in pool if keep(e)]
        else:
            found = []
        if not found and device_classes and self.commanding:
            found = self._covers_guessed(pool, domains, device_classes, where)  # "τα ρολά"
        if not found and device_classes and self.commanding and pool:
            # "opuść roletę w kuchni" where the kitchen's "Roleta kuchenna" is of another class
            found = self._named_as_class(found, device_classes, among=pool)
        if not found:
            english = keyed_replies.said("missing.matching")
            kind = None if name else self._kind_said(domains, device_classes)
            if kind is not None:  # "open the garage" in a flat: no garage door here
                area = self.home.areas.get(str(area_id)) if area_id else None
                if area is not None and not slots.area_from_context:
                    key, values = not_found.NO_KIND_IN_AREA, {"area": area.name}
                else:
                    key, values = not_found.NO_KIND, {}
                english = not_found.say(
                    self.language, _plural(key, kind), english, kind=kind.words[0], **values
                )
            return Unresolved(ErrorCode.NO_TARGET, "no matching device in this home", english)
        if device_classes and not (name or area_id or floor_id) and len(found) > 1:
            found = self._in_room_said(found)  # "open the garage": the Garage's door
        if device_classes and not name and self.commanding:
            other = self._named_as_class(found, device_classes)
            if other and self._called_otherwise(found, device_classes):
                return other  # "odsłoń żaluzje": the "Żaluzje", not the "Roleta" of that class
            if other:
                return self._ambiguous(found + other)  # "żaluzje" the home calls its blinds
        return found

    def _in_room_said(self, found: list[Entity]) -> list[Entity]:
        """Of several devices of a class ("open the garage": the Garage Door and the Shop's
        roll-up door, both garage doors), those of the one room whose name the sentence
        says as the class's word; all of them where no single room is said so."""
        said = f" {normalize(self.said)} "
        rooms = {
            area_id
            for word, area_id in self.vocab.area_by_word.items()
            if f" {word} " in said and any(e.area == area_id for e in found)
        }
        if len(rooms) != 1:
            return found
        return [e for e in found if e.area in rooms]

    def _called_otherwise(self, found: list[Entity], device_classes: Sequence[str]) -> bool:
        """Whether every one of *found* is named with a word of another class of cover (the
        "Roleta kuchenna" of the class Home Assistant's "żaluzje" say): the home calls them
        so, not by the word said."""
        for entity in found:
            first = next(iter(normalize(entity.name).split()), "")
            said = cover_class_of(self.language, first) if first else None
            if said is None or said in device_classes:
                return False
        return bool(found)

    def _named_as_class(
        self,
        found: list[Entity],
        device_classes: Sequence[str],
        among: Sequence[Entity] | None = None,
    ) -> list[Entity]:
        """Devices of the domains of *found* but of another class, whose name starts with a
        word the sentence says that no name of *found* holds (Polish "odsłoń wszystkie
        żaluzje" where Home Assistant's "żaluzje" are shutters and the home's "Żaluzje salon"
        blinds): the word is then both a class and their name, so which is meant is asked."""
        endings = case_forms.word_endings(self.language)
        words = normalize(self.said).split()
        # The word said alone, not the first of a longer class phrase ("bramę garażową").
        joiners = set(_one_light_words(self.language, "light_name_joiners"))
        said = [w for i, w in enumerate(words) if i + 1 == len(words) or words[i + 1] in joiners]
        # A room's word names the room, never a cover ("open the gate in the kitchen" is no
        # "Kitchen Blind").
        rooms = {
            w
            for a in self.home.areas.values()
            for n in (a.name, *a.aliases)
            for w in normalize(n).split()
        }
        said = [w for w in said if w not in rooms]
        domains = {e.domain for e in found} or {"cover"}
        held = {w for e in found for raw in (e.name, *e.aliases) for w in normalize(raw).split()}

        def named_so(entity: Entity) -> bool:
            for raw in (entity.name, *entity.aliases):
                first = next(iter(normalize(raw).split()), "")
                if first in held or len(first) < 4:
                    continue
                if any(case_forms.same_word(first, word, endings) for word in said):
                    return True
            return False

        return [
            e
            for e in (among if among is not None else self.home.exposed())
            if e.exposed
            and e.domain in domains
            and e.device_class not in device_classes
            and e not in found
            and named_so(e)
        ]

    def _wing(self, area_id: str) -> list[str]:
        """The area said, or every room of the part of the home it names: "the annex", the
        other name of the Annex Living Room, is also the Annex Bedroom and the Annex
        Kitchenette, when their names start with it and the room's own name was not said."""
        area = self.home.areas.get(area_id)
        said = f" {normalize(self.said)} "
        if area is None or not area.aliases or f" {normalize(area.name)} " in said:
            return [area_id]
        name = normalize(area.name)
        for alias in (normalize(a) for a in area.aliases):
            if f" {alias} " not in said or not name.startswith(f"{alias} "):
                continue
            rooms = [
                a.id for a in self.home.areas.values() if normalize(a.name).startswith(f"{alias} ")
            ]
            if len(rooms) > 1:
                return rooms
        return [area_id]

    def _plain_kind_name(
        self, name: str, found: list[Entity], area: str, keep: Callable[[Entity], bool]
    ) -> list[Entity] | Unresolved | None:
        """ "Apaga la luz" where one light is named just "Luz", "le ventilateur" where one fan
        is named "Ventilateur", with no room said: the name is also the word for every device of
        its kind (``hearth.yaml``: ``plain_kind_names``), so the devices of that kind in the
        room this is said in, else the question which one when others of the kind exist; None
        where the name is no such word or nothing else could be meant."""
        if not found or normalize(name) not in _one_light_words(self.language, "plain_kind_names"):
            return None
        kinds = {e.domain for e in found}
        if not kinds <= {"light", "fan"}:  # a light sensor named "Luz" is no lamp
            return None
        others = [e for e in self.home.exposed() if e.domain in kinds and keep(e)]
        if area:
            here = [e for e in others if e.area == area]
            if len(here) > len([e for e in found if e.area == area]):
                return here
            return None
        return self._ambiguous(others) if len(others) > len(found) else None

    def _covers_guessed(
        self,
        pool: Sequence[Entity],
        domains: Sequence[str],
        classes: Sequence[str],
        where: Callable[[Entity], bool] | None,
    ) -> list[Entity]:
        """Covers a kind of cover said may mean where none of that class is where it was
        looked for: those never given a class, where none there has one ("τα ρολά στο
        σαλόνι" where the living room's one cover has no class). A guess, asked about first;
        empty where any cover there has a class (it would have said which), where a domain
        other than covers was said, or where nothing fits."""
        if not classes or (domains and list(domains) != ["cover"]):
            return []
        covers = [
            e for e in pool if e.exposed and e.domain == "cover" and (where is None or where(e))
        ]
        if not covers:
            return []
        if any(e.device_class for e in covers):
            return self._rolled_guessed(covers, classes)
        self.guessed = True
        return covers

    def _rolled_guessed(self, covers: Sequence[Entity], classes: Sequence[str]) -> list[Entity]:
        """The covers of the one kind of rolled window cover (blinds, shutters or shades)
        where another of them was said and none of it is there: people call one another's
        word ("de rolluiken in de woonkamer" for the living room's blinds). A guess, asked
        about first; empty where the room holds two of those kinds or none, or where
        something else (curtains, a garage door) was said."""
        if not set(classes) <= _ROLLED_COVERS:
            return []
        present = {e.device_class for e in covers if e.device_class in _ROLLED_COVERS}
        if len(present) != 1:
            return []
        self.guessed = True
        return [e for e in covers if e.device_class in present]

    def _class_named(
        self, name: str, found: list[Entity], area: object, ctx: RequestContext
    ) -> list[Entity]:
        """Covers of the class *name* says ("garáž", "Garage Door") where the covers called
        *name* are not of it: the word is then both their name and every cover of the class,
        so which is meant is asked. Looked for in the room said, else in this computer's room
        (when no cover so named is there, what that room holds decides instead), else in the
        whole home; empty when there are none."""
        covers = [e for e in found if e.domain == "cover"]
        names = (n for e in covers for n in (e.name, *e.aliases))
        device_class = named_class_of(self.language, name, names)
        if (
            device_class is None
            or not covers
            or any(e.device_class == device_class for e in covers)
        ):
            return []
        room = str(area) if area else None
        if room is None and ctx.area:
            if not any(e.area == ctx.area for e in covers):
                return []  # said in another room: what is there decides (_holding_here)
            room = ctx.area
        return [
            e
            for e in self.home.exposed()
            if e.domain == "cover"
            and e.device_class == device_class
            and e not in found
            and (room is None or e.area == room)
        ]

    def _kind_on_floor(
        self, name: str, floor_id: str, found: list[Entity], keep: Callable[[Entity], bool]
    ) -> list[Entity] | None:
        """ "Close the blinds on the ground floor" where one of them is called Blinds: a
        name that is a kind's plural word, said with a floor, is every device of that kind
        there too (never asked which one): *found* and those devices; None when *name* is
        no kind's plural word or nothing is found."""
        kinds = [
            kind
            for kind in load_language(self.language).device_types
            if kind.plural and name in kind.words
        ]
        if not kinds:
            return None
        more = [
            e
            for e in self.home.entities_on_floor(floor_id)
            if e not in found and keep(e) and any(kind.fits(e) for kind in kinds)
        ]
        return found + more or None

    def _plural_named(self, name: str, found: list[Entity]) -> bool:
        """Whether *name* is said in the plural of what every one of *found* is called ("the
        porch lights" for two Porch Lights): all of them, not one asked about."""
        if name in self.vocab.real_names or not name.endswith("s"):
            return False
        return all(any(f"{normalize(raw)}s" == name for raw in (e.name, *e.aliases)) for e in found)

    def _all_said(self, name: str) -> bool:
        """Whether the sentence says every device called *name* ("all the heaters", "both
        spots"), in the language's words for it (``here.yaml``: ``all_of``)."""
        words = _all_words(self.language)
        said = f" {normalize(self.said)} "
        return any(f" {w} {name} " in said for w in words)

    def _kind_said(self, domains: Sequence[str], classes: Sequence[str]) -> DeviceType | None:
        """The one kind of device of the language a reading's domains and device classes
        say ("garage": the garage door), else None."""
        kinds = [
            kind
            for kind in load_language(self.language).device_types
            if not kind.plural
            and (not domains or set(kind.all_domains) & set(domains))
            and (
                set(kind.device_classes) & set(classes)
                if classes
                else not kind.device_classes and not kind.names
            )
        ]
        return kinds[0] if len(kinds) == 1 else None

    def _one_of(self, name: str, found: list[Entity]) -> bool:
        """Whether *name* is a part of several devices' different names said in the
        singular ("the bedside lamp" for Sarah's and Tom's Bedside Lamp in one room): one of
        them is meant, so asked which, where twins called alike are all switched."""
        if name in self.vocab.one_of:
            return True  # "lower the bed": its head or its foot
        if name.rsplit(maxsplit=1)[-1] not in self.vocab.kinds_by_word:
            return False
        called = {normalize(raw) for e in found for raw in (e.name, *e.aliases)}
        return name not in called and len({normalize(e.name) for e in found}) > 1

    def _room_said(
        self,
        name: str,
        found: list[Entity],
        domains: Sequence[str],
        keep: Callable[[Entity], bool],
    ) -> list[Entity] | None:
        """ "Brighten the kitchen" where a light called "Kitchen" shares the kitchen with
        other lights: a light command with the room's name alone is about the room's
        lights, as "the kitchen lights" would be; None when the name is no room's."""
        area_id = self.vocab.area_by_word.get(name)
        if list(domains) != ["light"] or area_id is None or not found:
            return None
        if any(e.area != area_id for e in found):
            return None
        lights = [e for e in self.home.entities_in_area(area_id) if keep(e)]
        return lights if len(lights) > len(found) else None

    def _by_type_on_floor(
        self, value: str, floor_id: str, ctx: RequestContext, keep: Callable[[Entity], bool]
    ) -> list[Entity] | Unresolved:
        """ "The heating upstairs": the one of that kind on the floor, or all of them."""

        def on_floor(entity: Entity) -> bool:
            return keep(entity) and self.home.floor_of_area(entity.area or "") == floor_id

        found = self._by_type(value, None, ctx, on_floor)
        if isinstance(found, Unresolved) and found.code is ErrorCode.AMBIGUOUS:
            device_type, _ = self.vocab.types_by_value[value]
            if self._named_as_other(device_type, None, on_floor) is not None:
                # The floor's Fan Heater or its own Thermostat: asked, as off the floor,
                # never the thermostat alone because it is the one of the said kind there.
                return found
            every = [e for e in self.home.exposed() if on_floor(e) and device_type.fits(e)]
            # "The loft lamp": the floor's light called just Lamp, not its String Lights too.
            # A name that only holds the word ("Living Room Lamp") does not narrow: "the lamp
            # on the first floor" is every light there.
            words = self._called_by_word_said(device_type)
            named = [e for e in every if _named(e) & words]
            return named or every or found
        return found

    def _recent(self, ctx: RequestContext, keep: Callable[[Entity], bool]) -> list[Entity]:
        conversation = ctx.conversation
        if conversation is None:
            return []
        found = [self.home.get(i) for i in conversation.last_targets]
        return [e for e in found if e is not None and keep(e)]

    def _holding_here(
        self, name: str, area_id: str, keep: Callable[[Entity], bool]
    ) -> list[Entity] | Unresolved | None:
        """ "Turn on the fan" said in the bathroom, where the devices called "Fan" are in other
        rooms: the device here whose name holds the words said (the Extractor Fan; the bedside
        lamps for "the lamp"), one or a question which of them; None when none does."""
        wanted = name.split()
        here = []
        for entity in self.home.entities_in_area(area_id):
            if not keep(entity):
                continue
            for raw in (entity.name, *entity.aliases):
                have = set(normalize(raw).split())
                if all(w in have or w.removesuffix("s") in have for w in wanted):
                    here.append(entity)
                    break
        if not here:
            return None
        return here if len(here) == 1 else self._ambiguous(here)

    def _not_in_area(
        self,
        name: str,
        area_id: str,
        found: list[Entity],
        ctx: RequestContext,
        keep: Callable[[Entity], bool],
    ) -> list[Entity] | Unresolved:
        """*name* said with an area none of the devices so called is in: the device of the
        kind the name says in that area ("heat the rec room": the Rec Room's thermostat, not
        the one aliased "heat" in the hall); a device with no area at all may still be meant;
        otherwise nothing, and the reply says what is missing where."""
        kind = self.vocab.kinds_by_word.get(name)
        if kind is not None:
            by_kind = self._by_kind(kind, area_id, ctx, keep)
            if not isinstance(by_kind, Unresolved) or by_kind.code is ErrorCode.AMBIGUOUS:
                return by_kind
        placeless = [e for e in found if not e.area]
        if placeless:
            return placeless
        area = self.home.areas.get(area_id)
        if area is not None:
            # "le plafonnier du salon", "la luz del salón": the Salon's "Plafonnier salon",
            # its name said apart from the room's.
            called = _named_with_room(self, name, area, keep)
            if len(called) == 1 or (called and _plural_of_names(name, called)):
                return called  # "living room lamps": Living Room Lamp and Living Room Lamp 2
            if called:
                return self._ambiguous(called)
        where = area.name if area else area_id
        shown = found[0].name if found else name
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"no {shown!r} in {where}",
            keyed_replies.said("missing.name_in_area", name=shown, area=where),
        )

    def _by_type(
        self,
        value: str,
        area_id: str | None,
        ctx: RequestContext,
        keep: Callable[[Entity], bool],
    ) -> list[Entity] | Unresolved:
        """A kind of device ("the tv") named by a ``{name}`` value."""
        device_type, phrase_area = self.vocab.types_by_value[value]
        if phrase_area and area_id and phrase_area != area_id:
            # "the kitchen light in the hall": two rooms for one device, so nothing is done.
            rooms = [
                self.home.areas[a].name for a in (phrase_area, area_id) if a in self.home.areas
            ]
            return Unresolved(
                ErrorCode.AMBIGUOUS,
                "two different rooms said for one device",
                f"Which room do you mean: {' or '.join(rooms)}?",
            )
        named = self._named_as_other(device_type, phrase_area or area_id, keep)
        if named is not None:
            return named
        return self._by_kind(device_type, phrase_area or area_id, ctx, keep)

    def _named_as_other(
        self, device_type: DeviceType, area_id: str | None, keep: Callable[[Entity], bool]
    ) -> list[Entity] | Unresolved | None:
        """ "Switch on the heater" where the heating kind has only an AC and a switch is called
        "Space Heater": the word said is the name word of another kind (space heaters), and a
        device of that kind is called by it, where no device of the said kind is; that
        device is meant. When the said kind has the home's main one (its "prefer" words: the
        Thermostat), either may be meant, so asked. None: nothing of the sort."""
        said = f" {normalize(self.said)} "
        words = {w for w in device_type.words if f" {w} " in said}
        if not words:
            return None
        others: dict[str, DeviceType] = {}
        for kind in self.vocab.kinds_by_word.values():
            if kind.key != device_type.key and words & set(kind.names):
                others.setdefault(kind.key, kind)
        if not others:
            return None

        def in_place(entity: Entity) -> bool:
            return keep(entity) and (area_id is None or entity.area == area_id)

        exposed = [e for e in self.home.exposed() if in_place(e)]
        named = [
            e
            for e in exposed
            if not device_type.fits(e)
            and any(kind.fits(e) for kind in others.values())
            and _called_by(e, words)
        ]
        if not named:
            return None
        own = [e for e in exposed if device_type.fits(e)]
        if any(_called_by(e, words) for e in own):
            return None
        main = [e for e in own if device_type.preferred(e)]
        # Called by the word though of a third kind (the "Immersion Heater" of hot water
        # beside the Oil Heater): either may be meant.
        also = [e for e in exposed if e not in named and e not in own and _called_by(e, words)]
        if main or len(named) + len(also) > 1:
            return self._ambiguous([*named, *also, *main])
        return named

    def _by_kind(
        self,
        device_type: DeviceType,
        area_id: str | None,
        ctx: RequestContext,
        keep: Callable[[Entity], bool],
    ) -> list[Entity] | Unresolved:
        """A kind of device: the one in the named area, else in this computer's area, else
        the only one in the home, else the one the kind's plain word means (its "prefer"
        words); several left over are asked back."""

        def of_type(entity: Entity) -> bool:
            return device_type.fits(entity) and keep(entity)

        kinds = of_domains(self.home, device_type.all_domains)  # not every device of the home
        everywhere = [e for e in kinds if e.exposed and of_type(e)]
        if area_id:
            found = [e for e in everywhere if e.area == area_id]
            if not found:
                area = self.home.areas.get(area_id)
                where = area.name if area else area_id
                return Unresolved(
                    ErrorCode.NO_TARGET,
                    f"no {device_type.words[0]} in {where}",
                    not_found.say(
                        self.language,
                        _plural(not_found.NO_KIND_IN_AREA, device_type),
                        keyed_replies.said(
                            "missing.kind_in_area", kind=device_type.words[0], area=where
                        ),
                        kind=device_type.words[0],
                        area=where,
                    ),
                )
            if device_type.plural or len(found) == 1:
                return found
            called = self._called_as_said(device_type, found)
            if len(called) == 1 and self.commanding:
                # "the lounge lamp" where the lounge has its Floor Lamp and a light called
                # "Living Room": the room's one whose name holds the narrower word said.
                return called
            return self._room_covers(device_type, found) or self._guess(device_type, found)
        recent = [e for e in self._recent(ctx, keep) if of_type(e)]
        if recent:
            return recent
        if self._everywhere_said(device_type, everywhere):
            return everywhere  # "doe overal de ventilator uit": every fan, none asked about
        here = [e for e in everywhere if ctx.area and e.area == ctx.area]
        if here and (device_type.plural or len(here) == 1):
            return here
        if len(everywhere) == 1:
            return everywhere
        if not everywhere:
            return Unresolved(
                ErrorCode.NO_TARGET,
                f"this home has no {device_type.words[0]}",
                not_found.say(
                    self.language,
                    _plural(not_found.NO_KIND, device_type),
                    keyed_replies.said("missing.kind", kind=device_type.words[0]),
                    kind=device_type.words[0],
                ),
            )
        several = here if len(here) > 1 else everywhere
        if device_type.plural and not here:
            if (
                self.commanding
                and len({e.area for e in several}) > 1
                and not self._every_said(device_type)
            ):
                # "close the blinds" with blinds in two rooms and none here: which room's?
                return self._ambiguous(several)
            return several  # "open the garage doors": all of them
        covers = self._room_covers(device_type, here) if len(here) > 1 else []
        return covers or self._guess(device_type, several)

    def _room_covers(self, device_type: DeviceType | None, found: list[Entity]) -> list[Entity]:
        """ "Mach das Rollo im Wohnzimmer auf" where the room has "Rollo links" and "Rollo
        rechts": in a language whose ``hearth.yaml`` says a cover said in the singular with a
        room may be all of them (``one_cover_of_room_all``: the halves of one window), every
        cover of the kind there, or those called by the narrower word said (the two Rollos,
        not the Rollladen), all asked about first; never one of them guessed. With no kind
        (*device_type* None: the room's covers of a class), those called by a word of a kind
        of cover said. Empty where this is not such a command."""
        if not self.commanding or any(e.domain != "cover" for e in found):
            return []
        if (own_data(self.language, "hearth.yaml") or {}).get("one_cover_of_room_all") is not True:
            return []
        self.guessed = self.room_covers = True
        if device_type is not None:
            return self._called_as_said(device_type, found) or found
        said = f" {normalize(self.said)} "
        words = {
            w
            for kind in load_language(self.language).device_types
            if not kind.plural and "cover" in kind.all_domains
            for w in kind.words
            if f" {w} " in said
        }
        return [e for e in found if _called_by(e, words)] or found

    def _everywhere_said(self, device_type: DeviceType, everywhere: list[Entity]) -> bool:
        """Whether a command names one kind of device with the language's words for the whole
        home ("zet overal de ventilator uit") where the home has several: each is meant. Not
        for a kind with a main device ("the heating" everywhere is still the house's)."""
        return (
            self.commanding
            and len(everywhere) > 1
            and not device_type.prefer
            and whole_home_words(self.language) is not None
            and _says_whole_home(self.language, self.said)
        )

    def _every_said(self, device_type: DeviceType) -> bool:
        """Whether the sentence says every device of the kind ("all the blinds", "both
        shades") or the whole home ("the blinds in the house"), in the language's words."""
        said = f" {normalize(self.said)} "
        if any(f" {w} {k} " in said for w in _all_words(self.language) for k in device_type.words):
            return True
        return whole_home_words(self.language) is not None and _says_whole_home(
            self.language, self.said
        )

    def _guess(self, device_type: DeviceType, found: list[Entity]) -> list[Entity] | Unresolved:
        """The one of several devices of a kind its "prefer" words point at, remembered as a
        guess (asked about before it runs), or the question which one."""
        main = self._main_light(found)
        if main is not None:
            return main
        called = self._called_as_said(device_type, found)
        if len(called) > 1:
            # "Set the radiator to 20" with three radiators and the Nest: which radiator, not
            # the thermostat the kind's plain word would mean.
            return self._ambiguous(called)
        chosen = _preferred(device_type, found)
        if not chosen or zoned(self.home, chosen[0], found):
            return self._ambiguous(found)
        self.guessed = True
        return chosen

    def _called_by_word_said(self, device_type: DeviceType) -> set[str]:
        """The kind's narrower words said in the sentence ("radiator", not "heating")."""
        said = f" {normalize(self.said)} "
        return {w for w in device_type.words[1:] if f" {w} " in said or f" {w}s " in said}

    def _called_as_said(self, device_type: DeviceType, found: list[Entity]) -> list[Entity]:
        """Of *found*, those whose name holds the narrower word of the kind that was said."""
        words = self._called_by_word_said(device_type)
        return [e for e in found if _called_by(e, words)] if words else []

    def _main_light(self, found: list[Entity]) -> list[Entity] | None:
        """ "The big light in our room", "the main light": of a room's lights, the one whose
        name says it is the room's main light ("Bedroom Ceiling Light"), when one does."""
        said = f" {normalize(self.said)} "
        for phrase, words in _main_light_words(self.language):
            if f" {phrase} " not in said:
                continue
            main = [e for e in found if e.domain == "light" and _called_by(e, set(words))]
            return main if len(main) == 1 else None
        return None

    def _ambiguous(self, found: list[Entity]) -> Unresolved:
        names: list[str | tuple[str, str]] = []
        for entity in found[:_MAX_CHOICES]:
            area = self.home.area_of(entity)
            names.append((entity.name, area.name) if area else entity.name)
        choices = keyed_replies.Listed(tuple(names), more=max(0, len(found) - _MAX_CHOICES))
        return Unresolved(
            ErrorCode.AMBIGUOUS,
            f"{len(found)} devices match: {choices.said_in('en')}",
            keyed_replies.said("ask.which_one", choices=choices),
        )

    # -- intents ---------------------------------------------------------------------------

    def resolve(self, match: IntentMatch, ctx: RequestContext) -> Resolution:
        handler = _HANDLERS.get(match.intent)
        if handler is None:
            return Unresolved(
                ErrorCode.UNSUPPORTED,
                f"Hearth cannot do {match.intent} yet",
                keyed_replies.said("cannot.yet"),
            )
        self._place_names(match.slots)
        self.guessed = False
        self.room_covers = False
        self.said = match.text
        self.commanding = not any(w in match.intent for w in _READING)
        try:
            outcome = handler(self, match.slots, ctx, match)
        finally:
            self.commanding = False
        if isinstance(outcome, Resolved) and (
            self.guessed
            or self._headless(match.slots, match.text)
            or self._other_word(match, outcome)
        ):
            outcome.unsure = True
        return outcome

    def _other_word(self, match: IntentMatch, outcome: Resolved) -> bool:
        """Whether a kind of device was called by one of its narrower words ("the lamp", not
        "the light") and what was found is called by no word of the kind ("Bathroom
        Mirror"): maybe not what was meant, so asked about first."""
        name = match.slots.get("name")
        if not isinstance(name, str) or name not in self.vocab.types_by_value:
            return False
        device_type = self.vocab.types_by_value[name][0]
        said = f" {normalize(match.text)} "
        first, *others = device_type.words
        endings = case_forms.word_endings(self.language)
        # "zatáhni roletu" is the kind's own word "roleta" said with a case ending
        narrower = [w for w in others if not case_forms.same_word(w, first, endings)]
        if f" {first} " in said or not any(f" {w} " in said or f" {w}s " in said for w in narrower):
            return False
        kind_words = {form for word in device_type.words for form in (word, f"{word}s")}
        for entity in filter(None, map(self.home.get, outcome.targets)):
            for raw in (entity.name, *entity.aliases):
                called = f" {normalize(raw)} "
                if any(f" {w} " in called for w in kind_words):
                    return False
        return bool(outcome.targets)

    def _headless(self, slots: Slots, text: str) -> bool:
        """Whether the device was called by words of its name without the word that says
        what it is ("the wood stove" for the Wood Stove Blower): maybe another thing. Not
        when the sentence says that word after them ("dim the sofa lamp to 30", read by a
        rule as the name "sofa" and its optional "lamp")."""
        name = slots.get("name")
        if not isinstance(name, str) or name not in self.vocab.headless:
            return False
        said = f" {normalize(text)} "
        at = said.find(f" {name} ")
        after = said[at + len(name) + 2 :].split() if at >= 0 else []
        return not (after and f"{name} {after[0]}" in self.vocab.name_index)

    def _place_names(self, slots: Slots) -> None:
        """Areas and floors as ids. A language's own lists give a place by its name in the
        form the sentence needs (Finnish "eteisen" -> "Eteinen"), not by the home's id."""
        for key, ids, by_word in (
            ("area", self.home.areas, self.vocab.area_by_word),
            ("floor", self.home.floors, self.vocab.floor_by_word),
        ):
            value = slots.values.get(key)
            if isinstance(value, str) and value not in ids:
                known = by_word.get(normalize(value))
                if known is not None:
                    slots.values[key] = known


def _named(entity: Entity) -> set[str]:
    """*entity*'s names and aliases, normalized."""
    return {normalize(raw) for raw in (entity.name, *entity.aliases)}


def _called_by(entity: Entity, words: set[str]) -> bool:
    """Whether one of *entity*'s names or aliases holds one of *words*."""
    for raw in (entity.name, *entity.aliases):
        padded = f" {normalize(raw)} "
        if any(f" {w} " in padded for w in words):
            return True
    return False


def zoned(home: Home, chosen: Entity, found: list[Entity]) -> bool:
    """Whether the thermostat a kind's prefer word points at ("Main Level", "House Heating")
    is one zone among peers, each named for its own room or floor and for nothing the chosen
    one is not ("Upper Level", "Annex Heating"): then "the thermostat" may be any of them. A
    room's own "Rec Room Mini Split" or "Nursery Radiator" is no peer of the house's."""
    if chosen.domain != "climate":
        return False
    own = {w for n in (chosen.name, *chosen.aliases) for w in normalize(n).split()}
    if any(e is not chosen and _peer_zone(home, e, own) for e in found):
        return True
    # "Flat Thermostat" on the Flat beside "Shop Heating" on the Shop: each heats the floor
    # it is named for, whatever else their names say.
    mine = _own_floor(home, chosen)
    return mine is not None and any(
        e is not chosen and e.domain == "climate" and _own_floor(home, e) not in (None, mine)
        for e in found
    )


def _own_floor(home: Home, entity: Entity) -> str | None:
    """The floor *entity* is on when its name says that floor's name ("Flat Thermostat" on
    the floor called Flat), else None."""
    floor_id = home.floor_of_area(entity.area or "")
    floor = home.floors.get(floor_id or "")
    if floor is None:
        return None
    names = [f" {normalize(n)} " for n in (entity.name, *entity.aliases)]
    said = (normalize(n) for n in (floor.name, *floor.aliases))
    return floor_id if any(f" {w} " in name for w in said if w for name in names) else None


def _peer_zone(home: Home, entity: Entity, own: set[str]) -> bool:
    """Whether *entity*'s name is its room's or floor's words and otherwise only words of
    *own* (the chosen thermostat's name)."""
    places: list[str] = []
    area = home.areas.get(entity.area or "")
    if area is not None:
        places.extend((area.name, *area.aliases))
    floor = home.floors.get(home.floor_of_area(entity.area or "") or "")
    if floor is not None:
        places.extend((floor.name, *floor.aliases))
    place_words = {w for p in places for w in normalize(p).split()}
    words = set(normalize(entity.name).split())
    return bool(words & place_words) and words - place_words <= own


def _preferred(device_type: DeviceType, found: list[Entity]) -> list[Entity]:
    """The one device of several that the kind's plain word means ("the water": the water
    main, not the garden tap), or nothing when no single one stands out."""
    chosen = [e for e in found if device_type.preferred(e)]
    return chosen if len(chosen) == 1 else []


#: Home Assistant's media player feature bit for play.
_MEDIA_PLAY = 16384


def _silent_speaker(entity: Entity) -> bool:
    """Whether *entity* is a speaker or radio that is on but plays nothing, and can play:
    "turn on the radio" then means hearing it (a TV that is on is on)."""
    features = entity.attributes.get("supported_features")
    return (
        entity.domain == "media_player"
        and entity.state in ("idle", "paused")
        and entity.device_class not in ("tv", "receiver")
        and isinstance(features, int)
        and bool(features & _MEDIA_PLAY)
    )


#: Home Assistant's media player feature bits for pause and stop.
_MEDIA_PAUSE, _MEDIA_STOP = 1, 4096


def _on_off_action(entity: Entity, turn_on: bool) -> tuple[str, dict[str, Any]] | None:
    domain = entity.domain
    if turn_on and _silent_speaker(entity):
        return "media_player.media_play", {}
    if not turn_on and _no_off(entity):
        # "turn the radio off" for a radio that cannot be switched off: it stops, or pauses
        if _supports(entity, _MEDIA_STOP):
            return "media_player.media_stop", {}
        if _supports(entity, _MEDIA_PAUSE):
            return "media_player.media_pause", {}
    if domain in ("light", "switch", "fan", "input_boolean", "media_player", "siren", "humidifier"):
        return f"{domain}.{'turn_on' if turn_on else 'turn_off'}", {}
    if domain == "water_heater":  # "turn on the immersion"
        return f"water_heater.{'turn_on' if turn_on else 'turn_off'}", {}
    if domain == "climate":
        return f"climate.{'turn_on' if turn_on else 'turn_off'}", {}
    if domain == "cover":
        return ("cover.open_cover" if turn_on else "cover.close_cover"), {}
    if domain == "valve":
        return ("valve.open_valve" if turn_on else "valve.close_valve"), {}
    if domain == "lock":
        return ("lock.lock" if turn_on else "lock.unlock"), {}
    if domain in ("scene", "script") and turn_on:
        return f"{domain}.turn_on", {}
    if domain in ("button", "input_button") and turn_on:
        return f"{domain}.press", {}
    if domain == "vacuum":
        return ("vacuum.start" if turn_on else "vacuum.return_to_base"), {}
    if domain == "lawn_mower":
        return ("lawn_mower.start_mowing" if turn_on else "lawn_mower.dock"), {}
    return None


def group_steps(actions: list[tuple[str, dict[str, Any], Entity]]) -> list[Step]:
    """One step per (action, params), keeping first-seen order."""
    groups: dict[str, tuple[str, dict[str, Any], list[Entity]]] = {}
    for action, params, entity in actions:
        key = action + repr(sorted(params.items()))
        groups.setdefault(key, (action, params, []))[2].append(entity)
    return [make_step(action, entities, params) for action, params, entities in groups.values()]


def _steps_for(
    entities: list[Entity], build: Callable[[Entity], tuple[str, dict[str, Any]] | None]
) -> Resolution:
    actions = []
    unsupported = []
    for entity in entities:
        action = build(entity)
        if action is None:
            unsupported.append(entity)
        else:
            actions.append((action[0], action[1], entity))
    if not actions:
        names = ", ".join(e.name for e in unsupported)
        return Unresolved(
            ErrorCode.UNSUPPORTED,
            f"{names} cannot do that",
            keyed_replies.said("cannot.do_that", names=names),
        )
    steps = group_steps(actions)
    return Resolved(steps=steps, targets=[e.entity_id for _, _, e in actions])


def _turn(turn_on: bool, only: Sequence[str] = ()) -> Handler:
    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        combination = m.combination
        whole_home = combination == "domain_all" or bool(slots.get("everywhere"))
        domains = list(only) or slots.list("domain")
        if not domains and slots.get("name") is None:
            domains = list(_SWITCHABLE)
        found = r.targets(slots, ctx, domains=domains, whole_home=whole_home)
        if isinstance(found, Unresolved):
            return found
        if _one_cover_of_several(r, slots, found, m.text):
            r.guessed = True  # "zatáhni roletu nahoře" of several: all of them, asked first
        elif (
            turn_on
            and len(found) > 1
            and not r.room_covers
            and _one_of_a_class_said(r, slots, m.text)
        ):
            # "mach im Wohnzimmer das Rollo hoch": the room's, where the language says so
            covers = r._room_covers(None, found) if slots.get("area") else []
            if not covers:
                return r._ambiguous(found)  # "open the garage door" of two: which one
            found = covers
        if combination == "domain_all" and not slots.get("everywhere"):
            found = _all_here(r, found, ctx, m.text)
        if slots.get("name") is None:
            found = _narrower(r, found, m.text)  # "all the lamps": not the ceiling lights
            one = _one_light_named(r, slots, found, m.text, turn_on)
            if isinstance(one, Unresolved):
                return one
            found = one
        if slots.get("name") == REFERENCE:
            found = _earlier_if_done(r, found, ctx, turn_on)
        if turn_on and len(found) > 1:
            # "Turn on all the lights upstairs": those already on are left as they are (a
            # turn-on may reset a light's colour or a fan's speed).
            found = [e for e in found if e.state != "on"] or found
        if not turn_on and len(domains) > 1 and slots.get("name") is None:
            # "Everything off in the kitchen" stops what runs: a paused or idle player is
            # left as it is (turning it off would lose what it was playing), and so is a
            # player that cannot be switched off (many speakers only stop).
            running = [
                e
                for e in found
                if not _quiet_player(e) and not _off_thermostat(e) and not _no_off(e)
            ]
            found = running or found
        return _steps_for(found, lambda e: _on_off_action(e, turn_on) or _timer(r, e, turn_on))

    return handle


def _timer(r: Resolver, entity: Entity, turn_on: bool) -> tuple[str, dict[str, Any]] | None:
    """ "Start the shovel reminder": a timer helper whose name says it is one (a word of
    ``helper_words`` in the language's ``timers.yaml``) is started or cancelled; one called
    just "Laundry" is not the laundry room's lights."""
    if entity.domain != "timer":
        return None
    words = {
        normalize(str(w))
        for w in (own_data(r.language, "timers.yaml") or {}).get("helper_words") or ()
    }
    said = {w for n in (entity.name, *entity.aliases) for w in normalize(n).split()}
    if not words & said:
        return None
    return ("timer.start" if turn_on else "timer.cancel"), {}


def _unlock(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """Unlock a lock; "open the front door" where a device of its own opens that door (a
    Front Door Opener beside the Front Door lock) works the opener instead, asked first."""
    found = _turn(False, ["lock"])(r, slots, ctx, m)
    if isinstance(found, Resolved) and len(_targets_of(found)) == 1:
        lock = r.home.get(_targets_of(found)[0])
        door = opener(r.home, lock, m.text, r.language) if lock is not None else None
        if door is not None:
            step = make_step(door[0], [door[1]], {})
            step.risk = Risk.HIGH  # a door opened: always asked first
            return Resolved(steps=[step])
    return found


def _targets_of(found: Resolved) -> list[str]:
    return [t for step in found.steps for t in step.targets]


def _one_of_a_class_said(r: Resolver, slots: Slots, text: str) -> bool:
    """Whether a device class was asked for by a kind's word in the singular ("open the
    garage door"), not in the plural ("the garage doors") and with no name."""
    classes = set(slots.list("device_class"))
    if not classes or slots.get("name") is not None:
        return False
    said = f" {normalize(text)} "
    for kind in load_language(r.language).device_types:
        if kind.plural or not classes & set(kind.device_classes):
            continue
        for word in kind.words:
            if f" {word} " in said and f" {word}s " not in said:
                return True
    return False


def _one_cover_of_several(r: Resolver, slots: Slots, found: list[Entity], text: str) -> bool:
    """Whether a kind of cover was said in the singular with no name ("zatáhni roletu v
    horním patře") where several covers fit, in a language whose words show the number by
    their ending: one of them may be meant as well as all, so all are asked about first."""
    if len(found) < 2 or slots.get("name") is not None or not case_forms.word_endings(r.language):
        return False
    if any(e.domain != "cover" for e in found):
        return False
    said = f" {normalize(text)} "
    kinds = [k for k in load_language(r.language).device_types if "cover" in k.all_domains]
    if any(f" {w} " in said for k in kinds if k.plural for w in k.words):
        return False
    if any(f" {w} " in said for w in load_language(r.language).plural_words):
        return False
    return any(f" {w} " in said for k in kinds if not k.plural for w in k.words)


def _narrower(r: Resolver, found: list[Entity], text: str) -> list[Entity]:
    """ "Turn off all the lamps": of every light, those called lamps, where some are (a
    narrower word of a kind said for all of them); all of them where none is."""
    said = f" {normalize(text)} "
    endings = case_forms.word_endings(r.language)
    for kind in load_language(r.language).device_types:
        first, *narrower = kind.words or ("",)
        if kind.plural or not narrower or f" {first}" in said:
            continue
        for word in narrower:
            if case_forms.same_word(word, first, endings):
                continue  # "zatáhni roletu": the kind's own word said with an ending
            if f" {word} " in said or f" {word}s " in said:
                called = [e for e in found if _called_by(e, {word, f"{word}s"})]
                if called:
                    return called
    return found


def _one_light_named(
    r: Resolver, slots: Slots, found: list[Entity], text: str, turn_on: bool | None = None
) -> list[Entity] | Unresolved:
    """ "Allume la lumière de la salle de bain" where the bathroom has a "Lumière salle de bain"
    and a mirror light: the one light of the room said whose name is just the singular word
    said for a light (``hearth.yaml``: ``one_light_words``) and the room, or the room alone
    ("la lampe de la chambre": the light called "Chambre"), not every light of the room. Where
    no light or several are called so, which one is asked: one light was said and the room
    has several, unless a switch said (*turn_on*) would change only one of them ("éteins la
    lumière du salon" with one light on: that one). A plural ("les lumières") or "toutes"
    keeps meaning all of them."""
    if len(found) < 2 or not slots.get("area"):
        return found
    said = f" {_bare(text)} "
    words = {w for w in map(_bare, _one_light_words(r.language)) if f" {w} " in said}
    # This computer's room, in a language whose words say one by their ending ("zapal
    # lampę"): the one light called so there, else every light of the room as before.
    here = slots.area_from_context
    if here and not case_forms.word_endings(r.language):
        return found
    if len(words) != 1 or any(
        f" {w} " in said for w in _one_light_words(r.language, "one_light_all")
    ):
        return found
    area = r.home.areas.get(str(slots.get("area")))
    lights = [e for e in found if e.domain == "light"]
    if area is None or len(lights) < 2:
        return found
    room = set(_bare(" ".join((area.name, *area.aliases))).split())
    plain = room | words | set(map(_bare, _one_light_words(r.language, "light_name_joiners")))

    endings = case_forms.unaccented_endings(r.language)  # the words are bare here

    def plain_word(token: str) -> bool:
        # Polish "lampę w sypialni" for the "Lampa sypialnia": a word said with its ending.
        return token in plain or any(case_forms.same_word(token, w, endings) for w in plain)

    def just_the_room(entity: Entity) -> bool:
        # "Lumière salle de bain" or "Chambre", not "Lampe de chevet".
        return any(
            all(map(plain_word, _bare(raw).split())) for raw in (entity.name, *entity.aliases)
        )

    called = [e for e in lights if just_the_room(e)]
    if len(called) == 1:
        return called
    if here:
        return found
    changed = [e for e in lights if turn_on is not None and (e.state == "on") != turn_on]
    if len(changed) == 1:
        return changed
    return _main_light(r.language, lights, words) or r._ambiguous(lights)


def _main_light(language: str, lights: list[Entity], words: set[str]) -> list[Entity] | None:
    """ "Baisse la lumière du salon" where no light of the salon is called just so: its one
    ceiling light (``main_light_words`` in ``hearth.yaml``: "plafonnier"), when the word said
    is the language's word for light itself (``main_light_said``: "lumière", never "lampe");
    None where the room has none or several."""
    said = set(map(_bare, _one_light_words(language, "main_light_said")))
    if not words or not words <= said:
        return None
    mains = set(map(_bare, _one_light_words(language, "main_light_words")))
    found = [
        e for e in lights if any(set(_bare(raw).split()) & mains for raw in (e.name, *e.aliases))
    ]
    return found if len(found) == 1 else None


def _named_with_room(
    r: Resolver, name: str, area: Area, keep: Callable[[Entity], bool]
) -> list[Entity]:
    """The devices of *area* whose name is *name* and the room's name ("Plafonnier salon" for
    "plafonnier" said with the Salon), joined by the language's little words or not."""
    joiners = set(map(_bare, _one_light_words(r.language, "light_name_joiners")))
    room = set(_bare(" ".join((area.name, *area.aliases))).split())
    said = set(_bare(name).split()) - joiners
    if not said or said & room:
        return []
    one = {word.removesuffix("s") for word in said}  # "lamps": each "Lamp", numbered or not

    def called(entity: Entity) -> bool:
        for raw in (entity.name, *entity.aliases):
            tokens = set(_bare(raw).split())
            if tokens & room and tokens - room - joiners == said:
                return True
            named = {t for t in tokens - room - joiners if not t.isdigit()}
            if tokens & room and one != said and named == one:
                return True
        return False

    return [e for e in r.home.entities_in_area(area.id) if keep(e) and called(e)]


def _plural_of_names(said: str, entities: list[Entity]) -> bool:
    """Whether *said* is the plural of the one name *entities* share but for their numbers
    ("lamps" for "Living Room Lamp" and "Living Room Lamp 2")."""
    words = _bare(said).split()
    if not words or not words[-1].endswith("s"):
        return False
    last = words[-1].removesuffix("s")
    return all(last in {t for t in _bare(e.name).split() if not t.isdigit()} for e in entities)


def _numbered_family(said: str, entities: list[Entity]) -> bool:
    """Whether *said* is the plural of one name *entities* all carry but for the numbers
    Home Assistant puts after it ("smart plugs": "Smart Plug", "Smart Plug 2", "Smart Plug
    3"); at least one of them is numbered, and none is called *said* itself."""
    words = _bare(said).split()
    if not words or not words[-1].endswith("s") or words[-1].endswith("ss"):
        return False
    base = " ".join([*words[:-1], words[-1].removesuffix("s")])
    numbered = False
    for entity in entities:
        name = _bare(entity.name)
        head, _, number = name.rpartition(" ")
        if name == base:
            continue
        if head != base or not number.isdigit():
            return False
        numbered = True
    return numbered


def _bare(text: str) -> str:
    """*text* normalised and without accents: a home's names are often typed without them
    ("Lampara", "Habitacion")."""
    return unaccented(normalize(text))


@functools.cache
def _listed_words(language: str, name: str, key: str) -> tuple[str, ...] | None:
    """The words listed under *key* in the language's data file *name*, normalised; None
    where the file or the list is missing. Read once per language: these are asked on every
    request."""
    data = own_data(language, name)
    listed = data.get(key) if data is not None else None
    return tuple(normalize(str(w)) for w in listed) if isinstance(listed, list) else None


def _one_light_words(language: str, key: str = "one_light_words") -> tuple[str, ...]:
    return _listed_words(language, "hearth.yaml", key) or ()


def _all_here(r: Resolver, found: list[Entity], ctx: RequestContext, text: str) -> list[Entity]:
    """ "Turn off all the lights" said with no place while this computer is in a room: the
    room's own (a person in the barn means the barn's, not the house's, and doing less is the
    safer mistake); the whole home where the words say it ("in the house", "everywhere") or
    the room has none."""
    if ctx.area is None or _says_whole_home(r.language, text):
        return found
    return [e for e in found if e.area == ctx.area] or found


def _says_whole_home(language: str, text: str) -> bool:
    """Whether *text* names the whole home in the language's words; true where the language
    has no such words (its commands keep meaning every room)."""
    words = whole_home_words(language)
    if words is None:
        return True
    said = f" {normalize(text)} "
    return any(f" {w} " in said for w in words)


@functools.cache
def _main_light_words(language: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Ways to say a room's main light ("the big light") with the words of its name that say
    it ("ceiling"), from the language's ``conditions.yaml``."""
    data = own_data(language, "conditions.yaml")
    listed = data.get("main_light") if data is not None else None
    if not isinstance(listed, dict):
        return ()
    return tuple(
        (normalize(str(phrase)), tuple(normalize(str(w)) for w in words or ()))
        for phrase, words in listed.items()
    )


def _all_words(language: str) -> tuple[str, ...]:
    return _listed_words(language, "here.yaml", "all_of") or ()


def whole_home_words(language: str) -> tuple[str, ...] | None:
    """The words that name the whole home in *language* ("the house", "everywhere"), from its
    ``here.yaml``; None where the language lists none."""
    return _listed_words(language, "here.yaml", "whole_home")


def _earlier_if_done(
    r: Resolver, found: list[Entity], ctx: RequestContext, turn_on: bool
) -> list[Entity]:
    """ "Turn it off again" after "turn on the heater" and "close the vent": "it" is the
    device the conversation switched on before, when the last one is already as asked and
    that one is not."""
    conversation = ctx.conversation
    wanted = _SETTLED_ON if turn_on else _SETTLED_OFF
    if conversation is None or not found or any(e.state not in wanted for e in found):
        return found
    earlier = [r.home.get(i) for i in conversation.earlier_targets]
    switched = [e for e in earlier if e is not None and e.domain in _SWITCHABLE]
    if switched and all(e.state not in wanted for e in switched):
        return switched
    return found


#: States a device is already in after a turn-on or a turn-off.
_SETTLED_ON = frozenset({"on", "open", "playing", "unlocked"})
_SETTLED_OFF = frozenset({"off", "closed", "locked", "idle", "standby"})


def _off_thermostat(entity: Entity) -> bool:
    """Whether *entity* is a thermostat already off (turning it off again is no change)."""
    return entity.domain == "climate" and entity.state == "off"


#: Home Assistant's media player feature bit for turning off.
_MEDIA_TURN_OFF = 256


def _no_off(entity: Entity) -> bool:
    """Whether *entity* is a media player whose features say it cannot be turned off."""
    features = entity.attributes.get("supported_features")
    return (
        entity.domain == "media_player"
        and isinstance(features, int)
        and not features & _MEDIA_TURN_OFF
    )


def _quiet_player(entity: Entity) -> bool:
    """Whether *entity* is a media player that is on but plays nothing."""
    return entity.domain == "media_player" and entity.state in ("paused", "idle", "standby")


def _light_set(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    # "Brighten the kitchen" changes how bright the room is; "kitchen to 40%" sets the light
    # called Kitchen, as Home Assistant reads it.
    relative = slots.get("brightness") is None and (
        slots.get("brightness_step") is not None or slots.get("direction") is not None
    )
    alone = relative and _alone(r, slots, m.text)
    found = r.targets(slots, ctx, domains=["light"], room_alone=alone)
    if isinstance(found, Unresolved):
        return found
    if slots.get("name") is None:
        # Brighter or dimmer changes a light that is on: of several, the one lit (as a
        # turn-off would change it).
        one = _one_light_named(r, slots, found, m.text, False if relative else None)
        if isinstance(one, Unresolved):
            return one
        found = one
    params: dict[str, Any] = {}
    if slots.get("brightness") is not None:
        params["brightness_pct"] = plain_number(slots.get("brightness"))
        if slots.get("color") is not None:  # "the lamp purple at fifty percent"
            params["color_name"] = str(slots.get("color"))
    elif slots.get("brightness_step") is not None:
        step = plain_number(slots.get("brightness_step"))
        params["brightness_step_pct"] = step if slots.get("direction") != "down" else -step
    elif slots.get("direction") is not None:
        params["brightness_step_pct"] = 20 if slots.get("direction") == "up" else -20
    elif slots.get("color") is not None:
        params["color_name"] = str(slots.get("color"))
    elif slots.get("temperature") is not None:
        params["color_temp_kelvin"] = int(plain_number(slots.get("temperature")))
    else:
        return Unresolved(ErrorCode.NOT_UNDERSTOOD, "no brightness or colour given")
    unsure = "brightness_pct" in params and _other_number(r, slots, ctx, m.text)
    step_pct = params.get("brightness_step_pct")
    if isinstance(step_pct, (int, float)) and len(found) > 1:
        # "Too bright in here", "brighten the kitchen": the lights that are on change; an off
        # light is not dimmed on. Brighter with all of them off turns them all on.
        lit = [e for e in found if e.state == "on"]
        if lit:
            found = lit
        elif step_pct < 0:
            return Unresolved(
                ErrorCode.NO_TARGET,
                "every light there is off",
                keyed_replies.said("cannot.lights_already_off"),
            )
    if "color_name" in params or "color_temp_kelvin" in params:
        # Only the lights that take a colour; none of them: say so, change nothing.
        temperature = "color_temp_kelvin" in params
        coloured = [e for e in found if takes_colour(e, temperature=temperature)]
        if not coloured:
            names = " and ".join(e.name for e in found[:2])
            what = "a colour temperature" if temperature else "colours"
            two = keyed_replies.Listed(tuple(e.name for e in found[:2]), join="and")
            return Unresolved(
                ErrorCode.UNSUPPORTED,
                f"{names} cannot show {what}",
                keyed_replies.said("cannot.do_that" if temperature else "cannot.colour", names=two),
            )
        found = coloured
    elif "brightness_pct" in params or "brightness_step_pct" in params:
        # Only the lights that dim; a light said to list only on/off: say so, change nothing.
        dims = [e for e in found if not _only_on_off(e)]
        if not dims:
            names = " and ".join(e.name for e in found[:2])
            two = keyed_replies.Listed(tuple(e.name for e in found[:2]), join="and")
            return Unresolved(
                ErrorCode.UNSUPPORTED,
                f"{names} cannot be dimmed",
                keyed_replies.said("cannot.dim", names=two),
            )
        found = dims
    outcome = _steps_for(found, lambda e: ("light.turn_on", _not_dimmed_off(e, params)))
    if isinstance(outcome, Resolved) and unsure:
        outcome.unsure = True
    return outcome


def _only_on_off(entity: Entity) -> bool:
    """Whether the light *entity* lists its colour modes and none of them dims (a light that
    lists none is given the benefit of the doubt)."""
    modes = entity.attributes.get("supported_color_modes")
    return isinstance(modes, list) and bool(modes) and not dimmable(entity)


#: Domains whose devices are set to a number too: a bare number said for a room that has
#: one may be its setting, not the lights' brightness.
_NUMBERED = ("climate", "cover", "fan", "media_player", "valve", "water_heater", "humidifier")
#: Words that make a number a brightness (English; other languages say it with "%").
_BRIGHTNESS_WORDS = frozenset({"%", "percent", "per", "brightness", "bright", "dim"})


def _other_number(r: Resolver, slots: Slots, ctx: RequestContext, text: str) -> bool:
    """Whether a brightness said as a bare number for a place ("set the nursery to 35")
    may be another setting there: no device named, no "%", "percent" or word for a light,
    and the place has a thermostat, blind, fan, speaker or valve."""
    if slots.get("name") is not None:
        return False
    words = set(normalize(text).replace("%", " % ").split())
    lights = {
        w for kind in r.vocab.kinds_by_word.values() if kind.domain == "light" for w in kind.words
    }
    if words & (_BRIGHTNESS_WORDS | lights | {f"{w}s" for w in lights}):
        return False
    area, floor = slots.get("area"), slots.get("floor")
    if area is not None:
        place = r.home.entities_in_area(str(area))
    elif floor is not None:
        place = r.home.entities_on_floor(str(floor))
    elif ctx.area is not None:
        place = r.home.entities_in_area(ctx.area)
    else:
        return False
    return any(e.exposed and e.domain in _NUMBERED for e in place)


def _alone(r: Resolver, slots: Slots, text: str) -> bool:
    """Whether the ``{name}`` slot's words are said with no word for a kind of device after
    them ("brighten the kitchen", not "the kitchen light")."""
    name = slots.get("name")
    if not isinstance(name, str) or name not in r.vocab.area_by_word:
        return False
    words = normalize(text).split()
    said = name.split()
    for i in range(len(words) - len(said) + 1):
        if words[i : i + len(said)] == said:
            after = words[i + len(said)] if i + len(said) < len(words) else ""
            return after not in r.vocab.kinds_by_word
    return False


def _not_dimmed_off(entity: Entity, params: dict[str, Any]) -> dict[str, Any]:
    """*params*, except that a step down that would take a dim light to nothing (Home
    Assistant turns it off) leaves it at the lowest level instead: "too bright" is no "off"."""
    step = params.get("brightness_step_pct")
    brightness = entity.attributes.get("brightness")
    if (
        not isinstance(step, (int, float))
        or step >= 0
        or entity.state != "on"
        or not isinstance(brightness, (int, float))
    ):
        return params
    if brightness * 100 / 255 + step >= 1:
        return params
    return {"brightness_pct": 1}


StepAction = tuple[str, dict[str, Any]]


def _relative(
    domain: str, next_action: Callable[[Entity, int], StepAction | Unresolved]
) -> Handler:
    """A handler for "a bit more" / "faster": each target's next value from where it is now;
    *next_action* gets the entity and +1 or -1."""

    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        found = r.targets(slots, ctx, domains=[domain])
        if isinstance(found, Unresolved):
            return found
        sign = 1 if slots.get("direction") == "up" else -1
        actions = []
        for entity in found:
            action = next_action(entity, sign)
            if isinstance(action, Unresolved):
                return action
            actions.append((action[0], action[1], entity))
        return Resolved(steps=group_steps(actions), targets=[e.entity_id for e in found])

    return handle


def _cover_next(entity: Entity, sign: int) -> StepAction | Unresolved:
    """ "Open the blind a bit more": a quarter further (a closed one: a crack)."""
    position = entity.attributes.get("current_position")
    if not isinstance(position, (int, float)) or not _supports(entity, _COVER_SET_POSITION):
        return Unresolved(
            ErrorCode.UNSUPPORTED,
            f"{entity.name} cannot be set part-way",
            f"{entity.name} can only open or close fully.",
        )
    if sign > 0 and int(position) == 0:
        return "cover.set_cover_position", {"position": _A_CRACK}  # a closed one opened a bit
    return "cover.set_cover_position", {"position": max(0, min(100, int(position) + sign * 25))}


#: How far a closed blind is opened "a little": a crack, as "open it a crack" says.
_A_CRACK = 10


#: The smallest change of a fan's speed "faster" or "slower" makes, in percent.
MIN_FAN_STEP = 10


def _fan_next(entity: Entity, sign: int) -> StepAction | Unresolved:
    """ "Faster", "turn the fan down": one of the fan's own speed steps."""
    step = entity.attributes.get("percentage_step")
    # A fan of many speeds steps by 1 %: a step nobody would notice, so a quarter instead.
    size = float(step) if isinstance(step, (int, float)) and step >= MIN_FAN_STEP else 25.0
    current = entity.attributes.get("percentage") if entity.state == "on" else 0
    base = float(current) if isinstance(current, (int, float)) else 0.0
    return "fan.set_percentage", {"percentage": int(max(0, min(100, round(base + sign * size))))}


#: Home Assistant's FanEntityFeature.OSCILLATE.
_FAN_OSCILLATE = 2


def _oscillate(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "Make the fan swing", "stop the fan oscillating": ``fan.oscillate`` on fans that can."""
    found = r.targets(slots, ctx, domains=["fan"])
    if isinstance(found, Unresolved):
        return found
    fixed = [e for e in found if not _supports(e, _FAN_OSCILLATE)]
    if fixed and len(fixed) == len(found):
        names = " and ".join(e.name for e in fixed)
        return Unresolved(
            ErrorCode.UNSUPPORTED,
            f"{names} cannot oscillate",
            f"{names} can't swing from side to side.",
        )
    oscillating = slots.get("oscillating") != "off"
    return _steps_for(
        found,
        lambda e: ("fan.oscillate", {"oscillating": oscillating}) if e not in fixed else None,
    )


_COVER_STOP = 8


def _cover_stop(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "Stop the patio shade": a blind, shade or door that can stop is stopped where it is."""
    found = r.targets(slots, ctx, domains=["cover"])
    if isinstance(found, Unresolved):
        return found
    return _steps_for(
        found, lambda e: ("cover.stop_cover", {}) if _supports(e, _COVER_STOP) else None
    )


_TILT_OPEN, _TILT_CLOSE, _TILT_SET = 16, 32, 128


def _cover_tilt(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "Tilt the living room blinds closed", "tilt the slats to 30 %": a blind's slats, on
    blinds that tilt (the others are told so, never opened or closed instead)."""
    found = r.targets(slots, ctx, domains=["cover"])
    if isinstance(found, Unresolved):
        return found
    level = slots.get("tilt")
    opened = slots.get("tilted") != "closed"

    def tilt(entity: Entity) -> StepAction | None:
        if level is not None:
            if not _supports(entity, _TILT_SET):
                return None
            return "cover.set_cover_tilt_position", {"tilt_position": int(plain_number(level))}
        if _supports(entity, _TILT_OPEN if opened else _TILT_CLOSE):
            return ("cover.open_cover_tilt" if opened else "cover.close_cover_tilt"), {}
        if _supports(entity, _TILT_SET):
            return "cover.set_cover_tilt_position", {"tilt_position": 100 if opened else 0}
        return None

    return _steps_for(found, tilt)


def _says_tilt(language: str, text: str) -> bool:
    """Whether *text* is about a blind's slats ("tilt the blinds to 30 %"), not how far it is
    open: never read as a position."""
    said = f" {normalize(text)} "
    return any(f" {w} " in said for w in _listed_words(language, "here.yaml", "tilt_words") or ())


def _set_position(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    if _says_tilt(r.language, m.text):
        return Unresolved(ErrorCode.UNSUPPORTED, "a tilt is no position")
    domains = slots.list("domain") or ["cover", "valve"]
    found = r.targets(slots, ctx, domains=domains)
    if isinstance(found, Unresolved):
        return found
    position = int(plain_number(slots.get("position")))
    return _steps_for(
        found,
        lambda e: (
            ("cover.set_cover_position", {"position": position})
            if e.domain == "cover" and _supports(e, _COVER_SET_POSITION)
            else ("valve.set_valve_position", {"position": position})
            if e.domain == "valve"
            else None
        ),
    )


_COVER_SET_POSITION = 4


def _supports(entity: Entity, feature: int) -> bool:
    """Whether the entity reports *feature* (entities that report no features are trusted)."""
    features = entity.attributes.get("supported_features")
    return not isinstance(features, int) or bool(features & feature)


def _media(service: str, extra: dict[str, Any] | None = None) -> Any:
    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        found = _media_targets(r, slots, ctx)
        if isinstance(found, Unresolved):
            return found
        return _steps_for(found, lambda e: (f"media_player.{service}", dict(extra or {})))

    return handle


def _media_targets(r: Resolver, slots: Slots, ctx: RequestContext) -> list[Entity] | Unresolved:
    if (slots.get("name") is None and slots.get("area") is None) or slots.area_from_context:
        players = [e for e in of_domains(r.home, ("media_player",)) if e.exposed]
        playing = [e for e in players if e.state in ("playing", "paused", "on")]
        here = [e for e in players if ctx.area and e.area == ctx.area]
        if len(here) == 1:
            return here
        if len(playing) == 1:
            return playing
        if len(players) == 1:
            return players
    return r.targets(slots, ctx, domains=["media_player"], whole_home=True)


def _set_volume(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    found = _media_targets(r, slots, ctx)
    if isinstance(found, Unresolved):
        return found
    level = plain_number(slots.get("volume_level"))
    return _steps_for(
        found, lambda e: ("media_player.volume_set", {"volume_level": round(float(level) / 100, 2)})
    )


def _volume_relative(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    found = _media_targets(r, slots, ctx)
    if isinstance(found, Unresolved):
        return found
    step = slots.get("volume_step")
    actions = []
    for entity in found:
        current = entity.attributes.get("volume_level")
        if step in ("up", "down") or not isinstance(current, (int, float)):
            direction = 1 if step != "down" else -1
            amount = 0.1
        else:
            direction = 1 if float(step) > 0 else -1
            amount = abs(float(step)) / 100
        base = float(current) if isinstance(current, (int, float)) else 0.5
        level = round(min(1.0, max(0.0, base + direction * amount)), 2)
        actions.append(("media_player.volume_set", {"volume_level": level}, entity))
    return Resolved(steps=group_steps(actions), targets=[e.entity_id for e in found])


def _mute(muted: bool) -> Any:
    return _media("volume_mute", {"is_volume_muted": muted})


#: Home Assistant's shopping list integration's entity, whatever the language.
SHOPPING_LIST_ID = "todo.shopping_list"


def _todo_list(
    r: Resolver, slots: Slots, ctx: RequestContext
) -> tuple[list[Entity], bool] | Unresolved:
    """The to-do list meant, and whether it is only a guess: "the shopping list" with no
    list named is Home Assistant's shopping list or a list named so; the home's only other
    list is a guess the person is asked about."""
    if slots.get("name") is None:
        lists = [e for e in r.home.exposed() if e.domain == "todo"]
        holding = [e for e in lists if _holds(e, str(slots.get("item") or ""))]
        if len(holding) == 1:
            return holding, False  # "tick off teabags": the list that has teabags on it
        shopping = [e for e in lists if _is_shopping_list(e)]
        chosen = shopping or lists
        if len(chosen) == 1:
            return chosen, not shopping
        if not chosen:
            return Unresolved(
                ErrorCode.NO_TARGET,
                "this home has no to-do list",
                keyed_replies.said("missing.todo_list"),
            )
        return r._ambiguous(chosen)  # several lists, none of them the shopping list
    found = r.targets(slots, ctx, domains=["todo"], whole_home=True)
    return found if isinstance(found, Unresolved) else (found, False)


def _holds(entity: Entity, item: str) -> bool:
    """Whether the to-do list *entity* has *item* on it, as far as the snapshot knows."""
    wanted = normalize(item)
    items = entity.attributes.get("items")
    if not wanted or not isinstance(items, list):
        return False
    return any(
        isinstance(each, dict) and normalize(str(each.get("summary", ""))) == wanted
        for each in items
    )


def _is_shopping_list(entity: Entity) -> bool:
    if entity.entity_id == SHOPPING_LIST_ID:
        return True
    names = " ".join((entity.name, *entity.aliases)).casefold()
    return "shopping" in names or "grocer" in names


def _list_item(service: str) -> Any:
    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        chosen = _todo_list(r, slots, ctx)
        if isinstance(chosen, Unresolved):
            return chosen
        found, guessed = chosen
        item = list_items.said_item(str(slots.get("item") or "").strip(), r.language)
        if not item:
            return Unresolved(
                ErrorCode.NOT_UNDERSTOOD, "no item given", keyed_replies.said("ask.what_to_add")
            )
        if service == "update_item":  # the list's own item ("sprouts": "Brussels sprouts")
            fits = list_items.open_item(found[0], item)
            if not fits.items:
                return Unresolved(
                    ErrorCode.NO_TARGET,
                    f"no item {item!r} on {found[0].name}",
                    keyed_replies.said("missing.not_on_list", item=item, list=found[0].name),
                )
            if len(fits.items) > 1:
                listed = keyed_replies.Listed(tuple(f"“{i}”" for i in fits.items[:4]), commas=False)
                return Unresolved(
                    ErrorCode.AMBIGUOUS,
                    f"{len(fits.items)} items fit {item!r}",
                    keyed_replies.said("ask.which_one", choices=listed),
                )
            item = fits.items[0]
        if service == "add_item":  # "add eggs and bread": two items
            # "We're out of ketchup at 8 pm": a time said with the item is asked about first.
            guessed = guessed or list_items.timed(item, ctx.now, ctx.tz, r.language)
            said = list_items.with_commas(item, r.typed)  # "eggs, milk and bread"
            several = list_items.items_said(found[0], said, r.language)
            if len(several) > 1:
                steps = group_steps([("todo.add_item", {"item": i}, found[0]) for i in several])
                return Resolved(steps=steps, targets=[found[0].entity_id], unsure=guessed)
        params: dict[str, Any] = {"item": item}
        if service == "update_item":
            params["status"] = "completed"
        outcome = _steps_for(found[:1], lambda e: (f"todo.{service}", params))
        if isinstance(outcome, Resolved):
            outcome.unsure = guessed
        return outcome

    return handle


def _list_items(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "What's on the shopping list?": read the open items (the snapshot's, and for real at
    run time through todo.get_items)."""
    chosen = _todo_list(r, slots, ctx)
    if isinstance(chosen, Unresolved):
        return chosen
    entity = chosen[0][0]
    items = entity.attributes.get("items")
    if isinstance(items, list):
        reply = answers.todo_answer(entity.name, items)
        if _counts(m.text, r.language):  # "how many things are on my to-do list": the number
            reply = answers.todo_count(entity.name, items)
    else:
        reply = f"{entity.name} has {entity.state} items to do."
    step = Step(
        action="todo.get_items",
        targets=[entity.entity_id],
        params={"status": "needs_action"},
        read_only=True,
        summary=keyed_replies.said("step.read", who=entity.name),
    )
    return Resolved(steps=[step], reply=reply, targets=[entity.entity_id])


def _counts(text: str, language: str) -> bool:
    """Whether *text* asks how many ("how many", as the language's questions say it); a
    phrase of Chinese characters anywhere in the sentence (Chinese writes no spaces:
    "清单上有几样东西")."""
    words = normalize(text).split()
    counting = _count_words(language)
    if any(" ".join(words[i : i + n]) in counting for i in range(len(words)) for n in (1, 2, 3)):
        return True
    said = "".join(words)
    return any(_unspaced(phrase) and phrase in said for phrase in counting)


def _unspaced(phrase: str) -> bool:
    """Whether *phrase* is written in Chinese characters (no spaces between its words)."""
    return bool(phrase) and all("\u4e00" <= c <= "\u9fff" for c in phrase)


@functools.lru_cache(maxsize=8)
def _count_words(language: str) -> frozenset[str]:
    """The words that ask how many, from the ``count`` list of the language's questions.yaml,
    or of its counting.yaml where it has no question rules of its own (read here rather than
    through the question module, which is built on this one)."""
    phrases: list[Any] = []
    for name in ("questions.yaml", "counting.yaml"):
        phrases += (own_data(language, name) or {}).get("count") or ()
    return frozenset(normalize(str(phrase)) for phrase in phrases)


def _fan_speed(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    found = r.targets(slots, ctx, domains=["fan"])
    if isinstance(found, Unresolved):
        return found
    pct = int(plain_number(slots.get("percentage")))
    return _steps_for(found, lambda e: ("fan.set_percentage", {"percentage": pct}))


def _alarm(service: str) -> Any:
    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        found = r.targets(slots, ctx, domains=["alarm_control_panel"], whole_home=True)
        if isinstance(found, Unresolved):
            return found
        mode = slots.get("mode")
        action = f"alarm_control_panel.{service}"
        if service == "alarm_arm":
            action = f"alarm_control_panel.alarm_arm_{mode or 'away'}"
        return _steps_for(found, lambda e: (action, {}))

    return handle


def _get_state(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    place = slots.get("state")
    if (
        slots.list("domain") == ["person"]
        and isinstance(place, str)
        and says_sensed(place, r.language)
    ):
        # "ali so vsi senzorji gibanja sproženi": no place people are at, but what sensors
        # sense, so no question about people (the sensors are then asked by name).
        return Unresolved(
            ErrorCode.NOT_UNDERSTOOD,
            f"{place!r} is no place a person is at",
            keyed_replies.said("ask.not_understood"),
        )
    whole = not slots.area_from_context and slots.get("area") is None
    found = r.targets(slots, ctx, whole_home=whole)
    if isinstance(found, Unresolved):
        return found
    if len(found) == 1 and found[0].domain == "todo" and not slots.get("state"):
        return _list_items(r, slots, ctx, m)
    measure = slots.get("measure")
    if measure and len(found) == 1 and answers.measure_of(found[0], str(measure))[0] is not None:
        value, unit = answers.measure_of(found[0], str(measure))
        word = answers.measure_word(str(measure))
        reply = keyed_replies.said(
            "measure.of_device", name=found[0].name, word=word, value=value, unit=unit
        )
    else:
        reply = answers.state_answer(found, slots.get("state"), m.text)
    return Resolved(
        steps=[query_step(found, read_text(found))],
        reply=reply,
        targets=[e.entity_id for e in found],
    )


def _get_measure(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    """ "What's the temperature outside?", "how humid is the bathroom?"."""
    outside = bool(slots.get("outside"))
    measure = str(slots.get("measure") or "temperature")
    area = slots.get("area") if not slots.area_from_context else None
    found = answers.measure_sources(
        r.home,
        measure,
        area,
        slots.get("name"),
        ctx.area,
        outside,
        r.vocab.entities_by_name,
    )
    if m.intent == "HassClimateGetTemperature":
        # Home Assistant's question is about the thermostats: theirs when the room has one.
        found = [e for e in found if e.domain == "climate"] or found
        if area is None and not (ctx.area or outside or isinstance(slots.get("name"), str)):
            # No room said or known: every thermostat of the home, not the first one.
            thermostats = [e for e in r.home.exposed() if e.domain == "climate"]
            found = thermostats[: answers.MAX_READINGS] or found
    if not found:
        return Unresolved(
            ErrorCode.NO_TARGET,
            f"nothing measures {measure} there",
            keyed_replies.said("missing.measure", measure=measure),
        )
    where = answers.in_place(r.home.areas[area].name) if area in r.home.areas else ""
    return Resolved(
        steps=[query_step(found, read_measure_text(measure, where))],
        reply=answers.measure_answer(found, r.home, measure, outside),
        targets=[e.entity_id for e in found],
    )


def _get_weather(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    found = [e for e in r.home.exposed() if e.domain == "weather"]
    if not found:
        return Unresolved(
            ErrorCode.NO_TARGET, "no weather entity", keyed_replies.said("missing.weather")
        )
    return Resolved(
        steps=[query_step(found[:1], read_about_text("weather"))],
        reply=answers.weather_answer(found[0]),
        targets=[found[0].entity_id],
    )


def _time(kind: str) -> Any:
    def handle(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
        if kind == "time":
            return Resolved(reply=f"It's {ctx.now.strftime('%H:%M')}.")
        return Resolved(reply=f"It's {ctx.now.strftime('%A, %d %B %Y')}.")

    return handle


def _nevermind(r: Resolver, slots: Slots, ctx: RequestContext, m: IntentMatch) -> Resolution:
    return Resolved(reply="OK.")


_HANDLERS: dict[str, Handler] = {
    "HassTurnOn": _turn(True),
    "HassTurnOff": _turn(False),
    "HearthCoverOpen": _turn(True, ["cover"]),
    "HearthCoverOpenArea": _turn(True, ["cover"]),
    "HearthCoverClose": _turn(False, ["cover"]),
    "HearthCoverStop": _cover_stop,
    "HearthCoverTilt": _cover_tilt,
    "HearthLock": _turn(True, ["lock"]),
    "HearthUnlock": _unlock,
    "HassLightSet": _light_set,
    "HearthLightStep": _light_set,
    "HassSetPosition": _set_position,
    "HearthCoverStep": _relative("cover", _cover_next),
    "HearthFanStep": _relative("fan", _fan_next),
    "HassMediaPause": _media("media_pause"),
    "HassMediaUnpause": _media("media_play"),
    "HassMediaNext": _media("media_next_track"),
    "HassMediaPrevious": _media("media_previous_track"),
    "HassSetVolume": _set_volume,
    "HassSetVolumeRelative": _volume_relative,
    "HassMediaPlayerMute": _mute(True),
    "HassMediaPlayerUnmute": _mute(False),
    "HassListAddItem": _list_item("add_item"),
    "HassShoppingListAddItem": _list_item("add_item"),
    "HassListCompleteItem": _list_item("update_item"),
    "HassShoppingListCompleteItem": _list_item("update_item"),
    "HassListRemoveItem": _list_item("remove_item"),
    "HearthListItems": _list_items,
    "HassFanSetSpeed": _fan_speed,
    "HearthFanOscillate": _oscillate,
    "HearthAlarmArm": _alarm("alarm_arm"),
    "HearthAlarmDisarm": _alarm("alarm_disarm"),
    "HassGetState": _get_state,
    "HassClimateGetTemperature": _get_measure,
    "HearthGetTemperature": _get_measure,
    "HearthGetMeasure": _get_measure,
    "HassGetWeather": _get_weather,
    "HassGetCurrentTime": _time("time"),
    "HassGetCurrentDate": _time("date"),
    "HassNevermind": _nevermind,
}


def _plural(key: str, device_type: DeviceType) -> str:
    """The not-found reply *key* for a plural kind ("the fans": "There are no fans")."""
    return key.replace("no_kind", "no_kinds") if device_type.plural else key


def add_handlers(handlers: dict[str, Handler]) -> None:
    """Let another module handle more intents (app/understanding/timers.py: the timer intents)."""
    _HANDLERS.update(handlers)


#: Covers over a window that people call by one another's word ("las persianas" for roller
#: shutters, "die Jalousien" for blinds).
_WINDOW_COVERS = ("blind", "shutter", "shade", "curtain")
#: Those of them that roll or fold down over the window: one word is used for the other more
#: than for curtains.
_ROLLED_COVERS = frozenset({"blind", "shutter", "shade"})


def _window_covers(classes: list[str], home: Home) -> list[str]:
    """*classes*, or with the one kind of window cover the home has when they are only window
    covers and the home has none of them: in a home with shutters and no blinds, "the blinds"
    are its shutters. A home with two other kinds (blinds and curtains, no shades) leaves the
    word as said: which of them "the shade" is would be a guess, and a guess is not acted on."""
    if not classes or not set(classes) <= set(_WINDOW_COVERS):
        return classes
    covers = [e for e in home.entities.values() if e.domain == "cover"]
    if any(e.device_class in classes for e in covers):
        return classes
    present = {e.device_class for e in covers if e.device_class in _WINDOW_COVERS}
    return [*classes, *present] if len(present) == 1 else classes
