using System;
using System.Collections.Generic;
using FunnelCrm.Funnel.Routing;

namespace FunnelCrm.Funnel.Tests.Routing
{
    public class MqlRouterTests
    {
        private static readonly Guid Owner = new Guid("00000000-0000-0000-0000-0000000000aa");
        private static readonly Guid Team = new Guid("00000000-0000-0000-0000-0000000000bb");
        private static readonly Guid Anna = new Guid("00000000-0000-0000-0000-000000000001");
        private static readonly Guid Ben = new Guid("00000000-0000-0000-0000-000000000002");
        private static readonly Guid Cem = new Guid("00000000-0000-0000-0000-000000000003");

        [Fact]
        public void Route_KeepOwner_KeepsTheOwner()
        {
            RoutingDecision decision = MqlRouter.Route(new RoutingSettings(), Owner, 4);

            Assert.Equal(Owner, decision.OwnerId);
            Assert.Equal(4, decision.NextCursor);
        }

        [Fact]
        public void Route_Team_AssignsTheTeam()
        {
            RoutingDecision decision = MqlRouter.Route(new RoutingSettings { Mode = RoutingMode.Team, TeamId = Team }, Owner, 0);

            Assert.Equal(Team, decision.OwnerId);
            Assert.True(decision.OwnerIsTeam);
        }

        [Fact]
        public void Route_RoundRobin_TakesMembersInTurnFromTheStoredCursor()
        {
            var settings = new RoutingSettings { Mode = RoutingMode.RoundRobin, Members = new List<Guid> { Anna, Ben, Cem } };
            var owners = new List<Guid>();
            int cursor = 1;

            for (int i = 0; i < 4; i++)
            {
                RoutingDecision decision = MqlRouter.Route(settings, Owner, cursor);
                owners.Add(decision.OwnerId);
                cursor = decision.NextCursor;
            }

            Assert.Equal(new[] { Ben, Cem, Anna, Ben }, owners);
        }

        [Fact]
        public void Route_RoundRobinWithoutMembers_KeepsTheOwnerAndSaysSo()
        {
            RoutingDecision decision = MqlRouter.Route(new RoutingSettings { Mode = RoutingMode.RoundRobin }, Owner, 0);

            Assert.Equal(Owner, decision.OwnerId);
            Assert.Equal("Round robin has no members; the owner keeps the lead", decision.Reason);
        }
    }
}
