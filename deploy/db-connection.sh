# Sourced by backup.sh and restore.sh: points libpq (PGHOST, PGPORT, PGUSER, PGPASSWORD,
# PGDATABASE) at the database to use, and PG_BIN at the client tools.
#   DATABASE_URL=postgresql://user:password@host:5432/drafting  an external server (libpq URI), or
#   PG* variables already set                                  used as they are, or
#   neither: the embedded PostgreSQL of a running `java -jar` service, found through the
#   postmaster.pid of its data directory (DRAFTING_DATA_DIR, default ~/.drafting-desk/postgres).
# PG_BIN: directory of pg_dump/pg_restore/psql (default: from PATH; Debian: apt-get install
# postgresql-client-15). The client must be at least the server's major version.

if [ -n "${PG_BIN:-}" ]; then
  PATH="$PG_BIN:$PATH"
fi
for tool in pg_dump pg_restore psql; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool not found: install postgresql-client or set PG_BIN" >&2; exit 2; }
done

CONNECT=()
if [ -n "${DATABASE_URL:-}" ]; then
  CONNECT=(--dbname="$DATABASE_URL")
elif [ -z "${PGHOST:-}${PGPORT:-}${PGDATABASE:-}" ]; then
  data_dir="${DRAFTING_DATA_DIR:-$HOME/.drafting-desk/postgres}"
  pid_file="$data_dir/postmaster.pid"
  if [ ! -f "$pid_file" ]; then
    echo "No DATABASE_URL or PG* variables, and no running embedded PostgreSQL in $data_dir" >&2
    echo "(start the service first: the embedded server runs only while it does)" >&2
    exit 2
  fi
  # postmaster.pid: line 4 is the port, line 5 the socket directory.
  export PGPORT="$(sed -n 4p "$pid_file")"
  export PGHOST=localhost PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-postgres}"
  export PGDATABASE="${PGDATABASE:-postgres}"
fi
if [ ${#CONNECT[@]} -eq 0 ]; then
  # Always name the database: pg_restore without one would print SQL instead of restoring.
  CONNECT=(--dbname="${PGDATABASE:-${PGUSER:-$(id -un)}}")
fi
