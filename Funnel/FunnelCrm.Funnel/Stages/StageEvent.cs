using System;

namespace FunnelCrm.Funnel.Stages
{
    /// <summary>Something that happened to a lead and may move it; build one with the factory methods.</summary>
    public sealed class StageEvent
    {
        private StageEvent(StageTrigger trigger, DateTime on, string? reason, RejectionReason? rejection, FunnelStage? target, bool engaging)
        {
            Trigger = trigger;
            On = Times.AsUtc(on);
            Reason = reason;
            Rejection = rejection;
            Target = target;
            Engaging = engaging;
        }

        /// <summary>The kind of event.</summary>
        public StageTrigger Trigger { get; }

        /// <summary>When it happened (UTC); the transition's time.</summary>
        public DateTime On { get; }

        /// <summary>Free text reason or note (required for manual changes and disqualification).</summary>
        public string? Reason { get; }

        /// <summary>The rejection reason (required for <see cref="StageTrigger.Rejected"/>).</summary>
        public RejectionReason? Rejection { get; }

        /// <summary>The stage asked for by a manual change.</summary>
        public FunnelStage? Target { get; }

        /// <summary>For an activity: true when it is a qualifying marketing interaction (it earned positive points).</summary>
        public bool Engaging { get; }

        /// <summary>The lead was created.</summary>
        public static StageEvent Created(DateTime on) => new StageEvent(StageTrigger.Created, on, null, null, null, false);

        /// <summary>The lead's score changed.</summary>
        public static StageEvent ScoreChanged(DateTime on) => new StageEvent(StageTrigger.ScoreChanged, on, null, null, null, false);

        /// <summary>An activity was scored; <paramref name="engaging"/> when it earned positive points.</summary>
        public static StageEvent Activity(DateTime on, bool engaging) => new StageEvent(StageTrigger.Activity, on, null, null, null, engaging);

        /// <summary>A meeting was booked with the lead.</summary>
        public static StageEvent MeetingBooked(DateTime on) => new StageEvent(StageTrigger.MeetingBooked, on, null, null, null, false);

        /// <summary>A rep accepted the lead.</summary>
        public static StageEvent Accepted(DateTime on) => new StageEvent(StageTrigger.Accepted, on, null, null, null, false);

        /// <summary>A rep rejected the lead; <paramref name="reason"/> from the fixed list, <paramref name="note"/> optional.</summary>
        public static StageEvent Rejected(DateTime on, RejectionReason? reason, string? note = null) => new StageEvent(StageTrigger.Rejected, on, note, reason, null, false);

        /// <summary>A rep qualified the lead (SAL to SQL, or SQL to Opportunity).</summary>
        public static StageEvent Qualified(DateTime on) => new StageEvent(StageTrigger.Qualified, on, null, null, null, false);

        /// <summary>The lead's BANT columns changed.</summary>
        public static StageEvent BantChanged(DateTime on) => new StageEvent(StageTrigger.BantChanged, on, null, null, null, false);

        /// <summary>The opportunity was won.</summary>
        public static StageEvent OpportunityWon(DateTime on) => new StageEvent(StageTrigger.OpportunityWon, on, null, null, null, false);

        /// <summary>The opportunity was lost.</summary>
        public static StageEvent OpportunityLost(DateTime on, string? reason = null) => new StageEvent(StageTrigger.OpportunityLost, on, reason, null, null, false);

        /// <summary>The won or lost opportunity was reopened.</summary>
        public static StageEvent OpportunityReopened(DateTime on) => new StageEvent(StageTrigger.OpportunityReopened, on, null, null, null, false);

        /// <summary>An SLA of the lead was found breached; <paramref name="what"/> names it for the record.</summary>
        public static StageEvent SlaBreached(DateTime on, string what) => new StageEvent(StageTrigger.SlaBreached, on, what, null, null, false);

        /// <summary>A rep disqualified the lead.</summary>
        public static StageEvent Disqualified(DateTime on, string? reason) => new StageEvent(StageTrigger.Disqualified, on, reason, null, null, false);

        /// <summary>Someone set the stage to <paramref name="target"/> by hand.</summary>
        public static StageEvent Manual(DateTime on, FunnelStage target, string? reason) => new StageEvent(StageTrigger.ManualChange, on, reason, null, target, false);
    }
}
