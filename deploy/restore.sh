#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database, in one transaction (all or nothing).
#   createdb drafting_restored   # or a fresh server / volume
#   DATABASE_URL=postgresql://user:password@host:5432/drafting_restored deploy/restore.sh drafting.dump
# Then point the service at it (QUARKUS_DATASOURCE_JDBC_URL) and restart every replica: their
# caches of issued revisions belong to the database they ran against.
# Which database: see deploy/db-connection.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
in="${1:?usage: restore.sh INPUT.dump [pg_restore options]}"
shift
[ -f "$in" ] || { echo "No such backup: $in" >&2; exit 2; }
. "$here/db-connection.sh"

tables="$(psql "${CONNECT[@]}" -X -A -t -v ON_ERROR_STOP=1 \
  -c "select count(*) from pg_tables where schemaname = 'public'")"
if [ "$tables" != "0" ]; then
  echo "The target database already has $tables tables: restore into an empty database" >&2
  exit 3
fi
pg_restore "${CONNECT[@]}" --no-owner --no-privileges --exit-on-error --single-transaction "$@" "$in"
echo "Restored $in ($(psql "${CONNECT[@]}" -X -A -t -c "select count(*) from pg_tables where schemaname = 'public'") tables)"
