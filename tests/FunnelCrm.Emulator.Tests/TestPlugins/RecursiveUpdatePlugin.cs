using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>Updates the row that triggered it again: an infinite loop that the depth limit stops.</summary>
public sealed class RecursiveUpdatePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(null).Update(new Entity(context.PrimaryEntityName, context.PrimaryEntityId) { ["description"] = "depth " + context.Depth });
    }
}
