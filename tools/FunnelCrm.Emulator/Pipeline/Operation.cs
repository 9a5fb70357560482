using System;
using System.Collections.Generic;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>The main (core) operation of one message inside its transaction: inputs, outputs, user and nested calls.</summary>
internal sealed class Operation
{
    private Principals? principals;

    public Operation(MessagePipeline pipeline, Transaction transaction, PluginExecutionContext context, UserAccount user)
    {
        Pipeline = pipeline;
        Transaction = transaction;
        Context = context;
        User = user;
    }

    public MessagePipeline Pipeline { get; }

    public Organization Organization => Pipeline.Organization;

    public Transaction Transaction { get; }

    public PluginExecutionContext Context { get; }

    public UserAccount User { get; }

    public ParameterCollection Input => Context.InputParameters;

    public ParameterCollection Output => Context.OutputParameters;

    public DateTime Now => Organization.Clock.UtcNow;

    public T? Get<T>(string name) => Input.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public T Required<T>(string name) where T : class =>
        Get<T>(name) ?? throw Faults.InvalidArgument($"Required field '{name}' is missing for the {Context.MessageName} message.");

    /// <summary>Runs a platform operation this message causes (a cascade, QualifyLead's creates) as a child pipeline.</summary>
    public OrganizationResponse Call(OrganizationRequest request, Guid? userId = null) =>
        Pipeline.Execute(request, new Caller(userId ?? Context.UserId, Context.InitiatingUserId)
        {
            Parent = Context,
            Transaction = Transaction,
            ParentDepth = Context.Depth,
            CorrelationId = Context.CorrelationId,
        });

    /// <summary>Fails naming the privilege when the user does not hold prv{verb}{table schema name}.</summary>
    public void Require(string verb, string table) => Organization.Security.Require(User, verb, Organization.Metadata.GetTable(table));

    /// <summary>Fails as Dataverse's access check does when the privilege is missing or its depth does not reach the row.</summary>
    public void RequireOnRow(string verb, string table, Guid id, IReadOnlyDictionary<string, object?> row) =>
        Organization.Security.RequireOnRow(User, verb, Organization.Metadata.GetTable(table), id, row, Principals);

    /// <summary>Users, teams and business units as this operation's transaction sees them, for access checks.</summary>
    public Principals Principals => principals ??= new Principals(Organization.Store, Transaction);
}
