using System;
using System.Collections.Generic;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// Days from the first entry into a stage to the first entry into the next progression stage, over the leads that
    /// entered both in that order (whole seconds, shown in days). With the values sorted x1..xn: mean = sum / n;
    /// median = x((n+1)/2) for odd n, the mean of x(n/2) and x(n/2+1) for even n; P75 and P90 by nearest rank,
    /// x(ceil(p*n)). All null when n = 0.
    /// </summary>
    public sealed class VelocityFigures
    {
        private VelocityFigures(int count, double? mean, double? median, double? p75, double? p90)
        {
            Count = count;
            MeanDays = mean;
            MedianDays = median;
            P75Days = p75;
            P90Days = p90;
        }

        /// <summary>How many leads.</summary>
        public int Count { get; }

        /// <summary>Mean days.</summary>
        public double? MeanDays { get; }

        /// <summary>Median days.</summary>
        public double? MedianDays { get; }

        /// <summary>75th percentile days.</summary>
        public double? P75Days { get; }

        /// <summary>90th percentile days.</summary>
        public double? P90Days { get; }

        /// <summary>Figures from whole seconds (the list is sorted in place).</summary>
        internal static VelocityFigures FromSeconds(List<long> seconds)
        {
            int n = seconds.Count;
            if (n == 0)
            {
                return new VelocityFigures(0, null, null, null, null);
            }

            seconds.Sort();
            double sum = 0;
            foreach (long value in seconds)
            {
                sum += value;
            }

            double median = n % 2 == 1 ? seconds[n / 2] : (seconds[(n / 2) - 1] + (double)seconds[n / 2]) / 2;
            return new VelocityFigures(n, Days(sum / n), Days(median), Days(seconds[NearestRank(0.75, n)]), Days(seconds[NearestRank(0.90, n)]));
        }

        private static int NearestRank(double p, int n)
        {
            int rank = (int)Math.Ceiling(p * n);
            return Math.Max(1, Math.Min(n, rank)) - 1;
        }

        private static double Days(double seconds)
        {
            return seconds / 86400.0;
        }
    }
}
