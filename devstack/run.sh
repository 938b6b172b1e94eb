#!/usr/bin/env bash
# Builds Lá Chắn and starts the whole platform on this machine: embedded PostgreSQL, Redis and
# Keycloak (unless LACHAN_DB_URL / LACHAN_REDIS_URL name servers), the four services and the gateway.
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
version=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' || true)
if [ -z "$version" ] || [ "${version%%.*}" -lt 21 ]; then
  echo "Lá Chắn needs a JDK 21 or newer (found: ${version:-no java}): set JAVA_HOME, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64" >&2
  exit 1
fi
./mvnw -B -q -DskipTests install
exec "$java_bin" -jar devstack/target/devstack-*-exec.jar
