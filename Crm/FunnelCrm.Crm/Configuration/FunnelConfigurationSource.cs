using FunnelCrm.Crm.Plugin;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Configuration;

/// <summary>Where plugins get the configuration: the cache, loaded through SYSTEM on a miss.</summary>
public static class FunnelConfigurationSource
{
    /// <summary>
    /// The configuration for the plugin's organization, as of the operation's time. A configuration that cannot be used
    /// refuses the operation with the rule and field to fix (for steps whose work must not go unchecked, such as a stage
    /// move).
    /// </summary>
    public static FunnelConfiguration For(LocalPluginContext context)
    {
        try
        {
            return Load(context);
        }
        catch (FunnelConfigurationException broken)
        {
            throw new InvalidPluginExecutionException(broken.Message, broken);
        }
    }

    /// <summary>
    /// The configuration, or null when it cannot be used: the step traces why and does its part later (scoring steps
    /// let the activity or lead save unscored, and RecalculateScore catches up once the configuration is fixed).
    /// </summary>
    public static FunnelConfiguration? ForSoftFail(LocalPluginContext context)
    {
        try
        {
            return Load(context);
        }
        catch (FunnelConfigurationException broken)
        {
            context.Trace("{0} Scoring skipped: the record saves unscored; RecalculateScore scores it once the configuration is fixed.", broken.Message);
            return null;
        }
    }

    private static FunnelConfiguration Load(LocalPluginContext context) =>
        ConfigurationCache.Get(context.Context.OrganizationId, context.Clock.UtcNow, () => ConfigurationLoader.Load(context.SystemService));
}
