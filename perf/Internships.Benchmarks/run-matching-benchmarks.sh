#!/usr/bin/env bash
# Measures the matching engine on this machine; see README.md beside this script for what the figures mean.
#   1. builds the CLI and the benchmarks in Release;
#   2. generates instance (a) 100,000 students x 10,000 postings and (b) 1,000,000 x 50,000, ten choices each,
#      into artifacts/matching/ (git-ignored);
#   3. runs `match` on each under /usr/bin/time -v (GNU time: apt-get install time), RUNS times (default 3),
#      printing the CLI's "match: ... ms=T" line, the peak resident set and the wall time of the whole run;
#   4. runs the BenchmarkDotNet benchmark of the matching step (short job, in process: a minute or two).
# Other work on the machine skews every figure, so the load average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=artifacts/matching
runs=${RUNS:-3}
mkdir -p "$out"
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores: above 2 means other work competes)"; }

load
dotnet build src/Internships.Cli -c Release --nologo -v quiet -clp:NoSummary
dotnet build perf/Internships.Benchmarks -c Release --nologo -v quiet -clp:NoSummary
cli=(dotnet src/Internships.Cli/bin/Release/net10.0/Internships.Cli.dll)

"${cli[@]}" generate --students 100000 --postings 10000 --choices 10 --seed 1 --out "$out/a.json"
"${cli[@]}" generate --students 1000000 --postings 50000 --choices 10 --seed 1 --out "$out/b.json"

for name in a b; do
  : > "$out/$name.ms"
  for run in $(seq "$runs"); do
    /usr/bin/time -v "${cli[@]}" match "$out/$name.json" --out "$out/$name.out.json" 2> "$out/$name.time"
    figures=$(grep '^match:' "$out/$name.time")
    rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/$name.time")
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/$name.time")
    echo "($name) run $run: $figures | peak RSS $((rss_kb / 1024)) MB | whole run $wall | load $(cut -d' ' -f1 /proc/loadavg)"
    echo "${figures##*ms=}" >> "$out/$name.ms"
  done
  echo "($name) matching step over $runs runs: fastest $(sort -n "$out/$name.ms" | head -n 1) ms, median $(sort -n "$out/$name.ms" | sed -n "$(( (runs + 1) / 2 ))p") ms"
done

dotnet perf/Internships.Benchmarks/bin/Release/net10.0/Internships.Benchmarks.dll --filter '*' --artifacts "$out/benchmarks"
load
