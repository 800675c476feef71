#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on a Unix socket for the test that loads the SQL export into
# PostgreSQL, when this machine has the server binaries; prints the psql command prefix to use.
# Prints nothing (and the test skips, saying so) when there is no server to start.
# "postgres.sh stop DIR" stops the server started in DIR (the folder after psql's -h) and removes it.
set -u
initdb=$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | head -n 1)
[ -n "$initdb" ] || exit 0
bin=$(dirname "$initdb")
[ -x "$bin/pg_ctl" ] || exit 0
if [ "${1:-}" = stop ]; then
  dir=$2
  case $dir in /tmp/recognition-etl-pg.*) ;; *) echo "postgres.sh: not a folder of ours: $dir" >&2; exit 1 ;; esac
  stop_as=""
  [ "$(id -u)" = 0 ] && stop_as="runuser -u recognition-ci --"
  $stop_as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$dir"
  exit 0
fi
dir=$(mktemp -d /tmp/recognition-etl-pg.XXXXXX)
port=$((20000 + RANDOM % 20000))
run_as=""
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root: use an unprivileged account
  id recognition-ci >/dev/null 2>&1 || useradd --no-create-home --shell /usr/sbin/nologin recognition-ci >/dev/null 2>&1 || exit 0
  chown recognition-ci "$dir"
  run_as="runuser -u recognition-ci --"
fi
$run_as "$bin/initdb" -D "$dir/data" -U postgres -A trust >/dev/null 2>&1 || exit 0
$run_as "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=''" -l "$dir/log" -w start >/dev/null 2>&1 || exit 0
echo "psql -h $dir -p $port -U postgres"
