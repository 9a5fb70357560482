using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Scoring;

/// <summary>
/// Exported activities (CSV <c>lead_id,type,occurred_on</c> plus optional <c>subtype</c>, <c>direction</c>, <c>state</c>,
/// <c>activity_id</c>) held as compact rows (a lead index, a tick count and a kind index each) and ordered per lead in
/// time for replay: ties by activity id (ordinal), then by line, as the engine's replay orders them.
/// </summary>
public sealed class ActivityHistory
{
    private static readonly string[] Tables = { "email", "phonecall", "appointment", "task", "campaignresponse", "fcm_interaction" };

    private readonly List<string> leadIds;
    private readonly List<ActivityKind> kinds;
    private readonly List<string?> activityIds;
    private readonly ActivityRow[] rows;

    private ActivityHistory(List<string> leadIds, List<ActivityKind> kinds, List<string?> activityIds, ActivityRow[] rows, SkipLog skips)
    {
        this.leadIds = leadIds;
        this.kinds = kinds;
        this.activityIds = activityIds;
        this.rows = rows;
        Skips = skips;
    }

    /// <summary>Rows read, and the rows skipped with --skip-invalid and why.</summary>
    public SkipLog Skips { get; }

    /// <summary>How many activities were read.</summary>
    public int Count => rows.Length;

    /// <summary>The latest time an activity occurred, or null without activities.</summary>
    public DateTime? Latest => rows.Length == 0 ? null : new DateTime(rows.Max(r => r.Ticks), DateTimeKind.Utc);

    /// <summary>Reads the file (reporting the share read to <paramref name="progress"/>); a bad row stops the read with its file, line and column unless <paramref name="skipInvalid"/>.</summary>
    public static ActivityHistory Read(string path, CsvInput input, bool skipInvalid, Action<double>? progress = null)
    {
        var csv = CsvFile.Open(path, input, new[] { "lead_id", "type", "occurred_on" }, new[] { "subtype", "direction", "state", "activity_id" });
        var leadIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var leadIds = new List<string>();
        var kindIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new List<ActivityKind>();
        var activityIds = new List<string?>();
        var rows = new List<ActivityRow>();
        var skips = new SkipLog(path);
        foreach (var record in csv.Records(progress))
        {
            skips.Read();
            try
            {
                var lead = record.Required("lead_id");
                var kind = Kind(record);
                var when = record.Date("occurred_on");
                if (!leadIndex.TryGetValue(lead, out var leadNumber))
                {
                    leadNumber = leadIds.Count;
                    leadIndex.Add(lead, leadNumber);
                    leadIds.Add(lead);
                }

                if (!kindIndex.TryGetValue(kind.Key, out var kindNumber))
                {
                    kindNumber = kinds.Count;
                    kindIndex.Add(kind.Key, kindNumber);
                    kinds.Add(kind);
                }

                var id = record.Text("activity_id");
                var idNumber = -1;
                if (id != null)
                {
                    idNumber = activityIds.Count;
                    activityIds.Add(id);
                }

                rows.Add(new ActivityRow(leadNumber, when.Ticks, kindNumber, idNumber, record.Line));
            }
            catch (CsvRowException bad) when (skipInvalid)
            {
                skips.Skip(bad);
            }
        }

        var ordered = rows.ToArray();
        Array.Sort(ordered, (a, b) =>
        {
            var order = a.Lead.CompareTo(b.Lead);
            order = order != 0 ? order : a.Ticks.CompareTo(b.Ticks);
            order = order != 0 ? order : string.CompareOrdinal(a.Id < 0 ? null : activityIds[a.Id], b.Id < 0 ? null : activityIds[b.Id]);
            return order != 0 ? order : a.Line.CompareTo(b.Line);
        });
        return new ActivityHistory(leadIds, kinds, activityIds, ordered, skips);
    }

    /// <summary>Each lead (in order of first appearance in the file) with its activities in replay order.</summary>
    public IEnumerable<KeyValuePair<string, IReadOnlyList<LeadActivity>>> ByLead()
    {
        var start = 0;
        while (start < rows.Length)
        {
            var end = start;
            var activities = new List<LeadActivity>();
            while (end < rows.Length && rows[end].Lead == rows[start].Lead)
            {
                var row = rows[end];
                var kind = kinds[row.Kind];
                var id = row.Id < 0 ? null : activityIds[row.Id];
                activities.Add(new LeadActivity(id, new ScoredActivity(id ?? "line " + row.Line, kind.Table, kind.Direction, kind.State, kind.Subtype, new DateTime(row.Ticks, DateTimeKind.Utc))));
                end++;
            }

            yield return new KeyValuePair<string, IReadOnlyList<LeadActivity>>(leadIds[rows[start].Lead], activities);
            start = end;
        }
    }

    private static ActivityKind Kind(CsvRecord record)
    {
        var type = record.Required("type").ToLowerInvariant();
        var subtype = record.Text("subtype")?.ToLowerInvariant();
        string table;
        if (type == "interaction" || type == "fcm_interaction")
        {
            table = "fcm_interaction";
        }
        else if (InteractionTypes.All.Contains(type))
        {
            table = "fcm_interaction";
            subtype = type;
        }
        else if (Tables.Contains(type))
        {
            table = type;
        }
        else
        {
            throw record.Error("type", Shown.Quoted(type) + " is not an activity table (" + string.Join(", ", Tables) + ") or interaction type (" + string.Join(", ", InteractionTypes.All) + ")", "unknown activity type");
        }

        var direction = record.Text("direction")?.ToLowerInvariant() switch
        {
            null or "incoming" or "in" => ActivityDirection.Incoming,
            "outgoing" or "out" => ActivityDirection.Outgoing,
            var other => throw record.Error("direction", Shown.Quoted(other) + " is not incoming or outgoing", "bad direction"),
        };
        var state = record.Text("state")?.ToLowerInvariant() switch
        {
            null or "completed" => ActivityState.Completed,
            "open" or "scheduled" => ActivityState.Open,
            "canceled" or "cancelled" => ActivityState.Canceled,
            var other => throw record.Error("state", Shown.Quoted(other) + " is not completed, open or canceled", "bad state"),
        };
        return new ActivityKind(table, subtype, direction, state);
    }

    private readonly struct ActivityRow
    {
        public ActivityRow(int lead, long ticks, int kind, int id, int line)
        {
            Lead = lead;
            Ticks = ticks;
            Kind = kind;
            Id = id;
            Line = line;
        }

        public int Lead { get; }

        public long Ticks { get; }

        public int Kind { get; }

        public int Id { get; }

        public int Line { get; }
    }
}
