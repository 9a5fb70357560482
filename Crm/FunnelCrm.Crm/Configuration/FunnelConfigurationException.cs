using System;
using System.Collections.Generic;

namespace FunnelCrm.Crm.Configuration;

/// <summary>The scoring rules or the funnel settings cannot be used; the message names each rule and field to fix.</summary>
public sealed class FunnelConfigurationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public FunnelConfigurationException(IReadOnlyList<string> problems, Exception inner)
        : base("FunnelCrm's scoring rules or funnel settings cannot be used: " + string.Join(" ", problems) + " An admin fixes the rule or the settings row.", inner)
    {
        Problems = problems;
    }

    /// <summary>Each problem, naming the rule and the field.</summary>
    public IReadOnlyList<string> Problems { get; }
}
