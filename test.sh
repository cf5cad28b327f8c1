#!/usr/bin/env bash
# Runs the complete test suite of RedIt Portal.
#
#   ./test.sh                        # build once, run both test projects (the portal's and the
#                                    # privacy engine's) against SQLite and PostgreSQL
#   ./test.sh --filter Policy=1.1    # extra arguments are passed to `dotnet test`
#   REDIT_TEST_ONLY_SERVICES=1 ./test.sh
#                                    # only start (or reuse) PostgreSQL, the SMTP sink, Dovecot
#                                    # and Pebble, print the environment for the tests and exit
#
# Works on Debian 12 with the .NET 10 SDK, as root or as a user with sudo.
# Missing system packages (postgresql, python3-aiosmtpd, chromium, dovecot-imapd, pebble, openssl,
# fonts-dejavu-core, poppler-utils) are installed with apt-get.
#
# Settings (environment):
#   REDIT_TEST_STATE         state directory (default /tmp/redit-test): PostgreSQL cluster,
#                            Maildir, logs and test results
#   REDIT_TEST_PG_PORT       port of the throwaway PostgreSQL server (default 55432)
#   REDIT_TEST_SMTP_PORT     port of the SMTP sink (default 2525)
#   REDIT_TEST_IMAP_PORT     port of the throwaway Dovecot IMAP server (default 1143)
#   REDIT_TEST_ACME_PORT     port of the throwaway Pebble ACME server (default 14000)
#   REDIT_TEST_ACME_MANAGEMENT_PORT
#                            port of Pebble's management interface (default 15000)
#   REDIT_TEST_HANG_TIMEOUT  abort a test run that hangs this long (default 20m)
#
# The last line of the output is always "N passed, N failed".
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT_DIR"

STATE_DIR="${REDIT_TEST_STATE:-/tmp/redit-test}"
PG_PORT="${REDIT_TEST_PG_PORT:-55432}"
SMTP_HOST=127.0.0.1
SMTP_PORT="${REDIT_TEST_SMTP_PORT:-2525}"
IMAP_HOST=127.0.0.1
IMAP_PORT="${REDIT_TEST_IMAP_PORT:-1143}"
IMAP_PASSWORD=redit-test-mailbox
IMAP_DIR="$STATE_DIR/dovecot"
ACME_HOST=127.0.0.1
ACME_PORT="${REDIT_TEST_ACME_PORT:-14000}"
ACME_MANAGEMENT_PORT="${REDIT_TEST_ACME_MANAGEMENT_PORT:-15000}"
ACME_DIR="$STATE_DIR/pebble"
HANG_TIMEOUT="${REDIT_TEST_HANG_TIMEOUT:-20m}"
PG_ROOT="$STATE_DIR/pg"
PG_DATA="$PG_ROOT/data"
PG_SOCKET_DIR="$PG_ROOT/socket"
PG_LOG="$PG_ROOT/postgres.log"
MAILDIR="$STATE_DIR/maildir"
SMTP_LOG="$STATE_DIR/smtp.log"
RESULTS_DIR="$STATE_DIR/results"
SYSTEM_PYTHON=/usr/bin/python3
CHROMIUM=/usr/bin/chromium

