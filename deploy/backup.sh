#!/usr/bin/env bash
# Backs up the Drafting Desk database to one file (pg_dump custom format: compressed, restorable
# table by table, consistent even while the service writes).
#   deploy/backup.sh drafting-$(date +%F).dump [extra pg_dump options]
# Which database: see deploy/db-connection.sh (DATABASE_URL, PG* variables, or the embedded one).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: backup.sh OUTPUT.dump [pg_dump options]}"
shift
. "$here/db-connection.sh"

tmp="$out.partial"
pg_dump "${CONNECT[@]}" --format=custom --no-owner --no-privileges --file="$tmp" "$@"
# A dump that cannot be listed is no backup: check before keeping it.
pg_restore --list "$tmp" >/dev/null
mv "$tmp" "$out"
echo "Backed up to $out ($(wc -c <"$out") bytes; $(pg_restore --list "$out" | grep -c ' TABLE DATA ') tables)"
