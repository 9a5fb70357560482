using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Scoring;

/// <summary>
/// Exported activities (CSV <c>lead_id,type,occurred_on</c> plus optional <c>subtype</c>, <c>direction</c>, <c>state</c>,
/// <c>activity_id</c>) held as compact rows, read on every core (one <see cref="ActivityPart"/> per thread, merged), and
/// grouped per lead (a counting sort) in replay order: time, ties by activity id (ordinal, none first), then by line, as the engine's
/// replay orders them. Leads are numbered in no particular order.
/// </summary>
public sealed class ActivityHistory
{
    private readonly string[] leadIds;
    private readonly ActivityKind[] kinds;
    private readonly char[][] ids;
    private readonly ActivityRow[] rows;
    private readonly int[] starts;

    private ActivityHistory(string[] leadIds, ActivityKind[] kinds, char[][] ids, ActivityRow[] rows, int[] starts, SkipLog skips)
    {
        this.leadIds = leadIds;
        this.kinds = kinds;
        this.ids = ids;
        this.rows = rows;
        this.starts = starts;
        Skips = skips;
    }

    /// <summary>Rows read, and the rows skipped with --skip-invalid and why.</summary>
    public SkipLog Skips { get; }

    /// <summary>How many activities were read.</summary>
    public int Count => rows.Length;

    /// <summary>How many distinct leads the activities belong to.</summary>
    public int LeadCount => leadIds.Length;

    /// <summary>The latest time an activity occurred, or null without activities.</summary>
    public DateTime? Latest => rows.Length == 0 ? null : new DateTime(rows.Max(r => r.Ticks), DateTimeKind.Utc);

    /// <summary>Reads the file (reporting the share read to <paramref name="progress"/>); a bad row stops the read with its file, line and column unless <paramref name="skipInvalid"/>.</summary>
    public static ActivityHistory Read(string path, CsvInput input, bool skipInvalid, Action<double>? progress = null)
    {
        var csv = CsvFile.Open(path, input, new[] { "lead_id", "type", "occurred_on" }, new[] { "subtype", "direction", "state", "activity_id" });
        var (parts, skips) = csv.ReadParts(() => new ActivityPart(csv), (part, row) => part.Add(row), skipInvalid, progress);
        var leadNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var leadIds = new List<string>();
        var leadsOfParts = parts.Select(part => part.LeadIds.Select(id => leadNumbers.TryGetValue(id, out var n) ? n : Add(leadNumbers, leadIds, id)).ToArray()).ToArray();
        var starts = new int[leadIds.Count + 1];
        for (var p = 0; p < parts.Count; p++)
        {
            foreach (var row in parts[p].Rows)
            {
                starts[leadsOfParts[p][row.Lead] + 1]++;
            }
        }

        for (var lead = 0; lead < leadIds.Count; lead++)
        {
            starts[lead + 1] += starts[lead];
        }

        var next = (int[])starts.Clone();
        var rows = new ActivityRow[starts[leadIds.Count]];
        var kinds = new List<ActivityKind>();
        for (var p = 0; p < parts.Count; p++)
        {
            foreach (var row in parts[p].Rows)
            {
                var lead = leadsOfParts[p][row.Lead];
                rows[next[lead]++] = row.Renumbered(lead, kinds.Count + row.Kind, p);
            }

            kinds.AddRange(parts[p].Kinds);
        }

        var ids = parts.Select(part => part.IdText).ToArray();
        var order = new ReplayOrder(ids);
        Parallel.For(0, leadIds.Count, new ParallelOptions { MaxDegreeOfParallelism = input.Threads }, lead => Array.Sort(rows, starts[lead], starts[lead + 1] - starts[lead], order));
        return new ActivityHistory(leadIds.ToArray(), kinds.ToArray(), ids, rows, starts, skips);
    }

    /// <summary>The exported id of a lead.</summary>
    public string LeadId(int lead) => leadIds[lead];

    /// <summary>A lead's activities in replay order.</summary>
    public IReadOnlyList<LeadActivity> Activities(int lead)
    {
        var activities = new LeadActivity[starts[lead + 1] - starts[lead]];
        for (var i = 0; i < activities.Length; i++)
        {
            var row = rows[starts[lead] + i];
            var kind = kinds[row.Kind];
            var id = row.IdLength < 0 ? null : new string(ids[row.Part], row.IdStart, row.IdLength);
            activities[i] = new LeadActivity(id, new ScoredActivity(id ?? "line " + row.Line, kind.Table, kind.Direction, kind.State, kind.Subtype, new DateTime(row.Ticks, DateTimeKind.Utc)));
        }

        return activities;
    }

    private static int Add(Dictionary<string, int> numbers, List<string> ids, string id)
    {
        numbers.Add(id, ids.Count);
        ids.Add(id);
        return ids.Count - 1;
    }

    /// <summary>A lead's activities in time order, ties by activity id (ordinal, none first), then by line.</summary>
    private sealed class ReplayOrder : IComparer<ActivityRow>
    {
        private readonly char[][] ids;

        public ReplayOrder(char[][] ids)
        {
            this.ids = ids;
        }

        public int Compare(ActivityRow a, ActivityRow b)
        {
            var order = a.Ticks.CompareTo(b.Ticks);
            if (order != 0)
            {
                return order;
            }

            order = a.IdLength < 0 || b.IdLength < 0 ? (a.IdLength < 0 ? 0 : 1) - (b.IdLength < 0 ? 0 : 1)
                : ids[a.Part].AsSpan(a.IdStart, a.IdLength).SequenceCompareTo(ids[b.Part].AsSpan(b.IdStart, b.IdLength));
            return order != 0 ? order : a.Line.CompareTo(b.Line);
        }
    }
}
