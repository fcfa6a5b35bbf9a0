#!/usr/bin/env bash
# Runs the whole suite on this machine: RabbitMQ, Google and UberConference (the real ones, or sandbox WireMocks when
# no key is configured), hangout-bridge, uberconference-bridge and room-events, each on loopback. Stays in the foreground; Ctrl-C (or TERM) stops
# everything it started. Running it again replaces the previous run.
#
# Usage: scripts/run.sh
# Settings come from the environment, with the design's configuration keys (`__` for `:`), for example
#   Google__ServiceAccountKeyPath=/path/key.json Google__OrganizerEmail=me@example.com scripts/run.sh
#   UberConference__ApiKey=<a Dialpad company API key> scripts/run.sh
# plus ROOM_EVENTS_API_KEY (otherwise one is made once and kept in .run/api-key).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib/servers.sh
source "$(dirname "$0")/lib/servers.sh"

ROOM_EVENTS_URL=http://127.0.0.1:5080
HANGOUT_BRIDGE_URL=http://127.0.0.1:5081
UBERCONFERENCE_BRIDGE_URL=http://127.0.0.1:5082
SANDBOX_GOOGLE_PORT=18081 # the tests' WireMock is on 18080; the two must not meet
SANDBOX_UBERCONFERENCE_PORT=18082
SANDBOX_UBERCONFERENCE_KEY=sandbox-dialpad-key # what sandbox/uberconference's mappings accept
SERVICES=(hangout-bridge uberconference-bridge room-events)
RUN_PID_FILE="$STATE_DIR/run.pid"

declare -A started_pids=()  # service name -> pid, only processes this run started
sandbox_wiremock_pid=""
sandbox_uberconference_pid=""
started_rabbitmq=""
cleaned_up=""

service_dll() {
  case $1 in
    hangout-bridge) echo "$ROOT/services/hangout-bridge/bin/Release/net10.0/Conferencing.HangoutBridge.dll" ;;
    uberconference-bridge) echo "$ROOT/services/uberconference-bridge/bin/Release/net10.0/Conferencing.UberConferenceBridge.dll" ;;
    room-events) echo "$ROOT/services/room-events/bin/Release/net10.0/Conferencing.RoomEvents.dll" ;;
  esac
}

service_url() {
  case $1 in
    hangout-bridge) echo "$HANGOUT_BRIDGE_URL" ;;
    uberconference-bridge) echo "$UBERCONFERENCE_BRIDGE_URL" ;;
    room-events) echo "$ROOM_EVENTS_URL" ;;
  esac
}

