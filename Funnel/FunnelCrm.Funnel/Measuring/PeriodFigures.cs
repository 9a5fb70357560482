using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>The figures of every stage for one period.</summary>
    public sealed class PeriodFigures
    {
        internal PeriodFigures(Period period, IReadOnlyList<StageFigures> stages)
        {
            Period = period;
            Stages = stages;
        }

        /// <summary>The period.</summary>
        public Period Period { get; }

        /// <summary>One entry per stage, in stage order.</summary>
        public IReadOnlyList<StageFigures> Stages { get; }

        /// <summary>The figures of one stage.</summary>
        public StageFigures this[FunnelStage stage] => Stages[(int)stage];
    }
}
