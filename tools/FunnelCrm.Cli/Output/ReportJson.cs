using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Output;

/// <summary>
/// The funnel report as JSON: <c>stages</c> (stage, volume, conversion, velocity_days_mean/median/p75/p90, to_won),
/// <c>bottleneck</c> (stage and conversion, both null when no stage has the minimum cohort), <c>sal_to_won</c>, <c>sql_to_won</c>, per-period <c>periods</c>
/// and <c>warnings</c> (why a report is empty). Undefined figures are null.
/// </summary>
public static class ReportJson
{
    /// <summary>Writes the JSON document.</summary>
    public static void Write(TextWriter output, FunnelReport report, PeriodKind period, long rows, long skipped, IReadOnlyList<string> warnings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("period", period.ToString().ToLowerInvariant());
            json.WriteNumber("leads", report.LeadCount);
            json.WriteNumber("rows", rows);
            json.WriteNumber("skipped", skipped);
            json.WriteStartArray("stages");
            foreach (var stage in report.Overall)
            {
                json.WriteStartObject();
                json.WriteString("stage", FunnelStages.Label(stage.Stage));
                json.WriteNumber("volume", stage.Volume);
                Number(json, "conversion", stage.Conversion);
                Number(json, "velocity_days_mean", stage.Velocity.MeanDays);
                Number(json, "velocity_days_median", stage.Velocity.MedianDays);
                Number(json, "velocity_days_p75", stage.Velocity.P75Days);
                Number(json, "velocity_days_p90", stage.Velocity.P90Days);
                Number(json, "to_won", stage.ToWon);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("bottleneck");
            if (report.Bottleneck is FunnelStage weakest)
            {
                json.WriteString("stage", FunnelStages.Label(weakest));
                Number(json, "conversion", report[weakest].Conversion);
            }
            else
            {
                json.WriteNull("stage");
                json.WriteNull("conversion");
            }

            json.WriteEndObject();

            Number(json, "sal_to_won", report.SalToWon);
            Number(json, "sql_to_won", report.SqlToWon);
            json.WriteStartArray("periods");
            foreach (var figures in report.Periods)
            {
                json.WriteStartObject();
                json.WriteString("period", figures.Period.Label);
                json.WriteStartArray("stages");
                foreach (var stage in figures.Stages)
                {
                    json.WriteStartObject();
                    json.WriteString("stage", FunnelStages.Label(stage.Stage));
                    json.WriteNumber("volume", stage.Volume);
                    Number(json, "conversion", stage.Conversion);
                    Number(json, "velocity_days_mean", stage.Velocity.MeanDays);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
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

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value == null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, System.Math.Round(value.Value, 6));
        }
    }
}
