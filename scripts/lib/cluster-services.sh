#!/usr/bin/env bash
# The real services of the hub's Cluster mode (docs/scale-out.md) for tests, CI and the demo: Mosquitto
# (MQTT 5 shared subscriptions), Redis and PostgreSQL, each on a free loopback port inside one folder of
# their own, stopped by the PIDs written there. Nothing is installed or downloaded here: the Debian packages
# are in scripts/lib/system-packages.sh.
#
# Usage:
#   cluster-services.sh start FOLDER [mosquitto] [redis] [postgres]   # default: all three
#   cluster-services.sh stop FOLDER
#   cluster-services.sh missing                                       # names the programs not installed; exit 1 if any
#
# `start` prints KEY=VALUE lines (also written to FOLDER/services.env) and exits once every service answers:
#   MQTT_PORT, MQTT_PID, REDIS_PORT, REDIS_PID, POSTGRES_PORT, POSTGRES_PID, POSTGRES_CONNECTION
# PostgreSQL refuses to run as root: as root it runs as the Debian package's `postgres` user. Its settings
# trade durability for speed (fsync off): these servers hold test and demo data only.
set -euo pipefail

WAI_PG_BIN=${WAI_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
WAI_PG_BIN=${WAI_PG_BIN:-/usr/lib/postgresql/15/bin}

missing_programs() {
  local missing=() p
  for p in mosquitto redis-server redis-cli; do
    command -v "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  for p in initdb pg_ctl pg_isready; do
    [ -x "$WAI_PG_BIN/$p" ] || missing+=("$WAI_PG_BIN/$p")
  done
  echo "${missing[*]}"
}

# A TCP port on 127.0.0.1 that nobody listens on, below Linux's ephemeral range (as tests/…/Support/FreePort.cs).
free_port() {
  local attempt port
  for attempt in $(seq 1 200); do
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "cluster-services: no free port found" >&2
  return 1
}

# Waits (at most 30 s) until the command succeeds; the services answer within a second or two.
wait_until() {
  local what=$1
  shift
  local deadline=$((SECONDS + 30))
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "cluster-services: $what did not answer within 30 s" >&2
      return 1
    fi
    sleep 0.05
  done
}

start_mosquitto() {
  local folder=$1 port
  mkdir -p "$folder/mosquitto"
  port=$(free_port)
  cat >"$folder/mosquitto/mosquitto.conf" <<EOF
# Cluster-mode broker for tests and the demo: anonymous, loopback only. Production uses the hub's generated
# password and ACL files (hub/README.md, "External broker").
per_listener_settings false
listener $port 127.0.0.1
allow_anonymous true
persistence false
pid_file $folder/mosquitto/mosquitto.pid
log_dest file $folder/mosquitto/mosquitto.log
user $(id -un)
max_queued_messages 100000
EOF
  mosquitto -d -c "$folder/mosquitto/mosquitto.conf"
  wait_until "Mosquitto on port $port" test -s "$folder/mosquitto/mosquitto.pid"
  wait_until "Mosquitto on port $port" bash -c "exec 3<>/dev/tcp/127.0.0.1/$port"
  echo "MQTT_PORT=$port"
  echo "MQTT_PID=$(cat "$folder/mosquitto/mosquitto.pid")"
}

start_redis() {
  local folder=$1 port
  mkdir -p "$folder/redis"
  port=$(free_port)
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$folder/redis" --pidfile "$folder/redis/redis.pid" --logfile "$folder/redis/redis.log" >/dev/null
  wait_until "Redis on port $port" bash -c "[ \"\$(redis-cli -h 127.0.0.1 -p $port ping)\" = PONG ]"
  echo "REDIS_PORT=$port"
  echo "REDIS_PID=$(cat "$folder/redis/redis.pid")"
}

start_postgres() {
  local folder=$1 port as=()
  mkdir -p "$folder/postgres"
  port=$(free_port)
  if [ "$(id -u)" -eq 0 ]; then
    # initdb and postgres refuse root: run them as the postgres user, who must reach the folder.
    as=(runuser -u postgres --)
    chown postgres "$folder/postgres"
    chmod 755 "$folder"
  fi
  "${as[@]}" "$WAI_PG_BIN/initdb" --pgdata="$folder/postgres/data" --username=wai --auth=trust \
    --encoding=UTF8 --no-locale --no-sync >"$folder/postgres/initdb.log" 2>&1 ||
    { cat "$folder/postgres/initdb.log" >&2; return 1; }
  "${as[@]}" "$WAI_PG_BIN/pg_ctl" --pgdata="$folder/postgres/data" --log="$folder/postgres/postgres.log" --wait --silent \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $folder/postgres -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start || { cat "$folder/postgres/postgres.log" >&2; return 1; }
  wait_until "PostgreSQL on port $port" "$WAI_PG_BIN/pg_isready" -h 127.0.0.1 -p "$port" -U wai
  echo "POSTGRES_PORT=$port"
  echo "POSTGRES_PID=$(head -n 1 "$folder/postgres/data/postmaster.pid")"
  echo "POSTGRES_CONNECTION=Host=127.0.0.1;Port=$port;Username=wai;Database=postgres"
}

stop_pid() {
  local name=$1 pid=$2 signal=$3
  [ -n "$pid" ] || return 0
  kill "-$signal" "$pid" 2>/dev/null || return 0
  local deadline=$((SECONDS + 30))
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "cluster-services: $name (pid $pid) did not stop; killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
      return 0
    fi
    sleep 0.05
  done
}

command=${1:-}
case "$command" in
  missing)
    missing=$(missing_programs)
    [ -z "$missing" ] && exit 0
    echo "$missing"
    exit 1
    ;;
  start)
    folder=${2:?usage: cluster-services.sh start FOLDER [mosquitto] [redis] [postgres]}
    shift 2
    services=("$@")
    [ ${#services[@]} -gt 0 ] || services=(mosquitto redis postgres)
    mkdir -p "$folder"
    folder=$(cd "$folder" && pwd)
    : >"$folder/services.env"
    for service in "${services[@]}"; do
      case "$service" in
        mosquitto) start_mosquitto "$folder" ;;
        redis) start_redis "$folder" ;;
        postgres) start_postgres "$folder" ;;
        *) echo "cluster-services: unknown service '$service' (mosquitto, redis, postgres)" >&2; exit 2 ;;
      esac | tee -a "$folder/services.env"
      [ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
    done
    ;;
  stop)
    folder=${2:?usage: cluster-services.sh stop FOLDER}
    [ -f "$folder/services.env" ] || exit 0
    # SIGTERM for Mosquitto and Redis, SIGINT (fast shutdown) for the PostgreSQL postmaster.
    stop_pid mosquitto "$(sed -n 's/^MQTT_PID=//p' "$folder/services.env")" TERM
    stop_pid redis "$(sed -n 's/^REDIS_PID=//p' "$folder/services.env")" TERM
    stop_pid postgres "$(sed -n 's/^POSTGRES_PID=//p' "$folder/services.env")" INT
    ;;
  *)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
