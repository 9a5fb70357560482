using System.Collections.Generic;

namespace FunnelCrm.Funnel
{
    /// <summary>Facts about the stage order.</summary>
    public static class FunnelStages
    {
        /// <summary>The number of stages (all values of <see cref="FunnelStage"/>).</summary>
        public const int Count = 10;

        /// <summary>The progression stages in order: Known, Engaged, Mql, Sal, Sql, Opportunity, Won.</summary>
        public static readonly IReadOnlyList<FunnelStage> Progression = new[]
        {
            FunnelStage.Known, FunnelStage.Engaged, FunnelStage.Mql, FunnelStage.Sal,
            FunnelStage.Sql, FunnelStage.Opportunity, FunnelStage.Won,
        };

        /// <summary>All stages in numeric order.</summary>
        public static readonly IReadOnlyList<FunnelStage> All = new[]
        {
            FunnelStage.Known, FunnelStage.Engaged, FunnelStage.Mql, FunnelStage.Sal, FunnelStage.Sql,
            FunnelStage.Opportunity, FunnelStage.Won, FunnelStage.Lost, FunnelStage.Recycled, FunnelStage.Disqualified,
        };

        /// <summary>True for Known .. Won.</summary>
        public static bool IsProgression(FunnelStage stage)
        {
            return stage >= FunnelStage.Known && stage <= FunnelStage.Won;
        }

        /// <summary>True for the stages a lead cannot leave automatically: Won, Lost, Disqualified.</summary>
        public static bool IsClosed(FunnelStage stage)
        {
            return stage == FunnelStage.Won || stage == FunnelStage.Lost || stage == FunnelStage.Disqualified;
        }

        /// <summary>The stage's name in words for messages ("MQL", "Sales accepted (SAL)", ...).</summary>
        public static string Label(FunnelStage stage)
        {
            switch (stage)
            {
                case FunnelStage.Mql: return "MQL";
                case FunnelStage.Sal: return "SAL";
                case FunnelStage.Sql: return "SQL";
                default: return stage.ToString();
            }
        }
    }
}
