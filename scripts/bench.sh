#!/usr/bin/env bash
# The end-to-end benchmark: starts RabbitMQ and WireMock on loopback (installing them when missing), builds the suite
# in Release, and measures it as processes against the floors it stands on (raw RabbitMQ.Client, MassTransit).
# Prints one table and writes it to bench/results/latest.md (bench/results/smoke.md with --smoke).
# Usage: scripts/bench.sh [--smoke]
set -euo pipefail
source "$(dirname "$0")/lib/servers.sh"

ensure_rabbitmq
ensure_wiremock tests 18080

export CONFERENCING_TEST_WIREMOCK=http://127.0.0.1:18080
export CONFERENCING_TEST_RABBITMQ_MANAGEMENT=http://127.0.0.1:15672

cd "$ROOT"
dotnet build bench/Benchmark.csproj -c Release -nologo -v quiet
dotnet run --project bench/Benchmark.csproj -c Release --no-build -- "$@"
