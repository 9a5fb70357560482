using System;
using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>
/// Makes the typed response the SDK would deserialize for a message (CreateResponse, WhoAmIResponse, ...), found by
/// name in the SDK assemblies, holding the message's output parameters (copied out).
/// </summary>
internal static class Responses
{
    private static readonly ConcurrentDictionary<string, Type?> Types = new(StringComparer.Ordinal);

    public static OrganizationResponse Create(string message, ParameterCollection outputs)
    {
        var type = Types.GetOrAdd(message, Find);
        var response = type == null ? new OrganizationResponse() : (OrganizationResponse)Activator.CreateInstance(type)!;
        response.ResponseName = message;
        response.Results = MessagePipeline.CopyParameters(outputs);
        return response;
    }

    private static Type? Find(string message) =>
        typeof(OrganizationResponse).Assembly.GetType($"Microsoft.Xrm.Sdk.Messages.{message}Response")
        ?? typeof(Microsoft.Crm.Sdk.Messages.SetStateResponse).Assembly.GetType($"Microsoft.Crm.Sdk.Messages.{message}Response");
}
