#!/usr/bin/env bash
# The main job: the hub with its embedded MQTT broker and the hub app, on the shipped models,
# plus a demo household: three host watches in the group "living-room" that hear "hey nano … stop"
# every 20 s at three levels (the loudest wins arbitration); watch-1 also raises its wrist.
# Usage: ./scripts/demo.sh [extra hub settings]
#        WAI_DEMO_WATCHES=0 ./scripts/demo.sh                          # the hub alone
#        WAI_DEMO_HTTP_PORT=5081 WAI_DEMO_MQTT_PORT=1884 ./scripts/demo.sh  # other ports
# Stop with Ctrl+C (stops the watches too). Data (SQLite, generated files) goes to artifacts/demo-data/,
# the per-watch WAVs (composed from models/clips) to artifacts/demo/, watch logs to artifacts/demo/watch-N.log.
set -euo pipefail
cd "$(dirname "$0")/.."

data="${WAI_DEMO_DATA:-$PWD/artifacts/demo-data}" # WAI_DEMO_DATA / WAI_DEMO_OUT: other folders (the browser test uses fresh ones)
demo="${WAI_DEMO_OUT:-$PWD/artifacts/demo}"
http_port="${WAI_DEMO_HTTP_PORT:-5080}"
mqtt_port="${WAI_DEMO_MQTT_PORT:-1883}"
api="http://localhost:$http_port"
watches="${WAI_DEMO_WATCHES:-3}"
mkdir -p "$data" "$demo"

pids=()
stop_all() {
  trap - INT TERM EXIT
  echo "stopping…"
  local i
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do pid="${pids[i]}"; kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT
set -m # each background job in its own process group, so one kill stops a watch loop and its child

echo "building the hub, the host watch and wai…"
for project in hub/WearableAI.Hub firmware/WearableAI.Watch tools/Wai; do
  dotnet build "$project" -c Release --nologo -v quiet
done
wai() { dotnet run --project tools/Wai -c Release --no-build -- "$@"; }

if [ "$watches" -gt 0 ]; then
  echo "composing the demo watches' audio from the shipped clips (models/clips)…"
  wai demo-clips --clips models/clips --command stop --out "$demo" >/dev/null
fi

echo "hub app: $api/   MQTT broker: 127.0.0.1:$mqtt_port   data: $data"
dotnet run --project hub/WearableAI.Hub -c Release --no-build -- --Hub:Storage:DataFolder="$data" \
  --Hub:Web:Urls="$api" --Hub:Broker:Port="$mqtt_port" --Hub:Arbitration:WindowMs=250 "$@" &
pids+=($!)
until curl -sf "$api/api/devices" >/dev/null; do
  kill -0 "${pids[0]}" 2>/dev/null || { echo "the hub stopped" >&2; exit 1; }
  sleep 1
done

# One device per watch, provisioned once and kept in $data/demo-household.txt ("id secret" per line).
household="$data/demo-household.txt"
provision() { # name → "id secret"
  local answer
  answer="$(curl -sf -X POST "$api/api/devices" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$1\",\"group\":\"living-room\"}")"
  echo "$(grep -o '"id":"[^"]*"' <<<"$answer" | cut -d'"' -f4) $(grep -o '"secret":"[^"]*"' <<<"$answer" | cut -d'"' -f4)"
}
known=0
[ -f "$household" ] && while read -r id _; do curl -sf "$api/api/devices/$id" >/dev/null && known=$((known + 1)); done <"$household"
if [ "$known" -lt "$watches" ]; then
  : >"$household"
  for n in $(seq "$watches"); do provision "demo watch $n" >>"$household"; done
fi

# Each watch plays its 20 s clip 30 times (10 minutes), then starts again; all start at the same
# wall-clock moment (--start-at, 5 s from now, then every 10 minutes) so that the three hear the phrase
# together — separate processes would otherwise be up to a second apart, more than the arbitration window.
watch_dll="firmware/WearableAI.Watch/bin/Release/net10.0/wai-watch.dll"
start_at=$(( $(date +%s%3N) + 5000 ))
for n in $(seq "$watches"); do
  read -r id secret < <(sed -n "${n}p" "$household")
  imu=()
  [ "$n" -eq 1 ] && imu=(--imu synthetic:raise)
  clips=()
  for _ in $(seq 30); do clips+=("$demo/watch-$n.wav"); done
  (at=$start_at; while true; do
    dotnet "$watch_dll" --broker mqtt://127.0.0.1:$mqtt_port --device "$id" --secret "$secret" \
      --model models/watch.waim "${imu[@]}" --start-at "$at" --wav "${clips[@]}"
    at=$(( at + 600000 ))
  done) >"$demo/watch-$n.log" 2>&1 &
  pids+=($!)
done
[ "$watches" -gt 0 ] && echo "demo household: $watches watches in living-room (logs: $demo/watch-N.log); results in the app's timeline within a minute"
echo "open $api/ — Ctrl+C stops everything"
wait "${pids[0]}"
