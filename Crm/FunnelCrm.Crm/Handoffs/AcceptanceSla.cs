using System;
using System.Globalization;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;

namespace FunnelCrm.Crm.Handoffs;

/// <summary>
/// The MQL acceptance SLA as the lead stores it (fcm_sladueon, set when the lead was routed): due, breached, hours
/// overdue, as of a completion time (accepted, rejected) or now while it is still open.
/// </summary>
public sealed class AcceptanceSla
{
    /// <summary>The SLA due at <paramref name="dueOn"/>, completed at <paramref name="completedOn"/> or still open at <paramref name="now"/>.</summary>
    public AcceptanceSla(DateTime dueOn, DateTime? completedOn, DateTime now)
    {
        DueOn = DateTime.SpecifyKind(dueOn, DateTimeKind.Utc);
        var end = DateTime.SpecifyKind(completedOn ?? now, DateTimeKind.Utc);
        IsCompleted = completedOn.HasValue;
        IsBreached = end > DueOn;
        HoursOverdue = IsBreached ? Math.Round((decimal)(end - DueOn).TotalHours, 2) : 0m;
    }

    /// <summary>The SLA of an open MQL waiting for sales (fcm_sladueon set when it was routed), as of <paramref name="now"/>; null otherwise.</summary>
    public static AcceptanceSla? Running(LeadRecord lead, DateTime now) =>
        lead.IsOpen && lead.Stage == FunnelStage.Mql && lead.Row.GetAttributeValue<DateTime?>(LeadColumns.SlaDueOn) is DateTime due
            ? new AcceptanceSla(due, null, now)
            : null;

    /// <summary>When sales had to accept or reject the MQL (UTC).</summary>
    public DateTime DueOn { get; }

    /// <summary>True when the lead was accepted or rejected (the clock stopped).</summary>
    public bool IsCompleted { get; }

    /// <summary>Completed after the due time, or still open after it.</summary>
    public bool IsBreached { get; }

    /// <summary>Wall-clock hours past due (two decimals), 0 when not breached.</summary>
    public decimal HoursOverdue { get; }

    /// <summary>In words: "acceptance SLA met (due 2026-03-03 09:00 UTC)" or "acceptance SLA breached by 5.5 hours (due ...)".</summary>
    public string Describe() =>
        (IsBreached
            ? "acceptance SLA breached by " + HoursOverdue.ToString("0.##", CultureInfo.InvariantCulture) + " hours"
            : IsCompleted ? "acceptance SLA met" : "acceptance SLA running")
        + " (due " + DueOn.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC)";
}
