namespace FunnelCrm.Crm.Schema;

/// <summary>The security roles the solution ships: names and their stable ids.</summary>
public static class SecurityRoles
{
    /// <summary>Edits scoring rules and funnel settings; reads every funnel table.</summary>
    public const string MarketingName = "FunnelCrm Marketing";

    /// <summary>Id of FunnelCrm Marketing.</summary>
    public const string MarketingId = "{31868121-8e80-5567-b960-711c871555c6}";

    /// <summary>Reads rules and settings, works leads, creates interactions; transitions and snapshots are read-only.</summary>
    public const string SalesRepName = "FunnelCrm Sales Rep";

    /// <summary>Id of FunnelCrm Sales Rep.</summary>
    public const string SalesRepId = "{9eb9e432-1b16-5dc1-874b-1705ba06bac1}";

    /// <summary>Everything on the FunnelCrm tables.</summary>
    public const string AdminName = "FunnelCrm Admin";

    /// <summary>Id of FunnelCrm Admin.</summary>
    public const string AdminId = "{558f2067-0abf-5c5c-a2b2-759e32a738df}";
}
