#!/bin/sh
# Installs what a full `python -m bench` run needs beyond the project's own set-up
# (scripts/test makes .venv): headless Chromium for the start and memory comparisons,
# xz for the size figure. Debian/Ubuntu; run as root (or through sudo).
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium xz-utils
/usr/bin/chromium --version
