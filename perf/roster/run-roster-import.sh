#!/usr/bin/env bash
# Roster import benchmark: a district of 100,000 students imported from its OneRoster 1.2 CSV export through the
# real host (HTTP upload, the Hangfire job, SQLite), timed from the upload to the import's Succeeded status.
#
# Builds the host and the load-test tool in Release, writes the OneRoster zip (perf/Internships.LoadTests roster-zip)
# unless it is there, starts the host on a fresh SQLite database (Production, bootstrap administrator), creates a
# coordinator and two pathways whose course sequences list some of the export's course codes, then times:
#   1. a dry run (read, check and compare everything, write nothing),
#   2. the import (creates the schools, the students, their pathway suggestions),
#   3. the same files again (must change nothing),
# and prints one line each, with the import's counts. The target is under 60 s for step 2.
#
# Settings (environment variables):
#   ROSTER_DIR=artifacts/roster   where the zip, the database and the host's log go (not committed)
#   STUDENTS=100000 SCHOOLS=20 CLASSES=5   the district (CLASSES: class enrolments per student)
#   PORT=5093                     the host listens on 127.0.0.1:$PORT
#   POLL=0.25                     seconds between two looks at the import's status
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROSTER_DIR="${ROSTER_DIR:-$ROOT/artifacts/roster}"
STUDENTS="${STUDENTS:-100000}"
SCHOOLS="${SCHOOLS:-20}"
CLASSES="${CLASSES:-5}"
PORT="${PORT:-5093}"
POLL="${POLL:-0.25}"

WEB_BIN="$ROOT/src/Internships.Web/bin/Release/net10.0"
TOOL_DLL="$ROOT/perf/Internships.LoadTests/bin/Release/net10.0/Internships.LoadTests.dll"
BASE_URL="http://127.0.0.1:$PORT"
ZIP="$ROSTER_DIR/roster-$STUDENTS-$SCHOOLS-$CLASSES.zip"
RUN="$ROSTER_DIR/run-$(date +%Y%m%d-%H%M%S)"
ADMIN_EMAIL="admin@benchmark.local"
PASSWORD="Bench!2345-roster"
# shellcheck source=../host-helpers.sh
source "$ROOT/perf/host-helpers.sh"

command -v jq >/dev/null || die "jq is needed (apt-get install -y jq)"
mkdir -p "$RUN"

log "building the host and the load-test tool (Release)"
dotnet build -c Release -nologo -v quiet "$ROOT/src/Internships.Web/Internships.Web.csproj" >/dev/null
dotnet build -c Release -nologo -v quiet "$ROOT/perf/Internships.LoadTests/Internships.LoadTests.csproj" >/dev/null

if [[ ! -f "$ZIP" ]]; then
  log "writing the OneRoster export"
  dotnet "$TOOL_DLL" roster-zip --out "$ZIP" --students "$STUDENTS" --schools "$SCHOOLS" --classes "$CLASSES" >&2
fi
log "export: $ZIP ($(du -h "$ZIP" | cut -f1))"

curl -s -o /dev/null "$BASE_URL/health" && die "something already listens on $BASE_URL; stop it or set PORT"
log "starting the host on $BASE_URL (Production, Release, a fresh database in $RUN)"
(
  cd "$WEB_BIN"
  ASPNETCORE_ENVIRONMENT=Production \
  Transport__RequireHttps=false \
  ConnectionStrings__Internships="Data Source=$RUN/internships.db" \
  Database__Provider=Sqlite \
  Database__SeedDemoData=false \
  Bootstrap__AdminEmail="$ADMIN_EMAIL" \
  Bootstrap__AdminPassword="$PASSWORD" \
  DataProtection__KeysPath="$RUN/keys" \
  OpenBadges__SigningKeysPath="$RUN/issuer-keys" \
  OpenBadges__PublicBaseUrl=https://internships.district.example \
  Smtp__PickupDirectory="$RUN/mail" \
  Logging__LogLevel__Default=Warning \
  exec dotnet Internships.Web.dll --urls "$BASE_URL"
) >"$RUN/host.log" 2>&1 &
HOST_PID=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$BASE_URL/health" && break
  kill -0 "$HOST_PID" 2>/dev/null || { cat "$RUN/host.log" >&2; die "the host exited"; }
  sleep 0.5
done
curl -fs -o /dev/null "$BASE_URL/health" || die "the host did not become healthy within 60 s"

token() {
  curl -fsS -X POST "$BASE_URL/api/auth/login" -H 'content-type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" | jq -r .accessToken
}
ADMIN=$(token "$ADMIN_EMAIL")
curl -fsS -o /dev/null -X POST "$BASE_URL/api/users" -H "authorization: Bearer $ADMIN" -H 'content-type: application/json' \
  -d "{\"email\":\"coordinator@benchmark.local\",\"password\":\"$PASSWORD\",\"role\":\"Coordinator\"}"
COORD=$(token coordinator@benchmark.local)
for pathway in '{"name":"Engineering","sector":"EngineeringAndArchitecture","courseSequence":["ENG-101","ENG-201","ENG-301"]}' \
               '{"name":"Biomedical science","sector":"HealthScienceAndMedicalTechnology","courseSequence":["HSC-101","HSC-201","HSC-301"]}'; do
  curl -fsS -o /dev/null -X POST "$BASE_URL/api/pathways" -H "authorization: Bearer $COORD" -H 'content-type: application/json' -d "$pathway"
done

# Uploads the zip (dry run or not), waits for the job, prints the figures; echoes the import as JSON.
run_import() {
  local label=$1 query=$2 started id import status seconds
  started=$(date +%s.%N)
  id=$(curl -fsS -X POST "$BASE_URL/api/roster/imports$query" -H "authorization: Bearer $COORD" -F "file=@$ZIP;type=application/zip" | jq .id)
  while true; do
    import=$(curl -fsS "$BASE_URL/api/roster/imports/$id" -H "authorization: Bearer $COORD")
    status=$(jq -r .status <<<"$import")
    [[ "$status" == "Succeeded" || "$status" == "Failed" ]] && break
    sleep "$POLL"
  done
  seconds=$(echo "$(date +%s.%N) - $started" | bc)
  [[ "$status" == "Succeeded" ]] || { jq '.errors[:10]' <<<"$import" >&2; die "$label: the import failed"; }
  printf '%-22s %7.1f s   students: %s   schools: %s   suggestions: %s\n' "$label" "$seconds" \
    "$(jq -c .students <<<"$import")" "$(jq -c .schools <<<"$import")" "$(jq .suggestions <<<"$import")" | tee -a "$RUN/summary.txt"
}

log "timing (upload → Succeeded, through HTTP and the job server)"
run_import "dry run" "?dryRun=true"
run_import "import" ""
run_import "same files again" ""
log "peak memory of the host: $(grep VmHWM /proc/$HOST_PID/status | awk '{print $2/1024 " MB"}')"
log "summary in $RUN/summary.txt"
