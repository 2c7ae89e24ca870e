#!/usr/bin/env bash
# Measures notification dispatch (outbox -> MailKit -> SMTP on 127.0.0.1); see README.md beside this script.
#   1. builds this project in Release;
#   2. runs EmailDispatchBenchmarks against the in-process SMTP sink (our side of the conversation alone);
#   3. starts Debian's aiosmtpd (python3-aiosmtpd, installed when missing) with the integration tests' maildir handler
#      on a free loopback port and runs the benchmark again against it (a real, independent SMTP server).
# Messages per second = 1 s / Mean (the benchmark reports the time per message). Other work on the machine skews the
# figures, so the load average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores: above 2 means other work competes)"; }

load
dotnet build perf/Internships.Benchmarks -c Release --nologo -v quiet -clp:NoSummary
bench=(dotnet run -c Release --no-build --project perf/Internships.Benchmarks -- --filter '*EmailDispatch*')

echo "== in-process SMTP sink"
"${bench[@]}" | grep -E '^\|'

if ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
  apt-get install -y --no-install-recommends python3-aiosmtpd >/dev/null || { apt-get update >/dev/null; apt-get install -y --no-install-recommends python3-aiosmtpd >/dev/null; }
fi
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
maildir=$(mktemp -d)
/usr/bin/python3 tests/Internships.IntegrationTests/Support/smtp_sink.py --port "$port" --maildir "$maildir" > "$maildir.ready" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$maildir" "$maildir.ready"' EXIT
for _ in $(seq 50); do grep -q READY "$maildir.ready" 2>/dev/null && break; sleep 0.2; done

echo "== aiosmtpd on 127.0.0.1:$port (writing a maildir)"
BENCH_SMTP_PORT=$port "${bench[@]}" | grep -E '^\|'
echo "messages the server wrote: $(ls "$maildir/new" | wc -l)"
load
