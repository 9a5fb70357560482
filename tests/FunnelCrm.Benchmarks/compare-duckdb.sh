#!/usr/bin/env bash
# `funnelcrm report` and `score` side by side with what an analyst would use instead: DuckDB (its Node package, SQL over
# the same CSV). Generates the files (tests/FunnelCrm.Benchmarks generate), installs @duckdb/node-api into the work
# folder (never a dependency of the repository or its tests), then runs each tool RUNS times on the same file and prints
# the median wall time, the CPU time and the peak memory (/usr/bin/time -v) of each, the ratio funnelcrm / DuckDB, and
# a check that DuckDB's volume per stage equals funnelcrm's.
#
#   bash tests/FunnelCrm.Benchmarks/compare-duckdb.sh [WORK_FOLDER]      (RUNS=3, LEADS=200000 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
work=${1:-$(mktemp -d)}
runs=${RUNS:-3}
leads=${LEADS:-200000}
duckdb_version=1.5.6-r.1
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "Building funnelcrm and the generator (Release) ..."
dotnet build -c Release tools/FunnelCrm.Cli -v q -nologo >/dev/null
dotnet build -c Release tests/FunnelCrm.Benchmarks -v q -nologo >/dev/null
funnelcrm=(dotnet "$repo/tools/FunnelCrm.Cli/bin/Release/net10.0/funnelcrm.dll")
generate=(dotnet "$repo/tests/FunnelCrm.Benchmarks/bin/Release/net10.0/FunnelCrm.Benchmarks.dll" generate)

if [ ! -d "$work/duckdb/node_modules/@duckdb/node-api" ]; then
  echo "Installing @duckdb/node-api $duckdb_version into $work/duckdb ..."
  mkdir -p "$work/duckdb"
  (cd "$work/duckdb" && npm init -y >/dev/null && npm install --no-audit --no-fund "@duckdb/node-api@$duckdb_version" >/dev/null)
fi
cp tests/FunnelCrm.Benchmarks/duckdb-report.mjs "$work/duckdb/"

for rows in 1000000 5000000; do
  [ -f "$work/transitions-$rows.csv" ] || "${generate[@]}" transitions "$rows" "$leads" "$work/transitions-$rows.csv"
done
[ -f "$work/activities-1000000.csv" ] || "${generate[@]}" activities 1000000 100000 "$work/activities-1000000.csv"

# measure NAME OUTPUT COMMAND...: runs the command RUNS times; prints "NAME wall cpu peak" (median wall and its CPU, highest peak).
measure() {
  local name=$1 output=$2; shift 2
  local samples=()
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -v -o "$work/time.txt" "$@" >"$output" 2>"$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
    samples+=("$(awk -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
      /User time/ { cpu += $2 } /System time/ { cpu += $2 } /Maximum resident set size/ { peak = $2 }
      END { printf "%.2f %.2f %d", wall, cpu, peak / 1024 }' "$work/time.txt")")
  done
  local median peak
  median=$(printf '%s\n' "${samples[@]}" | sort -n | awk -v m=$(((runs + 1) / 2)) 'NR == m { print $1, $2 }')
  peak=$(printf '%s\n' "${samples[@]}" | awk '$3 > p { p = $3 } END { print p }')
  echo "$name $median $peak"
}

row() { printf '%-34s %9s s %9s s %9s MB\n' "$@"; }
echo
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; median of $runs runs each."
row "" "wall" "CPU" "peak"
for rows in 1000000 5000000; do
  file="$work/transitions-$rows.csv"
  read -r _ ours_wall ours_cpu ours_peak < <(measure ours "$work/report-$rows.json" "${funnelcrm[@]}" report --transitions "$file" --format json)
  read -r _ one_wall one_cpu one_peak < <(measure one "$work/report-1-$rows.json" "${funnelcrm[@]}" report --transitions "$file" --format json --threads 1)
  read -r _ duck_wall duck_cpu duck_peak < <(measure duck "$work/duckdb-$rows.json" node "$work/duckdb/duckdb-report.mjs" "$file")
  echo "report, $rows rows ($leads leads):"
  row "  funnelcrm report" "$ours_wall" "$ours_cpu" "$ours_peak"
  row "  funnelcrm report --threads 1" "$one_wall" "$one_cpu" "$one_peak"
  row "  DuckDB (Node, SQL over the CSV)" "$duck_wall" "$duck_cpu" "$duck_peak"
  echo "  ratio funnelcrm / DuckDB: wall $(awk -v a="$ours_wall" -v b="$duck_wall" 'BEGIN { printf "%.2f", a / b }'), peak memory $(awk -v a="$ours_peak" -v b="$duck_peak" 'BEGIN { printf "%.2f", a / b }')"
  node -e '
    const fs = require("fs");
    const ours = Object.fromEntries(JSON.parse(fs.readFileSync(process.argv[1], "utf8")).stages.filter(s => s.volume > 0).map(s => [s.stage, s.volume]));
    const duck = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
    const same = JSON.stringify(ours) === JSON.stringify(Object.fromEntries(Object.keys(ours).map(k => [k, duck[k]]))) && Object.keys(duck).length === Object.keys(ours).length;
    console.log("  volumes per stage " + (same ? "agree" : "DIFFER") + ": " + JSON.stringify(ours) + (same ? "" : " vs DuckDB " + JSON.stringify(duck)));
    process.exit(same ? 0 : 1);' "$work/report-$rows.json" "$work/duckdb-$rows.json"
done

read -r _ score_wall score_cpu score_peak < <(measure score "$work/score.json" "${funnelcrm[@]}" score --activities "$work/activities-1000000.csv" --format json --top 10)
read -r _ score1_wall score1_cpu score1_peak < <(measure score1 "$work/score-1.json" "${funnelcrm[@]}" score --activities "$work/activities-1000000.csv" --format json --top 10 --threads 1)
echo "score, 1000000 activities (100000 leads):"
row "  funnelcrm score" "$score_wall" "$score_cpu" "$score_peak"
row "  funnelcrm score --threads 1" "$score1_wall" "$score1_cpu" "$score1_peak"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Files and outputs: $work"
