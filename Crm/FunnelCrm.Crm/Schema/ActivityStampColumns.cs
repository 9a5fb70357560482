namespace FunnelCrm.Crm.Schema;

/// <summary>The scoring stamp on every scored activity table (email, phonecall, appointment, task, campaignresponse, fcm_interaction): the ledger that explains and replays a score.</summary>
public static class ActivityStampColumns
{
    /// <summary>Funnel points (decimal).</summary>
    public const string Points = "fcm_points";

    /// <summary>Scoring model version (text, 50 characters).</summary>
    public const string ModelVersion = "fcm_modelversion";

    /// <summary>Scored on (date and time, UTC).</summary>
    public const string ScoredOn = "fcm_scoredon";
}
