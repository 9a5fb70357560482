namespace FunnelCrm.Crm.Schema;

/// <summary>The opportunity table and the originating lead's funnel data it carries.</summary>
public static class OpportunityColumns
{
    /// <summary>The table's logical name.</summary>
    public const string Table = "opportunity";

    /// <summary>The primary key.</summary>
    public const string Id = "opportunityid";

    /// <summary>The lead it was qualified from.</summary>
    public const string OriginatingLead = "originatingleadid";

    /// <summary>Actual revenue (base currency in <see cref="ActualValueBase"/>).</summary>
    public const string ActualValue = "actualvalue";

    /// <summary>Actual revenue in base currency.</summary>
    public const string ActualValueBase = "actualvalue_base";

    /// <summary>Estimated revenue in base currency.</summary>
    public const string EstimatedValueBase = "estimatedvalue_base";

    /// <summary>The lead's score at qualification.</summary>
    public const string LeadScore = "fcm_leadscore";

    /// <summary>The lead's grade at qualification.</summary>
    public const string LeadGrade = "fcm_leadgrade";

    /// <summary>When the lead became an MQL.</summary>
    public const string MqlOn = "fcm_mqlon";

    /// <summary>When the lead was accepted.</summary>
    public const string SalOn = "fcm_salon";

    /// <summary>When the lead was qualified to SQL.</summary>
    public const string SqlOn = "fcm_sqlon";
}
