using System.Activities;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows;

/// <summary>What one run of a FunnelCrm workflow activity works with: arguments, services, tracing, time, configuration.</summary>
public sealed class ActivityRun
{
    private readonly IOrganizationServiceFactory factory;
    private IOrganizationService? userService;
    private IOrganizationService? systemService;

    internal ActivityRun(CodeActivityContext activity, IWorkflowContext workflow, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        Activity = activity;
        Workflow = workflow;
        Tracing = tracing;
        this.factory = factory;
        Clock = activity.GetExtension<IClock>() ?? SystemClock.Instance;
    }

    /// <summary>The activity context (to read inputs and set outputs).</summary>
    public CodeActivityContext Activity { get; }

    /// <summary>The workflow context.</summary>
    public IWorkflowContext Workflow { get; }

    /// <summary>The tracing service.</summary>
    public ITracingService Tracing { get; }

    /// <summary>
    /// The clock of the run: the current time when the activity runs, never the workflow context's OperationCreatedOn
    /// (when the process's system job was created, which is earlier when the process waited or the job was queued). A
    /// host that offers an <see cref="IClock"/> extension (the emulator) supplies it; Dataverse offers none, so the
    /// system clock applies there.
    /// </summary>
    public IClock Clock { get; }

    /// <summary>The service as the user the process runs for.</summary>
    public IOrganizationService UserService => userService ??= factory.CreateOrganizationService(Workflow.UserId);

    /// <summary>The SYSTEM service for FunnelCrm's bookkeeping.</summary>
    public IOrganizationService SystemService => systemService ??= factory.CreateOrganizationService(null);

    /// <summary>The funnel configuration (cached per organization, as for plugins); refuses with the rule and field to fix when it cannot be used.</summary>
    public FunnelConfiguration Configuration
    {
        get
        {
            try
            {
                return ConfigurationCache.Get(Workflow.OrganizationId, Clock.UtcNow, () => ConfigurationLoader.Load(SystemService));
            }
            catch (FunnelConfigurationException broken)
            {
                throw new InvalidPluginExecutionException(broken.Message, broken);
            }
        }
    }

    /// <summary>The rep's handoffs, sent as the user the process runs for.</summary>
    public RepHandoffs Handoffs => new RepHandoffs(UserService, SystemService, () => Configuration, Clock.UtcNow);
}
