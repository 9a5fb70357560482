namespace FunnelCrm.Crm.Schema;

/// <summary>The stamp every scored activity carries: the activity rows are the ledger that explains and replays a score.</summary>
public static class ActivityStampColumns
{
    /// <summary>Points the activity earned (before decay).</summary>
    public const string Points = "fcm_points";

    /// <summary>The scoring model version that scored it.</summary>
    public const string ModelVersion = "fcm_modelversion";

    /// <summary>When it was scored.</summary>
    public const string ScoredOn = "fcm_scoredon";
}
