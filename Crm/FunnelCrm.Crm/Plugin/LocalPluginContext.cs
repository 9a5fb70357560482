using System;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Plugin;

/// <summary>What a FunnelCrm plugin works with during one execution: the context, its services, tracing and time.</summary>
public sealed class LocalPluginContext
{
    private readonly IOrganizationServiceFactory factory;
    private IOrganizationService? userService;
    private IOrganizationService? systemService;

    /// <summary>Reads the services from the provider Dataverse hands the plugin.</summary>
    public LocalPluginContext(IServiceProvider serviceProvider)
    {
        Context = Require<IPluginExecutionContext>(serviceProvider);
        Tracing = Require<ITracingService>(serviceProvider);
        factory = Require<IOrganizationServiceFactory>(serviceProvider);
        Clock = new OperationClock(Context.OperationCreatedOn);
    }

    /// <summary>The execution context.</summary>
    public IPluginExecutionContext Context { get; }

    /// <summary>The tracing service.</summary>
    public ITracingService Tracing { get; }

    /// <summary>The operation's time: Dataverse's OperationCreatedOn, so every step of one operation sees the same now.</summary>
    public IClock Clock { get; }

    /// <summary>The service as the user the step runs for: what a rep does is checked against the rep's privileges.</summary>
    public IOrganizationService UserService => userService ??= factory.CreateOrganizationService(Context.UserId);

    /// <summary>The SYSTEM service, for FunnelCrm's bookkeeping (scores, transitions, snapshots, tasks).</summary>
    public IOrganizationService SystemService => systemService ??= factory.CreateOrganizationService(null);

    /// <summary>The Target entity of Create and Update.</summary>
    public Entity Target => Context.InputParameters.Contains("Target") && Context.InputParameters["Target"] is Entity target
        ? target
        : throw new InvalidPluginExecutionException("FunnelCrm expected a record in the request and found none.");

    /// <summary>The Target reference of Delete and similar messages.</summary>
    public EntityReference TargetReference => Context.InputParameters.Contains("Target") && Context.InputParameters["Target"] is EntityReference reference
        ? reference
        : new EntityReference(Context.PrimaryEntityName, Context.PrimaryEntityId);

    /// <summary>The pre-image with the alias, or null.</summary>
    public Entity? PreImage(string alias) => Context.PreEntityImages.Contains(alias) ? Context.PreEntityImages[alias] : null;

    /// <summary>The post-image with the alias, or null.</summary>
    public Entity? PostImage(string alias) => Context.PostEntityImages.Contains(alias) ? Context.PostEntityImages[alias] : null;

    private static T Require<T>(IServiceProvider serviceProvider) where T : class =>
        serviceProvider.GetService(typeof(T)) as T
        ?? throw new InvalidPluginExecutionException("FunnelCrm: the service " + typeof(T).Name + " is not available to the plugin.");

    /// <summary>Writes a line to the plugin trace log.</summary>
    public void Trace(string format, params object[] args) => Tracing.Trace(format, args);
}