# is_our_process PID PATTERN: the pid runs and its command line contains PATTERN. Pid files outlive processes, and
# after a reboot a pid may belong to anything: never signal a process on the strength of a pid file alone.
is_our_process() {
  [ -n "$1" ] && [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -qF -- "$2"
}

# stop_process NAME PID: TERM (the .NET host and WireMock shut down cleanly on it), KILL after 20 s.
stop_process() {
  local name=$1 pid=$2 deadline=$((SECONDS + 20))
  kill -0 "$pid" 2>/dev/null || return 0
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then
      log "$name did not stop in 20 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  wait "$pid" 2>/dev/null || true # reap it, so no zombie outlives the script
}

# remove_pid_file FILE PID: only while it still names PID (a newer run may have written its own since).
remove_pid_file() {
  if [ -f "$1" ] && [ "$(cat "$1" 2>/dev/null)" = "$2" ]; then rm -f "$1"; fi
}

# A previous run may still be in the foreground of another terminal, or may have been killed without cleaning up.
stop_previous_run() {
  local old_pid
  old_pid=$(cat "$RUN_PID_FILE" 2>/dev/null || true)
  if [ "$old_pid" != "$$" ] && is_our_process "$old_pid" run.sh; then
    # Its own trap stops what it started, in the right order.
    log "a previous run (pid $old_pid) is still going; stopping it first"
    kill -TERM "$old_pid" 2>/dev/null || true
    local deadline=$((SECONDS + 60))
    while kill -0 "$old_pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.3; done
  fi
  # Whatever a killed run left behind.
  local service pid
  for service in "${SERVICES[@]}"; do
    pid=$(cat "$STATE_DIR/$service.pid" 2>/dev/null || true)
    if is_our_process "$pid" "$(basename "$(service_dll "$service")")"; then stop_process "$service" "$pid"; fi
    rm -f "$STATE_DIR/$service.pid"
  done
  # Restarted every run, so that edited mappings take effect.
  stop_wiremock sandbox-google
  stop_wiremock sandbox-uberconference
}

cleanup() {
  [ -z "$cleaned_up" ] || return 0
  cleaned_up=1
  # Services first: they hold connections to the broker and to Google.
  local service
  for service in "${SERVICES[@]}"; do
    if [ -n "${started_pids[$service]:-}" ]; then
      stop_process "$service" "${started_pids[$service]}"
      remove_pid_file "$STATE_DIR/$service.pid" "${started_pids[$service]}"
    fi
  done
  if [ -n "$sandbox_wiremock_pid" ]; then
    stop_process "sandbox Google (WireMock)" "$sandbox_wiremock_pid"
    remove_pid_file "$STATE_DIR/wiremock-sandbox-google.pid" "$sandbox_wiremock_pid"
  fi
  if [ -n "$sandbox_uberconference_pid" ]; then
    stop_process "sandbox UberConference (WireMock)" "$sandbox_uberconference_pid"
    remove_pid_file "$STATE_DIR/wiremock-sandbox-uberconference.pid" "$sandbox_uberconference_pid"
  fi
  # RabbitMQ only when this run started it: one that was already running belongs to someone else (the tests, say).
  if [ -n "$started_rabbitmq" ]; then
    log "stopping RabbitMQ (this run started it)"
    rabbitmqctl -q stop >/dev/null 2>&1 || true
  fi
  remove_pid_file "$RUN_PID_FILE" "$$"
}

on_signal() {
  printf '\n' >&2
  log "$1 received: stopping everything this run started"
  exit 0 # the EXIT trap does the stopping
}

trap cleanup EXIT
trap 'on_signal INT' INT
trap 'on_signal TERM' TERM

command -v dotnet >/dev/null || { log "dotnet is not on PATH: install the .NET 10 SDK first"; exit 1; }
command -v openssl >/dev/null || apt_install openssl

stop_previous_run
echo $$ >"$RUN_PID_FILE"

# The services' own ports: a stranger on them would answer our readiness probes and fool us.
for service in "${SERVICES[@]}"; do
  if curl -sS -o /dev/null "$(service_url "$service")/" 2>/dev/null; then
    log "$(service_url "$service") is taken by a process this script did not start; free it and run again"
    exit 1
  fi
done

# --- RabbitMQ -------------------------------------------------------------------------------------------------------
if ! command -v rabbitmqctl >/dev/null || ! rabbitmqctl -q status >/dev/null 2>&1; then started_rabbitmq=1; fi
ensure_rabbitmq
export RabbitMq__Host="${RabbitMq__Host:-127.0.0.1}" # not "localhost": guest may only log in over loopback, and ::1 vs 127.0.0.1 is a needless guess
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" # as the image runs the services (services/Dockerfile says why)

# --- Google ---------------------------------------------------------------------------------------------------------
if [ -z "${Google__ServiceAccountKeyPath:-}" ]; then
  google_mode="SANDBOX Google: WireMock on 127.0.0.1:$SANDBOX_GOOGLE_PORT (sandbox/google); Meet links are made up"
  cat >&2 <<EOF

  ==========================================================================================
   Google__ServiceAccountKeyPath is not set, so this run uses the SANDBOX Google:
   a WireMock on 127.0.0.1:$SANDBOX_GOOGLE_PORT with sandbox/google as its root dir answers the token
   and Calendar calls. Conferences are not real; meet.google.com links lead nowhere.
   For real Google set Google__ServiceAccountKeyPath (and Google__OrganizerEmail) and run again.
  ==========================================================================================

EOF
  if curl -fsS -o /dev/null "http://127.0.0.1:$SANDBOX_GOOGLE_PORT/__admin/health" 2>/dev/null; then
    log "port $SANDBOX_GOOGLE_PORT already has a WireMock this script did not start; stop it and run again"
    exit 1
  fi
  # A bounded request journal: WireMock keeps every request otherwise, and this one may run for days.
  ensure_wiremock sandbox-google "$SANDBOX_GOOGLE_PORT" "$ROOT/sandbox/google" --max-request-journal-entries 1000
  sandbox_wiremock_pid=$(cat "$STATE_DIR/wiremock-sandbox-google.pid")

  # A throwaway service account key in Google's JSON format. Its token_uri sends the token exchange to the sandbox;
  # the sandbox never checks the signature, but the bridge signs its JWT exactly as it would for Google.
  key_dir="$STATE_DIR/sandbox"
  key_file="$key_dir/google-service-account.json"
  mkdir -p "$key_dir"
  private_key=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null) # PEM, PKCS#8
  key_id=$(openssl rand -hex 20)
  client_email=sandbox-conference-bot@sandbox-project.iam.gserviceaccount.com
  token_uri="http://127.0.0.1:$SANDBOX_GOOGLE_PORT/token"
  # A JSON encoder, not string pasting: the PEM's newlines must become \n escapes.
  (
    umask 077 # it is a private key, throwaway or not
    if command -v python3 >/dev/null && python3 -c '' 2>/dev/null; then
      KEY_ID=$key_id PRIVATE_KEY=$private_key CLIENT_EMAIL=$client_email TOKEN_URI=$token_uri python3 -c '
import json, os
print(json.dumps({
    "type": "service_account",
    "project_id": "sandbox-project",
    "private_key_id": os.environ["KEY_ID"],
    "private_key": os.environ["PRIVATE_KEY"] + "\n",
    "client_email": os.environ["CLIENT_EMAIL"],
    "client_id": "100000000000000000001",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": os.environ["TOKEN_URI"],
    "universe_domain": "googleapis.com",
}, indent=2))' >"$key_file"
    else
      command -v jq >/dev/null || apt_install jq
      jq -n --arg key_id "$key_id" --arg private_key "$private_key"$'\n' --arg client_email "$client_email" \
        --arg token_uri "$token_uri" '{
          type: "service_account", project_id: "sandbox-project", private_key_id: $key_id, private_key: $private_key,
          client_email: $client_email, client_id: "100000000000000000001",
          auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: $token_uri, universe_domain: "googleapis.com"
        }' >"$key_file"
    fi
  )
  unset private_key
  export Google__ServiceAccountKeyPath="$key_file"
  export Google__CalendarBaseUri="http://127.0.0.1:$SANDBOX_GOOGLE_PORT/calendar/v3/"
  export Google__OrganizerEmail="${Google__OrganizerEmail:-organizer@sandbox.example}"
