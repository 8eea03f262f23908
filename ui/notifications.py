"""Reminders and timers on the desktop: a notification with Snooze and Done (Dismiss for a
timer) when they fire.

* The desktop's own notifications (the freedesktop Notifications API on the session D-Bus)
  when a notification server runs and offers buttons (the "actions" capability): the
  reminder comes up as "Reminder: <message>" with *Snooze 10 min* and *Done*; a click comes
  back as ``ActionInvoked`` and becomes a reminder step through the bridge (policy, history,
  audit trail).
* Otherwise Hearth's own reminder window (:class:`ui.reminder_popup.ReminderPopup`): small,
  on top, shown without taking the keyboard from what the person is typing.
* The tray balloon as an extra cue when the tray is up and the reminder came as Hearth's own
  window (the desktop's notification would make it a second notification of the same thing).

Why jeepney and not QtDBus: ``Notify`` takes ``replaces_id`` as an unsigned 32-bit integer
(signature ``susssasa{sv}i``). PySide6 has no way to send one: a Python int goes out as
``int32`` from a ``QDBusMessage`` (``sisssasa{sv}i``, which notification servers reject as an
unknown method), and ``QDBusArgument << int`` writes a ``uint16``. jeepney (pure Python,
already installed with ``keyring`` on Linux) writes exactly the signature given and talks to
the bus on the asyncio loop that qasync runs inside Qt, so nothing blocks the GUI thread.

Privacy: reminder texts are shown, never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QUrl, Signal

from app.core import clock
from app.core.errors import HearthError
from ui.bridge import SNOOZE_MINUTES, AssistantBridge
from ui.icons import icon_path
from ui.reminder_popup import (
    ReminderPopup,
    done_label,
    reminder_title,
    reminder_when,
    snooze_label,
)

if TYPE_CHECKING:
    from integrations.reminders import Reminder
    from ui.tray import Tray

_LOGGER = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
"""app_name, replaces_id (uint32), app_icon, summary, body, actions, hints, expire_timeout."""
ACTIONS = ("snooze", f"Snooze {SNOOZE_MINUTES} min", "done", "Done")
"""The notification's buttons: (key, label) pairs, flattened as the API wants them."""
CLOSED_BY_USER = 2
"""``NotificationClosed`` reason: the person dismissed it (1 expired, 3 closed by a call)."""
CALL_TIMEOUT = 5.0
"""Seconds to wait for the notification server's answer."""
WITHDRAW_TIMEOUT_S = 0.5
"""How long Quit waits for the notification server to take Hearth's notifications away."""


# -- the desktop's notifications over D-Bus ---------------------------------------------------


class NotificationError(HearthError):
    """The notification server cannot be reached or refused the call."""


