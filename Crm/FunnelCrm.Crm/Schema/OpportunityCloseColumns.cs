namespace FunnelCrm.Crm.Schema;

/// <summary>Dataverse's opportunity close activity columns that FunnelCrm reads (the OpportunityClose of Win and Lose).</summary>
public static class OpportunityCloseColumns
{
    /// <summary>The opportunity the close belongs to.</summary>
    public const string OpportunityId = "opportunityid";

    /// <summary>Description.</summary>
    public const string Description = "description";

    /// <summary>Actual Revenue (money), in the opportunity's currency.</summary>
    public const string ActualRevenue = "actualrevenue";
}
