namespace FunnelCrm.Plugins.Stages;

/// <summary>
/// The lead image the stage and profile steps ask for: the columns FunnelCrm reads of a lead (LeadRecord.Columns: score,
/// profile, BANT and dates), listed on each step's declaration; a test compares the columns each step reads from its
/// image with that list.
/// </summary>
public static class LeadImage
{
    /// <summary>The image alias.</summary>
    public const string Alias = "lead";
}
