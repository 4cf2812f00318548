#!/usr/bin/env bash
# Regenerate examples/NAME.out for every example that Go can run (those with a
# `package main` clause; the weft scripts hello.go and sieve.go have none and are skipped).
#
#   examples/regenerate.sh              rewrite every NAME.out (and NAME.err/NAME.code if any)
#   examples/regenerate.sh --check      compare only; exit 1 on any difference
#   examples/regenerate.sh --stress N   compare N runs under GOMAXPROCS=1, 2 and unset
#
# The work is done by tests/programs/regenerate.sh (same rules as the golden corpora).
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
args=()
if [ "${1:-}" = "--check" ]; then args+=(--check); shift; fi
if [ "${1:-}" = "--stress" ]; then args+=(--stress "$2"); shift 2; fi
mapfile -t files < <(grep -l '^package main' "$HERE"/*.go | sort)
exec "$HERE/../tests/programs/regenerate.sh" "${args[@]}" "${files[@]}"
