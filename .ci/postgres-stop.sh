#!/usr/bin/env bash
# Stops the cluster started by postgres-start.sh.
set -euo pipefail
root=${ARGUS_CI_PG_ROOT:-/tmp/argus-ci-postgres}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
[ -f "$root/data/postmaster.pid" ] && su postgres -c "$bin/pg_ctl -D $root/data -m fast stop" >/dev/null
exit 0
