#!/usr/bin/env bash
# Starts and stops the Keycloak the integration tests sign in with: the distribution from Maven Central,
# unpacked by the build, listening on 127.0.0.1 only, with the portal realm (and, for tests, a second
# realm and two extra clients) imported fresh at every start.
#
#   keycloak.sh start <keycloak-home> [--with-test-realms]
#   keycloak.sh stop  <keycloak-home>
#
# KEYCLOAK_PORT (default 8180) sets the port.
set -euo pipefail

cmd=${1:?start or stop}
home=$(cd "${2:?keycloak home}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
port=${KEYCLOAK_PORT:-8180}
pidfile="$home/keycloak.pid"
base="http://127.0.0.1:$port"

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

stop() {
    if running; then
        pid=$(cat "$pidfile")
        kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
}

case "$cmd" in
start)
    stop
    # a realm that already exists is not imported again: start from an empty store every time
    rm -rf "$home/data"
    mkdir -p "$home/data/import"
    cp "$here/portal-realm.json" "$home/data/import/"
    if [ "${3:-}" = "--with-test-realms" ]; then
        cp "$here/test/elsewhere-realm.json" "$home/data/import/"
    fi
    admin_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    echo "$admin_password" > "$home/admin-password"
    chmod 600 "$home/admin-password"
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
        setsid "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" --import-realm \
        > "$home/keycloak.log" 2>&1 < /dev/null &
    echo $! > "$pidfile"
    echo "Keycloak starting on $base (log: $home/keycloak.log)"
    for _ in $(seq 1 360); do
        if curl -sf -o /dev/null "$base/realms/portal/.well-known/openid-configuration"; then
            break
        fi
        if ! running; then
            tail -40 "$home/keycloak.log"
            echo "Keycloak stopped while starting" >&2
            exit 1
        fi
        sleep 0.5
    done
    curl -sf -o /dev/null "$base/realms/portal/.well-known/openid-configuration" || {
        tail -40 "$home/keycloak.log"; echo "Keycloak was not ready in 180 s" >&2; stop; exit 1; }
    if [ "${3:-}" = "--with-test-realms" ]; then
        kcadm="$home/bin/kcadm.sh"
        config="$home/kcadm.config"
        "$kcadm" config credentials --config "$config" --server "$base" --realm master --user admin \
            --password "$admin_password" >/dev/null
        for client in "$here"/test/*-client.json; do
            "$kcadm" create clients --config "$config" -r portal -f "$client" >/dev/null
        done
    fi
    echo "Keycloak ready on $base"
    ;;
stop)
    stop
    echo "Keycloak stopped"
    ;;
*)
    echo "usage: $0 start|stop <keycloak-home> [--with-test-realms]" >&2
    exit 2
    ;;
esac
