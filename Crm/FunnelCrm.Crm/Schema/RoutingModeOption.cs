namespace FunnelCrm.Crm.Schema;

/// <summary>How a new MQL is routed: the values of the global choice fcm_routingmode.</summary>
public static class RoutingModeOption
{
    /// <summary>The global choice's name.</summary>
    public const string OptionSetName = "fcm_routingmode";

    /// <summary>Keep owner (Besitzer beibehalten).</summary>
    public const int KeepOwner = 742100000;

    /// <summary>Assign to team (Team zuweisen).</summary>
    public const int Team = 742100001;

    /// <summary>Round robin in team (Reihum im Team).</summary>
    public const int RoundRobin = 742100002;
}
