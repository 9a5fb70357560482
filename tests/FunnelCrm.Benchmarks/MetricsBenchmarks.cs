using BenchmarkDotNet.Attributes;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Funnel.Sla;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Benchmarks
{
    /// <summary>
    /// Funnel metrics in one pass over transition rows from 200,000 leads (target: 1 million rows in under a second).
    /// The Allocated column must stay the same when the same leads produce twice the rows.
    /// </summary>
    [MemoryDiagnoser]
    public class MetricsBenchmarks
    {
        private const int Leads = 200_000;
        private StageTransition[] rows = null!;
        private MeasureOptions options = null!;

        [Params(1_000_000, 2_000_000)]
        public int Rows { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            rows = BenchmarkData.Transitions(Leads, Rows);
            options = new MeasureOptions { Period = PeriodKind.Month, TimeZone = FunnelTimeZones.Find("W. Europe Standard Time") };
        }

        [Benchmark]
        public FunnelReport MeasureFunnel()
        {
            return FunnelMeasure.Measure(rows, options);
        }
    }
}
