using System;
using System.Activities;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Workflows;

/// <summary>
/// The base of every FunnelCrm workflow activity: a sealed Execute that reads the workflow context, its services and
/// the operation's clock, traces entry and exit, and lets only <see cref="InvalidPluginExecutionException"/> (a message
/// for the user) escape; a call that failed (a step's refusal, a missing privilege) keeps its own message and code.
/// </summary>
public abstract class FunnelActivity : CodeActivity
{
    /// <inheritdoc />
    protected sealed override void Execute(CodeActivityContext executionContext)
    {
        var workflow = executionContext.GetExtension<IWorkflowContext>();
        var tracing = executionContext.GetExtension<ITracingService>();
        var factory = executionContext.GetExtension<IOrganizationServiceFactory>();
        var context = new ActivityRun(executionContext, workflow, tracing, factory);
        var name = GetType().Name;
        tracing.Trace("{0}: start on {1} {2}.", name, workflow.PrimaryEntityName, workflow.PrimaryEntityId);
        try
        {
            Run(context);
        }
        catch (InvalidPluginExecutionException refusal)
        {
            tracing.Trace("{0}: refused: {1}", name, refusal.Message);
            throw;
        }
        catch (Exception failure) when (ServiceFaults.AsRefusal(failure) is InvalidPluginExecutionException refusal)
        {
            tracing.Trace("{0}: a call it made failed: {1}", name, failure);
            throw refusal;
        }
        catch (Exception failure)
        {
            tracing.Trace("{0}: failed: {1}", name, failure);
            throw new InvalidPluginExecutionException(name + " could not complete: " + failure.Message, failure);
        }
        finally
        {
            tracing.Trace("{0}: end.", name);
        }
    }

    /// <summary>The activity's work.</summary>
    protected abstract void Run(ActivityRun context);

    /// <summary>The lead a lookup input names, read with the columns FunnelCrm uses; refuses a missing or unknown lead.</summary>
    protected static LeadRecord RequireLead(ActivityRun context, EntityReference? lead, string activity)
    {
        if (lead == null || lead.Id == Guid.Empty)
        {
            throw new InvalidPluginExecutionException(activity + " needs a lead: set the input 'Lead'.");
        }

        if (lead.LogicalName != Tables.Lead)
        {
            throw new InvalidPluginExecutionException(activity + " works on leads; the input 'Lead' names a " + lead.LogicalName + ".");
        }

        return LeadRecord.Read(context.SystemService, lead.Id)
            ?? throw new InvalidPluginExecutionException(activity + ": the lead " + lead.Id + " does not exist.");
    }
}
