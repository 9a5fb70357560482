namespace FunnelCrm.Crm.Schema;

/// <summary>FunnelCrm's columns on opportunity: the originating lead's funnel data, filled by the lead to opportunity column mapping on QualifyLead.</summary>
public static class OpportunityColumns
{
    /// <summary>Lead score at qualification (whole number).</summary>
    public const string LeadScore = "fcm_leadscore";

    /// <summary>Lead grade (choice fcm_grade).</summary>
    public const string LeadGrade = "fcm_leadgrade";

    /// <summary>MQL on (date and time, UTC).</summary>
    public const string MqlOn = "fcm_mqlon";

    /// <summary>SAL on (date and time, UTC).</summary>
    public const string SalOn = "fcm_salon";

    /// <summary>SQL on (date and time, UTC).</summary>
    public const string SqlOn = "fcm_sqlon";
}