class DesktopNotifications:
    """The freedesktop notification server on the session bus (or on *address*).

    :meth:`start` connects and reads the server's capabilities; :attr:`usable` says whether
    reminders can be shown there with their buttons. *on_action* receives (notification id,
    action key) when a button is clicked, *on_closed* (notification id, reason) when one
    goes away. Everything runs on the asyncio loop; nothing here touches Qt.
    """

    def __init__(
        self,
        address: str | None = None,
        *,
        app_name: str = "Hearth",
        app_icon: str = "",
    ) -> None:
        self.address = address
        self.app_name = app_name
        self.app_icon = app_icon
        self.capabilities: frozenset[str] = frozenset()
        self.on_action: Callable[[int, str], None] | None = None
        self.on_closed: Callable[[int, int], None] | None = None
        self._opener: Any = None
        self._router: Any = None
        self._filter: Any = None
        self._listener: asyncio.Task[None] | None = None

    @property
    def connected(self) -> bool:
        return self._listener is not None and not self._listener.done()

    @property
    def usable(self) -> bool:
        """Connected, and the server shows buttons (the "actions" capability)."""
        return self.connected and "actions" in self.capabilities

    async def start(self) -> bool:
        """Connect and ask for the capabilities; False (and logged) when no server answers.
        Calling it again after a failure tries again."""
        if self.connected:
            return self.usable
        await self.stop()
        try:
            await asyncio.wait_for(self._connect(), CALL_TIMEOUT)
        except Exception as err:  # no jeepney, no bus, no server: Hearth's own window then
            _LOGGER.info("Desktop notifications unavailable: %s", _reason(err))
            await self.stop()
            return False
        if "actions" not in self.capabilities:
            _LOGGER.info("The notification server shows no buttons: using Hearth's window")
        return self.usable

    async def _connect(self) -> None:
        from jeepney import MatchRule  # type: ignore[import-untyped]  # noqa: PLC0415  lazy: jeepney is installed on Linux only
        from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]  # noqa: PLC0415  lazy: jeepney is installed on Linux only
        from jeepney.io.asyncio import open_dbus_router  # type: ignore[import-untyped]  # noqa: PLC0415  lazy: jeepney is installed on Linux only

        self._opener = open_dbus_router(self.address or "SESSION")
        self._router = await self._opener.__aenter__()
        rule = MatchRule(type="signal", interface=INTERFACE, path=OBJECT_PATH)
        await self._call(message_bus.AddMatch(rule))
        self._filter = self._router.filter(rule, queue=asyncio.Queue(256))
        reply = await self._call(self._message("GetCapabilities"))
        self.capabilities = frozenset(str(c) for c in reply[0])
        self._listener = asyncio.ensure_future(self._listen(self._filter.queue))

    def _message(
        self, method: str, signature: str | None = None, body: tuple[Any, ...] = ()
    ) -> Any:
        from jeepney import DBusAddress, new_method_call  # noqa: PLC0415  lazy: jeepney is installed on Linux only

        address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
        return new_method_call(address, method, signature, body)

    async def _call(self, message: Any) -> tuple[Any, ...]:
        from jeepney import MessageType  # noqa: PLC0415  lazy: jeepney is installed on Linux only

        if self._router is None:
            raise NotificationError("not connected to the session bus")
        try:
            reply = await asyncio.wait_for(self._router.send_and_get_reply(message), CALL_TIMEOUT)
        except (OSError, EOFError, TimeoutError) as err:
            raise NotificationError(f"the session bus did not answer: {_reason(err)}") from err
        except Exception as err:  # jeepney's RouterClosed: the connection went away
            raise NotificationError(f"the session bus connection failed: {_reason(err)}") from err
        if reply.header.message_type is MessageType.error:
            raise NotificationError(f"the notification server refused: {reply.body!r}")
        return tuple(reply.body)

    async def notify(
        self,
        summary: str,
        body: str,
        *,
        actions: Sequence[str] = ACTIONS,
        replaces_id: int = 0,
        expire_timeout: int = 0,
    ) -> int:
        """Show a notification; its id. *expire_timeout* 0: it stays until answered."""
        if "body-markup" in self.capabilities:
            body = html.escape(body, quote=False)
        hints = {"desktop-entry": ("s", "hearth"), "urgency": ("y", 1)}
        message = self._message(
            "Notify",
            NOTIFY_SIGNATURE,
            (
                self.app_name,
                replaces_id,
                self.app_icon,
                summary,
                body,
                list(actions),
                hints,
                expire_timeout,
            ),
        )
        reply = await self._call(message)
        return int(reply[0])

    async def close_notification(self, notification_id: int) -> None:
        await self._call(self._message("CloseNotification", "u", (notification_id,)))

    async def _listen(self, queue: asyncio.Queue[Any]) -> None:
        from jeepney import HeaderFields  # noqa: PLC0415  lazy: jeepney is installed on Linux only

        while True:
            message = await queue.get()
            member = message.header.fields.get(HeaderFields.member)
            body = message.body
            try:
                if member == "ActionInvoked" and self.on_action is not None:
                    self.on_action(int(body[0]), str(body[1]))
                elif member == "NotificationClosed" and self.on_closed is not None:
                    self.on_closed(int(body[0]), int(body[1]))
            except Exception:  # one bad callback must not end the listening
                _LOGGER.exception("Handling a notification signal failed")

    async def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await listener
        if self._filter is not None:
            self._filter.close()
            self._filter = None
        opener, self._opener, self._router = self._opener, None, None
        if opener is not None and opener.conn is not None:
            with contextlib.suppress(Exception):  # the bus may be gone already
                await opener.__aexit__(None, None, None)


