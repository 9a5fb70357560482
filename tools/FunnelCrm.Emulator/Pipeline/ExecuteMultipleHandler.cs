using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>ExecuteMultiple as Dataverse runs it: each request in its own transaction, at most 1,000, no nesting.</summary>
internal static class ExecuteMultipleHandler
{
    public const int MaxBatchSize = 1000;

    public static OrganizationResponse Execute(MessagePipeline pipeline, OrganizationRequest request, Caller caller)
    {
        var requests = request.Parameters.TryGetValue("Requests", out var r) ? r as OrganizationRequestCollection : null;
        var settings = (request.Parameters.TryGetValue("Settings", out var s) ? s as ExecuteMultipleSettings : null) ?? new ExecuteMultipleSettings();
        if (requests == null)
        {
            throw Faults.InvalidArgument("Required field 'Requests' is missing for the ExecuteMultiple message.");
        }
        if (caller.InsideExecuteMultiple || requests.Any(q => q.RequestName == "ExecuteMultiple"))
        {
            throw Faults.Create(ErrorCodes.ExecuteMultipleRefused, "ExecuteMultipleRequest cannot contain another ExecuteMultipleRequest: nesting is not allowed.");
        }
        if (requests.Count > MaxBatchSize)
        {
            throw Faults.Create(ErrorCodes.ExecuteMultipleRefused,
                $"The number of requests in the batch ({requests.Count}) exceeds the maximum batch size of {MaxBatchSize}.");
        }
        var items = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        var each = new Caller(caller.UserId, caller.InitiatingUserId)
        {
            Parent = caller.Parent, Transaction = caller.Transaction, Execution = caller.Execution,
            ParentDepth = caller.ParentDepth, CorrelationId = caller.CorrelationId, InsideExecuteMultiple = true,
        };
        for (var index = 0; index < requests.Count; index++)
        {
            try
            {
                var response = pipeline.Execute(requests[index], each);
                if (settings.ReturnResponses)
                {
                    items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Response = response });
                }
            }
            catch (OrganizationServiceFaultException fault)
            {
                faulted = true;
                items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Fault = fault.Detail });
                if (!settings.ContinueOnError)
                {
                    break;
                }
            }
        }
        var result = new ExecuteMultipleResponse { ResponseName = "ExecuteMultiple" };
        result.Results["IsFaulted"] = faulted;
        result.Results["Responses"] = items;
        return result;
    }
}
