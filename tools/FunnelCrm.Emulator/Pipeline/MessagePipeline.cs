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
        var handler = MessageHandlers.Find(name) ?? Organization.CustomApis.Handler(name) ?? throw Faults.NotSupported($"the {name} message");
        var requested = SentColumns(request.Parameters);
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
        var rowBefore = ImageRows.Read(handler, Organization.Steps, Store, table, context, caller.Transaction);
        RunStage(preValidation, caller.Transaction, rowBefore, null, requested, bypass);

        var transaction = caller.Transaction ?? new Transaction();
        var owns = caller.Transaction == null;
        try
        {
            var core = new Core(handler, name, table, user, transaction, preValidation, shared, bypass);
            OrganizationResponse? response = null;
            foreach (var (part, partRequested) in Parts(name, input, requested))
            {
                response = RunCore(core, context, part, partRequested);
            }
            if (owns)
            {
                Commit(transaction);
            }
            return response!;
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

    /// <summary>
    /// The core operations one request runs as: one, or for an Update carrying statecode with other columns under
    /// <see cref="StateUpdateSteps.Twice"/>, the other columns first and then statecode and statuscode.
    /// </summary>
    private IEnumerable<(ParameterCollection Input, IReadOnlyCollection<string>? Requested)> Parts(string name, ParameterCollection input, IReadOnlyCollection<string>? requested)
    {
        if (name != "Update" || Organization.Platform.StateUpdate != StateUpdateSteps.Twice
            || !(input.TryGetValue("Target", out var value) && value is Entity target && StateSplit.Applies(target)))
        {
            return new[] { (input, requested) };
        }

        return StateSplit.Split(target).Select((part, index) =>
        {
            var partInput = CopyParameters(input);
            partInput["Target"] = part;
            if (index > 0)
            {
                partInput.Remove("ConcurrencyBehavior");
            }
            return (partInput, (IReadOnlyCollection<string>?)requested?.Where(c => StateSplit.IsStateColumn(c) == (index > 0)).ToList());
        }).ToList();
    }

    private OrganizationResponse RunCore(Core core, PluginExecutionContext context, ParameterCollection input, IReadOnlyCollection<string>? requested)
    {
        var table = core.Table;
        var transaction = core.Transaction;
        var inner = context.CloneForStep();
        inner.InputParameters = input;
        inner.OutputParameters = new ParameterCollection();
        inner.IsInTransaction = true;
        inner.SharedVariables = core.Shared;
        if (SplitSharedVariableMessages.Contains(core.Name))
        {
            inner.ParentContext = core.PreValidation;
        }
        var id = inner.PrimaryEntityId;
        if (core.Handler.LocksPrimary && id != Guid.Empty && Organization.Platform.RowLock == RowLockTiming.BeforePreOperation)
        {
            Store.Lock(table, id, transaction);
        }
        var rowBefore = ImageRows.Read(core.Handler, Organization.Steps, Store, table, inner, transaction);
        var preOperation = inner.CloneForStep();
        preOperation.Stage = (int)PipelineStage.PreOperation;
        RunStage(preOperation, transaction, rowBefore, null, requested, core.Bypass);

        core.Handler.Execute(new Operation(this, transaction, inner, core.User));
        if (inner.OutputParameters.TryGetValue("id", out var created) && created is Guid createdId)
        {
            inner.PrimaryEntityId = createdId;
        }
        var rowAfter = ImageRows.Read(core.Handler, Organization.Steps, Store, table, inner, transaction);
        var postOperation = inner.CloneForStep();
        postOperation.Stage = (int)PipelineStage.PostOperation;
        RunStage(postOperation, transaction, rowBefore, rowAfter, requested, core.Bypass);
        if (!core.Bypass.Asynchronous)
        {
            QueueAsyncSteps(postOperation, transaction, rowBefore, rowAfter, requested);
        }
        return Responses.Create(core.Name, inner.OutputParameters);
    }

    /// <summary>The columns of the Target the caller sent (null when the request has no Target entity).</summary>
    private static IReadOnlyCollection<string>? SentColumns(ParameterCollection parameters) =>
        parameters.TryGetValue("Target", out var value) && value is Entity target ? target.Attributes.Keys.ToList() : null;

    private sealed record Core(IMessageHandler Handler, string Name, string Table, Security.UserAccount User, Transaction Transaction,
        PluginExecutionContext PreValidation, ParameterCollection Shared, LogicBypass Bypass);

    internal void Commit(Transaction transaction)
    {
        Store.Commit(transaction);
        foreach (var action in transaction.OnCommit)
        {
            action();
        }
        transaction.OnCommit.Clear();
    }

    private void RunStage(PluginExecutionContext stageContext, Transaction? transaction, ImageRows? before, ImageRows? after,
        IReadOnlyCollection<string>? requested, LogicBypass bypass)
    {
        if (bypass.Synchronous)
        {
            return;
        }
        var stage = (PipelineStage)stageContext.Stage;
        foreach (var step in Organization.Steps.Find(stageContext.MessageName, stageContext.PrimaryEntityName, stage, StepMode.Synchronous))
        {
            if (!Fires(step.Registration, stageContext, requested))
            {
                continue;
            }
            var stepContext = stageContext.CloneForStep();
            stepContext.PreEntityImages = Images(step.Registration, stepContext, before, pre: true);
            stepContext.PostEntityImages = Images(step.Registration, stepContext, after, pre: false);
            RunStep(step, stepContext, transaction);
        }
    }

    private void QueueAsyncSteps(PluginExecutionContext postContext, Transaction transaction, ImageRows? before, ImageRows? after,
        IReadOnlyCollection<string>? requested)
    {
        foreach (var step in Organization.Steps.Find(postContext.MessageName, postContext.PrimaryEntityName, PipelineStage.PostOperation, StepMode.Asynchronous))
        {
            if (!Fires(step.Registration, postContext, requested))
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

    /// <summary>
    /// Whether an Update step's filtering attributes let it run: matched against the columns the caller sent, or the
    /// Target as earlier steps left it (variant F, <see cref="FilteringMatch"/>).
    /// </summary>
    private bool Fires(StepRegistration step, IExecutionContext context, IReadOnlyCollection<string>? requested)
    {
        if (step.FilteringAttributes.Count == 0 || context.MessageName != "Update")
        {
            return true;
        }
        if (Organization.Platform.Filtering == FilteringMatch.OriginalRequest)
        {
            return requested != null && step.FilteringAttributes.Any(requested.Contains);
        }
        return context.InputParameters.TryGetValue("Target", out var target) && target is Entity entity
            && step.FilteringAttributes.Any(entity.Contains);
    }

    /// <summary>
    /// The step's images, each from the row its request property names (<see cref="StepRules.ImageProperties"/>): the
    /// primary row, or for SubordinateId the subordinate of a Merge. Post-images only in post-operation.
    /// </summary>
    private static EntityImageCollection Images(StepRegistration step, PluginExecutionContext context, ImageRows? rows, bool pre)
    {
        var images = new EntityImageCollection();
        if (rows == null || (!pre && context.Stage != (int)PipelineStage.PostOperation))
        {
            return images;
        }
        foreach (var image in step.Images.Where(i => pre ? i.IsPre : i.IsPost))
        {
            var (row, table, id) = rows.Of(image.MessagePropertyName ?? StepRules.ImagePropertyOf(step.Message));
            if (row == null)
            {
                continue;
            }
            var entity = new Entity(table, id);
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
