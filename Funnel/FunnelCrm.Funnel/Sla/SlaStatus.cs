using System;

namespace FunnelCrm.Funnel.Sla
{
    /// <summary>An SLA's state as of one instant.</summary>
    public sealed class SlaStatus
    {
        internal SlaStatus(SlaKind kind, DateTime startedOn, DateTime dueOn, DateTime? completedOn, DateTime asOf)
        {
            Kind = kind;
            StartedOn = startedOn;
            DueOn = dueOn;
            CompletedOn = completedOn;
            AsOf = asOf;
        }

        /// <summary>Which SLA.</summary>
        public SlaKind Kind { get; }

        /// <summary>When the clock started (UTC).</summary>
        public DateTime StartedOn { get; }

        /// <summary>When it is due (UTC).</summary>
        public DateTime DueOn { get; }

        /// <summary>When it was met (the handoff or follow-up happened), or null.</summary>
        public DateTime? CompletedOn { get; }

        /// <summary>The instant the status is computed for.</summary>
        public DateTime AsOf { get; }

        /// <summary>True when it was completed on or before the due time.</summary>
        public bool IsMet => CompletedOn.HasValue && CompletedOn.Value <= DueOn;

        /// <summary>True when it was completed late, or is not completed and the due time has passed.</summary>
        public bool IsBreached => CompletedOn.HasValue ? CompletedOn.Value > DueOn : AsOf > DueOn;

        /// <summary>Wall-clock time past the due time (to completion, or to now while open); zero when not breached.</summary>
        public TimeSpan Overdue
        {
            get
            {
                DateTime end = CompletedOn ?? AsOf;
                return end > DueOn ? end - DueOn : TimeSpan.Zero;
            }
        }
    }
}