else
  if [ ! -r "$Google__ServiceAccountKeyPath" ]; then
    log "Google__ServiceAccountKeyPath=$Google__ServiceAccountKeyPath is not a readable file"
    exit 1
  fi
  google_mode="REAL Google: key $Google__ServiceAccountKeyPath, Calendar ${Google__CalendarBaseUri:-https://www.googleapis.com/calendar/v3/ (default)}"
  [ -n "${Google__OrganizerEmail:-}" ] ||
    log "warning: Google__OrganizerEmail is not set; starters outside a team's Workspace domain cannot get a conference"
  log "using the REAL Google with the key in $Google__ServiceAccountKeyPath"
fi

# --- UberConference (Dialpad Meetings) ------------------------------------------------------------------------------
if [ -z "${UberConference__ApiKey:-}" ]; then
  uberconference_mode="SANDBOX UberConference: WireMock on 127.0.0.1:$SANDBOX_UBERCONFERENCE_PORT (sandbox/uberconference); rooms are made up"
  cat >&2 <<EOF

  ==========================================================================================
   UberConference__ApiKey is not set, so this run uses the SANDBOX UberConference:
   a WireMock on 127.0.0.1:$SANDBOX_UBERCONFERENCE_PORT with sandbox/uberconference as its root dir lists
   meeting rooms for alice@, bob@ and carol@example.com. They are not real rooms.
   For real UberConference set UberConference__ApiKey (a Dialpad company API key) and run again.
  ==========================================================================================

