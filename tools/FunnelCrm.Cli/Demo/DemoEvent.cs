using System;

namespace FunnelCrm.Cli.Demo;

/// <summary>What happens to a lead at a moment of the demo's history.</summary>
public enum DemoEventKind
{
    /// <summary>Marketing imports the lead.</summary>
    Import,

    /// <summary>The lead interacts with marketing (web visit, download, webinar, ...).</summary>
    Interaction,

    /// <summary>A rep decides on an MQL: accept, reject with a reason, or let the SLA lapse.</summary>
    RepDecision,

    /// <summary>A rep asks the BANT questions of a SAL and qualifies it to SQL, or rejects it.</summary>
    Qualification,

    /// <summary>A rep turns an SQL into an opportunity once authority is clear.</summary>
    Opportunity,

    /// <summary>The opportunity is won or lost.</summary>
    Close,
}

/// <summary>One scheduled event.</summary>
public sealed class DemoEvent
{
    /// <summary>An event.</summary>
    public DemoEvent(DateTime on, DemoEventKind kind, DemoLead lead, int interactionType = 0)
    {
        On = on;
        Kind = kind;
        Lead = lead;
        InteractionType = interactionType;
    }

    /// <summary>When.</summary>
    public DateTime On { get; }

    /// <summary>What.</summary>
    public DemoEventKind Kind { get; }

    /// <summary>Whose.</summary>
    public DemoLead Lead { get; }

    /// <summary>For interactions: the fcm_interactiontype value.</summary>
    public int InteractionType { get; }
}
