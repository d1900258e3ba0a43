#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs the system packages the
# tests need when they are missing (needs root, as CI has), then `dotnet test`.
# Usage: ./scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/lib/system-packages.sh
ensure_system_packages
ensure_node_packages
source scripts/lib/nanoframework-kit.sh
WAI_NFKIT=$(wai_nfkit_dir)
export WAI_NFKIT            # the tests and tools find the kit where this script did
ensure_nanoframework_kit    # nanoCLR + MetadataProcessor for the firmware's nanoCLR tests
ensure_watch_kernels        # nanoCLR with the watch's native interop assembly (firmware/native)

mkdir -p artifacts/test-results
log=artifacts/test-results/dotnet-test.log
set +e
dotnet test WearableAI.sln --nologo -c Debug \
  --logger "trx;LogFilePrefix=results" --results-directory artifacts/test-results "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line for people and CI: totals over every test assembly.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
