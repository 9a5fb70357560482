using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Scoring;

/// <summary>One exported activity of a lead: its export id (null when the file has none) and the engine's view of it.</summary>
public sealed class LeadActivity
{
    /// <summary>An activity of a lead.</summary>
    public LeadActivity(string? exportId, ScoredActivity activity)
    {
        ExportId = exportId;
        Activity = activity;
    }

    /// <summary>The <c>activity_id</c> of the export, or null.</summary>
    public string? ExportId { get; }

    /// <summary>The activity as the scoring engine sees it.</summary>
    public ScoredActivity Activity { get; }
}
