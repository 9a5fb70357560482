using System;
using System.Activities;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Workflow;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Workflows.Tests.Support;

/// <summary>An emulated organization with the solution and every plugin step, to run workflow activities on.</summary>
internal sealed class WorkflowOrganization
{
    public static readonly DateTime Start = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public WorkflowOrganization()
    {
        Organization = new Organization(new EmulatorClock(Start));
        Organization.LoadSolutionSource(Path.Combine(Root(), "Solution"));
        Organization.RegisterDeclaredSteps(typeof(FunnelCrm.Plugins.Stages.StageGuardPlugin).Assembly);
        System = Organization.CreateService();
    }

    public Organization Organization { get; }

    public IOrganizationService System { get; }

    public DateTime Now => Organization.Clock.UtcNow;

    public Guid Lead(string name = "Contoso - J. Smith", Action<Entity>? configure = null)
    {
        var lead = new Entity(Tables.Lead) { ["lastname"] = name, [LeadStandardColumns.FullName] = name, ["emailaddress1"] = "j.smith@contoso.example" };
        configure?.Invoke(lead);
        return System.Create(lead);
    }

    public Guid Mql(string name = "Contoso - J. Smith", Action<Entity>? configure = null)
    {
        var leadId = Lead(name, configure);
        System.Create(new Entity(Tables.Interaction)
        {
            [InteractionColumns.Subject] = "Demo request",
            [InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId),
            [InteractionColumns.InteractionType] = new OptionSetValue(InteractionTypeOption.DemoRequest),
            [InteractionColumns.OccurredOn] = Now,
            [InteractionColumns.SourceSystem] = "web",
            [InteractionColumns.ExternalId] = Guid.NewGuid().ToString("N"),
        });
        return leadId;
    }

    public IDictionary<string, object> Run(Activity activity, Guid? leadId, IDictionary<string, object> inputs, Guid? userId = null) =>
        Organization.Workflows.Run(activity, inputs, new WorkflowRun(new EntityReference(Tables.Lead, leadId ?? Guid.Empty)) { UserId = userId, IsRealTime = true });

    /// <summary>Runs the activity in a background process whose system job was created at <paramref name="jobCreatedOn"/> (a process that waited).</summary>
    public IDictionary<string, object> RunQueued(Activity activity, Guid? leadId, IDictionary<string, object> inputs, DateTime jobCreatedOn) =>
        Organization.Workflows.Run(activity, inputs, new WorkflowRun(new EntityReference(Tables.Lead, leadId ?? Guid.Empty)) { JobCreatedOn = jobCreatedOn });

    public Entity Row(Guid leadId) => System.Retrieve(Tables.Lead, leadId, new ColumnSet(true));

    public int? Stage(Guid leadId) => Row(leadId).GetAttributeValue<OptionSetValue>(LeadColumns.Stage)?.Value;

    public IReadOnlyList<Entity> Transitions(Guid leadId)
    {
        var query = new QueryExpression(Tables.StageTransition) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(StageTransitionColumns.LeadId, ConditionOperator.Equal, leadId);
        return System.RetrieveMultiple(query).Entities.ToList();
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "FunnelCrm.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FunnelCrm.sln not found above " + AppContext.BaseDirectory);
    }
}
