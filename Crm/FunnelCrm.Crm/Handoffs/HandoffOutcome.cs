namespace FunnelCrm.Crm.Handoffs;

/// <summary>What a handoff did: whether the lead moved, and what happened or what blocks it, in words.</summary>
public sealed class HandoffOutcome
{
    /// <summary>An outcome.</summary>
    public HandoffOutcome(bool moved, string message)
    {
        Moved = moved;
        Message = message;
    }

    /// <summary>True when the lead moved.</summary>
    public bool Moved { get; }

    /// <summary>"Lead 'Contoso - J. Smith' qualified to SQL." or "Cannot move the lead to SQL: budget is missing."</summary>
    public string Message { get; }
}