EOF
  if curl -fsS -o /dev/null "http://127.0.0.1:$SANDBOX_UBERCONFERENCE_PORT/__admin/health" 2>/dev/null; then
    log "port $SANDBOX_UBERCONFERENCE_PORT already has a WireMock this script did not start; stop it and run again"
    exit 1
  fi
  ensure_wiremock sandbox-uberconference "$SANDBOX_UBERCONFERENCE_PORT" "$ROOT/sandbox/uberconference" --max-request-journal-entries 1000
  sandbox_uberconference_pid=$(cat "$STATE_DIR/wiremock-sandbox-uberconference.pid")
  export UberConference__BaseUri="http://127.0.0.1:$SANDBOX_UBERCONFERENCE_PORT/"
  export UberConference__ApiKey="$SANDBOX_UBERCONFERENCE_KEY"
else
  uberconference_mode="REAL UberConference (Dialpad) at ${UberConference__BaseUri:-https://dialpad.com/ (default)}"
  log "using the REAL UberConference (Dialpad) API"
fi

# --- Build once, then run from the build output ---------------------------------------------------------------------
# One build for all services: `dotnet run` per service would build (and race on the shared projects) once per service.
# The tests are not built here: scripts/test.sh does that.
log "building the services (Release); log in .run/logs/build.log"
# stdin from /dev/null here and for the services: .NET writes terminal set-up codes to a terminal it finds there.
build_services() {
  local service
  for service in "${SERVICES[@]}"; do
    dotnet build "$ROOT/services/$service" -c Release -nologo || return 1
  done
}
if ! build_services </dev/null >"$STATE_DIR/logs/build.log" 2>&1; then
  log "the build failed; its errors:"
  grep -E ': error ' "$STATE_DIR/logs/build.log" | sort -u | tail -n 30 >&2 || tail -n 30 "$STATE_DIR/logs/build.log" >&2
  exit 1
fi
for service in "${SERVICES[@]}"; do
  [ -f "$(service_dll "$service")" ] || { log "the build made no $(service_dll "$service")"; exit 1; }
done

# --- room-events' own settings --------------------------------------------------------------------------------------
if [ -n "${ROOM_EVENTS_API_KEY:-}" ]; then
  api_key=$ROOM_EVENTS_API_KEY
  api_key_source="from ROOM_EVENTS_API_KEY"
else
  # Made once and kept, so that a re-run does not break the curl commands and clients already set up.
  if [ ! -s "$STATE_DIR/api-key" ]; then
    (umask 077 && openssl rand -hex 24 >"$STATE_DIR/api-key")
  fi
  api_key=$(cat "$STATE_DIR/api-key")
  api_key_source="generated, kept in .run/api-key"
fi
# An absolute path: each service runs in its build output folder (so that it finds its appsettings.json).
room_events_db="Data Source=$STATE_DIR/room-events.db"

# start_service NAME: runs the built dll in the background. Secrets travel in the environment, never in the
# command line (which `ps` shows to every user).
start_service() {
  local name=$1 dll dir
  dll=$(service_dll "$name")
  dir=$(dirname "$dll")
  case $name in
    hangout-bridge)
      (cd "$dir" && Urls="$HANGOUT_BRIDGE_URL" exec dotnet "$dll") </dev/null >"$STATE_DIR/logs/$name.log" 2>&1 &
      ;;
    uberconference-bridge)
      (cd "$dir" && Urls="$UBERCONFERENCE_BRIDGE_URL" exec dotnet "$dll") </dev/null >"$STATE_DIR/logs/$name.log" 2>&1 &
      ;;
    room-events)
      # The development sign-in lets a browser pick a team, room and member on the page; never on in production.
      (cd "$dir" && Urls="$ROOM_EVENTS_URL" RoomEvents__ApiKeys__0="$api_key" RoomEvents__DevSignIn=true \
        ConnectionStrings__RoomEvents="${ConnectionStrings__RoomEvents:-$room_events_db}" \
        exec dotnet "$dll") </dev/null >"$STATE_DIR/logs/$name.log" 2>&1 &
      ;;
  esac
  started_pids[$name]=$!
  echo "${started_pids[$name]}" >"$STATE_DIR/$name.pid"
  log "started $name (pid ${started_pids[$name]}); log in .run/logs/$name.log"
}

# wait_ready NAME: until /health/ready answers 200; gives up early when the process has died.
wait_ready() {
  local name=$1 url deadline=$((SECONDS + 120))
  url="$(service_url "$name")/health/ready"
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ! kill -0 "${started_pids[$name]}" 2>/dev/null; then
      log "$name exited while starting; the end of .run/logs/$name.log:"
      tail -n 30 "$STATE_DIR/logs/$name.log" >&2
      return 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      log "$name is not ready after 120 s ($url); the end of .run/logs/$name.log:"
      tail -n 30 "$STATE_DIR/logs/$name.log" >&2
      return 1
    fi
    sleep 0.5
  done
  log "$name is ready"
}

for service in "${SERVICES[@]}"; do start_service "$service"; done
for service in "${SERVICES[@]}"; do wait_ready "$service"; done

cat <<EOF

The suite is running:
  room-events            $ROOM_EVENTS_URL   the room page: $ROOM_EVENTS_URL/   log .run/logs/room-events.log
  hangout-bridge         $HANGOUT_BRIDGE_URL   log .run/logs/hangout-bridge.log
  uberconference-bridge  $UBERCONFERENCE_BRIDGE_URL   log .run/logs/uberconference-bridge.log
  RabbitMQ               amqp://127.0.0.1:5672 (management http://127.0.0.1:15672, guest/guest)
  Google                 $google_mode
  UberConference         $uberconference_mode

API key ($api_key_source): $api_key

Try it (README.md, "Try it", walks through more):
  K=\$(cat .run/api-key); H="Authorization: Bearer \$K"; J='Content-Type: application/json'
  curl -X PUT $ROOM_EVENTS_URL/api/teams/acme -H "\$H" -H "\$J" -d '{"name":"Acme","locale":"en","admins":["alice"],
    "providers":{"google-hangout":{"enabled":true},"uberconference":{"enabled":true,"pin":"123456"}}}'
  curl -X PUT $ROOM_EVENTS_URL/api/rooms/general -H "\$H" -H "\$J" -d '{"teamId":"acme","name":"General","members":[
    {"userId":"alice","name":"Alice","email":"alice@example.com"},{"userId":"bob","name":"Bob","email":"bob@example.com"}]}'
  curl -X POST $ROOM_EVENTS_URL/api/rooms/general/conferences -H "\$H" -H "\$J" -H 'X-User-Id: alice' \\
    -d '{"provider":"uberconference","topic":"Weekly sync"}'
  curl $ROOM_EVENTS_URL/api/rooms/general/messages -H "\$H" -H 'X-User-Id: bob'

Press Ctrl-C to stop everything this script started.
EOF

# In the foreground until a signal (the traps stop everything) or until a service dies on its own (then the rest
# is stopped too: half a suite only confuses).
while true; do
  wait -n "${started_pids[@]}" || true
  for service in "${SERVICES[@]}"; do
    if ! kill -0 "${started_pids[$service]}" 2>/dev/null; then
      log "$service exited on its own; the end of .run/logs/$service.log:"
      tail -n 30 "$STATE_DIR/logs/$service.log" >&2
      exit 1
    fi
  done
done
