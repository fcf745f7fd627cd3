#!/usr/bin/env bash
# A MariaDB read replica on this machine, for ./scalemart up --external:
#
#   deploy/mariadb/replica.sh start|stop|status [--primary host:port] [--port 3307] [--dir <data dir>]
#
# start   installs a server into the data dir on first use (mariadb-install-db), starts it
#         on 127.0.0.1:<port>, seeds it from a consistent dump of the primary's databases
#         (mariadb-dump --single-transaction --gtid --master-data) and makes it a GTID
#         replica of the primary (CHANGE MASTER TO ... MASTER_USE_GTID = slave_pos).
#         Started again on the same data dir, it resumes from the GTID position it applied.
# stop    stops it; its data dir stays, so the next start resumes.
# status  its replication threads, Seconds_Behind_Master and GTID positions.
#         Exit 0 replicating, 1 running but not replicating, 3 not running.
#
# The primary needs binary logging (log_bin, server_id, binlog_format=ROW). This script
# reads the primary's settings and never changes them. It logs in to the primary as
# MARIADB_USER (root) with MARIADB_PASSWORD (empty): that user needs RELOAD and
# REPLICATION SLAVE (or REPLICATION REPLICA ADMIN) for the dump and the replication.
# The replica's own root has no password and answers on 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
USAGE="usage: deploy/mariadb/replica.sh start|stop|status [--primary host:port] [--port 3307] [--dir <data dir>]"
READY_TIMEOUT=30
STOP_TIMEOUT=60

PRIMARY="127.0.0.1:3306"
PORT=3307
DIR="$ROOT/.scalemart/replica"
PRIMARY_USER="${MARIADB_USER:-root}"
PRIMARY_PASSWORD="${MARIADB_PASSWORD:-}"

fail() {
  echo "replica.sh: $*" >&2
  exit 1
}

usage_error() {
  echo "replica.sh: $*; $USAGE" >&2
  exit 2
}

# --- arguments ------------------------------------------------------------------------

COMMAND="${1:-}"
case "$COMMAND" in
  start | stop | status) shift ;;
  -h | --help | help)
    echo "$USAGE"
    exit 0
    ;;
  "") usage_error "no command given" ;;
  *) usage_error "unknown command '$COMMAND'" ;;
esac

while [[ $# -gt 0 ]]; do
  option="$1"
  value=""
  case "$option" in
    --*=*)
      value="${option#*=}"
      option="${option%%=*}"
      shift
      ;;
    --primary | --port | --dir)
      [[ $# -ge 2 ]] || usage_error "$option needs a value"
      value="$2"
      shift 2
      ;;
    *)
      usage_error "unknown option '$option'"
      ;;
  esac
  case "$option" in
    --primary) PRIMARY="$value" ;;
    --port) PORT="$value" ;;
    --dir) DIR="$value" ;;
    *) usage_error "unknown option '$option'" ;;
  esac
done

