#!/usr/bin/env bash
# Install the Home Assistant server the integration tests start, in its own virtualenv under
# .cache/ha-venv (its pins clash with Hearth's own dependencies). Safe to run again: it does
# nothing when the stamp matches.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=.cache/ha-venv
REQUIREMENTS=(
  "homeassistant==2024.3.3" "josepy<2"
  "home-assistant-frontend==20240307.0" "hassil==1.6.1" "home-assistant-intents==2024.3.12"
  mutagen PyTurboJPEG ha-ffmpeg Pillow SQLAlchemy fnv-hash-fast psutil-home-assistant
  securetar janus pyotp PyQRCode ical
)
stamp="$VENV/.hearth-stamp"
want=$(printf '%s\n' "${REQUIREMENTS[@]}" | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$VENV/bin/hass" ]; then
  echo "Home Assistant test server: already installed"
  exit 0
fi
mkdir -p .cache
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
echo "Home Assistant test server: installing homeassistant 2024.3.3"
"$VENV/bin/python" -m pip install -q "homeassistant==2024.3.3" "josepy<2"
constraints=$("$VENV/bin/python" -c 'import homeassistant, os; print(os.path.join(os.path.dirname(homeassistant.__file__), "package_constraints.txt"))')
echo "Home Assistant test server: installing integration requirements"
"$VENV/bin/python" -m pip install -q -c "$constraints" "${REQUIREMENTS[@]}"
echo "$want" > "$stamp"
echo "Home Assistant test server: ready"
