using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Routing
{
    /// <summary>Routing on MQL: the mode, the team and, for round robin, the members in their fixed order.</summary>
    public sealed class RoutingSettings
    {
        /// <summary>The mode (default keep the owner).</summary>
        public RoutingMode Mode { get; set; } = RoutingMode.KeepOwner;

        /// <summary>The team for <see cref="RoutingMode.Team"/>.</summary>
        public Guid? TeamId { get; set; }

        /// <summary>The members for <see cref="RoutingMode.RoundRobin"/>, in turn order.</summary>
        public List<Guid> Members { get; set; } = new List<Guid>();
    }
}
