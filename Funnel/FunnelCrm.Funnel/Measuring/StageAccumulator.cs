using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>Running counts of one stage over a set of cohorts.</summary>
    internal sealed class StageAccumulator
    {
        public long Volume;
        public long Cohort;
        public long Converted;
        public long Won;
        public readonly List<long> VelocitySeconds = new List<long>();

        public static StageAccumulator[] Row()
        {
            var row = new StageAccumulator[FunnelStages.Count];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = new StageAccumulator();
            }

            return row;
        }

        public void Add(long[] first, int stage)
        {
            Volume++;
            if (stage >= CohortRules.LastProgression)
            {
                return;
            }

            Cohort++;
            if (CohortRules.Converted(first, stage))
            {
                Converted++;
            }

            long seconds = CohortRules.VelocitySeconds(first, stage);
            if (seconds >= 0)
            {
                VelocitySeconds.Add(seconds);
            }

            if (CohortRules.SecondsToWon(first, stage) >= 0)
            {
                Won++;
            }
        }

        public StageFigures ToFigures(FunnelStage stage)
        {
            return new StageFigures(stage, Volume, Converted, Cohort, VelocityFigures.FromSeconds(VelocitySeconds), Won);
        }
    }
}
