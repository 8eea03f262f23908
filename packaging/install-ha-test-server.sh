#!/usr/bin/env bash
# Install the Home Assistant server that the integration tests start (tests/helpers/ha_server.py)
# into its own virtualenv, .cache/ha-venv under the repository root. Its pins (urllib3<2, an old
# hassil, ...) clash with Hearth's own dependencies, so it never shares .venv.
#
# Idempotent: a stamp file holds a hash of everything below; when it matches, the script only
# checks that the venv still runs and exits. Works as root on a fresh Debian (installs
# python3.11 and its venv module with apt-get when they are missing).
#
# Environment: HEARTH_HA_PYTHON (default python3.11); HEARTH_HA_VENV (default .cache/ha-venv;
# tests/helpers/ha_server.py reads it too).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
VENV=${HEARTH_HA_VENV:-$ROOT/.cache/ha-venv}
PYTHON=${HEARTH_HA_PYTHON:-python3.11}
STAMP="$VENV/.hearth-stamp"

HA_VERSION="2024.3.3"
# Home Assistant itself, and josepy<2 (josepy 2 makes every HTTP request answer 500 on 2024.3).
CORE=("homeassistant==$HA_VERSION" "josepy<2")
# What the integrations the test server loads need (demo + conversation + local_todo +
# local_calendar and what they pull in: http, frontend, recorder, camera, tts, ffmpeg, backup,
# file_upload, image_upload, network, and the auth MFA modules), pinned as in their manifests
# of Home Assistant 2024.3.3. `hass --skip-pip` then never installs anything at start.
REQUIREMENTS=(
  "aiohttp_cors==0.7.0"
  "aiohttp-fast-url-dispatcher==0.3.0"
  "aiohttp-zlib-ng==0.3.1"
  "fnv-hash-fast==0.5.0"
  "ha-ffmpeg==3.1.0"
  "hassil==1.6.1"
  "home-assistant-frontend==20240307.0"
  "home-assistant-intents==2024.3.12"
  "ical==7.0.3"
  "ifaddr==0.2.0"
  "janus==1.0.0"
  "mutagen==1.47.0"
  "Pillow==10.2.0"
  "psutil-home-assistant==0.0.1"
  "PyQRCode==1.2.1"
  "pyotp==2.8.0"
  "PyTurboJPEG==1.7.1"
  "securetar==2024.2.1"
  "SQLAlchemy==2.0.27"
)

say() { echo "ha-test-server: $*"; }

want=$(printf '%s\n' "stamp-v2" "${CORE[@]}" "${REQUIREMENTS[@]}" | sha256sum | cut -c1-16)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -x "$VENV/bin/hass" ] \
  && "$VENV/bin/python" -c "import homeassistant" 2>/dev/null; then
  say "already installed in $VENV (homeassistant $HA_VERSION)"
  exit 0
fi

# -- a Python 3.11 with a working venv module ---------------------------------------------------
if ! command -v "$PYTHON" >/dev/null 2>&1 || ! "$PYTHON" -c "import ensurepip, venv" 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing python3.11 and python3.11-venv with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq python3.11 python3.11-venv >/dev/null
  fi
fi
if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "ha-test-server: $PYTHON not found (Home Assistant $HA_VERSION needs Python 3.11);" \
    "install it or set HEARTH_HA_PYTHON=/path/to/python3.11" >&2
  exit 1
fi
version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.11" ]; then
  echo "ha-test-server: $PYTHON is Python $version; Home Assistant $HA_VERSION needs 3.11" >&2
  exit 1
fi

# -- the virtualenv ------------------------------------------------------------------------------
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import sys" 2>/dev/null; then
  say "creating $VENV"
  rm -rf "$VENV"
  mkdir -p "$(dirname "$VENV")"
  "$PYTHON" -m venv "$VENV"
fi
rm -f "$STAMP"
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check --no-input -q)
start=$(date +%s)
say "installing homeassistant $HA_VERSION (a few minutes on a fresh machine)"
"${PIP[@]}" install "${CORE[@]}"
constraints=$("$VENV/bin/python" -c 'import homeassistant, os; print(os.path.join(os.path.dirname(homeassistant.__file__), "package_constraints.txt"))')
say "installing the integration requirements with $(basename "$constraints")"
"${PIP[@]}" install -c "$constraints" "${CORE[@]}" "${REQUIREMENTS[@]}"
"$VENV/bin/python" -c "import homeassistant.const as c; assert c.__version__ == '$HA_VERSION', c.__version__"
echo "$want" >"$STAMP"
say "ready in $(($(date +%s) - start)) s: $VENV/bin/hass"
