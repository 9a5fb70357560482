using System;
using System.Globalization;

namespace FunnelCrm.Funnel.Routing
{
    /// <summary>
    /// Routes a new MQL, deterministically given the state passed in: keep the owner; a team; or round robin, which
    /// picks <c>members[cursor mod count]</c> and returns <c>(cursor + 1) mod count</c> as the next cursor (the caller
    /// stores it, e.g. on the settings row, under the same lock as the lead). A team or round robin without a team or
    /// members keeps the owner and says so.
    /// </summary>
    public static class MqlRouter
    {
        /// <summary>Routes a lead owned by <paramref name="currentOwner"/> with the stored <paramref name="cursor"/>.</summary>
        public static RoutingDecision Route(RoutingSettings settings, Guid currentOwner, int cursor)
        {
            if (settings == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            switch (settings.Mode)
            {
                case RoutingMode.Team when settings.TeamId.HasValue:
                    return new RoutingDecision(settings.TeamId.Value, true, cursor, "Routed to the MQL team");
                case RoutingMode.Team:
                    return new RoutingDecision(currentOwner, false, cursor, "No MQL team is set; the owner keeps the lead");
                case RoutingMode.RoundRobin when settings.Members.Count > 0:
                    int count = settings.Members.Count;
                    int index = ((cursor % count) + count) % count;
                    return new RoutingDecision(settings.Members[index], false, (index + 1) % count,
                        string.Format(CultureInfo.InvariantCulture, "Round robin: member {0} of {1}", index + 1, count));
                case RoutingMode.RoundRobin:
                    return new RoutingDecision(currentOwner, false, cursor, "Round robin has no members; the owner keeps the lead");
                default:
                    return new RoutingDecision(currentOwner, false, cursor, "The owner keeps the lead");
            }
        }
    }
}