header() { printf '\n==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
die() {
    printf 'ERROR: %s\n' "$*" >&2
    printf '0 passed, 1 failed\n'
    exit 1
}

if [[ "$(id -u)" -eq 0 ]]; then
    IS_ROOT=1
    SUDO=()
else
    IS_ROOT=0
    SUDO=(sudo)
fi

mkdir -p "$STATE_DIR"

# ---------------------------------------------------------------------------
# System packages
# ---------------------------------------------------------------------------
find_pg_bin() {
    local dir best="" best_ver=-1 ver
    for dir in /usr/lib/postgresql/*/bin; do
        [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]] || continue
        ver="$(basename "$(dirname "$dir")")"
        ver="${ver%%.*}"
        [[ "$ver" =~ ^[0-9]+$ ]] || continue
        if ((ver > best_ver)); then
            best_ver=$ver
            best=$dir
        fi
    done
    if [[ -z "$best" ]] && command -v initdb >/dev/null 2>&1; then
        # e.g. symlinks in /usr/local/bin: use the directory they point into.
        best="$(dirname "$(readlink -f "$(command -v initdb)")")"
        [[ -x "$best/pg_ctl" && -x "$best/postgres" ]] || best=""
    fi
    printf '%s' "$best"
}

header "Checking system packages"
missing=()
[[ -n "$(find_pg_bin)" ]] || missing+=(postgresql)
if [[ ! -x "$SYSTEM_PYTHON" ]]; then
    missing+=(python3 python3-aiosmtpd)
elif ! "$SYSTEM_PYTHON" -c 'import aiosmtpd' >/dev/null 2>&1; then
    missing+=(python3-aiosmtpd)
fi
[[ -x "$CHROMIUM" ]] || missing+=(chromium)
command -v dovecot >/dev/null 2>&1 || [[ -x /usr/sbin/dovecot ]] || missing+=(dovecot-imapd)
command -v pebble >/dev/null 2>&1 || [[ -x /usr/bin/pebble ]] || missing+=(pebble)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf && -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]] \
    || missing+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)

if ((${#missing[@]} > 0)); then
    info "installing: ${missing[*]}"
    if ((!IS_ROOT)) && ! command -v sudo >/dev/null 2>&1; then
        die "${missing[*]} must be installed, but this is not root and sudo is not available"
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        || die "apt-get update failed"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >"$STATE_DIR/apt.log" 2>&1 \
        || { tail -n 30 "$STATE_DIR/apt.log" >&2; die "apt-get install ${missing[*]} failed (see $STATE_DIR/apt.log)"; }
else
    info "postgresql, python3-aiosmtpd, chromium, dovecot-imapd, pebble, openssl, fonts-dejavu-core and poppler-utils are present"
fi

PG_BIN="$(find_pg_bin)"
[[ -n "$PG_BIN" ]] || die "PostgreSQL server binaries not found after installation"
"$SYSTEM_PYTHON" -c 'import aiosmtpd' >/dev/null 2>&1 || die "aiosmtpd is not importable by $SYSTEM_PYTHON"
[[ -x "$CHROMIUM" ]] || die "$CHROMIUM not found after installation"
PSQL="$PG_BIN/psql"
[[ -x "$PSQL" ]] || PSQL="$(command -v psql || true)"
[[ -n "$PSQL" ]] || die "psql not found"

# ---------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------
pg_answers() {
    PGPASSWORD=postgres PGCONNECT_TIMEOUT=3 "$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres \
        -d postgres -XAtqc 'select 1' >/dev/null 2>&1
}

# Runs a command as the PostgreSQL OS user (PostgreSQL refuses to run as root).
as_pg_user() {
    if ((IS_ROOT)); then
        if command -v runuser >/dev/null 2>&1; then
            runuser -u postgres -- "$@"
        else
            su -s /bin/sh postgres -c "$(printf '%q ' "$@")"
        fi
    else
        "$@"
    fi
}

header "PostgreSQL on 127.0.0.1:$PG_PORT ($PG_BIN)"
if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 3 && pg_answers; then
    info "reusing the server that is already running"
else
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 3; then
        die "a server is listening on 127.0.0.1:$PG_PORT but does not accept postgres/postgres; stop it or set REDIT_TEST_PG_PORT"
    fi
    if ((IS_ROOT)) && ! id -u postgres >/dev/null 2>&1; then
        info "creating OS user postgres"
        useradd --system --user-group --no-create-home --home-dir "$PG_ROOT" \
            --shell /usr/sbin/nologin postgres
    fi
    mkdir -p "$PG_ROOT"
    if ((IS_ROOT)); then
        chown postgres: "$PG_ROOT"
        as_pg_user test -w "$PG_ROOT" \
            || die "user postgres cannot write $PG_ROOT; choose a REDIT_TEST_STATE outside private directories"
    fi
    as_pg_user mkdir -p "$PG_SOCKET_DIR"

    if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
        info "initialising a new cluster in $PG_DATA"
        rm -rf "$PG_DATA"
        pwfile="$PG_ROOT/pwfile"
        printf 'postgres\n' >"$pwfile"
        ((IS_ROOT)) && chown postgres: "$pwfile"
        as_pg_user "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$pwfile" \
            --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C \
            >"$PG_ROOT/initdb.log" 2>&1 \
            || { rm -f "$pwfile"; tail -n 30 "$PG_ROOT/initdb.log" >&2; die "initdb failed"; }
        rm -f "$pwfile"
        # Throwaway test cluster: favour speed over durability.
        as_pg_user tee -a "$PG_DATA/postgresql.conf" >/dev/null <<'EOF'

# --- test settings ---
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
    fi

    # A postmaster of this data directory may still run on another port: stop it first.
    if as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
        info "stopping a server of this data directory that does not answer on port $PG_PORT"
        as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi

    info "starting (log: $PG_LOG)"
    as_pg_user setsid "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_SOCKET_DIR" \
        start </dev/null >/dev/null 2>&1 \
        || { tail -n 30 "$PG_LOG" >&2 || true; die "PostgreSQL did not start"; }

    for _ in $(seq 1 60); do
        pg_answers && break
        sleep 0.5
    done
    pg_answers || { tail -n 30 "$PG_LOG" >&2 || true; die "PostgreSQL does not accept postgres/postgres on 127.0.0.1:$PG_PORT"; }
fi
info "ready: $("$PSQL" -XAtqc 'show server_version' "postgresql://postgres:postgres@127.0.0.1:$PG_PORT/postgres" 2>/dev/null || echo '?')"

# ---------------------------------------------------------------------------
# SMTP sink (aiosmtpd storing every message in a Maildir)
# ---------------------------------------------------------------------------
smtp_answers() {
    "$SYSTEM_PYTHON" - "$SMTP_HOST" "$SMTP_PORT" <<'EOF' >/dev/null 2>&1
import smtplib, sys
with smtplib.SMTP(sys.argv[1], int(sys.argv[2]), timeout=3) as s:
    code, _ = s.noop()
    sys.exit(0 if code == 250 else 1)
EOF
}

# Sends a probe message and checks that it lands in the Maildir, then removes it.
smtp_delivers_to_maildir() {
    "$SYSTEM_PYTHON" - "$SMTP_HOST" "$SMTP_PORT" "$MAILDIR" <<'EOF'
import os, smtplib, sys, time, uuid
from email.message import EmailMessage
host, port, maildir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
token = uuid.uuid4().hex
msg = EmailMessage()
msg["From"] = "probe@redit-test.invalid"
msg["To"] = "probe@redit-test.invalid"
msg["Subject"] = "redit-test-probe " + token
msg.set_content("probe " + token)
with smtplib.SMTP(host, port, timeout=10) as s:
    s.send_message(msg)
new = os.path.join(maildir, "new")
deadline = time.time() + 10
while time.time() < deadline:
    for name in os.listdir(new) if os.path.isdir(new) else []:
        path = os.path.join(new, name)
        try:
            with open(path, "rb") as f:
                if token.encode() in f.read():
                    os.remove(path)
                    sys.exit(0)
        except FileNotFoundError:
            pass
    time.sleep(0.2)
sys.exit(1)
EOF
}

header "SMTP sink on $SMTP_HOST:$SMTP_PORT (Maildir $MAILDIR)"
mkdir -p "$MAILDIR"/{new,cur,tmp}
if smtp_answers; then
    info "reusing the server that is already running"
else
    info "starting aiosmtpd (log: $SMTP_LOG)"
    setsid nohup "$SYSTEM_PYTHON" -m aiosmtpd -n -l "$SMTP_HOST:$SMTP_PORT" \
        -c aiosmtpd.handlers.Mailbox "$MAILDIR" </dev/null >"$SMTP_LOG" 2>&1 &
    echo $! >"$STATE_DIR/smtp.pid"
    for _ in $(seq 1 40); do
        smtp_answers && break
        sleep 0.25
    done
    smtp_answers || { tail -n 30 "$SMTP_LOG" >&2 || true; die "the SMTP sink did not start"; }
fi
smtp_delivers_to_maildir \
    || die "the server on $SMTP_HOST:$SMTP_PORT does not store messages in $MAILDIR; stop it or set REDIT_TEST_SMTP_PORT"
info "ready: messages are stored in $MAILDIR/new"

# ---------------------------------------------------------------------------
# IMAP (an instance of Dovecot of its own: any user name logs in with the one test password and
# gets a Maildir of its own, so every test can use a mailbox nobody else touches)
# ---------------------------------------------------------------------------
imap_answers() {
    "$SYSTEM_PYTHON" - "$IMAP_HOST" "$IMAP_PORT" "$IMAP_PASSWORD" <<'EOF' >/dev/null 2>&1
import imaplib, sys
m = imaplib.IMAP4(sys.argv[1], int(sys.argv[2]), timeout=3)
m.login("probe@redit-test.invalid", sys.argv[3])
typ, _ = m.select("INBOX")
m.logout()
sys.exit(0 if typ == "OK" else 1)
EOF
}

DOVECOT="$(command -v dovecot || echo /usr/sbin/dovecot)"
header "IMAP server on $IMAP_HOST:$IMAP_PORT (Dovecot, $IMAP_DIR)"
if imap_answers; then
    info "reusing the server that is already running"
else
    # Dovecot does not keep mail as root: as root, its mailboxes belong to the dovecot user.
    if ((IS_ROOT)); then mail_user=dovecot; mail_group=dovecot; else mail_user="$(id -un)"; mail_group="$(id -gn)"; fi
    mkdir -p "$IMAP_DIR"/{run,state,mail}
    chown -R "$mail_user:$mail_group" "$IMAP_DIR/mail" 2>/dev/null || true
    cat >"$IMAP_DIR/dovecot.conf" <<EOF
protocols = imap
listen = $IMAP_HOST
base_dir = $IMAP_DIR/run
state_dir = $IMAP_DIR/state
instance_name = redit-test-imap
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = $IMAP_DIR/dovecot.log
mail_location = maildir:$IMAP_DIR/mail/%u
mail_uid = $mail_user
mail_gid = $mail_group
first_valid_uid = 0
passdb {
  driver = static
  args = password=$IMAP_PASSWORD
}
userdb {
  driver = static
  args = uid=$mail_user gid=$mail_group home=$IMAP_DIR/mail/%u
}
service imap-login {
  inet_listener imap {
    address = $IMAP_HOST
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
EOF
    info "starting dovecot (log: $IMAP_DIR/dovecot.log)"
    # Its daemon must not hold on to this script's output, or whoever reads it would wait forever.
    "$DOVECOT" -c "$IMAP_DIR/dovecot.conf" </dev/null >>"$IMAP_DIR/dovecot.log" 2>&1 \
        || die "dovecot did not start (see $IMAP_DIR/dovecot.log)"
    for _ in $(seq 1 40); do
        imap_answers && break
        sleep 0.25
    done
    imap_answers || { tail -n 30 "$IMAP_DIR/dovecot.log" >&2 || true; die "the IMAP server on $IMAP_HOST:$IMAP_PORT does not accept the test password; stop it or set REDIT_TEST_IMAP_PORT"; }
fi
info "ready: any user name logs in with password $IMAP_PASSWORD"

# ---------------------------------------------------------------------------
# ACME (Pebble, Let's Encrypt's test server: it accepts every challenge without looking and
# issues from a CA of its own that changes on every start). Debian's package ships no test
# certificates, so its HTTPS certificate comes from a throwaway CA made here; the tests trust
# that CA file and nothing else.
# ---------------------------------------------------------------------------
acme_answers() {
    "$SYSTEM_PYTHON" - "https://$ACME_HOST:$ACME_PORT/dir" "$ACME_DIR/ca.pem" <<'EOF' >/dev/null 2>&1
import json, ssl, sys, urllib.request
context = ssl.create_default_context(cafile=sys.argv[2])
with urllib.request.urlopen(sys.argv[1], context=context, timeout=3) as answer:
    sys.exit(0 if "newNonce" in json.load(answer) else 1)
EOF
}

PEBBLE="$(command -v pebble || echo /usr/bin/pebble)"
header "ACME server on $ACME_HOST:$ACME_PORT (Pebble, $ACME_DIR)"
mkdir -p "$ACME_DIR"
if [[ ! -s "$ACME_DIR/ca.pem" || ! -s "$ACME_DIR/localhost.pem" ]]; then
    info "making a test CA and Pebble's HTTPS certificate for localhost and $ACME_HOST"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
        -subj "/CN=RedIt test ACME root" -keyout "$ACME_DIR/ca.key" -out "$ACME_DIR/ca.pem" \
        >"$ACME_DIR/openssl.log" 2>&1 || die "openssl could not make the test CA (see $ACME_DIR/openssl.log)"
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
        -keyout "$ACME_DIR/localhost.key" -out "$ACME_DIR/localhost.csr" >>"$ACME_DIR/openssl.log" 2>&1 \
        || die "openssl could not make Pebble's key (see $ACME_DIR/openssl.log)"
    printf 'subjectAltName=DNS:localhost,IP:%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$ACME_HOST" >"$ACME_DIR/localhost.ext"
    openssl x509 -req -in "$ACME_DIR/localhost.csr" -CA "$ACME_DIR/ca.pem" -CAkey "$ACME_DIR/ca.key" \
        -CAcreateserial -days 3650 -extfile "$ACME_DIR/localhost.ext" -out "$ACME_DIR/localhost.pem" \
        >>"$ACME_DIR/openssl.log" 2>&1 || die "openssl could not sign Pebble's certificate (see $ACME_DIR/openssl.log)"
fi
if acme_answers; then
    info "reusing the server that is already running"
else
    # A Pebble of an earlier run that does not answer here (another port, a new CA): stop it first.
    if [[ -s "$ACME_DIR/pebble.pid" ]] && kill -0 "$(cat "$ACME_DIR/pebble.pid")" 2>/dev/null; then
        info "stopping the Pebble of an earlier run that does not answer on port $ACME_PORT"
        kill "$(cat "$ACME_DIR/pebble.pid")" 2>/dev/null || true
        sleep 1
    fi
    # The blocked name lets a test see a refusal (rejectedIdentifier) as Let's Encrypt sends it.
    cat >"$ACME_DIR/pebble-config.json" <<EOF
{
  "pebble": {
    "listenAddress": "$ACME_HOST:$ACME_PORT",
    "managementListenAddress": "$ACME_HOST:$ACME_MANAGEMENT_PORT",
    "certificate": "$ACME_DIR/localhost.pem",
    "privateKey": "$ACME_DIR/localhost.key",
    "httpPort": 5002,
    "tlsPort": 5001,
    "ocspResponderURL": "",
    "externalAccountBindingRequired": false,
    "domainBlocklist": ["refused.redit-test.nl"]
  }
}
EOF
    info "starting pebble (log: $ACME_DIR/pebble.log)"
    PEBBLE_VA_ALWAYS_VALID=1 PEBBLE_VA_NOSLEEP=1 setsid nohup "$PEBBLE" -config "$ACME_DIR/pebble-config.json" \
        </dev/null >"$ACME_DIR/pebble.log" 2>&1 &
    echo $! >"$ACME_DIR/pebble.pid"
    for _ in $(seq 1 40); do
        acme_answers && break
        sleep 0.25
    done
    acme_answers || { tail -n 30 "$ACME_DIR/pebble.log" >&2 || true; die "the ACME server on $ACME_HOST:$ACME_PORT does not answer with the test CA; stop it or set REDIT_TEST_ACME_PORT"; }
fi
info "ready: directory https://$ACME_HOST:$ACME_PORT/dir, its HTTPS signed by $ACME_DIR/ca.pem"

# ---------------------------------------------------------------------------
# Environment for the tests
# ---------------------------------------------------------------------------
export REDIT_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres"
export REDIT_TEST_SMTP_HOST="$SMTP_HOST"
export REDIT_TEST_SMTP_PORT="$SMTP_PORT"
export REDIT_TEST_MAILDIR="$MAILDIR"
export REDIT_TEST_IMAP_HOST="$IMAP_HOST"
export REDIT_TEST_IMAP_PORT="$IMAP_PORT"
export REDIT_TEST_IMAP_PASSWORD="$IMAP_PASSWORD"
export REDIT_TEST_ACME_DIRECTORY="https://$ACME_HOST:$ACME_PORT/dir"
export REDIT_TEST_ACME_ROOT="$ACME_DIR/ca.pem"
export REDIT_TEST_CHROMIUM="$CHROMIUM"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

if [[ "${REDIT_TEST_ONLY_SERVICES:-}" == "1" ]]; then
    header "Services are running; environment for the tests"
    for var in REDIT_TEST_POSTGRES REDIT_TEST_SMTP_HOST REDIT_TEST_SMTP_PORT REDIT_TEST_MAILDIR \
        REDIT_TEST_IMAP_HOST REDIT_TEST_IMAP_PORT REDIT_TEST_IMAP_PASSWORD REDIT_TEST_ACME_DIRECTORY REDIT_TEST_ACME_ROOT \
        REDIT_TEST_CHROMIUM DOTNET_CLI_TELEMETRY_OPTOUT DOTNET_NOLOGO; do
        printf "export %s='%s'\n" "$var" "${!var}"
    done
    exit 0
fi

# ---------------------------------------------------------------------------
# Build and test
# ---------------------------------------------------------------------------
DOTNET="$(command -v dotnet || true)"
[[ -n "$DOTNET" ]] || for candidate in "$HOME/.dotnet/dotnet" /usr/share/dotnet/dotnet /usr/lib/dotnet/dotnet; do
    [[ -x "$candidate" ]] && DOTNET="$candidate" && break
done
[[ -n "$DOTNET" ]] || die "the .NET SDK (dotnet) is not installed"

header "Building RedIt.Portal.sln (Release)"
if ! "$DOTNET" build RedIt.Portal.sln -c Release --nologo -v minimal -clp:NoSummary; then
    printf 'Build failed.\n'
    printf '0 passed, 1 failed\n'
    exit 1
fi

# The portal's tests, and the privacy engine's on its toy model, each against both databases.
PROJECTS=(RedIt.Portal.Tests RedIt.Privacy.Tests)
RUNS=()
mkdir -p "$RESULTS_DIR"
declare -A RUN_RC=()
for db in sqlite postgres; do
    for project in "${PROJECTS[@]}"; do
        run="$db-$project"
        RUNS+=("$run")
        header "$project against $db"
        rm -f "$RESULTS_DIR/$run.trx"
        # Every run starts with an empty mailbox.
        find "$MAILDIR/new" "$MAILDIR/cur" "$MAILDIR/tmp" -type f -delete 2>/dev/null || true
        rc=0
        REDIT_TEST_DATABASE="$db" "$DOTNET" test "tests/$project" -c Release --no-build --nologo \
            --verbosity minimal \
            --logger "trx;LogFileName=$run.trx" \
            --results-directory "$RESULTS_DIR" \
            --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none \
            "$@" || rc=$?
        RUN_RC[$run]=$rc
    done
done

# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------
counter() { # counter <file> <attribute>
    local value
    value="$(grep -o '<Counters [^>]*>' "$1" | head -n 1 | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]\+' || true)"
    printf '%s' "${value:-0}"
}

header "Summary"
total_passed=0
total_failed=0
broken=0
for run in "${RUNS[@]}"; do
    trx="$RESULTS_DIR/$run.trx"
    if [[ ! -s "$trx" ]] || ! grep -q '<Counters ' "$trx"; then
        info "$run: no test results (exit code ${RUN_RC[$run]}), counted as 1 failure"
        broken=1
        total_failed=$((total_failed + 1))
        continue
    fi
    total=$(counter "$trx" total)
    passed=$(counter "$trx" passed)
    failed=$(counter "$trx" failed)
    errors=$(counter "$trx" error)
    timeouts=$(counter "$trx" timeout)
    aborted=$(counter "$trx" aborted)
    # A fixture that fails when it is cleaned up (a shared portal that finds personal data sent
    # without a disclosure) is no test's result; the runner records it as an error RunInfo.
    cleanups=$(grep -c 'Cleanup Failure (' "$trx" || true)
    failed=$((failed + errors + timeouts + aborted + cleanups))
    if ((failed == 0 && RUN_RC[$run] != 0)); then
        # The test run itself failed (crash, hang) without a failed test in the counters.
        failed=1
    fi
    info "$run: $total total, $passed passed, $failed failed (results: $trx)"
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
done

exit_code=0
if ((broken || total_failed > 0 || total_passed == 0)); then
    exit_code=1
fi
printf '%d passed, %d failed\n' "$total_passed" "$total_failed"
exit "$exit_code"
