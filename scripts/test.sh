#!/usr/bin/env bash
# Runs every test: installs and starts RabbitMQ and WireMock on loopback when they are missing, then `dotnet test`.
# Usage: scripts/test.sh [extra dotnet test arguments, given to both runs below]
set -euo pipefail
source "$(dirname "$0")/lib/servers.sh"

ensure_rabbitmq
ensure_wiremock tests 18080
# Start from an empty WireMock: stubs and requests left by earlier (or killed) runs would only slow its matching down.
curl -fsS -o /dev/null -X POST http://127.0.0.1:18080/__admin/reset
ensure_postgres
ensure_chromium

export CONFERENCING_TEST_WIREMOCK=http://127.0.0.1:18080
export CONFERENCING_TEST_RABBITMQ_MANAGEMENT=http://127.0.0.1:15672
# The scale-out tests always run on PostgreSQL (two instances, one database); the other room-events tests keep their
# SQLite files unless CONFERENCING_TEST_POSTGRES is set too (then every test class gets a PostgreSQL database).
export CONFERENCING_TEST_POSTGRES_SERVER="$POSTGRES_TEST_CONNECTION"
# The browser tests leave a screenshot of each state of the room page here (kept after the run).
export CONFERENCING_SCREENSHOTS="$ROOT/artifacts/screenshots"

cd "$ROOT"
dotnet build Conferencing.slnx -c Release -warnaserror -nologo -v quiet
# Every test project side by side, but the fault tests...
dotnet test Conferencing.slnx -c Release --no-build --nologo --filter "FullyQualifiedName!~Conferencing.Faults" "$@"
# ...which crash the shared RabbitMQ on purpose, so they run alone, last.
dotnet test tests/Faults.Tests/Faults.Tests.csproj -c Release --no-build --nologo "$@"
# A small pass of the benchmark, so that the benchmark itself keeps working (its numbers mean nothing at this size).
dotnet run --project bench/Benchmark.csproj -c Release --no-build -- --smoke