valid_port() {
  [[ "$1" =~ ^[0-9]{1,5}$ ]] && ((10#$1 >= 1 && 10#$1 <= 65535))
}

valid_port "$PORT" || usage_error "--port must be a port number between 1 and 65535, got '$PORT'"
PORT=$((10#$PORT))
PRIMARY_HOST="${PRIMARY%:*}"
PRIMARY_PORT="${PRIMARY##*:}"
if [[ "$PRIMARY" != *:* || -z "$PRIMARY_HOST" ]] || ! valid_port "$PRIMARY_PORT"; then
  usage_error "--primary must be host:port (e.g. 127.0.0.1:3306), got '$PRIMARY'"
fi
PRIMARY_PORT=$((10#$PRIMARY_PORT))
[[ -n "$DIR" ]] || usage_error "--dir must not be empty"
DIR="$(realpath -m -- "$DIR")"
DATA="$DIR/data"
SOCKET="$DIR/mariadbd.sock"
PID_FILE="$DIR/mariadbd.pid"
ERROR_LOG="$DIR/mariadbd.err"

# --- tools ----------------------------------------------------------------------------

# Finds a MariaDB program on the PATH or where Debian installs it.
program() {
  local found
  found="$(command -v "$1" 2>/dev/null || true)"
  [[ -z "$found" && -x "/usr/sbin/$1" ]] && found="/usr/sbin/$1"
  [[ -z "$found" && -x "/usr/bin/$1" ]] && found="/usr/bin/$1"
  [[ -n "$found" ]] || fail "$1 is not installed: install Debian's MariaDB server and client (apt-get install -y mariadb-server mariadb-client)"
  echo "$found"
}

# The primary, over TCP even for "localhost" (which would otherwise mean its socket).
# The password goes through the environment, not the command line, where ps shows it.
primary_sql() {
  MYSQL_PWD="$PRIMARY_PASSWORD" "$MARIADB" --no-defaults --protocol=TCP --host="$PRIMARY_HOST" \
    --port="$PRIMARY_PORT" --user="$PRIMARY_USER" --connect-timeout=5 --batch --skip-column-names -e "$1"
}

# The replica, as its root, through its own socket in the data dir.
replica_sql() {
  "$MARIADB" --no-defaults --socket="$SOCKET" --user=root --connect-timeout=5 --batch --skip-column-names -e "$1"
}

# SHOW SLAVE STATUS, one "Name: value" a line; empty when replication is not configured.
slave_status() {
  "$MARIADB" --no-defaults --socket="$SOCKET" --user=root --connect-timeout=5 --batch -e "SHOW SLAVE STATUS\G"
}

# One field of a slave_status text.
field() {
  sed -n "s/^ *$1: //p" <<<"$2" | head -n 1
}

sql_string() {
  printf "'%s'" "${1//\'/\'\'}"
}

one_line() {
  tr '\n' ' ' | sed 's/  */ /g; s/^ *//; s/ *$//'
}

# The PID of the replica's server if it runs, else nothing.
running_pid() {
  local pid
  [[ -f "$PID_FILE" ]] || return 0
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "--datadir=$DATA "; then
    echo "$pid"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop_server() {
  local pid="$1" deadline=$((SECONDS + STOP_TIMEOUT))
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
}

# --- commands -------------------------------------------------------------------------

start() {
  MARIADB="$(program mariadb)"
  local mariadbd install_db dump pid
  mariadbd="$(program mariadbd)"
  install_db="$(program mariadb-install-db)"
  dump="$(program mariadb-dump)"

  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    echo "A replica already runs from $DIR (PID $pid, port $(replica_sql 'SELECT @@port')): ./deploy/mariadb/replica.sh status --dir $DIR"
    return 0
  fi
  if port_in_use "$PORT"; then
    fail "port $PORT is in use: stop what holds it (ss -ltnp 'sport = :$PORT') or choose another with --port"
  fi

  local settings error log_bin primary_id binlog_format
  if ! settings="$(primary_sql "SELECT @@log_bin, @@server_id, @@binlog_format" 2>&1)"; then
    error="$(echo "$settings" | head -n 1)"
    fail "cannot reach the primary at $PRIMARY as $PRIMARY_USER ($error): start it, or name another with --primary (and its login with MARIADB_USER / MARIADB_PASSWORD)"
  fi
  read -r log_bin primary_id binlog_format <<<"$settings"
  if [[ "$log_bin" != 1 ]]; then
    fail "the primary at $PRIMARY has binary logging off (@@log_bin = 0): add log_bin, server_id=1 and binlog_format=ROW under [mariadbd] in its configuration and restart it; this script never changes the primary"
  fi
  if [[ "$binlog_format" != ROW ]]; then
    echo "Note: the primary logs in $binlog_format format; binlog_format=ROW is what the platform is built for."
  fi
  # Unique among the servers of this machine: one replica per port.
  local server_id="$PORT"
  [[ "$server_id" == "$primary_id" ]] && server_id=$((PORT + 100000))

  mkdir -p "$DIR" 2>/dev/null || fail "cannot create $DIR: make its parent writable or choose another with --dir"
  if [[ ! -d "$DATA/mysql" ]]; then
    echo "Installing a new server into $DATA…"
    local as_root=()
    [[ "$(id -u)" == 0 ]] && as_root=(--user=root)
    if ! "$install_db" --no-defaults --datadir="$DATA" --auth-root-authentication-method=normal --skip-test-db \
      "${as_root[@]}" >"$DIR/install.log" 2>&1; then
      fail "mariadb-install-db failed: see $DIR/install.log"
    fi
  fi

  local run_as=()
  [[ "$(id -u)" == 0 ]] && run_as=(--user=root)
  # its own session, so that the terminal's Ctrl-C leaves it running; --skip-slave-start,
  # so that it replicates only once pointed at the primary named now
  setsid "$mariadbd" --no-defaults --datadir="$DATA" --port="$PORT" --bind-address=127.0.0.1 \
    --socket="$SOCKET" --pid-file="$PID_FILE" --log-error="$ERROR_LOG" --server-id="$server_id" \
    --read-only=1 --skip-slave-start --relay-log=replica-relay-bin --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci "${run_as[@]}" </dev/null >>"$DIR/mariadbd.out" 2>&1 &
  local server=$! started=$((SECONDS + READY_TIMEOUT))
  until replica_sql "SELECT 1" >/dev/null 2>&1; do
    if ! kill -0 "$server" 2>/dev/null || ((SECONDS >= started)); then
      kill -0 "$server" 2>/dev/null && stop_server "$server"
      fail "the replica did not start on port $PORT: see $ERROR_LOG"
    fi
    sleep 0.1
  done

  # From here on a failure stops the server again, so that nothing is left running.
  local master
  master="$(sql_string "$PRIMARY_HOST")"
  # the replica's I/O thread would take "localhost" for its own socket
  [[ "$PRIMARY_HOST" == localhost ]] && master="'127.0.0.1'"
  local change="CHANGE MASTER TO MASTER_HOST = $master, MASTER_PORT = $PRIMARY_PORT, MASTER_USER = $(sql_string "$PRIMARY_USER"), MASTER_PASSWORD = $(sql_string "$PRIMARY_PASSWORD"), MASTER_CONNECT_RETRY = 1, MASTER_USE_GTID = slave_pos"
  if [[ -z "$(field Master_Host "$(slave_status)")" ]]; then
    seed "$dump" || {
      stop_server "$server"
      fail "seeding the replica from a dump of the primary failed: see $DIR/seed.log"
    }
  else
    echo "Resuming from GTID position '$(replica_sql 'SELECT @@gtid_slave_pos')'."
  fi
  if ! error="$(replica_sql "STOP SLAVE; $change; START SLAVE" 2>&1)"; then
    stop_server "$server"
    fail "the replica refused to replicate from $PRIMARY ($(echo "$error" | one_line)): it was stopped again"
  fi

  local state deadline=$((SECONDS + READY_TIMEOUT))
  state="$(slave_status)"
  until [[ "$(field Slave_IO_Running "$state")" == Yes && "$(field Slave_SQL_Running "$state")" == Yes ]]; do
    error="$(printf '%s %s' "$(field Last_IO_Error "$state")" "$(field Last_SQL_Error "$state")" | one_line)"
    if [[ -n "$error" ]] || ((SECONDS >= deadline)); then
      stop_server "$server"
      fail "the replica on port $PORT does not replicate from $PRIMARY (${error:-its threads did not start within ${READY_TIMEOUT} s}): see $ERROR_LOG; it was stopped again"
    fi
    sleep 0.1
    state="$(slave_status)"
  done
  echo "Replica of $PRIMARY runs on 127.0.0.1:$PORT (PID $(running_pid), data in $DIR), replicating from GTID position '$(replica_sql 'SELECT @@gtid_slave_pos')'."
  echo "Use it with: SCALEMART_MARIADB_REPLICA=127.0.0.1:$PORT ./scalemart up --external"
}

# Loads a consistent dump of the primary's own databases into the new replica; the dump
# ends by setting gtid_slave_pos to the primary's position at the dump's snapshot.
seed() {
  local dump="$1" databases
  databases="$(primary_sql "SELECT schema_name FROM information_schema.schemata WHERE schema_name NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys') ORDER BY 1" 2>>"$DIR/seed.log")" || return 1
  if [[ -z "$databases" ]]; then
    # nothing to copy: replicate from the primary's current position on
    local position
    position="$(primary_sql "SELECT @@gtid_binlog_pos" 2>>"$DIR/seed.log")" || return 1
    echo "Seeding: the primary has no databases of its own; replicating from GTID position '$position'."
    replica_sql "SET GLOBAL gtid_slave_pos = $(sql_string "$position")" 2>>"$DIR/seed.log"
    return
  fi
  echo "Seeding from a dump of the primary's databases: $(echo "$databases" | one_line)…"
  # shellcheck disable=SC2086 # one database name per word
  MYSQL_PWD="$PRIMARY_PASSWORD" "$dump" --no-defaults --protocol=TCP --host="$PRIMARY_HOST" --port="$PRIMARY_PORT" \
    --user="$PRIMARY_USER" --single-transaction --gtid --master-data=1 --routines --events --triggers \
    --databases $databases 2>>"$DIR/seed.log" \
    | "$MARIADB" --no-defaults --socket="$SOCKET" --user=root 2>>"$DIR/seed.log"
}

stop() {
  local pid
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    echo "No replica runs from $DIR; nothing to stop."
    return 0
  fi
  stop_server "$pid"
  if kill -0 "$pid" 2>/dev/null; then
    fail "the replica (PID $pid) is still alive after SIGKILL: check it with ps and stop it by hand"
  fi
  echo "Stopped the replica (PID $pid); its data stays in $DIR."
}

status() {
  MARIADB="$(program mariadb)"
  local pid
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    echo "No replica runs from $DIR."
    return 3
  fi
  local port state host master_port io sql behind applied error primary_position
  port="$(replica_sql "SELECT @@port")" || fail "the replica (PID $pid) does not answer on $SOCKET: see $ERROR_LOG"
  state="$(slave_status)"
  host="$(field Master_Host "$state")"
  if [[ -z "$host" ]]; then
    echo "replica    127.0.0.1:$port (PID $pid, data in $DIR)"
    echo "state      not configured: stop it and start it again with --primary"
    return 1
  fi
  master_port="$(field Master_Port "$state")"
  io="$(field Slave_IO_Running "$state")"
  sql="$(field Slave_SQL_Running "$state")"
  behind="$(field Seconds_Behind_Master "$state")"
  applied="$(replica_sql "SELECT @@gtid_slave_pos")"
  error="$(printf '%s %s' "$(field Last_IO_Error "$state")" "$(field Last_SQL_Error "$state")" | one_line)"
  PRIMARY_HOST="$host" PRIMARY_PORT="$master_port"
  primary_position="$(primary_sql "SELECT @@gtid_binlog_pos" 2>/dev/null || echo "unknown: the primary does not answer")"
  echo "replica    127.0.0.1:$port (PID $pid, data in $DIR)"
  echo "primary    $host:$master_port"
  echo "threads    I/O $io, SQL $sql"
  echo "lag        Seconds_Behind_Master ${behind:-NULL}"
  echo "gtid       applied '$applied', primary at '$primary_position'"
  [[ -z "$error" ]] || echo "error      $error"
  [[ "$io" == Yes && "$sql" == Yes ]] || return 1
}

"$COMMAND"
