using System.Collections.Generic;

namespace FunnelCrm.Funnel.Stages
{
    /// <summary>Labels of the rejection reasons.</summary>
    public static class RejectionReasons
    {
        /// <summary>All reasons in list order.</summary>
        public static readonly IReadOnlyList<RejectionReason> All = new[]
        {
            RejectionReason.NotReachable, RejectionReason.NoBudget, RejectionReason.NoNeed, RejectionReason.NoAuthority,
            RejectionReason.BadTiming, RejectionReason.NotInTargetGroup, RejectionReason.Competitor, RejectionReason.Duplicate,
            RejectionReason.InsufficientInformation,
        };

        /// <summary>The reason in words ("Not reachable").</summary>
        public static string Label(RejectionReason reason)
        {
            switch (reason)
            {
                case RejectionReason.NotReachable: return "Not reachable";
                case RejectionReason.NoBudget: return "No budget";
                case RejectionReason.NoNeed: return "No need";
                case RejectionReason.NoAuthority: return "No authority";
                case RejectionReason.BadTiming: return "Bad timing";
                case RejectionReason.NotInTargetGroup: return "Not in target group";
                case RejectionReason.Competitor: return "Competitor";
                case RejectionReason.Duplicate: return "Duplicate";
                default: return "Insufficient information";
            }
        }
    }
}
