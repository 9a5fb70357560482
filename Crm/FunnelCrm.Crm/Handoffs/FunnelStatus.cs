using System;
using System.Collections.Generic;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Crm.Handoffs;

/// <summary>
/// Where a lead stands for the rep working it: its stage; the BANT items the next gate needs that are missing or fail
/// (SQL's items for an MQL or SAL, Opportunity's for an SQL, none in other stages); and the MQL acceptance SLA while an
/// open MQL waits for sales. Reads nothing but the lead and the settings.
/// </summary>
public sealed class FunnelStatus
{
    private FunnelStatus(FunnelStage? stage, FunnelStage? nextGate, IReadOnlyList<BantItem> missing, IReadOnlyList<BantItem> failing, string bant, AcceptanceSla? sla)
    {
        Stage = stage;
        NextGate = nextGate;
        MissingBant = missing;
        FailingBant = failing;
        BantMessage = bant;
        Sla = sla;
    }

    /// <summary>The lead's stage (null before it enters the funnel).</summary>
    public FunnelStage? Stage { get; }

    /// <summary>The BANT gate the lead meets next: SQL or Opportunity, or null when none lies ahead.</summary>
    public FunnelStage? NextGate { get; }

    /// <summary>The items the next gate needs whose columns are empty.</summary>
    public IReadOnlyList<BantItem> MissingBant { get; }

    /// <summary>The items the next gate needs that are known and fail.</summary>
    public IReadOnlyList<BantItem> FailingBant { get; }

    /// <summary>What blocks the next gate in words ("budget and timeline are missing"); empty when nothing does.</summary>
    public string BantMessage { get; }

    /// <summary>The acceptance SLA of an open MQL, or null when none runs.</summary>
    public AcceptanceSla? Sla { get; }

    /// <summary>"none", "running" or "breached".</summary>
    public string SlaState => Sla == null ? "none" : Sla.IsBreached ? "breached" : "running";

    /// <summary>The status of <paramref name="lead"/> as of <paramref name="now"/>.</summary>
    public static FunnelStatus Of(FunnelConfiguration configuration, LeadRecord lead, DateTime now)
    {
        var bant = configuration.Settings.Bant;
        var gate = !lead.IsOpen ? null
            : lead.Stage == FunnelStage.Mql || lead.Stage == FunnelStage.Sal ? FunnelStage.Sql
            : lead.Stage == FunnelStage.Sql ? FunnelStage.Opportunity
            : (FunnelStage?)null;
        var required = gate == FunnelStage.Sql ? bant.RequiredForSql : gate == FunnelStage.Opportunity ? bant.RequiredForOpportunity : new List<BantItem>();
        var evaluation = BantGate.Evaluate(lead.Profile, bant);
        return new FunnelStatus(lead.Stage, gate, evaluation.Missing(required), evaluation.Failing(required), evaluation.Describe(required), AcceptanceSla.Running(lead, now));
    }
}
