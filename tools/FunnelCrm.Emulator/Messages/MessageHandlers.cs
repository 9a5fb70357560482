using System;
using System.Collections.Generic;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Messages;

/// <summary>The messages the emulator implements, by name.</summary>
internal static class MessageHandlers
{
    private static readonly Dictionary<string, IMessageHandler> Handlers = new(StringComparer.Ordinal)
    {
        ["Create"] = new CreateHandler(),
        ["Retrieve"] = new RetrieveHandler(),
        ["Update"] = new UpdateHandler(),
        ["Delete"] = new DeleteHandler(),
        ["RetrieveMultiple"] = new RetrieveMultipleHandler(),
        ["Associate"] = new AssociationHandler(associate: true),
        ["Disassociate"] = new AssociationHandler(associate: false),
        ["SetState"] = new SetStateHandler("SetState"),
        ["SetStateDynamicEntity"] = new SetStateHandler("SetStateDynamicEntity"),
        ["Assign"] = new AssignHandler(),
        ["WhoAmI"] = new WhoAmIHandler(),
        ["QualifyLead"] = new QualifyLeadHandler(),
        ["WinOpportunity"] = new CloseOpportunityHandler(won: true),
        ["LoseOpportunity"] = new CloseOpportunityHandler(won: false),
        ["Merge"] = new MergeHandler(),
        ["Upsert"] = new UpsertHandler(),
        ["RetrieveAttribute"] = new RetrieveAttributeHandler(),
        ["FetchXmlToQueryExpression"] = new FetchXmlToQueryExpressionHandler(),
    };

    public static IMessageHandler? Find(string name) => Handlers.TryGetValue(name, out var handler) ? handler : null;

    /// <summary>The id of a target given by id or alternate key; a key that matches no row fails naming the table.</summary>
    public static Guid ResolveExisting(MessagePipeline pipeline, Transaction? transaction, EntityReference reference)
    {
        var id = Records.Resolve(pipeline.Organization.Metadata, pipeline.Organization.Store, transaction, reference.LogicalName, reference.Id, reference.KeyAttributes);
        return id ?? throw Faults.Create(ErrorCodes.ObjectDoesNotExist, $"A record with the specified key values does not exist in {reference.LogicalName} entity");
    }

    public static T Input<T>(ParameterCollection input, string name, string message) where T : class =>
        input.TryGetValue(name, out var value) && value is T typed ? typed : throw Faults.InvalidArgument($"Required field '{name}' is missing for the {message} message.");
}
