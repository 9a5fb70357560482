using System;
using FunnelCrm.Funnel;

namespace FunnelCrm.Benchmarks
{
    /// <summary>
    /// One generated lead's way through the funnel: five steps from Known (forward, or out to Recycled and back to
    /// Engaged) with random gaps, seeded by the lead's number; row i beyond the fifth re-enters step i mod 5, 30 days
    /// later per round.
    /// </summary>
    internal sealed class LeadWalk
    {
        public const int Steps = 5;

        private readonly FunnelStage[] stages = new FunnelStage[Steps];
        private readonly DateTime[] times = new DateTime[Steps];

        private LeadWalk(Guid id)
        {
            Id = id;
        }

        public Guid Id { get; }

        public static LeadWalk Of(int lead)
        {
            var random = new Random(lead);
            var walk = new LeadWalk(new Guid(lead, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8));
            DateTime on = BenchmarkData.Start.AddMinutes(random.Next(365 * 24 * 60));
            int stage = 0;
            for (int i = 0; i < Steps; i++)
            {
                walk.stages[i] = (FunnelStage)stage;
                walk.times[i] = on;
                on = on.AddHours(1 + random.Next(24 * 20));
                stage = stage == (int)FunnelStage.Recycled ? (int)FunnelStage.Engaged
                    : random.Next(5) == 0 ? (int)FunnelStage.Recycled
                    : stage + 1;
            }

            return walk;
        }

        public FunnelStage Stage(int row) => stages[row % Steps];

        public DateTime On(int row) => times[row % Steps].AddDays(row / Steps * 30);
    }
}
