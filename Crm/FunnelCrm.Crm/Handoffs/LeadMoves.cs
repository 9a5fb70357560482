using System;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Handoffs;

/// <summary>
/// The handoffs as guarded stage updates: each is one lead Update carrying stage, trigger and reason (and, for a
/// rejection, the reason from the list), so the stage guard checks it and the ledger records it like any other move.
/// </summary>
public static class LeadMoves
{
    /// <summary>A rep accepts an MQL (MQL to SAL).</summary>
    public static Entity Accept(Guid leadId, string? note) =>
        Move(leadId, FunnelStage.Sal, TriggerOption.Accepted, Text("Accepted by sales", note));

    /// <summary>A meeting booked with an MQL accepts it (MQL to SAL).</summary>
    public static Entity MeetingBooked(Guid leadId, string? subject) =>
        Move(leadId, FunnelStage.Sal, TriggerOption.MeetingBooked, Text("Meeting booked", subject));

    /// <summary>A rep rejects the lead with a reason from the fixed list (to Recycled).</summary>
    public static Entity Reject(Guid leadId, RejectionReason reason, string? note)
    {
        var update = Move(leadId, FunnelStage.Recycled, TriggerOption.Rejected, Text("Rejected: " + RejectionReasons.Label(reason), note));
        update[LeadColumns.RejectionReason] = FunnelOptions.Rejection(reason);
        return update;
    }

    /// <summary>A rep qualifies a SAL to SQL (through the SQL BANT gate).</summary>
    public static Entity QualifyToSql(Guid leadId, string? note) =>
        Move(leadId, FunnelStage.Sql, TriggerOption.QualifiedToSql, Text("Qualified to SQL", note));

    /// <summary>A rep sends the lead back to nurturing with a reason of their own (a move by hand to Recycled).</summary>
    public static Entity Recycle(Guid leadId, string reason) =>
        Move(leadId, FunnelStage.Recycled, TriggerOption.Manual, "Recycled by sales: " + reason.Trim());

    /// <summary>The CRM's Qualify turns the SQL into the opportunity it created (through the Opportunity BANT gate).</summary>
    public static Entity QualifyLead(Guid leadId, Guid opportunityId)
    {
        var update = Move(leadId, FunnelStage.Opportunity, TriggerOption.QualifyLead, "Qualified into an opportunity");
        update[LeadStandardColumns.QualifyingOpportunityId] = new EntityReference(Tables.Opportunity, opportunityId);
        return update;
    }

    /// <summary>An MQL whose acceptance SLA is breached goes back to nurturing.</summary>
    public static Entity SlaBreached(Guid leadId, string reason) =>
        Move(leadId, FunnelStage.Recycled, TriggerOption.SlaBreached, reason);

    /// <summary>The lead leaves the funnel: Disqualified, or Lost for an open lead in the Opportunity stage.</summary>
    public static Entity Close(Guid leadId, FunnelStage to, string reason)
    {
        var update = Move(leadId, to, to == FunnelStage.Lost ? TriggerOption.OpportunityLost : TriggerOption.Disqualified, reason);
        update[LeadColumns.DisqualificationReason] = Limit(reason);
        return update;
    }

    /// <summary>
    /// A lead that is still open follows its opportunity when it is won, lost or reopened (the opportunity's step wrote
    /// the transition row with the opportunity and the revenue; the ledger sees the move recorded and adds nothing).
    /// </summary>
    public static Entity FollowOpportunity(Guid leadId, FunnelStage to, TriggerOption trigger, string reason) =>
        Move(leadId, to, trigger, reason);

    /// <summary>A reactivated lead goes back to the stage it left.</summary>
    public static Entity Reactivate(Guid leadId, FunnelStage to, string reason) =>
        Move(leadId, to, TriggerOption.Reactivated, reason);

    private static Entity Move(Guid leadId, FunnelStage stage, TriggerOption trigger, string reason)
    {
        var update = new Entity(Tables.Lead, leadId);
        StageColumns.Write(update, stage, trigger, reason);
        return update;
    }

    private static string Text(string what, string? note) =>
        string.IsNullOrWhiteSpace(note) ? what : what + " (" + note!.Trim() + ")";

    private static string Limit(string text) => text.Length <= 400 ? text : text.Substring(0, 400);
}
