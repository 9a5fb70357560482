namespace FunnelCrm.Plugins.Stages;

/// <summary>The lead image the stage steps ask for: every column (the guard reads score, profile, BANT and dates).</summary>
public static class LeadImage
{
    /// <summary>The image alias.</summary>
    public const string Alias = "lead";
}
