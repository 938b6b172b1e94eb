#!/usr/bin/env bash
# Measures Lá Chắn against the tools a user would compare it with (issue #15) and writes docs/benchmarks.md.
#   ./bench/run.sh          the report's figures (about 20 minutes on 2 cores, the stack's start and 1 M tips included)
#   ./bench/run.sh growth=10000,100000   the same with other growth steps (numbers of tips), e.g. on a busy machine
#   ./bench/run.sh tiny     a few seconds per side, to try the command (writes devstack/target/bench/benchmarks.md)
# On a shared machine run it alone: flock /work/.e2e.lock ./bench/run.sh
# Needs redis-tools (redis-benchmark, redis-cli), haproxy and pgbench (postgresql-client) on the PATH; a side whose
# tool is missing is reported as not measured.
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-full}"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
version=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' || true)
if [ -z "$version" ] || [ "${version%%.*}" -lt 21 ]; then
  echo "The benchmark needs a JDK 21 or newer (found: ${version:-no java}): set JAVA_HOME" >&2
  exit 1
fi
# the applications only; the portal's pages are not measured
./mvnw -B -q -o -DskipTests package -pl devstack -am -Dlachan.portal.skip=true -Dlachan.portal.skipChecks=true

# Ordinary settings of the gateway (README, Configuration): rate limits high enough that every request is
# served, so the hop itself is measured. Any of them given in the environment wins.
export LACHAN_RATE_PER_SECOND="${LACHAN_RATE_PER_SECOND:-100000}" LACHAN_RATE_BURST="${LACHAN_RATE_BURST:-200000}"
export LACHAN_PUBLIC_RATE_PER_SECOND="${LACHAN_PUBLIC_RATE_PER_SECOND:-100000}" \
  LACHAN_PUBLIC_RATE_BURST="${LACHAN_PUBLIC_RATE_BURST:-200000}"

report=docs/benchmarks.md
if [ "$size" = tiny ]; then report=devstack/target/bench/benchmarks.md; fi
jar=$(ls devstack/target/devstack-*-exec.jar | head -1)
exec "$java_bin" -Djava.awt.headless=true -Dloader.main=vn.lachan.devstack.bench.Bench -cp "$jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$size" "$report"
