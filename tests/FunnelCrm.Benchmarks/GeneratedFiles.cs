using System;
using System.Globalization;
using System.IO;
using FunnelCrm.Funnel;
using nietras.SeparatedValues;

namespace FunnelCrm.Benchmarks
{
    /// <summary>
    /// The CSV files the command-line benchmarks read, as the demo's <c>--export</c> writes them (GUID lead ids,
    /// ISO 8601 UTC times, comma-separated UTF-8): transitions from <see cref="BenchmarkData.TransitionsInterleaved"/>
    /// and activities of a deterministic mix of interactions, emails, calls, appointments and tasks.
    /// </summary>
    internal static class GeneratedFiles
    {
        private static readonly (string Table, string Subtype)[] Kinds =
        {
            ("fcm_interaction", "webvisit"), ("fcm_interaction", "webvisit"), ("fcm_interaction", "webvisit"), ("fcm_interaction", "webvisit"),
            ("fcm_interaction", "download"), ("fcm_interaction", "emailclick"), ("fcm_interaction", "webinarregistration"),
            ("fcm_interaction", "webinarattendance"), ("fcm_interaction", "demorequest"), ("fcm_interaction", "chat"),
            ("email", ""), ("email", ""), ("phonecall", ""), ("appointment", ""), ("task", ""), ("fcm_interaction", "unsubscribe"),
        };

        /// <summary>Writes <paramref name="rows"/> transitions of <paramref name="leads"/> leads to <paramref name="path"/>.</summary>
        public static void Transitions(string path, int rows, int leads)
        {
            using SepWriter writer = Sep.New(',').Writer().ToFile(path);
            foreach ((Guid lead, FunnelStage stage, DateTime on) in BenchmarkData.TransitionsInterleaved(leads, rows))
            {
                using SepWriter.Row row = writer.NewRow();
                row["lead_id"].Set(Id(lead));
                row["stage"].Set(FunnelStages.Label(stage));
                row["entered_on"].Set(Time(on));
            }
        }

        /// <summary>Writes <paramref name="rows"/> activities of <paramref name="leads"/> leads to <paramref name="path"/>, round after round over the leads.</summary>
        public static void Activities(string path, int rows, int leads)
        {
            using SepWriter writer = Sep.New(',').Writer().ToFile(path);
            for (int n = 0; n < rows; n++)
            {
                int lead = n % leads;
                int number = n / leads;
                ulong mix = Mix(((ulong)lead << 32) | (uint)number);
                (string table, string subtype) = Kinds[(int)(mix % (ulong)Kinds.Length)];
                int roll = (int)((mix >> 8) % 100);
                using SepWriter.Row row = writer.NewRow();
                row["lead_id"].Set(Id(new Guid(lead, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8)));
                row["type"].Set(table);
                row["occurred_on"].Set(Time(BenchmarkData.Start.AddMinutes((double)((mix >> 16) % (365 * 24 * 60)))));
                row["subtype"].Set(subtype);
                row["direction"].Set(table == "email" && roll < 50 ? "outgoing" : table == "phonecall" || table == "appointment" ? "outgoing" : "incoming");
                row["state"].Set(roll < 95 ? "completed" : roll < 98 ? "open" : "canceled");
                row["activity_id"].Set(Id(new Guid(lead, (short)(number >> 16), (short)number, 1, 2, 3, 4, 5, 6, 7, 9)));
            }
        }

        private static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

        private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        /// <summary>SplitMix64's finaliser: a well-spread deterministic value per row.</summary>
        private static ulong Mix(ulong value)
        {
            value += 0x9E3779B97F4A7C15UL;
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }
}
