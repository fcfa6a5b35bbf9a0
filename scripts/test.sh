#!/usr/bin/env bash
# Runs every test: installs and starts RabbitMQ and WireMock on loopback when they are missing, then `dotnet test`.
# Usage: scripts/test.sh [extra dotnet test arguments, given to both runs below]
set -euo pipefail
source "$(dirname "$0")/lib/servers.sh"

ensure_rabbitmq
ensure_wiremock tests 18080

export CONFERENCING_TEST_WIREMOCK=http://127.0.0.1:18080
export CONFERENCING_TEST_RABBITMQ_MANAGEMENT=http://127.0.0.1:15672

cd "$ROOT"
dotnet build Conferencing.slnx -c Release -warnaserror -nologo -v quiet
# Every test project side by side, but the fault tests...
dotnet test Conferencing.slnx -c Release --no-build --nologo --filter "FullyQualifiedName!~Conferencing.Faults" "$@"
# ...which crash the shared RabbitMQ on purpose, so they run alone, last.
dotnet test tests/Faults.Tests/Faults.Tests.csproj -c Release --no-build --nologo "$@"
