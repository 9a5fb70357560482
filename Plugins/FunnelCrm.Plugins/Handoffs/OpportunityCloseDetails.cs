using System;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>
/// What Win and Lose tell about a close beyond the opportunity's own columns, read from their documented input
/// OpportunityClose (the close activity: description or subject, actual revenue, actual end) in the nearest Win or Lose
/// above the state change, and only when that close names this opportunity. A state change with no Win or Lose above
/// it (the form, a Web API PATCH of statecode, an import, SetState from code) has none: the outcome is then recorded
/// from the opportunity alone.
/// </summary>
internal sealed class OpportunityCloseDetails
{
    /// <summary>The SDK message that closes an opportunity as won.</summary>
    public const string WinMessage = "Win";

    /// <summary>The SDK message that closes an opportunity as lost.</summary>
    public const string LoseMessage = "Lose";

    private const string CloseInput = "OpportunityClose";

    private OpportunityCloseDetails(Entity close)
    {
        Description = close.GetAttributeValue<string>(OpportunityCloseColumns.Description) is { Length: > 0 } description
            ? description
            : close.GetAttributeValue<string>(ActivityStandardColumns.Subject);
        ActualRevenue = close.GetAttributeValue<Money>(OpportunityCloseColumns.ActualRevenue);
        ActualEnd = close.GetAttributeValue<DateTime?>(ActivityStandardColumns.ActualEnd);
    }

    /// <summary>The close's description, else its subject.</summary>
    public string? Description { get; }

    /// <summary>The revenue the close names, in the opportunity's currency.</summary>
    public Money? ActualRevenue { get; }

    /// <summary>When the close says the opportunity closed.</summary>
    public DateTime? ActualEnd { get; }

    /// <summary>The details of the Win or Lose closing <paramref name="opportunityId"/> above this step, or null.</summary>
    public static OpportunityCloseDetails? Of(IPluginExecutionContext context, Guid opportunityId)
    {
        var closing = ParentOperations.Nearest(context, WinMessage, LoseMessage);
        if (closing == null || !closing.InputParameters.Contains(CloseInput) || closing.InputParameters[CloseInput] is not Entity close)
        {
            return null;
        }

        return close.GetAttributeValue<EntityReference>(OpportunityCloseColumns.OpportunityId)?.Id == opportunityId ? new OpportunityCloseDetails(close) : null;
    }
}
