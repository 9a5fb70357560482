#!/usr/bin/env bash
# Ingest benchmark: N marketing signals through `funnelcrm org ingest` into `funnelcrm serve` (the Web API host with
# every plugin step registered), each in its own process. Prints interactions per second, HTTP requests used and the
# ingest process's peak memory (/usr/bin/time -v), for two file sizes so memory can be compared with file size.
# Usage: tests/FunnelCrm.Benchmarks/Integration/ingest-benchmark.sh [ROWS...]   (default: 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/../../.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)

dotnet build tools/FunnelCrm.Cli -c Release -nologo -v q >/dev/null
cli=(dotnet tools/FunnelCrm.Cli/bin/Release/net10.0/funnelcrm.dll)
work=$(mktemp -d)
trap 'kill "$serve" 2>/dev/null || true; wait "$serve" 2>/dev/null || true; rm -rf "$work"' EXIT

for rows in "${sizes[@]}"; do
  leads=$((rows / 10))
  file="$work/signals-$rows.csv"
  awk -v rows="$rows" -v leads="$leads" 'BEGIN {
    split("webvisit,download,newslettersignup,webinarregistration,webinarattendance,eventattendance,demorequest,chat,emailclick", types, ",");
    print "external_id,email,type,occurred_on,campaign,url";
    for (i = 0; i < rows; i++) {
      minutes = int(i * 525600 / rows);
      printf "s%d,lead%d@example.com,%s,2024-%02d-%02dT%02d:%02d:00Z,Spring %d,https://example.com/p/%d\n",
        i, (i * 7919) % leads, types[(i % 9) + 1], 1 + int(minutes / 43800), 1 + int((minutes % 43800) / 1565), int((minutes % 1440) / 60), minutes % 60, i % 12, i % 500;
    }
  }' > "$file"

  "${cli[@]}" serve --port 0 > "$work/serve.log" 2>&1 &
  serve=$!
  for _ in $(seq 1 120); do grep -q '^Connection: ' "$work/serve.log" && break; sleep 0.5; done
  connection=$(grep '^Connection: ' "$work/serve.log" | sed 's/^Connection: //')

  start=$(date +%s.%N)
  /usr/bin/time -v "${cli[@]}" org ingest --interactions "$file" --create-leads --connection "$connection" > "$work/ingest.log" 2> "$work/time.log"
  end=$(date +%s.%N)
  kill "$serve"; wait "$serve" 2>/dev/null || true

  seconds=$(echo "$end - $start" | bc -l)
  rss=$(grep 'Maximum resident set size' "$work/time.log" | awk '{print $6}')
  echo "rows=$rows leads=$leads file=$(du -k "$file" | cut -f1) KB"
  grep -E '^Ingested|^HTTP requests' "$work/ingest.log"
  printf 'wall %.1f s, %.0f interactions/s, ingest peak memory %d MB\n' "$seconds" "$(echo "$rows / $seconds" | bc -l)" $((rss / 1024))
done
