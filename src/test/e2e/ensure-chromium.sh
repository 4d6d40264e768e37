#!/usr/bin/env bash
# The browser journey drives Debian's Chromium (no browser is downloaded by the tests). Install it
# when it is missing, so that `./mvnw verify` alone sets up a fresh machine.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "The browser tests need Chromium at /usr/bin/chromium; install it with your package manager." >&2
  exit 1
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Installing Chromium needs root: sudo apt-get install chromium" >&2; exit 1; }
  as_root=(sudo)
fi
echo "Installing Debian's chromium for the browser tests"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium
