#!/usr/bin/env bash
# Checks the sandbox Google mappings: starts a WireMock with this folder as its root dir on a spare port, calls every
# mapping the way hangout-bridge does, checks the answers with jq, and stops the WireMock again.
# Usage: sandbox/google/verify.sh [port]   (default 18181, so that it never meets run.sh's 18081 or the tests' 18080)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=../../scripts/lib/servers.sh
source "$(dirname "$0")/../../scripts/lib/servers.sh"

port=${1:-18181}
name=sandbox-verify
base="http://127.0.0.1:$port"
auth='Authorization: Bearer sandbox-token'

command -v jq >/dev/null || apt_install jq
# A WireMock already on the port would have other mappings: checking it would prove nothing.
if curl -fsS -o /dev/null "$base/__admin/health" 2>/dev/null; then
  log "port $port is taken; pass another: $0 PORT"; exit 1
fi
trap 'stop_wiremock "$name"' EXIT
ensure_wiremock "$name" "$port" "$ROOT/sandbox/google"

failures=0
# check DESCRIPTION EXPECTED_STATUS JQ_FILTER CURL_ARGS...: one call; the body must be JSON and satisfy the filter.
check() {
  local what=$1 want=$2 filter=$3 status body; shift 3
  body=$(mktemp)
  status=$(curl -sS -o "$body" -w '%{http_code}' "$@")
  if [ "$status" = "$want" ] && jq -e "$filter" "$body" >/dev/null 2>&1; then
    printf 'ok    %s\n' "$what"
  else
    printf 'FAIL  %s (HTTP %s)\n' "$what" "$status"; cat "$body"; echo
    failures=$((failures + 1))
  fi
  rm -f "$body"
}

id=0u3c7f9e2f7b4a639c558a1c3c
events="$base/calendar/v3/calendars/primary/events"
insert_body() { # id summary type
  jq -nc --arg id "$1" --arg summary "$2" --arg type "$3" '{
    id: $id, summary: $summary,
    start: {dateTime: "2025-06-01T10:00:00Z"}, end: {dateTime: "2025-06-01T10:30:00Z"},
    conferenceData: {createRequest: {requestId: "req-\($id)", conferenceSolutionKey: {type: $type}}}}'
}
meet_event='
  (.hangoutLink | test("^https://meet\\.google\\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}$"))
  and .conferenceData.conferenceId == (.hangoutLink | ltrimstr("https://meet.google.com/"))
  and .conferenceData.createRequest.conferenceSolutionKey.type == "hangoutsMeet"
  and .conferenceData.createRequest.status.statusCode == "success"
  and .conferenceData.conferenceSolution == {key: {type: "hangoutsMeet"}, name: "Google Meet", iconUri: .conferenceData.conferenceSolution.iconUri}
  and ([.conferenceData.entryPoints[] | select(.entryPointType == "video")][0]
       | .uri == "https://meet.google.com/\(.label | ltrimstr("meet.google.com/"))")
  and ([.conferenceData.entryPoints[] | select(.entryPointType == "phone")][0]
       | .uri == "tel:+1-555-010-0199" and .label == "+1 555-010-0199" and (.pin | test("^[0-9]{9}$")) and .regionCode == "US")
  and ([.conferenceData.entryPoints[] | select(.entryPointType == "more")][0]
       | .uri | startswith("https://tel.meet/"))'

check "token endpoint hands out sandbox-token" 200 \
  '.access_token == "sandbox-token" and .expires_in == 3600 and .token_type == "Bearer"' \
  -X POST "$base/token" --data-urlencode grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer --data-urlencode assertion=a.b.c
check "token endpoint refuses other grants" 400 '.error == "invalid_request"' \
  -X POST "$base/token" -d grant_type=client_credentials

# User text travels through the template: quotes, a backslash and markup must come back intact, as valid JSON.
export SUMMARY='Standup "daily" \ <!here> & <b>'
check "events.insert: Meet conference, id/summary/requestId echoed" 200 \
  "$meet_event and .id == \"$id\" and .summary == \$ENV.SUMMARY and .conferenceData.createRequest.requestId == \"req-$id\"" \
  -X POST "$events?conferenceDataVersion=1&sendUpdates=none" -H "$auth" -H 'Content-Type: application/json' \
  --data-binary "$(insert_body "$id" "$SUMMARY" hangoutsMeet)"
first_link=$(curl -sS -X POST "$events?conferenceDataVersion=1" -H "$auth" --data-binary "$(insert_body "$id" x hangoutsMeet)" | jq -r .hangoutLink)
check "events.get: same conference for the same id" 200 \
  "$meet_event and .id == \"$id\" and .hangoutLink == \"$first_link\"" \
  "$events/$id" -H "$auth"
check "events.insert: different ids, different codes" 200 \
  "$meet_event and .hangoutLink != \"$first_link\"" \
  -X POST "$events?conferenceDataVersion=1" -H "$auth" --data-binary "$(insert_body 0u3c7f9e2f7b4a639c558a1c40 x hangoutsMeet)"
check "events.insert: short id (5 chars) still gets a code" 200 "$meet_event" \
  -X POST "$events?conferenceDataVersion=1" -H "$auth" --data-binary "$(insert_body ab012 x hangoutsMeet)"
check "events.insert without conferenceDataVersion=1: conference silently dropped" 200 \
  '.id and (has("conferenceData") | not) and (has("hangoutLink") | not)' \
  -X POST "$events" -H "$auth" --data-binary "$(insert_body "$id" x hangoutsMeet)"
check "events.insert with eventHangout: 400 Invalid conference type value." 400 \
  '.error.code == 400 and .error.message == "Invalid conference type value."' \
  -X POST "$events?conferenceDataVersion=1" -H "$auth" --data-binary "$(insert_body "$id" x eventHangout)"
check "events.insert with a non-base32hex id: 400" 400 '.error.errors[0].reason == "invalid"' \
  -X POST "$events?conferenceDataVersion=1" -H "$auth" --data-binary "$(insert_body Not-Base32 x hangoutsMeet)"
check "events.insert without a bearer token: 401" 401 '.error.errors[0].reason == "authError"' \
  -X POST "$events?conferenceDataVersion=1" --data-binary "$(insert_body "$id" x hangoutsMeet)"
check "events.get with an impossible id: 404" 404 '.error.errors[0].reason == "notFound"' \
  "$events/NOT_AN_ID" -H "$auth"

check "no request went unmatched" 200 '.requests | length == 0' "$base/__admin/requests/unmatched"
if [ "$failures" -ne 0 ]; then log "$failures check(s) failed"; exit 1; fi
log "sandbox Google mappings: all checks passed"
