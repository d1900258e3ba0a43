#!/usr/bin/env bash
# The main job: the hub with its embedded MQTT broker and the hub app, on the shipped models.
# Usage: ./scripts/demo.sh [extra hub settings, e.g. --Hub:Broker:Port=1884]
# Stop with Ctrl+C. Data (SQLite, generated files) goes to artifacts/demo-data/.
set -euo pipefail
cd "$(dirname "$0")/.."

data="$PWD/artifacts/demo-data"
mkdir -p "$data"
echo "building the hub…"
dotnet build hub/WearableAI.Hub -c Release --nologo -v quiet
echo "hub app: http://localhost:5080/   MQTT broker: 127.0.0.1:1883   data: $data"
exec dotnet run --project hub/WearableAI.Hub -c Release --no-build -- \
  --Hub:Storage:DataFolder="$data" "$@"
