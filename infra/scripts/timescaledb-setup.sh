#!/usr/bin/env bash
# Puts TimescaleDB into this machine's PostgreSQL 15 (from ../shared/timescaledb, when present)
# and creates the role the TimescaleDB tests connect as. Idempotent; needs root.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
shared=${EMOTICCTV_SHARED:-$repo/../shared}
if [ ! -x "$shared/timescaledb/install.sh" ]; then
  echo "timescaledb-setup: $shared/timescaledb is absent; TimescaleDB tests will be skipped"
  exit 0
fi
"$shared/timescaledb/install.sh"
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'emoticctv'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE emoticctv LOGIN CREATEDB PASSWORD 'emoticctv'\""
