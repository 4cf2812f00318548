#!/usr/bin/env bash
# Installs everything weft needs to build and test on a fresh Debian 12 machine (run as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
# python3 runs bench/run --ci; tzdata gives the zoneinfo that tests/programs/time/zones.go reads;
# pkg-config builds the embedding example against the installed package (ctest embed_install).
packages=(g++ cmake make libcli11-dev doctest-dev clang libclang-rt-14-dev golang-go python3 tzdata pkg-config)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
