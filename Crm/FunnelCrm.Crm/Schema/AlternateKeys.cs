namespace FunnelCrm.Crm.Schema;

/// <summary>Logical names of the alternate keys FunnelCrm's tables carry (for upserts that stay idempotent).</summary>
public static class AlternateKeys
{
    /// <summary>fcm_scoringrule by fcm_ruleid.</summary>
    public const string ScoringRuleByRuleId = "fcm_scoringrule_ruleid";

    /// <summary>fcm_funnelsnapshot by fcm_key (period, period start and stage).</summary>
    public const string FunnelSnapshotByKey = "fcm_funnelsnapshot_key";

    /// <summary>fcm_interaction by fcm_sourcesystem and fcm_externalid.</summary>
    public const string InteractionBySourceAndExternalId = "fcm_interaction_sourceexternalid";
}
