using System;
using System.Linq;
using FunnelCrm.Emulator.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>
/// Dataverse's special update behaviour for statecode: an Update that carries statecode together with other
/// columns runs as two Update operations in one transaction, first the other columns, then statecode (with
/// statuscode), so Update steps see each part separately.
/// </summary>
internal static class StateSplit
{
    private static readonly string[] StateColumns = { "statecode", "statuscode" };

    public static bool Applies(OrganizationRequest request) =>
        request.Parameters.TryGetValue("Target", out var value) && value is Entity target && target.Contains("statecode")
        && target.Attributes.Keys.Any(k => !StateColumns.Contains(k) && k != target.LogicalName + "id");

    public static OrganizationResponse Execute(MessagePipeline pipeline, OrganizationRequest request, Caller caller)
    {
        var target = (Entity)request.Parameters["Target"];
        var regular = new Entity(target.LogicalName, target.Id) { RowVersion = target.RowVersion };
        var state = new Entity(target.LogicalName, target.Id);
        foreach (var pair in target.Attributes)
        {
            (StateColumns.Contains(pair.Key) ? state : regular)[pair.Key] = pair.Value;
        }
        var first = new UpdateRequest { Target = regular };
        if (request.Parameters.TryGetValue("ConcurrencyBehavior", out var behavior))
        {
            first.Parameters["ConcurrencyBehavior"] = behavior;
        }
        var owns = caller.Transaction == null;
        var transaction = caller.Transaction ?? new Transaction();
        var inner = new Caller(caller.UserId, caller.InitiatingUserId)
        {
            Parent = caller.Parent, Transaction = transaction, Execution = null, ParentDepth = caller.ParentDepth,
            CorrelationId = caller.CorrelationId, InsideExecuteMultiple = caller.InsideExecuteMultiple,
        };
        try
        {
            pipeline.Execute(first, inner);
            var response = pipeline.Execute(new UpdateRequest { Target = state }, inner);
            if (owns)
            {
                pipeline.Commit(transaction);
            }
            return response;
        }
        catch (Exception) when (owns)
        {
            pipeline.Organization.Store.Rollback(transaction);
            throw;
        }
    }
}
