using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Messages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>
/// Runs a message through Dataverse's event pipeline: pre-validation (outside the transaction at the top level),
/// pre-operation, the main operation and post-operation inside it, async steps queued at commit. Rolls back on
/// any failure, enforces the depth limit and the "no swallowed failures" rule.
/// </summary>
internal sealed class MessagePipeline
{
    public const int MaxDepth = 8;

    private const string NoActiveTransaction =
        "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.";

    private const string TransactionCountReduced =
        "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing.";

    private static readonly HashSet<string> SplitSharedVariableMessages = new(StringComparer.Ordinal) { "Create", "Update", "Delete" };

    public MessagePipeline(Organization organization)
    {
        Organization = organization;
    }

    public Organization Organization { get; }

    private RowStore Store => Organization.Store;

    public OrganizationResponse Execute(OrganizationRequest request, Caller caller)
    {
        var name = request.RequestName ?? throw Faults.InvalidArgument("The request has no RequestName.");
        caller.Execution?.Count(name);
        Organization.CountCall(name);
        if (caller.Transaction is { IsDoomed: true })
        {
            throw Faults.Create(ErrorCodes.TransactionAborted, NoActiveTransaction);
        }
        try
        {
            return Run(request, caller);
        }
        catch (OrganizationServiceFaultException) when (caller.Transaction != null)
        {
            caller.Transaction.IsDoomed = true;
            throw;
        }
    }

    private OrganizationResponse Run(OrganizationRequest request, Caller caller)
    {
        var name = request.RequestName;
        var depth = caller.ParentDepth + 1;
        if (depth > MaxDepth)
        {
            throw Faults.Create(ErrorCodes.InfiniteLoop,
                "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again.");
        }
        if (name == "ExecuteMultiple")
        {
            return ExecuteMultipleHandler.Execute(this, request, caller);
        }
        if (name == "Update" && StateSplit.Applies(request))
        {
            return StateSplit.Execute(this, request, caller);
        }
        var handler = MessageHandlers.Find(name) ?? Organization.CustomApis.Handler(name) ?? throw Faults.NotSupported($"the {name} message");
        var input = CopyParameters(request.Parameters);
        var (table, id) = handler.Primary(input, this, caller.Transaction);
        var user = Organization.Security.GetUser(caller.UserId);
        var bypass = LogicBypass.Of(request, user, table);
        var context = new PluginExecutionContext
        {
            BusinessUnitId = user.BusinessUnitId,
            CorrelationId = caller.CorrelationId,
            Depth = depth,
            InitiatingUserId = caller.InitiatingUserId,
            InputParameters = input,
            MessageName = SdkMessageNames.Of(name),
            OperationCreatedOn = Organization.Clock.UtcNow,
            OperationId = Guid.NewGuid(),
            OrganizationId = Organization.Id,
            OrganizationName = Organization.Name,
            PrimaryEntityId = id,
            PrimaryEntityName = table,
            RequestId = request.RequestId,
            UserId = caller.UserId,
            ParentContext = caller.Parent,
        };
        var shared = new ParameterCollection();
        var preValidation = context.CloneForStep();
        preValidation.Stage = (int)PipelineStage.PreValidation;
        preValidation.IsInTransaction = caller.Transaction != null;
        preValidation.SharedVariables = SplitSharedVariableMessages.Contains(name) ? new ParameterCollection() : shared;
        var rowBefore = handler.HasImages && id != Guid.Empty ? Store.Read(table, id, caller.Transaction)?.Values : null;
        RunStage(preValidation, caller.Transaction, rowBefore, null, bypass);

        var transaction = caller.Transaction ?? new Transaction();
        var owns = caller.Transaction == null;
        try
        {
            if (handler.LocksPrimary && id != Guid.Empty && Organization.Platform.RowLock == RowLockTiming.BeforePreOperation)
            {
                Store.Lock(table, id, transaction);
                rowBefore = Store.Read(table, id, transaction)?.Values;
            }
            var inner = context.CloneForStep();
            inner.IsInTransaction = true;
            inner.SharedVariables = shared;
            if (SplitSharedVariableMessages.Contains(name))
            {
                inner.ParentContext = preValidation;
            }
            var preOperation = inner.CloneForStep();
            preOperation.Stage = (int)PipelineStage.PreOperation;
            RunStage(preOperation, transaction, rowBefore, null, bypass);

            var operation = new Operation(this, transaction, inner, user);
            handler.Execute(operation);
            if (inner.OutputParameters.TryGetValue("id", out var created) && created is Guid createdId)
            {
                inner.PrimaryEntityId = createdId;
            }
            var rowAfter = handler.HasImages && inner.PrimaryEntityId != Guid.Empty
                ? Store.Read(table, inner.PrimaryEntityId, transaction)?.Values
                : null;
            var postOperation = inner.CloneForStep();
            postOperation.Stage = (int)PipelineStage.PostOperation;
            RunStage(postOperation, transaction, rowBefore, rowAfter, bypass);
            if (!bypass.Asynchronous)
            {
                QueueAsyncSteps(postOperation, transaction, rowBefore, rowAfter);
            }
            if (owns)
            {
                Commit(transaction);
            }
            return Responses.Create(name, inner.OutputParameters);
        }
        catch
        {
            if (owns)
            {
                Store.Rollback(transaction);
            }
            throw;
        }
    }

