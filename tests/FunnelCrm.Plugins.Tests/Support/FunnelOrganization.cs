using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Plugins.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Plugins.Tests.Support;

/// <summary>An emulated organization with the FunnelCrm solution's tables and roles and every declared plugin step and custom API registered.</summary>
internal sealed class FunnelOrganization
{
    /// <summary>The start of every test's clock.</summary>
    public static readonly DateTime Start = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// An organization under the suite's platform variants, or under <paramref name="platform"/> for a test about the
    /// behaviour one variant value gives; its plugin classes register through <paramref name="instead"/> (given a class's
    /// declared steps) when it gives replacements, or not at all without <paramref name="registerDeclaredSteps"/>.
    /// </summary>
    public FunnelOrganization(bool registerDeclaredSteps = true, PlatformBehaviour? platform = null,
        Func<IReadOnlyList<StepRegistration>, IEnumerable<StepRegistration>?>? instead = null)
    {
        Organization = SuitePlatform.NewOrganization(new EmulatorClock(Start));
        Organization.Platform = platform ?? Organization.Platform;
        Organization.LoadSolutionSource(RepositoryPaths.Solution);
        var declared = registerDeclaredSteps ? Organization.RegisterDeclaredSteps(typeof(ActivityScoringPlugin).Assembly) : Array.Empty<StepRegistration>();
        Organization.RegisterDeclaredCustomApis(typeof(ActivityScoringPlugin).Assembly);
        if (instead != null)
        {
            foreach (var steps in declared.GroupBy(step => step.PluginType).ToList())
            {
                if (instead(steps.ToList()) is IEnumerable<StepRegistration> replacements)
                {
                    foreach (var step in steps)
                    {
                        Organization.UnregisterStep(step.Id);
                    }

                    foreach (var registration in replacements)
                    {
                        Organization.RegisterStep(registration);
                    }
                }
            }
        }

        System = Organization.CreateService();
    }

    public Organization Organization { get; }

    /// <summary>Makes a new lead the user's: a rep with Basic write works only the leads they own.</summary>
    public static Action<Entity> OwnedBy(Guid userId) => lead => lead[LeadStandardColumns.OwnerId] = new EntityReference(Tables.SystemUser, userId);

    public IOrganizationService System { get; }

    public DateTime Now => Organization.Clock.UtcNow;

    public Guid CreateLead(string name = "Contoso - J. Smith", string? email = "j.smith@contoso.example", Action<Entity>? configure = null, IOrganizationService? service = null)
    {
        var lead = new Entity(Tables.Lead);
        lead["lastname"] = name;
        lead[LeadStandardColumns.FullName] = name;
        if (email != null)
        {
            lead["emailaddress1"] = email;
        }

        configure?.Invoke(lead);
        return (service ?? System).Create(lead);
    }

    public Guid AddInteraction(Guid leadId, int interactionType, DateTime? occurredOn = null, string? externalId = null, IOrganizationService? service = null)
    {
        var interaction = new Entity(Tables.Interaction);
        interaction[InteractionColumns.Subject] = "Interaction";
        interaction[InteractionColumns.RegardingObjectId] = new EntityReference(Tables.Lead, leadId);
        interaction[InteractionColumns.InteractionType] = new OptionSetValue(interactionType);
        interaction[InteractionColumns.OccurredOn] = occurredOn ?? Now;
        interaction[InteractionColumns.SourceSystem] = "web";
        interaction[InteractionColumns.ExternalId] = externalId ?? Guid.NewGuid().ToString("N");
        return (service ?? System).Create(interaction);
    }

    public Entity Lead(Guid leadId) => System.Retrieve(Tables.Lead, leadId, new ColumnSet(true));

    public Entity Activity(string table, Guid id) => System.Retrieve(table, id, new ColumnSet(true));

    public IReadOnlyList<Entity> Transitions(Guid leadId)
    {
        var query = new QueryExpression(Tables.StageTransition) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(StageTransitionColumns.LeadId, ConditionOperator.Equal, leadId);
        query.AddOrder(StageTransitionColumns.CreatedOn, OrderType.Ascending);
        return System.RetrieveMultiple(query).Entities.ToList();
    }

    public IReadOnlyList<Entity> Snapshots()
    {
        var query = new QueryExpression(Tables.FunnelSnapshot) { ColumnSet = new ColumnSet(true) };
        return System.RetrieveMultiple(query).Entities.ToList();
    }

    public int? Stage(Guid leadId) => Lead(leadId).GetAttributeValue<OptionSetValue>(LeadColumns.Stage)?.Value;
}
