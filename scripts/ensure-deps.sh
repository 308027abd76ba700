#!/usr/bin/env bash
# Installs what the build needs on a fresh Debian machine with Swift: the system ICU (libicu-dev)
# and pkg-config. Does nothing when they are present.
set -euo pipefail
need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if ! pkg-config --exists icu-uc 2>/dev/null; then need+=(libicu-dev); fi
command -v zstd >/dev/null 2>&1 || need+=(zstd)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "error: missing ${need[*]}; run as root: apt-get update && apt-get install -y ${need[*]}" >&2
    exit 1
  fi
else SUDO=""; fi
echo "installing ${need[*]} ..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
pkg-config --exists icu-uc || { echo "error: libicu-dev installed but pkg-config cannot find icu-uc" >&2; exit 1; }
