using System;

namespace FunnelCrm.Funnel.Routing
{
    /// <summary>Who owns the lead after routing, and the round-robin cursor to store for the next one.</summary>
    public sealed class RoutingDecision
    {
        internal RoutingDecision(Guid ownerId, bool ownerIsTeam, int nextCursor, string reason)
        {
            OwnerId = ownerId;
            OwnerIsTeam = ownerIsTeam;
            NextCursor = nextCursor;
            Reason = reason;
        }

        /// <summary>The owner (a user, or a team when <see cref="OwnerIsTeam"/>).</summary>
        public Guid OwnerId { get; }

        /// <summary>True when the owner is a team.</summary>
        public bool OwnerIsTeam { get; }

        /// <summary>The cursor to store: unchanged unless round robin picked a member.</summary>
        public int NextCursor { get; }

        /// <summary>Why, in words ("Round robin: member 2 of 3").</summary>
        public string Reason { get; }
    }
}
