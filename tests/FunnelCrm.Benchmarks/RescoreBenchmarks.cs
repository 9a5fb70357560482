using System;
using BenchmarkDotNet.Attributes;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Benchmarks
{
    /// <summary>
    /// A new activity for a lead with 10 / 1,000 / 100,000 activities of history: the engine's incremental step (flat
    /// in history size) against the naive recompute-from-history baseline (linear); the Ratio column is engine / naive.
    /// </summary>
    [MemoryDiagnoser]
    public class RescoreBenchmarks
    {
        private ScoringEngine engine = null!;
        private NaiveScorer naive = null!;
        private ScoredActivity[] history = null!;
        private LeadScoreState state = null!;
        private ScoredActivity newest = null!;
        private DateTime now;

        [Params(10, 1_000, 100_000)]
        public int HistoryActivities { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            ScoringModel model = DefaultScoringModel.Create();
            foreach (BehaviourRule rule in model.BehaviourRules!)
            {
                rule.CapCount = null;
                rule.CapWindow = null;
            }

            engine = new ScoringEngine(model);
            naive = new NaiveScorer(model);
            history = BenchmarkData.History(HistoryActivities);
            now = BenchmarkData.Start.AddDays(366);
            state = LeadScoreState.Empty;
            foreach (ScoredActivity activity in history)
            {
                state = engine.Score(state, activity, now).State;
            }

            newest = new ScoredActivity("new", "fcm_interaction", ActivityDirection.Incoming, ActivityState.Completed, InteractionTypes.WebinarAttendance, now);
        }

        [Benchmark(Baseline = true)]
        public double NaiveRecomputeFromHistory()
        {
            return naive.Rescore(history, newest, now);
        }

        [Benchmark]
        public double EngineIncremental()
        {
            return engine.Score(state, newest, now).State.BehaviourScore;
        }
    }
}
