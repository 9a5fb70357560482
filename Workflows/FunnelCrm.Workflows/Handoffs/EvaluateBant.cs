using System.Activities;
using System.Collections.Generic;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows.Handoffs;

/// <summary>
/// Judges the lead's BANT items as the gates do, without writing: each item's verdict ("Pass (Can Buy)", "Fail (No
/// need)", "Missing"), what blocks SQL and Opportunity in words, and whether each is allowed. Calls: read the lead.
/// </summary>
[WorkflowActivity("80a6e9a5-2571-42e8-9134-d4a5e5632a1d", "Evaluate BANT", Description = "Each BANT item's verdict and what SQL and Opportunity still need")]
public sealed class EvaluateBant : FunnelActivity
{
    /// <summary>The lead to judge.</summary>
    [RequiredArgument]
    [Input("Lead")]
    [ReferenceTarget("lead")]
    public InArgument<EntityReference> Lead { get; set; } = new InArgument<EntityReference>();

    /// <summary>Budget's verdict.</summary>
    [Output("Budget")]
    public OutArgument<string> Budget { get; set; } = new OutArgument<string>();

    /// <summary>Authority's verdict.</summary>
    [Output("Authority")]
    public OutArgument<string> Authority { get; set; } = new OutArgument<string>();

    /// <summary>Need's verdict.</summary>
    [Output("Need")]
    public OutArgument<string> Need { get; set; } = new OutArgument<string>();

    /// <summary>Timeline's verdict.</summary>
    [Output("Timeline")]
    public OutArgument<string> Timeline { get; set; } = new OutArgument<string>();

    /// <summary>What blocks SQL ("budget and timeline are missing"); empty when SQL's items pass.</summary>
    [Output("Missing for SQL")]
    public OutArgument<string> MissingForSql { get; set; } = new OutArgument<string>();

    /// <summary>What blocks Opportunity; empty when Opportunity's items pass.</summary>
    [Output("Missing for opportunity")]
    public OutArgument<string> MissingForOpportunity { get; set; } = new OutArgument<string>();

    /// <summary>True when the items SQL requires pass.</summary>
    [Output("SQL allowed")]
    public OutArgument<bool> SqlAllowed { get; set; } = new OutArgument<bool>();

    /// <summary>True when the items Opportunity requires pass.</summary>
    [Output("Opportunity allowed")]
    public OutArgument<bool> OpportunityAllowed { get; set; } = new OutArgument<bool>();

    /// <inheritdoc />
    protected override void Run(ActivityRun context)
    {
        var lead = RequireLead(context, Lead.Get(context.Activity), nameof(EvaluateBant));
        var bant = context.Configuration.Settings.Bant;
        var evaluation = BantGate.Evaluate(lead.Profile, bant);
        var outputs = new Dictionary<BantItem, OutArgument<string>>
        {
            [BantItem.Budget] = Budget, [BantItem.Authority] = Authority, [BantItem.Need] = Need, [BantItem.Timeline] = Timeline,
        };
        foreach (var item in evaluation.Items)
        {
            outputs[item.Item].Set(context.Activity, item.Verdict == BantVerdict.Missing ? "Missing" : item.Verdict + " (" + item.Detail + ")");
        }

        MissingForSql.Set(context.Activity, evaluation.Describe(bant.RequiredForSql));
        MissingForOpportunity.Set(context.Activity, evaluation.Describe(bant.RequiredForOpportunity));
        SqlAllowed.Set(context.Activity, evaluation.Passes(bant.RequiredForSql));
        OpportunityAllowed.Set(context.Activity, evaluation.Passes(bant.RequiredForOpportunity));
    }
}
