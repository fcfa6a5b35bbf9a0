#!/usr/bin/env bash
# The end-to-end benchmark: starts RabbitMQ and WireMock on loopback (installing them when missing), builds the suite
# in Release, and measures it as processes against the floors it stands on (raw RabbitMQ.Client, MassTransit).
# Prints one table and writes it to bench/results/latest.md (bench/results/smoke.md with --smoke).
# Usage: scripts/bench.sh [--smoke]
set -euo pipefail
source "$(dirname "$0")/lib/servers.sh"

ensure_rabbitmq
# A WireMock of its own, fresh each run and without a request journal: the tests' one carries every stub and request
# of earlier runs, and matching against thousands of stubs would make the stub, not the suite, the bottleneck.
stop_wiremock bench
ensure_wiremock bench 18090 "" --no-request-journal

export CONFERENCING_TEST_WIREMOCK=http://127.0.0.1:18090
export CONFERENCING_TEST_RABBITMQ_MANAGEMENT=http://127.0.0.1:15672

cd "$ROOT"
dotnet build bench/Benchmark.csproj -c Release -nologo -v quiet
dotnet run --project bench/Benchmark.csproj -c Release --no-build -- "$@"
