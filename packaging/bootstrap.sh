#!/usr/bin/env bash
# Set up Hearth on a fresh Debian/Ubuntu machine.
#   bash packaging/bootstrap.sh run    install into .venv and start Hearth on the demo home
#   bash packaging/bootstrap.sh test   install every test dependency and run the whole suite
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
mode=${1:-run}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

need_python() {
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "Hearth needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version 2>&1))." >&2
    exit 2
  }
}

apt_install() {
  # System libraries Qt needs offscreen and under Xvfb, and the tools the tests use.
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    local missing=()
    for pkg in "$@"; do
      dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
      say "apt-get install ${missing[*]}"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
  fi
}

venv() {
  need_python
  if [ ! -x .venv/bin/python ]; then
    say "creating .venv"
    "$PYTHON" -m venv .venv
  fi
  .venv/bin/python -m pip install -q --upgrade pip
  say "installing Hearth into .venv ($1)"
  .venv/bin/python -m pip install -q -e ".[$1]"
}

case "$mode" in
  run)
    # The libraries Qt needs to open a window (xcb) on a desktop.
    apt_install libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 \
      libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
      libxcb-render-util0 libxcb-shape0
    venv gui
    shift || true
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      exec .venv/bin/hearth --demo "$@"
    fi
    say "no display: a tour of the demo home in the terminal instead of the window"
    exec .venv/bin/hearth demo "$@"
    ;;
  test)
    # dbus + gnome-keyring: a real Secret Service for the keyring tests (tests/helpers/keyring_session.py)
    # xvfb + trayer + the libxcb libraries of Qt's xcb plugin: a real X display with a system
    # tray for the tray tests (tests/helpers/xvfb.py); a missing libxcb aborts Qt (exit 134)
    # espeak-ng + sox: real speech for the voice tests (tests/helpers/speech.py)
    # dunst: a real notification server for the reminder notifications (tests/helpers/notification_server.py)
    # desktop-file-utils + appstream: the validators of the desktop entry and AppStream data (tests/packaging)
    # build-essential + cmake: llama-cpp-python is compiled for the real model server's tests
    apt_install libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 \
      dbus gnome-keyring \
      xvfb trayer libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
      libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 \
      espeak-ng sox dunst \
      desktop-file-utils appstream \
      build-essential cmake
    venv dev,gui,calendar,voice,voice-test
    say "installing the Home Assistant test server"
    bash packaging/install-ha-test-server.sh
    # llama-cpp-python's OpenAI-compatible server and a 270M model, in .cache/llama-venv and
    # .cache/llm-models, for the tests against a real model server (tests/helpers/llama_server.py);
    # compiled once per machine (about 10 min on 2 cores), then reused
    say "installing the language-model test server"
    bash packaging/install-llama-test-server.sh
    say "checking style and types"
    .venv/bin/ruff format --check .
    .venv/bin/ruff check .
    .venv/bin/mypy
    .venv/bin/lint-imports --no-cache  # the layers (pyproject.toml, docs/architecture.md)
    say "running the test suite"
    shift || true
    # loadscope: the tests of one module stay on one worker, so the real model server a module
    # starts once is started once (xdist_group marks are not honoured with pytest 9.2/xdist 3.8)
    exec .venv/bin/python -m pytest -n 2 --dist loadscope "$@"
    ;;
  *)
    echo "usage: bash packaging/bootstrap.sh run|test" >&2
    exit 2
    ;;
esac
