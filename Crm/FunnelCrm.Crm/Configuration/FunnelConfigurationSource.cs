using FunnelCrm.Crm.Plugin;

namespace FunnelCrm.Crm.Configuration;

/// <summary>Where plugins and workflow activities get the configuration: the cache, loaded through SYSTEM on a miss.</summary>
public static class FunnelConfigurationSource
{
    /// <summary>The configuration for the plugin's organization, as of the operation's time.</summary>
    public static FunnelConfiguration For(LocalPluginContext context) =>
        ConfigurationCache.Get(context.Context.OrganizationId, context.Clock.UtcNow, () => ConfigurationLoader.Load(context.SystemService));
}
