namespace FunnelCrm.Crm.Schema;

/// <summary>Dataverse's own opportunity columns that FunnelCrm reads.</summary>
public static class OpportunityStandardColumns
{
    /// <summary>Primary key.</summary>
    public const string Id = "opportunityid";

    /// <summary>Topic (the primary name).</summary>
    public const string Name = "name";

    /// <summary>The lead this opportunity was qualified from.</summary>
    public const string OriginatingLeadId = "originatingleadid";

    /// <summary>Owner.</summary>
    public const string OwnerId = "ownerid";

    /// <summary>Status: 0 Open, 1 Won, 2 Lost.</summary>
    public const string StateCode = "statecode";

    /// <summary>Status reason.</summary>
    public const string StatusCode = "statuscode";

    /// <summary>Estimated revenue in the base currency.</summary>
    public const string EstimatedValueBase = "estimatedvalue_base";

    /// <summary>Units of the opportunity's currency per unit of the base currency.</summary>
    public const string ExchangeRate = "exchangerate";

    /// <summary>Actual Revenue (money): what a won opportunity brought, in its own currency.</summary>
    public const string ActualValue = "actualvalue";

    /// <summary>Actual Close Date.</summary>
    public const string ActualCloseDate = "actualclosedate";
}
