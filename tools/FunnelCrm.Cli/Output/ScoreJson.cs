using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Scoring;

namespace FunnelCrm.Cli.Output;

/// <summary>
/// The scoring backtest as JSON: <c>model</c>, <c>at</c>, <c>activities</c>, <c>leads</c> (lead_id, score, behaviour,
/// fit, grade, mql_on or null, explanation lines), <c>mqls_per_month</c> (month, mqls) and, with outcomes,
/// <c>thresholds</c> (threshold, mqls, won, win_rate or null, won_missed); <c>warnings</c> say why a result is empty.
/// </summary>
public static class ScoreJson
{
    /// <summary>Writes the JSON document; <paramref name="top"/> limits the leads (null: all).</summary>
    public static void Write(TextWriter output, BacktestResult result, int? top, IReadOnlyList<ThresholdRow>? thresholds, IReadOnlyList<string> warnings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("model", result.Model.Version);
            json.WriteNumber("mql_threshold", result.Model.MqlThreshold);
            json.WriteString("at", IsoDate.Format(result.At));
            json.WriteNumber("activities", result.Scored);
            json.WriteNumber("activities_after_at", result.AfterAt);
            json.WriteNumber("duplicate_activities", result.Duplicates);
            json.WriteStartArray("leads");
            foreach (var lead in result.Leads.Take(top ?? int.MaxValue))
            {
                json.WriteStartObject();
                json.WriteString("lead_id", lead.LeadId);
                json.WriteNumber("score", Round(lead.Card.Total));
                json.WriteNumber("behaviour", Round(lead.Card.Behaviour));
                json.WriteNumber("fit", Round(lead.Card.Fit));
                json.WriteString("grade", lead.Card.Grade.ToString());
                if (lead.MqlOn is System.DateTime on)
                {
                    json.WriteString("mql_on", IsoDate.Format(on));
                }
                else
                {
                    json.WriteNull("mql_on");
                }

                json.WriteStartArray("explanation");
                foreach (var line in lead.Explanation.Lines)
                {
                    json.WriteStringValue(line.Sentence);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("mqls_per_month");
            foreach (var month in result.MqlsPerMonth)
            {
                json.WriteStartObject();
                json.WriteString("month", month.Key);
                json.WriteNumber("mqls", month.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (thresholds != null)
            {
                json.WriteStartArray("thresholds");
                foreach (var row in thresholds)
                {
                    json.WriteStartObject();
                    json.WriteNumber("threshold", row.Threshold);
                    json.WriteNumber("mqls", row.Mqls);
                    json.WriteNumber("won", row.Won);
                    if (row.WinRate is double rate)
                    {
                        json.WriteNumber("win_rate", Round(rate));
                    }
                    else
                    {
                        json.WriteNull("win_rate");
                    }

                    json.WriteNumber("won_missed", row.WonMissed);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("warnings");
            foreach (var warning in warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static double Round(double value) => System.Math.Round(value, 6);
}
