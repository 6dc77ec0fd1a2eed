#!/usr/bin/env bash
# Makes sure PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) are running, starting them
# when they are installed but stopped, and creates the development database `consilium`.
# The same services as docker/compose.yml, for machines without Docker.
set -euo pipefail

PGHOST=127.0.0.1
PGPORT=${PGPORT:-5432}
REDIS_PORT=${REDIS_PORT:-6379}

pg_up() { pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; }
redis_up() { [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]; }

wait_for() { # name, check function
  for _ in $(seq 1 60); do "$2" && return 0; sleep 0.5; done
  echo "services: $1 did not become ready" >&2
  return 1
}

if ! pg_up; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "services: starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  else
    echo "services: PostgreSQL is not installed. Install it (Debian: apt-get install postgresql) or use docker/compose.yml." >&2
    exit 1
  fi
  wait_for PostgreSQL pg_up
fi

if ! redis_up; then
  if command -v redis-server >/dev/null 2>&1; then
    echo "services: starting Redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null
  else
    echo "services: Redis is not installed. Install it (Debian: apt-get install redis-server) or use docker/compose.yml." >&2
    exit 1
  fi
  wait_for Redis redis_up
fi

if ! psql -h "$PGHOST" -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'consilium'" postgres | grep -q 1; then
  psql -h "$PGHOST" -p "$PGPORT" -U postgres -qc "CREATE DATABASE consilium" postgres
  echo "services: created database consilium"
fi
echo "services: PostgreSQL on $PGHOST:$PGPORT and Redis on 127.0.0.1:$REDIS_PORT are up"
