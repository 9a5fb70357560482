namespace FunnelCrm.Emulator;

/// <summary>
/// Variant F: what an Update step's filtering attributes are matched against. Microsoft documents that a step with
/// filtering attributes runs when one of them is "included in the update", not whether a column an earlier step put
/// into the Target (in pre-validation or pre-operation) counts.
/// </summary>
public enum FilteringMatch
{
    /// <summary>The columns of the request as the caller sent it: columns earlier steps add do not fire a step.</summary>
    OriginalRequest,

    /// <summary>The Target as it is when the step's turn comes, with the columns earlier steps added.</summary>
    CurrentTarget,
}
