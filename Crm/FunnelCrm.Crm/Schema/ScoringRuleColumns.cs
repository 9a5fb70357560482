namespace FunnelCrm.Crm.Schema;

/// <summary>The scoring rule table: marketing edits the model here without a code change.</summary>
public static class ScoringRuleColumns
{
    /// <summary>The table's logical name.</summary>
    public const string Table = "fcm_scoringrule";

    /// <summary>The primary key.</summary>
    public const string Id = "fcm_scoringruleid";

    /// <summary>Primary name (the rule's description).</summary>
    public const string Name = "fcm_name";

    /// <summary>The rule's stable id (alternate key).</summary>
    public const string RuleId = "fcm_ruleid";

    /// <summary>Behaviour, fit or negative (option set fcm_scoringrulekind).</summary>
    public const string Kind = "fcm_kind";

    /// <summary>The rule's condition in the scoring model's JSON form.</summary>
    public const string Condition = "fcm_condition";

    /// <summary>Points.</summary>
    public const string Points = "fcm_points";

    /// <summary>Frequency cap (empty: none).</summary>
    public const string FrequencyCap = "fcm_frequencycap";

    /// <summary>Whether the rule is active.</summary>
    public const string IsActive = "fcm_isactive";
}