def _reason(err: BaseException) -> str:
    return str(err) or type(err).__name__


def desktop_icon() -> str:
    """The app icon for notifications: Hearth's icon file as a URI (servers accept either an
    icon name or a file URI; the name needs an installed icon theme entry)."""
    path = icon_path("hearth")
    return QUrl.fromLocalFile(path).toString() if path else ""


# -- the reminder notifier ------------------------------------------------------------------


class ReminderNotifier(QObject):
    """Shows each reminder the bridge delivers and turns the person's answer into a reminder
    step: Snooze and Done run through :meth:`AssistantBridge.snooze_reminder` and
    :meth:`~AssistantBridge.done_reminder` (approved "by notification"). Dismissing leaves
    the reminder waiting (the tray's Reminders menu and the agenda still offer it).

    A notification goes away by itself once its reminder is answered elsewhere (typed,
    the agenda, the tray)."""

    shown = Signal(object, str)
    """(the :class:`Reminder`, ``"desktop"`` or ``"window"``): how it was shown."""

    def __init__(
        self,
        bridge: AssistantBridge,
        *,
        desktop: DesktopNotifications | None = None,
        tray: Tray | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.desktop = desktop
        self.tray = tray
        self.popups: dict[int, ReminderPopup] = {}
        """Hearth's own reminder windows, by reminder id."""
        self.notifications: dict[int, int] = {}
        """The desktop's notifications: reminder id by notification id."""
        self._tasks: set[asyncio.Task[Any]] = set()
        self._started = False
        self._ready_to_show = False
        """The desktop's capabilities are known: a reminder can be shown the right way."""
        self._waiting_shown = False
        if desktop is not None:
            desktop.on_action = self._on_action
            desktop.on_closed = self._on_closed
        bridge.reminder_due.connect(self.show)
        bridge.agenda_changed.connect(self._check_answered)
        bridge.ready.connect(self._on_ready)

    async def start(self) -> None:
        """Find out whether the desktop can show the reminders (with buttons); then show
        again the ones still waiting from before, once the reminders can be read."""
        self._started = True
        if self.desktop is not None:
            await self.desktop.start()
        self._ready_to_show = True
        if self.bridge.assistant is not None:
            await self._show_waiting()

    def _on_ready(self, _home: object) -> None:
        if self._ready_to_show:
            self._spawn(self._show_waiting())

    async def _show_waiting(self) -> None:
        """Reminders delivered before that still wait for Snooze or Done (their notifications
        went when Hearth last ended): shown again, once per start."""
        if self._waiting_shown:
            return
        self._waiting_shown = True
        try:
            waiting = await self.bridge.pending_reminders()
        except HearthError as err:
            _LOGGER.warning("Reading the waiting reminders failed: %s", err)
            return
        if not shiboken6.isValid(self):
            return
        shown = set(self.notifications.values()) | set(self.popups)
        for reminder in waiting:
            if reminder.id not in shown:
                self.show(reminder)

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for popup in list(self.popups.values()):
            popup.close()
        self.popups.clear()
        if self.desktop is not None:
            await self._withdraw_all(self.desktop)
            await self.desktop.stop()

    async def _withdraw_all(self, desktop: DesktopNotifications) -> None:
        """Take Hearth's notifications off the desktop as it ends: their buttons would answer
        nothing once it is gone. The reminders keep waiting and show again at the next start.
        Bounded, so a slow notification server never holds up Quit."""
        shown, self.notifications = list(self.notifications), {}
        if not shown:
            return
        closing = [desktop.close_notification(n) for n in shown]
        try:
            results = await asyncio.wait_for(
                asyncio.gather(*closing, return_exceptions=True), WITHDRAW_TIMEOUT_S
            )
        except TimeoutError:
            _LOGGER.info("The notification server did not close Hearth's notifications in time")
            return
        for result in results:
            if isinstance(result, BaseException):
                _LOGGER.info("Closing a desktop notification failed: %s", result)

    @property
    def mode(self) -> str:
        """How the next reminder is shown: ``"desktop"`` or ``"window"``."""
        return "desktop" if self.desktop is not None and self.desktop.usable else "window"

    # -- showing ------------------------------------------------------------------------------

    def show(self, reminder: Reminder) -> None:
        """Show a delivered reminder (again, when it fired again: the earlier one is replaced)."""
        if self.mode == "desktop":
            self._spawn(self._show_on_desktop(reminder))
        else:
            self._show_window(reminder)

    async def _show_on_desktop(self, reminder: Reminder) -> None:
        assert self.desktop is not None
        when = reminder_when(reminder, self._delivered_at(reminder))
        earlier = next((n for n, r in self.notifications.items() if r == reminder.id), 0)
        try:
            notification = await self.desktop.notify(
                reminder_title(reminder),
                when,
                actions=(ACTIONS[0], snooze_label(), ACTIONS[2], done_label(reminder)),
                replaces_id=earlier,
            )
        except NotificationError as err:
            _LOGGER.warning("Desktop notification failed (%s): using Hearth's window", err)
            if shiboken6.isValid(self):
                self._show_window(reminder)
            return
        self.notifications.pop(earlier, None)
        self.notifications[notification] = reminder.id
        self.shown.emit(reminder, "desktop")

    def _show_window(self, reminder: Reminder) -> None:
        now = self._delivered_at(reminder)
        popup = self.popups.get(reminder.id)
        if popup is None:
            popup = ReminderPopup(reminder, now=now)
            popup.snooze_requested.connect(self._snooze)
            popup.done_requested.connect(self._done)
            popup.closed.connect(self._popup_closed)
            self.popups[reminder.id] = popup
        else:
            popup.set_reminder(reminder, now=now)
        self._arrange()
        popup.show_quietly()
        if self.tray is not None and self.tray.visible:
            self.tray.notify(reminder_title(reminder), reminder_when(reminder, now))
        self.shown.emit(reminder, "window")

    def _delivered_at(self, reminder: Reminder) -> datetime:
        """When the scheduler delivered it (its words say "due today at 14:30" from then)."""
        home_zone = self.bridge.time_zone
        if reminder.fired_at is not None:
            return reminder.fired_at.astimezone(home_zone or reminder.due.tzinfo)
        return clock.now(home_zone) if home_zone is not None else reminder.due

    def _arrange(self) -> None:
        """Stack the reminder windows in the screen's bottom right corner, newest on top."""
        above: int | None = None
        for popup in self.popups.values():
            above = popup.place_in_corner(above)

    # -- answers ------------------------------------------------------------------------------

    def _snooze(self, reminder_id: int) -> None:
        self.bridge.snooze_reminder(reminder_id, SNOOZE_MINUTES, by="notification")

    def _done(self, reminder_id: int) -> None:
        self.bridge.done_reminder(reminder_id, by="notification")

    def _popup_closed(self, reminder_id: int) -> None:
        popup = self.popups.pop(reminder_id, None)
        if popup is not None:
            popup.deleteLater()
        self._arrange()

    def _on_action(self, notification: int, key: str) -> None:
        reminder_id = self.notifications.pop(notification, None)
        if reminder_id is None:
            return  # another application's notification
        if key == "snooze":
            self._snooze(reminder_id)
        elif key == "done":
            self._done(reminder_id)

    def _on_closed(self, notification: int, reason: int) -> None:
        # Dismissed: the reminder still waits for an answer (tray menu, agenda); expired or
        # closed by Hearth: nothing more to do either way.
        self.notifications.pop(notification, None)

    def _check_answered(self) -> None:
        """Take away the notifications of reminders that no longer wait for an answer."""
        if self.popups or self.notifications:
            self._spawn(self._withdraw_answered())

    async def _withdraw_answered(self) -> None:
        try:
            waiting = {r.id for r in await self.bridge.pending_reminders()}
        except HearthError as err:
            _LOGGER.warning("Reading the waiting reminders failed: %s", err)
            return
        if not shiboken6.isValid(self):
            return
        for reminder_id, popup in list(self.popups.items()):
            if reminder_id not in waiting:
                popup.close()
        for notification, reminder_id in list(self.notifications.items()):
            if reminder_id not in waiting and self.desktop is not None:
                del self.notifications[notification]
                try:
                    await self.desktop.close_notification(notification)
                except NotificationError as err:
                    _LOGGER.info("Closing a desktop notification failed: %s", err)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
