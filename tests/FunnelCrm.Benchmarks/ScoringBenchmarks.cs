using System;
using BenchmarkDotNet.Attributes;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Benchmarks
{
    /// <summary>Incremental scoring of one activity (target: over 2 million per second on one core).</summary>
    [MemoryDiagnoser]
    public class ScoringBenchmarks
    {
        private ScoringEngine engine = null!;
        private LeadScoreState state = null!;
        private ScoredActivity webinar = null!;
        private ScoredActivity webVisit = null!;
        private DateTime now;

        [GlobalSetup]
        public void Setup()
        {
            engine = new ScoringEngine(DefaultScoringModel.Create());
            now = BenchmarkData.Start.AddDays(400);
            state = engine.Score(LeadScoreState.Empty, new ScoredActivity("d", "fcm_interaction", ActivityDirection.Incoming, ActivityState.Completed, InteractionTypes.Download, now.AddDays(-3)), now.AddDays(-1)).State;
            webinar = new ScoredActivity("w", "fcm_interaction", ActivityDirection.Incoming, ActivityState.Completed, InteractionTypes.WebinarAttendance, now.AddHours(-2));
            webVisit = new ScoredActivity("v", "fcm_interaction", ActivityDirection.Incoming, ActivityState.Completed, InteractionTypes.WebVisit, now.AddHours(-2));
        }

        /// <summary>An uncapped rule: decay, add, stamp.</summary>
        [Benchmark]
        public LeadScoreState ScoreOneActivity()
        {
            return engine.Score(state, webinar, now).State;
        }

        /// <summary>A capped rule (web visit, 5 a day): also updates the cap ledger.</summary>
        [Benchmark]
        public LeadScoreState ScoreOneCappedActivity()
        {
            return engine.Score(state, webVisit, now).State;
        }
    }
}
