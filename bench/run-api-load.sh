#!/usr/bin/env bash
# API load: requests per second and latency percentiles of one GraphQL query listing 50 playbooks
# (`cacaoPlaybooks(first: 50)`), sent by wrk to a real `argus serve` process, on SQLite and on PostgreSQL.
# Each run imports PLAYBOOKS small playbooks into a fresh database first, and lifts the per-token rate limit.
#
# Usage: bench/run-api-load.sh [sqlite] [postgres]      (default: both; postgres needs ARGUS_BENCH_POSTGRES_ADMIN)
# Env:   ARGUS_BENCH_POSTGRES_ADMIN  a superuser (or CREATEDB) Npgsql connection string to create a throw-away database,
#                                    e.g. the one .ci/postgres-start.sh exports as ARGUS_TEST_POSTGRES_ADMIN
#        PLAYBOOKS (default 500), DURATION (wrk seconds, default 20), CONNECTIONS (default 32), THREADS (default 2),
#        PORT (default 5931)
# Needs: .NET 10 SDK, wrk (apt-get install -y wrk), psql for PostgreSQL (postgresql-client).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
playbooks="${PLAYBOOKS:-500}"
duration="${DURATION:-20}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
port="${PORT:-5931}"
providers=("$@")
[[ ${#providers[@]} -gt 0 ]] || providers=(sqlite postgres)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/argus-api-load.XXXXXX")"
server_pid=""
pg_database=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [[ -n "$pg_database" ]] && psql "$(libpq "$ARGUS_BENCH_POSTGRES_ADMIN")" -qc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Npgsql "Host=h;Port=p;Username=u;Password=w;Database=d" -> libpq "host=h port=p user=u password=w dbname=d".
libpq() {
  local out="" pair key value
  IFS=';' read -ra pairs <<<"$1"
  for pair in "${pairs[@]}"; do
    [[ -z "$pair" ]] && continue
    key="${pair%%=*}"; value="${pair#*=}"
    case "${key,,}" in
      host|server) out+="host=$value " ;; port) out+="port=$value " ;; username|user\ id|user) out+="user=$value " ;;
      password) out+="password=$value " ;; database) out+="dbname=$value " ;;
    esac
  done
  echo "$out"
}

echo "Started $(date -u +%FT%TZ) on $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg); $playbooks playbooks; wrk -t$threads -c$connections -d${duration}s"
dotnet build -c Release "$repo/src/Argus.Cli/Argus.Cli.csproj" -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet build -c Release "$repo/bench/Argus.Benchmarks/Argus.Benchmarks.csproj" -v quiet -nologo >>"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
argus=(dotnet "$repo/src/Argus.Cli/bin/Release/net10.0/argus.dll")
dotnet "$repo/bench/Argus.Benchmarks/bin/Release/net10.0/Argus.Benchmarks.dll" write-playbooks "$work/playbooks" "$playbooks" >/dev/null

cat >"$work/query.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("ARGUS_LOAD_TOKEN")
wrk.body = '{"query":"{ cacaoPlaybooks(first: 50) { edges { node { id modified name playbookTypes labels status classification stepCount importedAt } } pageInfo { hasNextPage endCursor } } }"}'
LUA

for provider in "${providers[@]}"; do
  data="$work/data-$provider"
  database_args=()
  if [[ "$provider" == postgres ]]; then
    [[ -n "${ARGUS_BENCH_POSTGRES_ADMIN:-}" ]] || { echo "postgres: skipped, ARGUS_BENCH_POSTGRES_ADMIN is not set" >&2; continue; }
    pg_database="argus_load_$RANDOM$RANDOM"
    psql "$(libpq "$ARGUS_BENCH_POSTGRES_ADMIN")" -qc "CREATE DATABASE $pg_database" >/dev/null
    connection="$(sed -E "s/(Database|database)=[^;]*/Database=$pg_database/" <<<"$ARGUS_BENCH_POSTGRES_ADMIN")"
    [[ "$connection" == *Database=* ]] || connection="$connection;Database=$pg_database"
    database_args=(--database "$connection")
  elif [[ "$provider" != sqlite ]]; then
    echo "unknown provider $provider (use sqlite or postgres)" >&2; exit 2
  fi

  "${argus[@]}" import --data "$data" "${database_args[@]}" --org load-org --status verified "$work"/playbooks/*.json >"$work/import-$provider.log" 2>&1 \
    || { tail -20 "$work/import-$provider.log"; exit 1; }
  ARGUS_LOAD_TOKEN="$("${argus[@]}" token create --data "$data" --org load-org --user load --clearance TOP_SECRET --role viewer)"
  export ARGUS_LOAD_TOKEN

  # The per-token rate limit (600 requests a minute by default) would answer most of the load with 429: lift it.
  Argus__Limits__RequestsPerMinute=1000000 Logging__LogLevel__Default=Warning "${argus[@]}" serve --urls "http://127.0.0.1:$port" --data "$data" "${database_args[@]}" \
    >"$work/serve-$provider.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "server did not start"; tail -20 "$work/serve-$provider.log"; exit 1; }
  rows="$(curl -fs -H "Authorization: Bearer $ARGUS_LOAD_TOKEN" -H 'Content-Type: application/json' \
    -d '{"query":"{ cacaoPlaybooks(first: 50) { edges { node { id } } } }"}' "http://127.0.0.1:$port/graphql" | grep -o '"id"' | wc -l)"
  [[ "$rows" == 50 ]] || { echo "the query returned $rows rows, expected 50" >&2; exit 1; }

  wrk -t"$threads" -c"$connections" -d5s -s "$work/query.lua" "http://127.0.0.1:$port/graphql" >/dev/null   # warm-up
  echo "== $provider ($(date -u +%T))"
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$work/query.lua" "http://127.0.0.1:$port/graphql" | tee "$work/wrk-$provider.txt"
  grep -E "Non-2xx|Socket errors" "$work/wrk-$provider.txt" && { echo "errors during the run" >&2; exit 1; }

  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
  if [[ -n "$pg_database" ]]; then
    psql "$(libpq "$ARGUS_BENCH_POSTGRES_ADMIN")" -qc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null; pg_database=""
  fi
done
