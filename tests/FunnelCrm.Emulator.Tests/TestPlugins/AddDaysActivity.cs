using System;
using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>A custom workflow activity: adds days to the organization's now, writes it to the primary lead and returns it.</summary>
public sealed class AddDaysActivity : CodeActivity
{
    [Input("Days")]
    [RequiredArgument]
    public InArgument<int> Days { get; set; } = new InArgument<int>();

    [Output("Due")]
    public OutArgument<DateTime> Due { get; set; } = new OutArgument<DateTime>();

    protected override void Execute(CodeActivityContext context)
    {
        var workflow = context.GetExtension<IWorkflowContext>();
        var factory = context.GetExtension<IOrganizationServiceFactory>();
        var tracing = context.GetExtension<ITracingService>();
        var service = factory.CreateOrganizationService(workflow.UserId);
        var days = Days.Get(context);
        if (days < 0)
        {
            throw new InvalidPluginExecutionException("Days must not be negative.");
        }
        var due = workflow.OperationCreatedOn.AddDays(days);
        tracing.Trace("due {0:o}", due);
        service.Update(new Entity(workflow.PrimaryEntityName, workflow.PrimaryEntityId) { ["estimatedclosedate"] = due });
        Due.Set(context, due);
    }
}
