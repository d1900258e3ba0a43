#!/usr/bin/env bash
# The hub's Cluster mode on this machine (docs/scale-out.md): Mosquitto, Redis and PostgreSQL
# (scripts/lib/cluster-services.sh), three hub worker processes sharing the device traffic, and the fleet
# simulator's watches (the real firmware core in simulated rooms) speaking to them, scene after scene.
# Usage: ./scripts/cluster-demo.sh
#        WAI_CLUSTER_WORKERS=2 WAI_CLUSTER_WATCHES=9 WAI_CLUSTER_ROOMS=3 ./scripts/cluster-demo.sh
#        WAI_CLUSTER_SCENES=0 ./scripts/cluster-demo.sh      # the workers alone (no fleet)
# Ctrl+C (or any exit) stops the fleet, the workers and the services, each by its PID.
# Everything goes to artifacts/cluster-demo/: services/, worker-N/ (data and worker.log), fleet-N.log.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${WAI_CLUSTER_OUT:-$PWD/artifacts/cluster-demo}"
workers="${WAI_CLUSTER_WORKERS:-3}"
watches="${WAI_CLUSTER_WATCHES:-6}"
rooms="${WAI_CLUSTER_ROOMS:-2}"
scenes="${WAI_CLUSTER_SCENES:-1000}"
services="$out/services"

pids=()
stop_all() {
  trap - INT TERM EXIT
  echo "stopping…"
  local i
  # Each background job is a process group of its own (set -m): the fleet loop's group holds its current run.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill -- "-${pids[i]}" 2>/dev/null || kill "${pids[i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  done
  ./scripts/lib/cluster-services.sh stop "$services" || true
}
trap stop_all INT TERM EXIT
set -m # each background job in its own process group

missing=$(./scripts/lib/cluster-services.sh missing) || {
  echo "not installed: $missing (as root: apt-get install mosquitto redis-server postgresql)" >&2
  exit 1
}

echo "building the hub and wai…"
for project in hub/WearableAI.Hub tools/Wai; do
  dotnet build "$project" -c Release --nologo -v quiet
done
hub="$PWD/hub/WearableAI.Hub/bin/Release/net10.0/linux-x64/WearableAI.Hub"

rm -rf "$out"
mkdir -p "$out"
./scripts/lib/cluster-services.sh start "$services" >/dev/null
# services.env is KEY=VALUE lines; the connection string holds ';', so read the values rather than source the file.
value() { sed -n "s/^$1=//p" "$services/services.env"; }
MQTT_PORT=$(value MQTT_PORT)
REDIS_PORT=$(value REDIS_PORT)
POSTGRES_PORT=$(value POSTGRES_PORT)
POSTGRES_CONNECTION=$(value POSTGRES_CONNECTION)
echo "services: Mosquitto 127.0.0.1:$MQTT_PORT, Redis 127.0.0.1:$REDIS_PORT, PostgreSQL 127.0.0.1:$POSTGRES_PORT (logs in $services)"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
urls=()
for n in $(seq "$workers"); do
  port=$(free_port)
  mkdir -p "$out/worker-$n"
  "$hub" --Hub:Cluster:Mode=Cluster "--Hub:Cluster:PostgreSql=$POSTGRES_CONNECTION" \
    "--Hub:Cluster:Redis=127.0.0.1:$REDIS_PORT" --Hub:Cluster:WorkerId="worker-$n" \
    --Hub:Broker:Mode=External --Hub:Broker:ExternalUrl="mqtt://127.0.0.1:$MQTT_PORT" \
    --Hub:Broker:Username=hub --Hub:Broker:Password=unused-anonymous-broker \
    --Hub:Web:Urls="http://127.0.0.1:$port" --Hub:Storage:DataFolder="$out/worker-$n" \
    --Hub:Inference:ModelsFolder="$PWD/models" >"$out/worker-$n/worker.log" 2>&1 &
  pids+=($!)
  urls+=("http://127.0.0.1:$port")
done

for n in $(seq "$workers"); do
  until curl -sf "${urls[n - 1]}/health/ready" >/dev/null; do
    kill -0 "${pids[n - 1]}" 2>/dev/null || { echo "worker-$n stopped; see $out/worker-$n/worker.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "worker-$n (pid ${pids[n - 1]}): app ${urls[n - 1]}/   log $out/worker-$n/worker.log"
done

if [ "$scenes" -gt 0 ]; then
  # A random scene per run (a new seed each time), through worker-1's REST API; the watches' traffic reaches
  # every worker through the broker's shared subscription. The report of each scene is in fleet-N.log.
  (for n in $(seq "$scenes"); do
    dotnet run --project tools/Wai -c Release --no-build -- fleet --hub "${urls[0]}" --broker "mqtt://127.0.0.1:$MQTT_PORT" \
      --watches "$watches" --rooms "$rooms" --utterances 12 --seed "$n" --idle 0 >"$out/fleet-$n.log" 2>&1 || true
  done) &
  pids+=($!)
  echo "fleet: $watches simulated watches in $rooms rooms, scene after scene (reports: $out/fleet-N.log)"
fi

echo "open any worker's app: they share one store, so each shows every device and result — Ctrl+C stops everything"
wait "${pids[0]}"
