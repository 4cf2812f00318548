#!/usr/bin/env bash
# Regenerate the expected results of the concurrency corpus: tests/programs/regenerate.sh (see
# it for the flags: --check, --stress N) over this folder's programs, or over the files given.
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
args=()
if [ "${1:-}" = "--check" ]; then args+=(--check); shift; fi
if [ "${1:-}" = "--stress" ]; then args+=(--stress "$2"); shift 2; fi
if [ $# -gt 0 ]; then files=("$@"); else mapfile -t files < <(find "$HERE" -name '*.go' | sort); fi
exec "$HERE/../programs/regenerate.sh" "${args[@]}" "${files[@]}"
