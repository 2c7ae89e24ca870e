#!/usr/bin/env bash
# Times the matching command line as a person runs it: the whole process, wall clock, published as native code.
# See perf/matching-cli.md for what it prints and what was measured. It
#   1. installs what it needs from Debian when missing (clang for Native AOT, hyperfine, GNU time);
#   2. publishes src/Internships.Cli (Release, Native AOT) into artifacts/matching-cli/bin;
#   3. generates, once, into artifacts/matching-cli/ (git-ignored): (a) 100,000 students x 10,000 postings and
#      (b) 1,000,000 x 50,000, ten choices each, seed 1; and for the scaling curve 2x, 4x and 8x of (a);
#   4. for each instance: hyperfine (RUNS runs after one warm-up) for the wall time, then one run under
#      /usr/bin/time -v for the peak resident set, the CPU time and the phases (`match --timings`);
#   5. prints the figures against the targets, and the scaling curve with the time per 100,000 students.
# Settings: RUNS (default 5); SCALES (default "1 2 4 8"); BEFORE=<git revision> also builds that revision's command
# line (as it was run then: `dotnet build -c Release`, JIT) and times it on (a) and (b), comparing the outputs' bytes
# (6184191 is the last revision before the speed-up, with --timings; cc981b0 the one before that, without);
# CALLGRIND=1 also counts the instructions of one run on (a) with valgrind (the same count whatever the load).
# The machine is shared: every figure comes with the load average, and on 2 cores anything above 2 means other work
# competed for the processors; compare the CPU time (user + sys) too, which load inflates less.
set -euo pipefail
cd "$(dirname "$0")/.."

out=artifacts/matching-cli
runs=${RUNS:-5}
scales=${SCALES:-1 2 4 8}
mkdir -p "$out"

install() {
  echo "installing $* from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }
}
command -v clang >/dev/null || install clang
command -v hyperfine >/dev/null || install hyperfine
[ -x /usr/bin/time ] || install time
if [ "${CALLGRIND:-0}" = 1 ]; then command -v valgrind >/dev/null || install valgrind; fi

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "load average $(load) (2 cores: above 2, other work competes)"
dotnet publish src/Internships.Cli -c Release -o "$out/bin" --nologo -v quiet -clp:NoSummary
cli=("$out/bin/Internships.Cli")

# instance NAME STUDENTS POSTINGS: generates it unless it is there.
instance() {
  [ -s "$out/$1.json" ] || "${cli[@]}" generate --students "$2" --postings "$3" --choices 10 --seed 1 --out "$out/$1.json"
}

# measure LABEL NAME COMMAND...: prints one line of figures for a command that matches NAME's instance.
measure() {
  local label=$1 name=$2
  shift 2
  local before after csv timing
  csv="$out/$label-$name.csv"
  timing="$out/$label-$name.time"
  before=$(load)
  hyperfine -N --style none --warmup 1 --runs "$runs" --export-csv "$csv" \
    "$* match $out/$name.json --out $out/$label-$name.out.json" >/dev/null 2> "$out/$label-$name.hyperfine.log"
  # --timings came with the work that made the command line faster (6184191 has it); older builds get no phases.
  local timings=()
  if "$@" help 2>/dev/null | grep -q -- --timings; then timings=(--timings); fi
  /usr/bin/time -v "$@" match "$out/$name.json" --out "$out/$label-$name.out.json" "${timings[@]}" 2> "$timing"
  after=$(load)
  # hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds)
  local median min max rss cpu phases
  median=$(tail -n 1 "$csv" | cut -d, -f4)
  min=$(tail -n 1 "$csv" | cut -d, -f7)
  max=$(tail -n 1 "$csv" | cut -d, -f8)
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$timing")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u + s}' "$timing")
  phases=$(sed -n 's/^timings: //p' "$timing")
  printf '%-7s (%s) wall median %.3f s (%.3f-%.3f, %s runs) | cpu %s s | peak RSS %d MB | load %s -> %s\n' \
    "$label" "$name" "$median" "$min" "$max" "$runs" "$cpu" $((rss / 1024)) "${before%% *}" "${after%% *}"
  [ -z "$phases" ] || echo "        phases (ms): $phases"
  echo "$median $((rss / 1024))" > "$out/$label-$name.figures"
}

instance a 100000 10000
instance b 1000000 50000
for k in $scales; do
  [ "$k" = 1 ] || instance "x$k" $((100000 * k)) $((10000 * k))
done

echo
echo "== Whole runs (targets: (a) <= 0.3 s, (b) <= 4 s, peak memory < 1 GB)"
measure native a "${cli[@]}"
measure native b "${cli[@]}"

if [ -n "${BEFORE:-}" ]; then
  before_src="$out/before-src"
  rm -rf "$before_src"
  git worktree add --detach --force "$before_src" "$BEFORE" >/dev/null
  trap 'git worktree remove --force "$before_src" >/dev/null 2>&1 || true' EXIT
  dotnet build "$before_src/src/Internships.Cli" -c Release -o "$out/before-bin" --nologo -v quiet -clp:NoSummary
  echo
  echo "== The command line at $BEFORE, as it was run then (dotnet build -c Release, JIT)"
  for name in a b; do
    measure before "$name" dotnet "$out/before-bin/Internships.Cli.dll"
    if cmp -s "$out/before-$name.out.json" "$out/native-$name.out.json"; then
      echo "        output: the same bytes ($(sha256sum < "$out/native-$name.out.json" | cut -c1-16)...)"
    else
      echo "        output: DIFFERENT from the current build's"
    fi
  done
fi

echo
echo "== Scaling curve: k x (a) = k x 100,000 students, k x 10,000 postings, 10 choices"
base=""
for k in $scales; do
  name=$([ "$k" = 1 ] && echo a || echo "x$k")
  [ "$k" = 1 ] || measure native "$name" "${cli[@]}"
  read -r median rss < "$out/native-$name.figures"
  per=$(awk -v m="$median" -v k="$k" 'BEGIN {printf "%.3f", m / k}')
  base=${base:-$per}
  printf '  %sx: %.3f s, %d MB; %s s per 100,000 students (%.2f x the 1x rate)\n' "$k" "$median" "$rss" "$per" \
    "$(awk -v p="$per" -v b="$base" 'BEGIN {print p / b}')"
done
echo "  (linear growth keeps the rate near 1.00 x; above it, each student costs more as the round grows)"

if [ "${CALLGRIND:-0}" = 1 ]; then
  # valgrind cannot read the debug symbols the publish writes beside the binary, so it runs a copy without them.
  mkdir -p "$out/callgrind"
  cp "$out/bin/Internships.Cli" "$out/callgrind/"
  valgrind --tool=callgrind --callgrind-out-file="$out/callgrind/a.out" "$out/callgrind/Internships.Cli" \
    match "$out/a.json" --out "$out/callgrind/a.out.json" 2> "$out/callgrind/a.log" || true
  echo
  echo "== Instructions for one run on (a), load-independent: $(sed -n 's/.*Collected : //p' "$out/callgrind/a.log")"
fi

echo
echo "load average $(load)"
