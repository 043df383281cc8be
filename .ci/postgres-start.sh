#!/usr/bin/env bash
# Installs PostgreSQL when absent and starts a throw-away cluster on 127.0.0.1:55432.
# Writes /tmp/argus-ci-postgres/env exporting ARGUS_TEST_POSTGRES (a non-superuser role with CREATEDB, so that
# row-level security applies to it) and ARGUS_TEST_POSTGRES_ADMIN (a superuser).
set -euo pipefail
root=${ARGUS_CI_PG_ROOT:-/tmp/argus-ci-postgres}
port=${ARGUS_CI_PG_PORT:-55432}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing postgresql"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

if [ -f "$root/data/postmaster.pid" ]; then
  su postgres -c "$bin/pg_ctl -D $root/data -m fast stop" >/dev/null 2>&1 || true
fi
rm -rf "$root"
mkdir -p "$root"
chown postgres:postgres "$root"
su postgres -c "$bin/initdb -D $root/data -A scram-sha-256 -U postgres --pwfile=<(echo argus-ci-admin) -E UTF8" >/dev/null
su postgres -c "$bin/pg_ctl -D $root/data -l $root/server.log -w -o \"-p $port -k $root -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off\" start" >/dev/null
PGPASSWORD=argus-ci-admin psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE argus LOGIN PASSWORD 'argus-ci' CREATEDB NOSUPERUSER NOBYPASSRLS;"

cat > "$root/env" <<ENV
export ARGUS_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=argus;Password=argus-ci;Database=postgres'
export ARGUS_TEST_POSTGRES_ADMIN='Host=127.0.0.1;Port=$port;Username=postgres;Password=argus-ci-admin;Database=postgres'
ENV
echo "postgresql ready on 127.0.0.1:$port"
