using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Scoring;

/// <summary>What the engine needs to know of an exported activity besides its lead and time: table, subtype, direction, state.</summary>
public sealed class ActivityKind
{
    /// <summary>A kind of activity.</summary>
    public ActivityKind(string table, string? subtype, ActivityDirection direction, ActivityState state)
    {
        Table = table;
        Subtype = subtype;
        Direction = direction;
        State = state;
    }

    /// <summary>The activity table's logical name (email, phonecall, appointment, task, campaignresponse, fcm_interaction).</summary>
    public string Table { get; }

    /// <summary>The interaction type or other subtype, or null.</summary>
    public string? Subtype { get; }

    /// <summary>Incoming (from the lead) or outgoing.</summary>
    public ActivityDirection Direction { get; }

    /// <summary>Open, completed or canceled.</summary>
    public ActivityState State { get; }

    /// <summary>The key that makes equal kinds share one instance.</summary>
    public string Key => Table + "|" + Subtype + "|" + Direction + "|" + State;
}
