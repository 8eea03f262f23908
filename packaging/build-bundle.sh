#!/usr/bin/env bash
# Build Hearth's self-contained bundle (PyInstaller, one folder) from this checkout.
#   bash packaging/build-bundle.sh [DIST]     (default DIST: dist/)
# The result is DIST/hearth/: run DIST/hearth/hearth (the window, or any `hearth` command);
# `DIST/hearth/hearth install-desktop` adds it to the applications menu. The tarball
# DIST/hearth-VERSION-linux-ARCH.tar.gz holds the same folder.
# Needs the dev extra (pip install -e ".[dev,gui]"), which brings PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
dist=$(realpath -m "${1:-dist}")
work=$(realpath -m "${BUNDLE_WORK:-build/bundle}")
mkdir -p "$dist" "$work"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/hearth.spec
version=$("$PYTHON" -c 'import app; print(app.__version__)')
tarball="$dist/hearth-$version-linux-$(uname -m).tar.gz"
tar -C "$dist" -czf "$tarball" hearth
echo "built $dist/hearth ($(du -sh "$dist/hearth" | cut -f1)) and $tarball ($(du -sh "$tarball" | cut -f1))"
