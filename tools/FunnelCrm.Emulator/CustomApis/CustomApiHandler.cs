using System;
using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Messages;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.CustomApis;

/// <summary>
/// The message a custom API creates. Before any step runs, the request is checked against the API's definition: a bound
/// API needs its record as <c>Target</c> (an EntityReference of the bound table; whether the record exists is left to
/// the main operation, as Dataverse does not promise that check), every required parameter is there, every parameter
/// is declared and of its declared type. The main operation checks the API's ExecutePrivilegeName against the caller's
/// roles, runs the API's plugin type in stage 30 inside the transaction, then checks what it returned: only declared
/// response properties, each of its type; a property it left unset holds the type's default.
/// </summary>
internal sealed class CustomApiHandler : IMessageHandler
{
    private const string Target = "Target";
    private readonly RegisteredStep mainOperation;

    public CustomApiHandler(CustomApiRegistration api)
    {
        Api = api;
        mainOperation = new RegisteredStep(new StepRegistration(api.PluginType, api.UniqueName, api.BoundTable, (PipelineStage)CustomApiAttribute.MainOperationStage)
        {
            Name = api.PluginType.FullName + ": main operation of " + api.UniqueName,
        });
    }

    public CustomApiRegistration Api { get; }

    public bool LocksPrimary => false;

    public bool HasImages => false;

    public (string Table, Guid Id) Primary(ParameterCollection input, MessagePipeline pipeline, Transaction? transaction)
    {
        var message = Api.UniqueName;
        foreach (var name in input.Keys.Where(k => !(Api.Binding == CustomApiBinding.Entity && k == Target) && Api.RequestParameters.All(p => p.UniqueName != k)))
        {
            throw Faults.InvalidArgument($"'{name}' is not a request parameter of the {message} message (its parameters: {string.Join(", ", Names())}).");
        }

        foreach (var parameter in Api.RequestParameters)
        {
            var value = input.TryGetValue(parameter.UniqueName, out var given) ? given : null;
            if (value == null)
            {
                if (!parameter.IsOptional)
                {
                    throw Faults.InvalidArgument($"Required field '{parameter.UniqueName}' is missing for the {message} message.");
                }

                continue;
            }

            if (!CustomApiValues.Fits(parameter, value))
            {
                throw Faults.InvalidArgument($"The request parameter '{parameter.UniqueName}' of the {message} message takes a {CustomApiValues.Describe(parameter.Type)}"
                    + (parameter.Table.Length > 0 ? " of " + parameter.Table : "") + ", not a " + value.GetType().Name + ".");
            }
        }

        if (Api.Binding != CustomApiBinding.Entity)
        {
            return (Api.BoundTable, Guid.Empty);
        }

        if (!input.TryGetValue(Target, out var bound) || bound is not EntityReference record || record.Id == Guid.Empty)
        {
            throw Faults.InvalidArgument($"Required field '{Target}' is missing for the {message} message: it is bound to {Api.BoundTable} and takes the record as an EntityReference.");
        }

        if (!string.Equals(record.LogicalName, Api.BoundTable, StringComparison.OrdinalIgnoreCase))
        {
            throw Faults.InvalidArgument($"The {message} message is bound to {Api.BoundTable}; its Target names a {record.LogicalName}.");
        }

        return (Api.BoundTable, record.Id);
    }

    public void Execute(Operation operation)
    {
        if (Api.ExecutePrivilegeName.Length > 0)
        {
            operation.Organization.Security.RequirePrivilege(operation.User, Api.ExecutePrivilegeName);
        }

        var context = operation.Context.CloneForStep();
        context.Stage = CustomApiAttribute.MainOperationStage;
        operation.Pipeline.RunStep(mainOperation, context, operation.Transaction);
        var outputs = operation.Output;
        foreach (var name in outputs.Keys.Where(k => Api.ResponseProperties.All(p => p.UniqueName != k)).ToList())
        {
            throw Faults.Create(ErrorCodes.UnexpectedPluginException,
                $"{Api.PluginType.FullName} set the output '{name}', which is not a response property of the {Api.UniqueName} message.");
        }

        foreach (var property in Api.ResponseProperties)
        {
            if (!outputs.TryGetValue(property.UniqueName, out var value) || value == null)
            {
                outputs[property.UniqueName] = CustomApiValues.Default(property.Type);
            }
            else if (!CustomApiValues.Fits(property, value))
            {
                throw Faults.Create(ErrorCodes.UnexpectedPluginException,
                    $"{Api.PluginType.FullName} set the response property '{property.UniqueName}' of the {Api.UniqueName} message to a {value.GetType().Name}; it is a {CustomApiValues.Describe(property.Type)}.");
            }
        }
    }

    private string[] Names() => (Api.Binding == CustomApiBinding.Entity ? new[] { Target } : Array.Empty<string>())
        .Concat(Api.RequestParameters.Select(p => p.UniqueName)).ToArray();
}
