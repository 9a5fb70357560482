using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>The current window measured against the trailing baseline before it.</summary>
    public sealed class BaselineComparison
    {
        internal BaselineComparison(DateTime baselineFrom, DateTime currentFrom, DateTime currentTo, FunnelReport baseline, FunnelReport current, IReadOnlyList<BaselineLine> lines)
        {
            BaselineFromUtc = baselineFrom;
            CurrentFromUtc = currentFrom;
            CurrentToUtc = currentTo;
            Baseline = baseline;
            Current = current;
            Lines = lines;
        }

        /// <summary>Start of the baseline window (it ends where the current window starts).</summary>
        public DateTime BaselineFromUtc { get; }

        /// <summary>Start of the current window.</summary>
        public DateTime CurrentFromUtc { get; }

        /// <summary>End (exclusive) of the current window.</summary>
        public DateTime CurrentToUtc { get; }

        /// <summary>The baseline report.</summary>
        public FunnelReport Baseline { get; }

        /// <summary>The current report.</summary>
        public FunnelReport Current { get; }

        /// <summary>One line per stage, in stage order.</summary>
        public IReadOnlyList<BaselineLine> Lines { get; }
    }
}
