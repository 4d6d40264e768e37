#!/usr/bin/env bash
# Starts Keycloak for the keycloak profile at http://localhost:8180 (KEYCLOAK_PORT), in development
# mode, with the realm of keycloak/dvc-realm.json and the demo users of keycloak/demo/ imported. Java 17 is enough; the distribution
# comes from Maven Central into target/keycloak on the first run.
# The realm is imported once: after regenerating dvc-realm.json, start with --fresh to re-import.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
home="target/keycloak/keycloak-$version"
if [ ! -d "$home" ]; then
  ./mvnw -q dependency:unpack@keycloak-server
fi
if [ "${1:-}" = "--fresh" ]; then
  rm -rf "$home/data"
fi
mkdir -p "$home/data/import"
cp keycloak/dvc-realm.json keycloak/demo/dvc-users-0.json "$home/data/import/"
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_ADMIN:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}"
exec bash "$home/bin/kc.sh" start-dev --http-port="${KEYCLOAK_PORT:-8180}" --import-realm
