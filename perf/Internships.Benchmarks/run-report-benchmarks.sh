#!/usr/bin/env bash
# Measures the PDF reports on this machine (see README.md beside this script): laying out and rendering a term
# summary of 10,000 placements and one placement report, from in-memory data, with BenchmarkDotNet's short job
# in process (a few minutes). Other work on the machine skews the figures, so the load average is printed too.
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet run -c Release --project perf/Internships.Benchmarks -- --filter '*ReportBenchmarks*' "$@"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
