"""The window never waits for the keyring on its GUI thread: with a real GNOME Keyring that
does not answer (stopped, as while it waits for its password), the settings page opens, the
language model's key state and the PIN state are asked for, a token is saved, and the GUI
thread keeps running its events; each answer is shown once the keyring answers again."""

from __future__ import annotations

import itertools
import os
import signal
import threading
import time

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.config.settings import get_token
from tests.helpers.keyring_session import KeyringSession
from ui.bridge import AssistantBridge
from ui.settings_view import SettingsPage

URL = "http://ha.gui-thread.test:8123"
TOKEN = "tok-gui-thread-never-waits-8e13"


def test_the_settings_page_never_waits_for_the_keyring(
    qtbot: QtBot, demo_bridge: AssistantBridge, secret_service: KeyringSession
) -> None:
    demo_bridge.settings.llm.base_url = "http://llm.gui-thread.test/v1"
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    with secret_service.unresponsive():
        # Should a keyring call be made on this thread after all, it would wait for ever:
        # the keyring is let go after 5 s, so that the test fails on the times below.
        assert secret_service._keyring is not None
        pid = secret_service._keyring.pid
        watchdog = threading.Timer(5, os.kill, (pid, signal.SIGCONT))
        watchdog.start()
        started = time.monotonic()
        page = SettingsPage(demo_bridge)  # asks for the key state and the PIN state
        qtbot.addWidget(page)
        page.show()
        page.use_ha.setChecked(True)
        page.ha_form.url.setText(URL)
        page.ha_form.token.setText(TOKEN)
        page.start_save()  # the token goes to the keyring
        try:
            qtbot.wait(600)
            assert time.monotonic() - started < 3, "the GUI thread waited for the keyring"
            # A wait for the keyring would stop the ticks until the watchdog (5 s); a busy
            # machine only spaces them out.
            after = [started, *(t for t in ticks if t > started), time.monotonic()]
            assert len(after) >= 5, "the GUI thread stopped"
            assert max(b - a for a, b in itertools.pairwise(after)) < 2.5
            # Nothing answered yet: none of the keyring's answers is shown.
            assert page.llm.key.placeholderText() not in ("kept in the keyring", "none kept")
            assert page.safety.pin_status.text() == ""
        finally:
            timer.stop()
            watchdog.cancel()
    with qtbot.waitSignal(page.saved, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: page.llm.key.placeholderText() == "none kept", timeout=10_000)
    qtbot.waitUntil(lambda: page.safety.pin_status.text().startswith("No PIN is set"))
    assert get_token(URL) == TOKEN
