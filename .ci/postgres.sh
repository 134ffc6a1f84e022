# Sourced by .ci/run: a throwaway PostgreSQL cluster for the store tests. Installs the Debian package
# when no server is installed, starts a cluster in a temporary folder on a free loopback port (as the
# `postgres` user when run as root: the server refuses to run as root), and exports
# QUOTEBOT_TEST_DATABASE_URL; `stop_test_postgres` stops it and removes the folder. When no server can
# be had, QUOTEBOT_TEST_PG_SKIP says why, and the store tests print it as they skip.
pg_bindir() {
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  return 1
}

start_test_postgres() {
  local bin port user
  if ! bin="$(pg_bindir)"; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "--- installing PostgreSQL from the Debian packages"
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } || true
    fi
    if ! bin="$(pg_bindir)"; then
      export QUOTEBOT_TEST_PG_SKIP="PostgreSQL is not installed and could not be installed (apt-get install postgresql failed or is unavailable)"
      echo "$QUOTEBOT_TEST_PG_SKIP"; return 0
    fi
  fi
  PG_TEST_DIR="$(mktemp -d /tmp/quotebot-pg.XXXXXX)"
  user="$(id -un)"
  if [ "$(id -u)" = 0 ]; then
    user=postgres
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_TEST_DIR"
  fi
  chmod 700 "$PG_TEST_DIR"
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  if ! as_pg "$bin/initdb" -D "$PG_TEST_DIR/data" -U quotebot -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || ! as_pg "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
      -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; then
    export QUOTEBOT_TEST_PG_SKIP="the test PostgreSQL cluster did not start: $(tail -3 "$PG_TEST_DIR"/*.log 2>/dev/null | tr '\n' ' ')"
    echo "$QUOTEBOT_TEST_PG_SKIP"; return 0
  fi
  PG_TEST_BIN="$bin"
  export QUOTEBOT_TEST_DATABASE_URL="postgres://quotebot@127.0.0.1:$port/postgres"
  echo "--- test PostgreSQL ($("$bin/postgres" --version)) on 127.0.0.1:$port"
}

stop_test_postgres() {
  if [ -n "${PG_TEST_DIR:-}" ]; then
    if [ -n "${PG_TEST_BIN:-}" ]; then
      if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
      else "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    fi
    rm -rf "$PG_TEST_DIR"
    PG_TEST_DIR=""
  fi
}
