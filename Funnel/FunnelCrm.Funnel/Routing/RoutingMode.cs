namespace FunnelCrm.Funnel.Routing
{
    /// <summary>Who gets a lead when it becomes MQL.</summary>
    public enum RoutingMode
    {
        /// <summary>The current owner keeps it.</summary>
        KeepOwner = 0,

        /// <summary>A team owns it.</summary>
        Team = 1,

        /// <summary>The next member of a team, in turn.</summary>
        RoundRobin = 2,
    }
}
