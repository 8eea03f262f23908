"""media_player.* services, following ``homeassistant.components.media_player``.

Home Assistant hides a player's state attributes (volume, source, what is playing) while
it is off and shows only capabilities (``source_list``, ``device_class``...). The virtual
home does the same: turn_off tucks those attributes into the adapter's memory and
turn_on brings them back (a first turn_on starts at volume 0.3 on the first source).

volume_up / volume_down step by 0.1 (Home Assistant's default ``volume_step``; a
``volume_step`` attribute in a snapshot overrides it) and clamp to 0..1. Playback and
volume commands to a player that is off are refused: a real one cannot act on them and
Home Assistant would leave the state unchanged, so the step could never be verified.
"""

from __future__ import annotations

from typing import Any

from integrations.virtual_home.services.base import (
    Call,
    Service,
    boolean,
    choice,
    number,
    service,
    string,
)

PAUSE = 1
VOLUME_SET = 4
VOLUME_MUTE = 8
PREVIOUS_TRACK = 16
NEXT_TRACK = 32
TURN_ON = 128
TURN_OFF = 256
PLAY_MEDIA = 512
VOLUME_STEP = 1024
SELECT_SOURCE = 2048
STOP = 4096
PLAY = 16384
SHUFFLE_SET = 32768
SELECT_SOUND_MODE = 65536
REPEAT_SET = 262144

#: Attributes that stay visible while the player is off (capabilities and identity).
_ALWAYS_SHOWN = frozenset(
    {
        "source_list",
        "sound_mode_list",
        "device_class",
        "friendly_name",
        "supported_features",
        "icon",
        "entity_picture",
        "group_members",
        "assumed_state",
        "volume_step",
    }
)
DEFAULT_VOLUME = 0.3


def _require_on(call: Call) -> None:
    if call.entity.state in ("off", "unavailable", "unknown"):
        raise call.fail("is off")


def turn_on(call: Call) -> None:
    if call.entity.state != "off":
        return
    hidden = call.memory.pop("hidden", None)
    restored: dict[str, Any] = dict(hidden) if isinstance(hidden, dict) else {}
    if not restored:
        if call.features & (VOLUME_SET | VOLUME_STEP):
            restored["volume_level"] = DEFAULT_VOLUME
        if call.features & VOLUME_MUTE:
            restored["is_volume_muted"] = False
        sources = call.attrs.get("source_list")
        if call.features & SELECT_SOURCE and isinstance(sources, list) and sources:
            restored["source"] = sources[0]
    call.attrs.update(restored)
    call.entity.state = "on"


def turn_off(call: Call) -> None:
    if call.entity.state == "off":
        return
    hidden = {k: v for k, v in call.attrs.items() if k not in _ALWAYS_SHOWN}
    for key in hidden:
        del call.attrs[key]
    # What was playing is gone once the player is off; its settings are not.
    for key in [k for k in hidden if k.startswith("media_") or k.startswith("app_")]:
        del hidden[key]
    call.memory["hidden"] = hidden
    call.entity.state = "off"


def toggle(call: Call) -> None:
    if call.entity.state == "off":
        turn_on(call)
    else:
        turn_off(call)


def volume_set(call: Call) -> None:
    level = number(call.data, "volume_level", low=0, high=1)
    _require_on(call)
    call.attrs["volume_level"] = level


def _volume_step(direction: int) -> Service:
    def handle(call: Call) -> None:
        _require_on(call)
        current = call.attrs.get("volume_level")
        current = float(current) if isinstance(current, (int, float)) else 0.0
        step = call.attrs.get("volume_step")
        step = float(step) if isinstance(step, (int, float)) and step > 0 else 0.1
        call.attrs["volume_level"] = max(0.0, min(1.0, current + direction * step))

    return service(handle, (), (VOLUME_SET, VOLUME_STEP))


def volume_mute(call: Call) -> None:
    muted = boolean(call.data, "is_volume_muted")
    _require_on(call)
    call.attrs["is_volume_muted"] = muted


def _playback(state: str | None) -> Any:
    def handle(call: Call) -> None:
        _require_on(call)
        if state is not None:
            call.entity.state = state

    return handle


def media_play_pause(call: Call) -> None:
    _require_on(call)
    call.entity.state = "paused" if call.entity.state == "playing" else "playing"


def select_source(call: Call) -> None:
    source = choice(call, "source", "source_list")
    _require_on(call)
    call.attrs["source"] = source


def select_sound_mode(call: Call) -> None:
    mode = choice(call, "sound_mode", "sound_mode_list")
    _require_on(call)
    call.attrs["sound_mode"] = mode


def play_media(call: Call) -> None:
    data = call.data
    media = data.get("media")
    source: dict[str, Any] = dict(media) if isinstance(media, dict) else dict(data)
    content_id = string(source, "media_content_id")
    content_type = string(source, "media_content_type")
    _require_on(call)
    for key in [k for k in call.attrs if k.startswith("media_")]:
        del call.attrs[key]
    call.attrs["media_content_id"] = content_id
    call.attrs["media_content_type"] = content_type
    call.entity.state = "playing"


def shuffle_set(call: Call) -> None:
    shuffle = boolean(call.data, "shuffle")
    _require_on(call)
    call.attrs["shuffle"] = shuffle


def repeat_set(call: Call) -> None:
    repeat = call.data.get("repeat")
    if repeat not in ("off", "all", "one"):
        raise call.fail(f"repeat must be off, all or one, got {repeat!r}")
    _require_on(call)
    call.attrs["repeat"] = repeat


SERVICES: dict[str, Service] = {
    "turn_on": service(turn_on, (), (TURN_ON,)),
    "turn_off": service(turn_off, (), (TURN_OFF,)),
    "toggle": service(toggle, (), (TURN_ON | TURN_OFF,)),
    "volume_set": service(volume_set, ("volume_level",), (VOLUME_SET,)),
    "volume_up": _volume_step(1),
    "volume_down": _volume_step(-1),
    "volume_mute": service(volume_mute, ("is_volume_muted",), (VOLUME_MUTE,)),
    "media_play": service(_playback("playing"), (), (PLAY,)),
    "media_pause": service(_playback("paused"), (), (PAUSE,)),
    "media_stop": service(_playback("idle"), (), (STOP,)),
    "media_play_pause": service(media_play_pause, (), (PLAY | PAUSE,)),
    # Track changes show up only in media_* attributes the virtual home does not invent.
    "media_next_track": service(_playback(None), (), (NEXT_TRACK,)),
    "media_previous_track": service(_playback(None), (), (PREVIOUS_TRACK,)),
    "select_source": service(select_source, ("source",), (SELECT_SOURCE,)),
    "select_sound_mode": service(select_sound_mode, ("sound_mode",), (SELECT_SOUND_MODE,)),
    "play_media": service(
        play_media,
        ("media_content_id", "media_content_type", "media", "enqueue", "announce", "extra"),
        (PLAY_MEDIA,),
    ),
    "shuffle_set": service(shuffle_set, ("shuffle",), (SHUFFLE_SET,)),
    "repeat_set": service(repeat_set, ("repeat",), (REPEAT_SET,)),
}
