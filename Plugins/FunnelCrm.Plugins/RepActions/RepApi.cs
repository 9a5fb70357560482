using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.RepActions;

/// <summary>What the rep action APIs share: the parameter names, the handoffs as the caller, the bound lead.</summary>
public static class RepApi
{
    /// <summary>The optional note kept with the transition.</summary>
    public const string Note = "Note";

    /// <summary>Why: a rejection reason from fcm_rejectionreason (reject), or the rep's own words (recycle).</summary>
    public const string Reason = "Reason";

    /// <summary>What happened, in words.</summary>
    public const string Message = "Message";

    /// <summary>The handoffs sent as the calling user.</summary>
    public static RepHandoffs Handoffs(LocalPluginContext context) =>
        new RepHandoffs(context.UserService, context.SystemService, () => FunnelConfigurationSource.For(context), context.Clock.UtcNow);

    /// <summary>The bound lead (the request's Target), read with every column the handoffs need.</summary>
    public static LeadRecord Lead(LocalPluginContext context) => Handoffs(context).Lead(context.TargetReference.Id);

    /// <summary>A text input, or null when the caller left it out.</summary>
    public static string? Text(LocalPluginContext context, string name) =>
        context.Context.InputParameters.Contains(name) ? context.Context.InputParameters[name] as string : null;
}
