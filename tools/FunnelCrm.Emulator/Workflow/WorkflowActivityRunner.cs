using System;
using System.Collections.Generic;
using System.Activities;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Funnel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace FunnelCrm.Emulator.Workflow;

/// <summary>
/// Runs a custom workflow activity (a CodeActivity) with its InArguments and returns its OutArguments. The activity
/// gets IWorkflowContext, IOrganizationServiceFactory and ITracingService from the organization, as in Dataverse, and
/// the organization's clock as an <see cref="IClock"/> extension (Dataverse offers none: code falls back to the system
/// clock there, which this clock stands for).
/// A failure reaches the caller as an <see cref="OrganizationServiceFaultException"/>; a real-time run rolls back.
/// </summary>
public sealed class WorkflowActivityRunner
{
    private readonly Organization organization;

    /// <summary>A runner on the organization.</summary>
    public WorkflowActivityRunner(Organization organization)
    {
        this.organization = organization;
    }

    /// <summary>Runs <paramref name="activity"/> with the inputs (by argument property name); returns the outputs by name.</summary>
    public IDictionary<string, object> Run(Activity activity, IDictionary<string, object> inputs, WorkflowRun run)
    {
        var userId = run.UserId ?? organization.SystemUserId;
        var user = organization.Security.GetUser(userId);
        var context = new WorkflowExecutionContext
        {
            BusinessUnitId = user.BusinessUnitId,
            CorrelationId = Guid.NewGuid(),
            Depth = 1,
            InitiatingUserId = userId,
            IsInTransaction = run.IsRealTime,
            MessageName = run.MessageName,
            Mode = run.IsRealTime ? 0 : 1,
            OperationCreatedOn = run.JobCreatedOn ?? organization.Clock.UtcNow,
            OperationId = Guid.NewGuid(),
            OrganizationId = organization.Id,
            OrganizationName = organization.Name,
            PrimaryEntityId = run.PrimaryEntity.Id,
            PrimaryEntityName = run.PrimaryEntity.LogicalName,
            UserId = userId,
            WorkflowMode = run.IsRealTime ? 1 : 0,
        };
        context.InputParameters["Target"] = new EntityReference(run.PrimaryEntity.LogicalName, run.PrimaryEntity.Id);
        var handler = activity.GetType().FullName ?? activity.GetType().Name;
        var execution = new PluginExecution(handler, Guid.Empty, run.MessageName, run.PrimaryEntity.LogicalName, 0, context.Mode, 1, organization.Clock.UtcNow);
        organization.Record(execution);
        var tracing = new TracingService();
        var transaction = run.IsRealTime ? new Transaction() : null;
        var caller = new Caller(userId, userId)
        {
            Transaction = transaction,
            Execution = execution,
            ParentDepth = 1,
            CorrelationId = context.CorrelationId,
        };
        var invoker = new WorkflowInvoker(activity);
        invoker.Extensions.Add<IWorkflowContext>(() => context);
        invoker.Extensions.Add<IOrganizationServiceFactory>(() => new OrganizationServiceFactory(organization.Pipeline, caller));
        invoker.Extensions.Add<ITracingService>(() => tracing);
        invoker.Extensions.Add<IClock>(() => organization.Clock);
        try
        {
            var outputs = invoker.Invoke(inputs);
            if (transaction is { IsDoomed: true })
            {
                throw Faults.Create(ErrorCodes.TransactionAborted,
                    "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing.", tracing.Text);
            }
            if (transaction != null)
            {
                organization.Pipeline.Commit(transaction);
            }
            return outputs;
        }
        catch (Exception exception)
        {
            if (transaction != null)
            {
                organization.Store.Rollback(transaction);
            }
            var fault = PluginFaults.From(exception, handler, tracing.Text);
            execution.Error = fault.Message;
            throw fault;
        }
        finally
        {
            execution.Trace = tracing.Text;
        }
    }
}
