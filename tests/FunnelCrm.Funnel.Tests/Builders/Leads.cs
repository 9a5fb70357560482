using System;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Funnel.Tests.Builders
{
    /// <summary>Lead funnel states for stage tests.</summary>
    internal static class Leads
    {
        public static readonly Guid Id = new Guid("6f1c2d3e-0000-4000-8000-000000000001");

        public static LeadFunnelState At(FunnelStage? stage, double score = 0, double fit = 0, ProfileBuilder? profile = null, params FunnelStage[] entered)
        {
            return new LeadFunnelState(Id, stage, score, fit, (profile ?? ProfileBuilder.Lead()).Build(), entered);
        }
    }
}
