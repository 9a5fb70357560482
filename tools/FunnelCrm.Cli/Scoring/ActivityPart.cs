using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Scoring;

/// <summary>
/// The activities one thread read, from spans without a string per field: leads and kinds numbered in the order this
/// part first met them (a lead's id and a kind's description are kept once), activity ids in one text buffer.
/// </summary>
internal sealed class ActivityPart
{
    private static readonly string[] Tables = { "email", "phonecall", "appointment", "task", "campaignresponse", "fcm_interaction" };
    private const int MaxKeyPart = 256;

    private readonly int lead;
    private readonly int type;
    private readonly int occurredOn;
    private readonly int subtype;
    private readonly int direction;
    private readonly int state;
    private readonly int activityId;
    private readonly Dictionary<string, int> leadNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> leadNumbersBySpan;
    private readonly Dictionary<string, int> kindNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> kindNumbersBySpan;
    private char[] ids = new char[1 << 12];
    private int idsUsed;

    public ActivityPart(CsvFile csv)
    {
        lead = csv.Column("lead_id");
        type = csv.Column("type");
        occurredOn = csv.Column("occurred_on");
        subtype = csv.Column("subtype");
        direction = csv.Column("direction");
        state = csv.Column("state");
        activityId = csv.Column("activity_id");
        leadNumbersBySpan = leadNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
        kindNumbersBySpan = kindNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lead ids, by this part's lead number.</summary>
    public List<string> LeadIds { get; } = new List<string>();

    /// <summary>The kinds, by this part's kind number.</summary>
    public List<ActivityKind> Kinds { get; } = new List<ActivityKind>();

    /// <summary>The rows in the order read, with this part's lead and kind numbers.</summary>
    public List<ActivityRow> Rows { get; } = new List<ActivityRow>();

    /// <summary>The text the rows' activity ids lie in (its end is unused).</summary>
    public char[] IdText => ids;

    /// <summary>Adds one row; a bad row is refused naming its line and column.</summary>
    public void Add(CsvRow row)
    {
        var leadId = row.Required(lead);
        var kind = Kind(row);
        var when = row.Date(occurredOn);
        if (!leadNumbersBySpan.TryGetValue(leadId, out var leadNumber))
        {
            leadNumber = LeadIds.Count;
            var text = leadId.ToString();
            leadNumbers.Add(text, leadNumber);
            LeadIds.Add(text);
        }

        var id = row.Text(activityId);
        if (idsUsed + id.Length > ids.Length)
        {
            Array.Resize(ref ids, Math.Max(ids.Length * 2, idsUsed + id.Length));
        }

        id.CopyTo(ids.AsSpan(idsUsed));
        Rows.Add(new ActivityRow(leadNumber, when.Ticks, kind, row.Line, 0, idsUsed, id.IsEmpty ? -1 : id.Length));
        idsUsed += id.Length;
    }

    /// <summary>
    /// The number of the row's kind: its type, subtype, direction and state as written (each after its length) are
    /// looked up, and worked out once; unusually long values are worked out every time.
    /// </summary>
    private int Kind(CsvRow row)
    {
        var typeText = row.Required(type);
        var subtypeText = row.Text(subtype);
        var directionText = row.Text(direction);
        var stateText = row.Text(state);
        if (Math.Max(Math.Max(typeText.Length, subtypeText.Length), Math.Max(directionText.Length, stateText.Length)) > MaxKeyPart)
        {
            Kinds.Add(Describe(row, typeText, subtypeText, directionText, stateText));
            return Kinds.Count - 1;
        }

        Span<char> key = stackalloc char[typeText.Length + subtypeText.Length + directionText.Length + stateText.Length + 4];
        var at = Append(key, 0, typeText);
        at = Append(key, at, subtypeText);
        at = Append(key, at, directionText);
        Append(key, at, stateText);
        if (!kindNumbersBySpan.TryGetValue(key, out var number))
        {
            number = Kinds.Count;
            Kinds.Add(Describe(row, typeText, subtypeText, directionText, stateText));
            kindNumbers.Add(key.ToString(), number);
        }

        return number;
    }

    private static int Append(Span<char> key, int at, ReadOnlySpan<char> text)
    {
        key[at] = (char)text.Length;
        text.CopyTo(key.Slice(at + 1));
        return at + 1 + text.Length;
    }

    private ActivityKind Describe(CsvRow row, ReadOnlySpan<char> typeSpan, ReadOnlySpan<char> subtypeSpan, ReadOnlySpan<char> directionSpan, ReadOnlySpan<char> stateSpan)
    {
        var typeText = typeSpan.ToString().ToLowerInvariant();
        var subtypeText = Lower(subtypeSpan);
        string table;
        if (typeText == "interaction" || typeText == "fcm_interaction")
        {
            table = "fcm_interaction";
        }
        else if (InteractionTypes.All.Contains(typeText))
        {
            table = "fcm_interaction";
            subtypeText = typeText;
        }
        else if (Tables.Contains(typeText))
        {
            table = typeText;
        }
        else
        {
            throw row.Error(type, Shown.Quoted(typeText) + " is not an activity table (" + string.Join(", ", Tables) + ") or interaction type (" + string.Join(", ", InteractionTypes.All) + ")", "unknown activity type");
        }

        var towards = Lower(directionSpan) switch
        {
            null or "incoming" or "in" => ActivityDirection.Incoming,
            "outgoing" or "out" => ActivityDirection.Outgoing,
            var other => throw row.Error(direction, Shown.Quoted(other) + " is not incoming or outgoing", "bad direction"),
        };
        var now = Lower(stateSpan) switch
        {
            null or "completed" => ActivityState.Completed,
            "open" or "scheduled" => ActivityState.Open,
            "canceled" or "cancelled" => ActivityState.Canceled,
            var other => throw row.Error(state, Shown.Quoted(other) + " is not completed, open or canceled", "bad state"),
        };
        return new ActivityKind(table, subtypeText, towards, now);
    }

    private static string? Lower(ReadOnlySpan<char> text) => text.IsEmpty ? null : text.ToString().ToLowerInvariant();
}
