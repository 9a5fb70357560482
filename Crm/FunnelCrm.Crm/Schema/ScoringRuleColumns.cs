namespace FunnelCrm.Crm.Schema;

/// <summary>Columns of fcm_scoringrule (scoring rule).</summary>
public static class ScoringRuleColumns
{
    /// <summary>Primary key.</summary>
    public const string Id = "fcm_scoringruleid";

    /// <summary>Status (active/inactive; open/completed/canceled for the activity).</summary>
    public const string StateCode = "statecode";

    /// <summary>Status reason.</summary>
    public const string StatusCode = "statuscode";

    /// <summary>Created on.</summary>
    public const string CreatedOn = "createdon";

    /// <summary>Name (text, 200 characters).</summary>
    public const string Name = "fcm_name";

    /// <summary>Rule id (text, 100 characters).</summary>
    public const string RuleId = "fcm_ruleid";

    /// <summary>Kind (choice fcm_scoringrulekind).</summary>
    public const string Kind = "fcm_kind";

    /// <summary>Condition (JSON) (multiline text, 10000 characters).</summary>
    public const string Condition = "fcm_condition";

    /// <summary>Points (decimal).</summary>
    public const string Points = "fcm_points";

    /// <summary>Frequency cap (whole number).</summary>
    public const string FrequencyCap = "fcm_frequencycap";

    /// <summary>Active (yes/no).</summary>
    public const string IsActive = "fcm_isactive";
}
