namespace FunnelCrm.Plugins.Stages;

/// <summary>The Merge request's parameters FunnelCrm reads.</summary>
internal static class LeadMergeParameters
{
    /// <summary>The id of the lead merged into the Target (the master).</summary>
    public const string SubordinateId = "SubordinateId";
}
