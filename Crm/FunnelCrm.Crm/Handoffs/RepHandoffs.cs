using System;
using System.Linq;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Leads;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Handoffs;

/// <summary>
/// What a rep does to a lead: accept an MQL, reject with a reason from the list, qualify a SAL to SQL, recycle with a
/// reason of their own. One implementation behind three entry points, the custom APIs (the command bar), the workflow
/// activities (processes) and the stage field on the form: each handoff builds the stage update of <see cref="LeadMoves"/>,
/// runs the stage guard's own check on it (<see cref="StageMove"/>) so a refusal names the lead and what blocks it
/// before anything is written, then sends it as the user, so the stage guard, the transition ledger, the SLA and
/// routing steps do exactly what they do for the update typed on the form. Reads go through SYSTEM, writes through
/// the user (what a rep does is checked against the rep's privileges).
/// </summary>
public sealed class RepHandoffs
{
    private readonly IOrganizationService user;
    private readonly IOrganizationService system;
    private readonly Func<FunnelConfiguration> configuration;
    private readonly DateTime now;

    /// <summary>Handoffs sent as <paramref name="user"/>, reading through <paramref name="system"/>, at the operation's time.</summary>
    public RepHandoffs(IOrganizationService user, IOrganizationService system, Func<FunnelConfiguration> configuration, DateTime now)
    {
        this.user = user;
        this.system = system;
        this.configuration = configuration;
        this.now = now;
    }

    /// <summary>The lead with every column the handoffs read; refuses an id that names no lead.</summary>
    public LeadRecord Lead(Guid id) =>
        LeadRecord.Read(system, id) ?? throw new InvalidPluginExecutionException("The lead " + id + " does not exist (it may have been deleted or merged).");

    /// <summary>A rep accepts an MQL (MQL to SAL); refused for a closed lead or one that is not an MQL.</summary>
    public string Accept(LeadRecord lead, string? note)
    {
        Send(lead, LeadMoves.Accept(lead.Id, note), "accept");
        return "Lead '" + lead.Name + "' accepted (SAL).";
    }

    /// <summary>The reason a rejection names, refused with the list when there is none or it is not on the list.</summary>
    public static RejectionReason RequireReason(OptionSetValue? value, string what) =>
        FunnelOptions.Rejection(value) ?? throw new InvalidPluginExecutionException(what + " needs a rejection reason from the list: "
            + string.Join(", ", RejectionReasons.All.Select(RejectionReasons.Label)) + ".");

    /// <summary>A rep rejects an MQL, SAL or SQL with a reason from the list (to Recycled).</summary>
    public string Reject(LeadRecord lead, RejectionReason reason, string? note)
    {
        Send(lead, LeadMoves.Reject(lead.Id, reason, note), "reject");
        return "Lead '" + lead.Name + "' rejected (" + RejectionReasons.Label(reason) + ") and recycled.";
    }

    /// <summary>
    /// A rep qualifies a SAL to SQL through the SQL BANT gate. A lead that is not a SAL, or lacks what the gate needs, is
    /// an answer (Moved false, the reason in words), not a failure; a closed lead is refused.
    /// </summary>
    public HandoffOutcome QualifyToSql(LeadRecord lead, string? note)
    {
        RequireOpen(lead, "qualify");
        if (lead.Stage != FunnelStage.Sal)
        {
            return new HandoffOutcome(false, "Cannot qualify lead '" + lead.Name + "' to SQL: it is " + StageWords(lead) + "; only a SAL can be qualified to SQL.");
        }

        var update = LeadMoves.QualifyToSql(lead.Id, note);
        var move = StageMove.Check(configuration(), lead.Row, update, now);
        if (move.Problem != null)
        {
            return new HandoffOutcome(false, move.Problem);
        }

        user.Update(update);
        return new HandoffOutcome(true, "Lead '" + lead.Name + "' qualified to SQL.");
    }

    /// <summary>A rep sends an MQL, SAL or SQL back to nurturing with a reason of their own (to Recycled, by hand).</summary>
    public string Recycle(LeadRecord lead, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidPluginExecutionException("Cannot recycle lead '" + lead.Name + "': say why it goes back to nurturing (a reason is required).");
        }

        if (lead.IsOpen && lead.Stage != FunnelStage.Mql && lead.Stage != FunnelStage.Sal && lead.Stage != FunnelStage.Sql)
        {
            throw new InvalidPluginExecutionException("Cannot recycle lead '" + lead.Name + "': it is " + StageWords(lead) + "; sales recycles only an MQL, SAL or SQL.");
        }

        Send(lead, LeadMoves.Recycle(lead.Id, reason!), "recycle");
        return "Lead '" + lead.Name + "' recycled to nurturing.";
    }

    private void Send(LeadRecord lead, Entity update, string verb)
    {
        RequireOpen(lead, verb);
        var move = StageMove.Check(configuration(), lead.Row, update, now);
        if (move.Problem != null || !move.ChangesStage)
        {
            throw new InvalidPluginExecutionException("Cannot " + verb + " lead '" + lead.Name + "': " + (move.Problem ?? "it is " + StageWords(lead) + " already."));
        }

        user.Update(update);
    }

    private static void RequireOpen(LeadRecord lead, string verb)
    {
        if (!lead.IsOpen)
        {
            throw new InvalidPluginExecutionException("Cannot " + verb + " lead '" + lead.Name + "': it is closed (qualified or disqualified); its stage cannot change here.");
        }
    }

    private static string StageWords(LeadRecord lead) => lead.Stage == null ? "not in the funnel" : FunnelStages.Label(lead.Stage.Value);
}
