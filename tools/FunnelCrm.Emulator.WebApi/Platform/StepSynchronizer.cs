using System;
using System.Linq;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>
/// The platform's own step on the step and image tables: a row created, changed or deleted over HTTP (or by a solution
/// import) registers, re-registers or unregisters the step in the emulator's pipeline, so it fires from then on; a
/// disabled step (statecode 1) is unregistered. A registration Dataverse would refuse fails the write with the reason.
/// </summary>
public sealed class StepSynchronizer : IPlugin
{
    private readonly Organization organization;
    private readonly PluginCatalog catalog;

    /// <summary>A synchronizer for the organization's pipeline, running the catalog's classes.</summary>
    public StepSynchronizer(Organization organization, PluginCatalog catalog)
    {
        this.organization = organization;
        this.catalog = catalog;
    }

    /// <summary>The registrations of this step on the platform tables (post-operation, synchronous).</summary>
    public StepRegistration[] Registrations() =>
        new[] { "Create", "Update", "Delete" }.SelectMany(message => new[] { PlatformTables.Step, PlatformTables.StepImage }.Select(table =>
            new StepRegistration(typeof(StepSynchronizer), message, table, FunnelCrm.Crm.Registration.PipelineStage.PostOperation)
            {
                Instance = this,
                Images = message == "Delete" && table == PlatformTables.StepImage
                    ? new[] { new ImageRegistration("image", FunnelCrm.Crm.Registration.StepImageType.PreImage, "sdkmessageprocessingstepid") }
                    : Array.Empty<ImageRegistration>(),
            })).ToArray();

    /// <summary>Keeps the pipeline in step with the row the message wrote.</summary>
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(null);
        var stepId = context.PrimaryEntityName == PlatformTables.Step
            ? context.PrimaryEntityId
            : context.MessageName == "Delete"
                ? context.PreEntityImages["image"].GetAttributeValue<EntityReference>("sdkmessageprocessingstepid")?.Id
                : PlatformRows.Find(service, PlatformTables.StepImage, context.PrimaryEntityId, "sdkmessageprocessingstepid")?.GetAttributeValue<EntityReference>("sdkmessageprocessingstepid")?.Id;
        if (stepId is not Guid id)
        {
            return;
        }
        var row = context.MessageName == "Delete" && context.PrimaryEntityName == PlatformTables.Step ? null : PlatformRows.Find(service, PlatformTables.Step, id);
        var current = organization.RegisteredSteps.FirstOrDefault(r => r.Id == id);
        if (context.MessageName == "Create" && context.PrimaryEntityName == PlatformTables.Step && current != null)
        {
            return;
        }
        organization.UnregisterStep(id);
        if (row == null || !StepRows.IsEnabled(row))
        {
            return;
        }
        try
        {
            organization.RegisterStep(StepRows.Registration(service, catalog, row));
        }
        catch (Exception refused) when (refused is StepRegistrationException or InvalidPluginExecutionException)
        {
            if (current != null)
            {
                organization.RegisterStep(current);
            }
            throw refused as InvalidPluginExecutionException ?? new InvalidPluginExecutionException(refused.Message);
        }
    }
}
