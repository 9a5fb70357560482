using System;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Funnel.Tests.Builders
{
    /// <summary>Transition rows for measuring tests; lead n has a fixed id.</summary>
    internal static class Rows
    {
        public static Guid Lead(int n)
        {
            return new Guid(n, 0, 0, new byte[8]);
        }

        public static StageTransition Enter(int lead, FunnelStage stage, DateTime on)
        {
            return new StageTransition(Lead(lead), null, stage, on, StageTrigger.ManualChange, 0, "test", true);
        }
    }
}
