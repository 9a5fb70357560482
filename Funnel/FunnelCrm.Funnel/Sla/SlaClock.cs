using System;

namespace FunnelCrm.Funnel.Sla
{
    /// <summary>
    /// Computes SLA due times and breaches on demand; nothing runs on a timer. Due = start + the SLA's hours, in
    /// wall-clock hours or, with a business calendar, in working hours. Breached = completed after due, or still open
    /// after due; overdue is wall-clock time past due.
    /// </summary>
    public sealed class SlaClock
    {
        private readonly SlaSettings settings;

        /// <summary>Creates the clock for the settings.</summary>
        public SlaClock(SlaSettings settings)
        {
            this.settings = settings ?? throw new ArgumentNullException(nameof(settings));
        }

        /// <summary>The due time of an SLA started at <paramref name="startedOn"/>.</summary>
        public DateTime DueOn(SlaKind kind, DateTime startedOn)
        {
            DateTime start = Times.AsUtc(startedOn);
            TimeSpan length = TimeSpan.FromHours(kind == SlaKind.MqlAcceptance ? settings.MqlAcceptanceHours : settings.WebinarFollowUpHours);
            return settings.BusinessHours != null ? settings.BusinessHours.AddWorkingTime(start, length) : start + length;
        }

        /// <summary>The SLA's status as of <paramref name="now"/> (take it from the <see cref="IClock"/>).</summary>
        public SlaStatus Evaluate(SlaKind kind, DateTime startedOn, DateTime? completedOn, DateTime now)
        {
            DateTime start = Times.AsUtc(startedOn);
            return new SlaStatus(kind, start, DueOn(kind, start), completedOn.HasValue ? Times.AsUtc(completedOn.Value) : (DateTime?)null, Times.AsUtc(now));
        }
    }
}
