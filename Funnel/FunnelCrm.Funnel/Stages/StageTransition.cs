using System;

namespace FunnelCrm.Funnel.Stages
{
    /// <summary>
    /// One immutable move of a lead (a row of the stage transition table): from, to, when, trigger, the score then,
    /// the reason, and whether it is net-new (the lead's first entry into <see cref="To"/>). Measuring reads only
    /// <see cref="LeadId"/>, <see cref="To"/> and <see cref="On"/>.
    /// </summary>
    public sealed class StageTransition
    {
        /// <summary>Creates a transition record.</summary>
        public StageTransition(Guid leadId, FunnelStage? from, FunnelStage to, DateTime on, StageTrigger trigger, double score, string reason, bool isNetNew, RejectionReason? rejection = null, double? behaviourFactor = null)
        {
            LeadId = leadId;
            From = from;
            To = to;
            On = Times.AsUtc(on);
            Trigger = trigger;
            Score = score;
            Reason = reason ?? string.Empty;
            IsNetNew = isNetNew;
            Rejection = rejection;
            BehaviourFactor = behaviourFactor;
        }

        /// <summary>The lead (the originating lead also after qualification).</summary>
        public Guid LeadId { get; }

        /// <summary>The stage before; null for the first transition.</summary>
        public FunnelStage? From { get; }

        /// <summary>The stage after.</summary>
        public FunnelStage To { get; }

        /// <summary>When (UTC).</summary>
        public DateTime On { get; }

        /// <summary>What triggered it.</summary>
        public StageTrigger Trigger { get; }

        /// <summary>The lead's score at the time.</summary>
        public double Score { get; }

        /// <summary>Why, in words.</summary>
        public string Reason { get; }

        /// <summary>True when the lead never entered <see cref="To"/> before.</summary>
        public bool IsNetNew { get; }

        /// <summary>The rejection reason, for a rejection.</summary>
        public RejectionReason? Rejection { get; }

        /// <summary>For a move to Recycled: the factor to reduce the behaviour score by (see <c>ScoringEngine.Recycle</c>).</summary>
        public double? BehaviourFactor { get; }
    }
}
