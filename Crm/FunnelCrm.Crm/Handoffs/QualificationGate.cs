using System.Linq;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Handoffs;

/// <summary>
/// The CRM's Qualify obeys the funnel: a lead may be qualified only as an SQL (or when it already is in the
/// Opportunity stage) whose BANT items Opportunity requires pass. The refusal names the lead and every missing or
/// failing item, in words a rep understands.
/// </summary>
public static class QualificationGate
{
    /// <summary>The lead columns the gate reads (one Retrieve, or a pre-image).</summary>
    public static readonly string[] Columns = new[] { LeadStandardColumns.FullName, LeadColumns.Stage, LeadStandardColumns.BudgetAmountBase }
        .Concat(LeadRecord.BantColumnNames).ToArray();

    /// <summary>The same columns as a column set.</summary>
    public static ColumnSet ColumnSet => new ColumnSet(Columns);

    /// <summary>
    /// Why the lead may not be qualified, or null when it may. A lead outside the funnel (no stage: it existed before
    /// FunnelCrm went live and is not placed yet, or it never entered, such as a phone-only lead) is not governed by
    /// the funnel: it may be qualified (the caller traces it).
    /// </summary>
    public static string? Refusal(LeadRecord lead, BantSettings bant)
    {
        var stage = lead.Stage;
        if (stage == null)
        {
            return null;
        }

        if (stage != FunnelStage.Sql && stage != FunnelStage.Opportunity)
        {
            return "Cannot qualify lead '" + lead.Name + "': it is " + FunnelStages.Label(stage.Value) + "; only an SQL can become an opportunity"
                + (stage == FunnelStage.Sal ? " (qualify it to SQL first)." : ".");
        }

        var evaluation = BantGate.Evaluate(lead.Bant, bant);
        return evaluation.Passes(bant.RequiredForOpportunity)
            ? null
            : "Cannot qualify lead '" + lead.Name + "' into an opportunity: " + evaluation.Describe(bant.RequiredForOpportunity) + ".";
    }
}