    internal void Commit(Transaction transaction)
    {
        Store.Commit(transaction);
        foreach (var action in transaction.OnCommit)
        {
            action();
        }
        transaction.OnCommit.Clear();
    }

    private void RunStage(PluginExecutionContext stageContext, Transaction? transaction, Dictionary<string, object?>? before, Dictionary<string, object?>? after, LogicBypass bypass)
    {
        if (bypass.Synchronous)
        {
            return;
        }
        var stage = (PipelineStage)stageContext.Stage;
        foreach (var step in Organization.Steps.Find(stageContext.MessageName, stageContext.PrimaryEntityName, stage, StepMode.Synchronous))
        {
            if (!Fires(step.Registration, stageContext))
            {
                continue;
            }
            var stepContext = stageContext.CloneForStep();
            stepContext.PreEntityImages = Images(step.Registration, stepContext, before, pre: true);
            stepContext.PostEntityImages = Images(step.Registration, stepContext, after, pre: false);
            RunStep(step, stepContext, transaction);
        }
    }

    private void QueueAsyncSteps(PluginExecutionContext postContext, Transaction transaction, Dictionary<string, object?>? before, Dictionary<string, object?>? after)
    {
        foreach (var step in Organization.Steps.Find(postContext.MessageName, postContext.PrimaryEntityName, PipelineStage.PostOperation, StepMode.Asynchronous))
        {
            if (!Fires(step.Registration, postContext))
            {
                continue;
            }
            var asyncContext = postContext.CloneForStep();
            asyncContext.Mode = (int)StepMode.Asynchronous;
            asyncContext.IsInTransaction = false;
            asyncContext.InputParameters = CopyParameters(postContext.InputParameters);
            asyncContext.OutputParameters = CopyParameters(postContext.OutputParameters);
            asyncContext.SharedVariables = CopyParameters(postContext.SharedVariables);
            asyncContext.PreEntityImages = Images(step.Registration, asyncContext, before, pre: true);
            asyncContext.PostEntityImages = Images(step.Registration, asyncContext, after, pre: false);
            transaction.OnCommit.Add(() => Organization.AsyncQueue.Enqueue(step, asyncContext));
        }
    }

    /// <summary>Runs one step's plugin, turning what it throws into the fault Dataverse reports.</summary>
    internal void RunStep(RegisteredStep step, PluginExecutionContext context, Transaction? transaction)
    {
        var registration = step.Registration;
        var handlerName = registration.PluginType.FullName ?? registration.PluginType.Name;
        var execution = new PluginExecution(handlerName, registration.Id, context.MessageName, context.PrimaryEntityName,
            context.Stage, context.Mode, context.Depth, Organization.Clock.UtcNow);
        Organization.Record(execution);
        var tracing = new TracingService();
        var nested = new Caller(context.UserId, context.InitiatingUserId)
        {
            Parent = context,
            Transaction = transaction,
            Execution = execution,
            ParentDepth = context.Depth,
            CorrelationId = context.CorrelationId,
        };
        try
        {
            step.Plugin.Execute(new PluginServiceProvider(context, new OrganizationServiceFactory(this, nested), tracing));
        }
        catch (Exception exception)
        {
            var fault = PluginFaults.From(exception, handlerName, tracing.Text);
            execution.Error = fault.Message;
            throw fault;
        }
        finally
        {
            execution.Trace = tracing.Text;
        }
        if (transaction is { IsDoomed: true })
        {
            execution.Error = TransactionCountReduced;
            throw Faults.Create(ErrorCodes.TransactionAborted, TransactionCountReduced, tracing.Text);
        }
    }

    private static bool Fires(StepRegistration step, IExecutionContext context)
    {
        if (step.FilteringAttributes.Count == 0 || context.MessageName != "Update")
        {
            return true;
        }
        return context.InputParameters.TryGetValue("Target", out var target) && target is Entity entity
            && step.FilteringAttributes.Any(entity.Contains);
    }

    private static EntityImageCollection Images(StepRegistration step, PluginExecutionContext context, Dictionary<string, object?>? row, bool pre)
    {
        var images = new EntityImageCollection();
        if (row == null || (!pre && context.Stage != (int)PipelineStage.PostOperation))
        {
            return images;
        }
        foreach (var image in step.Images.Where(i => pre ? i.IsPre : i.IsPost))
        {
            var entity = new Entity(context.PrimaryEntityName, context.PrimaryEntityId);
            foreach (var pair in row)
            {
                if (pair.Value != null && (image.Attributes.Count == 0 || image.Attributes.Contains(pair.Key)))
                {
                    entity[pair.Key] = Values.Copy(pair.Value);
                }
            }
            images[image.Alias] = entity;
        }
        return images;
    }

    internal static ParameterCollection CopyParameters(ParameterCollection? source)
    {
        var copy = new ParameterCollection();
        if (source == null)
        {
            return copy;
        }
        foreach (var pair in source)
        {
            copy[pair.Key] = Values.Copy(pair.Value);
        }
        return copy;
    }
}
