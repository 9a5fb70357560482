using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;

namespace FunnelCrm.Cli.Output;

/// <summary>
/// The backwards plan as JSON: <c>deadline</c>, <c>today</c>, <c>required_wins</c>, <c>stages</c> (stage,
/// required_volume, conversion, latest_start, starts_in_past; null where unknown), <c>gaps</c> and <c>warnings</c>.
/// </summary>
public static class PlanJson
{
    /// <summary>Writes the JSON document.</summary>
    public static void Write(TextWriter output, DateTime deadline, BackwardsPlan plan, DateTime today, IReadOnlyList<string> warnings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("deadline", IsoDate.Day(deadline));
            json.WriteString("today", IsoDate.Day(today));
            json.WriteNumber("required_wins", plan.RequiredWins);
            json.WriteStartArray("stages");
            foreach (var step in plan.Steps)
            {
                json.WriteStartObject();
                json.WriteString("stage", FunnelStages.Label(step.Stage));
                if (step.RequiredVolume is double volume)
                {
                    json.WriteNumber("required_volume", Math.Ceiling(volume - 1e-9));
                }
                else
                {
                    json.WriteNull("required_volume");
                }

                if (step.Conversion is double conversion)
                {
                    json.WriteNumber("conversion", Math.Round(conversion, 6));
                }
                else
                {
                    json.WriteNull("conversion");
                }

                if (step.LatestStartUtc is DateTime start)
                {
                    json.WriteString("latest_start", IsoDate.Day(start));
                    json.WriteBoolean("starts_in_past", start < today);
                }
                else
                {
                    json.WriteNull("latest_start");
                    json.WriteNull("starts_in_past");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            Strings(json, "gaps", plan.Gaps);
            Strings(json, "warnings", warnings);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
