# shellcheck shell=bash
# Installs (when missing) and starts the servers the suite and its tests need, on loopback.
# Sourced by scripts/run.sh and scripts/test.sh; every function is safe to call when the server already runs.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE_DIR="$ROOT/.run"
TOOLS_DIR="$STATE_DIR/tools"
WIREMOCK_VERSION=3.13.2
mkdir -p "$STATE_DIR/logs" "$TOOLS_DIR"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then
    log "apt-get update"
    apt-get update -qq >"$STATE_DIR/logs/apt.log" 2>&1
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$STATE_DIR/logs/apt.log" 2>&1
}

wait_for_http() { # url seconds
  local url=$1 deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || { log "gave up waiting for $url"; return 1; }
    sleep 0.3
  done
}

ensure_rabbitmq() {
  command -v curl >/dev/null || apt_install curl
  command -v rabbitmq-server >/dev/null || apt_install rabbitmq-server
  if ! rabbitmqctl -q status >/dev/null 2>&1; then
    # The management API lets tests make one virtual host each and read queue depths.
    rabbitmq-plugins -q enable --offline rabbitmq_management >/dev/null
    log "starting RabbitMQ"
    rabbitmq-server -detached >/dev/null 2>&1
  fi
  local deadline=$((SECONDS + 90))
  until rabbitmqctl -q await_startup --timeout 60 >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || { log "RabbitMQ did not start; see /var/log/rabbitmq"; return 1; }
    sleep 1
  done
  wait_for_http "http://guest:guest@127.0.0.1:15672/api/overview" 60
  log "RabbitMQ ready on 127.0.0.1:5672 (management 15672)"
}

ensure_java() {
  command -v java >/dev/null || apt_install default-jre-headless
}

wiremock_jar() {
  local jar="$TOOLS_DIR/node_modules/wiremock/build/wiremock-standalone-$WIREMOCK_VERSION.jar"
  if [ ! -f "$jar" ]; then
    command -v npm >/dev/null || apt_install npm
    log "npm install wiremock@$WIREMOCK_VERSION"
    (cd "$TOOLS_DIR" && npm install --no-audit --no-fund --silent "wiremock@$WIREMOCK_VERSION" >"$STATE_DIR/logs/npm.log" 2>&1)
  fi
  echo "$jar"
}

# ensure_wiremock NAME PORT [ROOT_DIR [WIREMOCK_ARGS...]]: a WireMock on 127.0.0.1:PORT, its mappings (if any) from
# ROOT_DIR; further arguments go to WireMock as they are.
ensure_wiremock() {
  local name=$1 port=$2 root_dir=${3:-}
  local extra_args=("${@:4}")
  if curl -fsS -o /dev/null "http://127.0.0.1:$port/__admin/health" 2>/dev/null; then
    log "WireMock '$name' already on 127.0.0.1:$port"; return 0
  fi
  ensure_java
  local jar; jar=$(wiremock_jar)
  local args=(--port "$port" --bind-address 127.0.0.1 --disable-banner --global-response-templating --container-threads 200)
  [ -n "$root_dir" ] && args+=(--root-dir "$root_dir")
  args+=("${extra_args[@]}")
  log "starting WireMock '$name' on 127.0.0.1:$port"
  nohup java -Xms64m -Xmx512m -jar "$jar" "${args[@]}" >"$STATE_DIR/logs/wiremock-$name.log" 2>&1 &
  echo $! >"$STATE_DIR/wiremock-$name.pid"
  wait_for_http "http://127.0.0.1:$port/__admin/health" 90
}

# stop_wiremock NAME: stops the WireMock that ensure_wiremock NAME started (its pid file), if it still runs.
stop_wiremock() {
  local pid_file="$STATE_DIR/wiremock-$1.pid" pid
  [ -f "$pid_file" ] || return 0
  pid=$(cat "$pid_file")
  # Only a java process is ours: after a reboot the pid may belong to something else.
  if [ -n "$pid" ] && [ "$(ps -o comm= -p "$pid" 2>/dev/null)" = java ]; then
    log "stopping WireMock '$1' (pid $pid)"
    kill "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 15))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
}

# ensure_postgres: Debian's PostgreSQL on 127.0.0.1 (its first cluster; one is created when there is none) and a login
# role for tests, conferencing/conferencing, allowed to create databases (each test class makes and drops its own).
# Authentication stays Debian's: scram-sha-256 passwords on loopback, peer for the postgres superuser on the socket.
# Sets POSTGRES_PORT and POSTGRES_TEST_CONNECTION (an Npgsql connection string without a database).
POSTGRES_TEST_ROLE=conferencing
POSTGRES_TEST_PASSWORD=conferencing
ensure_postgres() {
  command -v pg_lsclusters >/dev/null || apt_install postgresql
  local version name port status
  if [ -z "$(pg_lsclusters --no-header 2>/dev/null)" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    log "creating PostgreSQL $version cluster 'main'"
    pg_createcluster "$version" main >>"$STATE_DIR/logs/postgres.log" 2>&1
  fi
  read -r version name port status _ < <(pg_lsclusters --no-header | head -1)
  if [ "$status" != online ]; then
    log "starting PostgreSQL $version/$name"
    pg_ctlcluster "$version" "$name" start >>"$STATE_DIR/logs/postgres.log" 2>&1
  fi
  local deadline=$((SECONDS + 60))
  until pg_isready -q -h 127.0.0.1 -p "$port"; do
    [ $SECONDS -lt $deadline ] || { log "PostgreSQL did not start; see /var/log/postgresql"; return 1; }
    sleep 0.3
  done
  local psql=(runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1)
  if [ "$("${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$POSTGRES_TEST_ROLE'")" != 1 ]; then
    log "creating PostgreSQL role $POSTGRES_TEST_ROLE"
    "${psql[@]}" -c "CREATE ROLE $POSTGRES_TEST_ROLE LOGIN CREATEDB PASSWORD '$POSTGRES_TEST_PASSWORD'"
  fi
  POSTGRES_PORT=$port
  POSTGRES_TEST_CONNECTION="Host=127.0.0.1;Port=$port;Username=$POSTGRES_TEST_ROLE;Password=$POSTGRES_TEST_PASSWORD"
  log "PostgreSQL ready on 127.0.0.1:$port (test role $POSTGRES_TEST_ROLE)"
}

# ensure_chromium: Debian's Chromium at /usr/bin/chromium, which the browser tests drive through Playwright's
# ExecutablePath (Playwright's own browser downloads cannot be reached from here, and are not needed).
ensure_chromium() {
  [ -x /usr/bin/chromium ] || apt_install chromium
  [ -x /usr/bin/chromium ] || { log "Chromium did not install; see $STATE_DIR/logs/apt.log"; return 1; }
  log "Chromium ready: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
}
