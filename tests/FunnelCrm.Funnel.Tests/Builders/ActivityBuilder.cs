using System;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Funnel.Tests.Builders
{
    /// <summary>Activities as the scoring engine sees them.</summary>
    internal static class ActivityBuilder
    {
        private static int next;

        public static ScoredActivity Interaction(string subtype, DateTime on, string? id = null)
        {
            return new ScoredActivity(id ?? NewId(), "fcm_interaction", ActivityDirection.Incoming, ActivityState.Completed, subtype, on);
        }

        public static ScoredActivity Email(ActivityDirection direction, DateTime on)
        {
            return new ScoredActivity(NewId(), "email", direction, ActivityState.Completed, null, on);
        }

        public static ScoredActivity Task(DateTime on)
        {
            return new ScoredActivity(NewId(), "task", ActivityDirection.Outgoing, ActivityState.Completed, null, on);
        }

        private static string NewId()
        {
            return "a" + System.Threading.Interlocked.Increment(ref next).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
