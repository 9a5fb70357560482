using System;
using FunnelCrm.Funnel;

namespace FunnelCrm.Crm.Plugin;

/// <summary>The clock of one operation: Dataverse's OperationCreatedOn (UTC). Plugins hold no clock of their own.</summary>
public sealed class OperationClock : IClock
{
    /// <summary>A clock fixed at the operation's creation time.</summary>
    public OperationClock(DateTime operationCreatedOn)
    {
        UtcNow = DateTime.SpecifyKind(operationCreatedOn, DateTimeKind.Utc);
    }

    /// <summary>The operation's creation time.</summary>
    public DateTime UtcNow { get; }
}
