// What an analyst would run instead of `funnelcrm report`: DuckDB SQL over the same transitions CSV, computing the same
// figures (per stage and per month of the first entry: net-new volume, conversion to any later progression stage,
// velocity to the next stage in days: mean, median, P75, P90; share later won). Prints the overall volume per stage as
// JSON ({"Known": n, ...}) for compare-duckdb.sh to check against funnelcrm's. Usage: node duckdb-report.mjs FILE
import { DuckDBInstance } from '@duckdb/node-api';

const [file] = process.argv.slice(2);
// Stage names as funnelcrm reads them (case-insensitive, English or the solution's German labels), in progression order.
const stages = [
  ['Known', 'bekannt'], ['Engaged', 'engagiert'], ['MQL'], ['SAL'], ['SQL'], ['Opportunity', 'verkaufschance'],
  ['Won', 'gewonnen'], ['Lost', 'verloren'], ['Recycled', 'zurückgestellt'], ['Disqualified', 'disqualifiziert'],
];
const won = 6;
const quoted = text => `'${text.replaceAll("'", "''")}'`;
const firsts = stages.map((names, k) =>
  `min(entered_on) FILTER (WHERE stage IN (${names.map(n => quoted(n.toLowerCase())).join(', ')})) AS f${k}`).join(',\n    ');
const cohort = k => {
  if (k >= won) {
    return `SELECT ${k} AS k, f${k} AS entered, NULL::BOOLEAN AS converted, NULL::DOUBLE AS seconds, NULL::BOOLEAN AS won FROM wide WHERE f${k} IS NOT NULL`;
  }
  const later = [];
  for (let j = k + 1; j <= won; j++) later.push(`f${j} >= f${k}`);
  return `SELECT ${k} AS k, f${k} AS entered, coalesce(${later.join(' OR ')}, false) AS converted, `
    + `CASE WHEN f${k + 1} >= f${k} THEN floor(epoch(f${k + 1}) - epoch(f${k})) END AS seconds, `
    + `coalesce(f${won} >= f${k}, false) AS won FROM wide WHERE f${k} IS NOT NULL`;
};
const sql = `
WITH rows AS (
  SELECT lead_id, lower(trim(stage)) AS stage, entered_on
  FROM read_csv(${quoted(file)}, header = true, columns = {'lead_id': 'VARCHAR', 'stage': 'VARCHAR', 'entered_on': 'TIMESTAMP'})
),
wide AS (
  SELECT lead_id,
    ${firsts}
  FROM rows GROUP BY lead_id
),
cohorts AS (
  ${stages.map((_, k) => cohort(k)).join('\n  UNION ALL ')}
)
SELECT k, date_trunc('month', entered) AS period, count(*) AS volume,
  count(*) FILTER (WHERE converted) / count(converted) AS conversion,
  avg(seconds) / 86400 AS velocity_days_mean, median(seconds) / 86400 AS velocity_days_median,
  quantile_disc(seconds, 0.75) / 86400 AS velocity_days_p75, quantile_disc(seconds, 0.9) / 86400 AS velocity_days_p90,
  count(*) FILTER (WHERE won) / count(won) AS to_won
FROM cohorts
GROUP BY GROUPING SETS ((k), (k, period))
ORDER BY period NULLS FIRST, k`;

const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const result = await connection.runAndReadAll(sql);
const volumes = {};
for (const row of result.getRowObjectsJS()) {
  if (row.period === null) {
    volumes[stages[row.k][0]] = Number(row.volume);
  }
}
console.log(JSON.stringify(volumes));
