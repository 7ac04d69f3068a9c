#!/usr/bin/env bash
# Installs the app into ./.venv (once) and starts it; arguments go to `monitor` (e.g. `poll`, `--help`).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/monitor ] || { python3 -m venv .venv && .venv/bin/python -m pip install -q .; }
exec .venv/bin/monitor "$@"
