#!/usr/bin/env bash
# Set up piimap in ./.venv: Graphviz's `dot` when it is missing, then piimap itself.
#   ./setup.sh          the tool (piimap command)
#   ./setup.sh --dev    the tool plus the test and lint tools (and Chromium for the report test)
set -euo pipefail
cd "$(dirname "$0")"

extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"

if ! command -v dot >/dev/null 2>&1; then
  echo "setup: installing Graphviz (dot) for the diagrams" >&2
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && $sudo apt-get install -y -qq graphviz >/dev/null
  elif command -v brew >/dev/null 2>&1; then
    brew install graphviz
  elif command -v dnf >/dev/null 2>&1; then
    sudo dnf install -y graphviz
  else
    echo "setup: install Graphviz yourself (https://graphviz.org/download/); piimap writes .dot files without it" >&2
  fi
fi

# The test suite opens report.html in headless Chromium (Debian's chromium and chromedriver).
if [ -n "$extras" ] && ! command -v chromedriver >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing Chromium and ChromeDriver for the report test" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The RabbitMQ tests read the broker's management HTTP API (127.0.0.1:15672): enable its plugin
# when a local broker has it off (enabling it again changes nothing).
if [ -n "$extras" ] && command -v rabbitmq-plugins >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if ! $sudo rabbitmq-plugins -q list -E -m 2>/dev/null | grep -qx rabbitmq_management; then
    echo "setup: enabling RabbitMQ's management plugin for the broker tests" >&2
    $sudo rabbitmq-plugins -q enable rabbitmq_management >/dev/null \
      || echo "setup: could not enable rabbitmq_management; the RabbitMQ tests will be skipped" >&2
  fi
fi

python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: piimap needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
  exit 2
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
echo "setup: ready; run .venv/bin/piimap --help" >&2
