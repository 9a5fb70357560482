using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Messages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.CustomApis;

/// <summary>The organization's custom APIs by message name, each with the handler that runs its message.</summary>
public sealed class CustomApiCatalog
{
    private readonly ConcurrentDictionary<string, CustomApiHandler> handlers = new(StringComparer.Ordinal);

    /// <summary>The registered custom APIs, by message name.</summary>
    public IReadOnlyDictionary<string, CustomApiRegistration> Registrations => handlers.ToDictionary(p => p.Key, p => p.Value.Api, StringComparer.Ordinal);

    /// <summary>The custom API of a message, or null.</summary>
    public CustomApiRegistration? Find(string message) => handlers.TryGetValue(message, out var handler) ? handler.Api : null;

    internal IMessageHandler? Handler(string message) => handlers.TryGetValue(message, out var handler) ? handler : null;

    /// <summary>Registers a custom API after checking it as Dataverse checks a customapi row and its parameters; refusals name the API.</summary>
    public void Register(CustomApiRegistration api)
    {
        var refusals = Refusals(api);
        if (refusals.Count > 0)
        {
            throw new CustomApiRegistrationException(api.UniqueName, refusals);
        }

        if (!handlers.TryAdd(api.UniqueName, new CustomApiHandler(api)) || MessageHandlers.Find(api.UniqueName) != null)
        {
            throw new CustomApiRegistrationException(api.UniqueName, new[] { "A message named " + api.UniqueName + " exists already." });
        }
    }

    /// <summary>Why Dataverse would refuse the custom API; empty when it is legal.</summary>
    public static IReadOnlyList<string> Refusals(CustomApiRegistration api)
    {
        var refusals = new List<string>();
        if (api.UniqueName.Length == 0 || !api.UniqueName.All(c => char.IsLetterOrDigit(c) || c == '_'))
        {
            refusals.Add("The unique name '" + api.UniqueName + "' may hold only letters, digits and underscores.");
        }

        if (!typeof(IPlugin).IsAssignableFrom(api.PluginType))
        {
            refusals.Add(api.PluginType.FullName + " does not implement IPlugin, so it cannot be the main operation.");
        }

        if (api.Binding == CustomApiBinding.Global ? api.BoundTable.Length > 0 : api.BoundTable.Length == 0)
        {
            refusals.Add(api.Binding == CustomApiBinding.Global ? "A global custom API names no bound table." : "A bound custom API names its bound table.");
        }

        if (api.IsFunction && api.ResponseProperties.Count == 0)
        {
            refusals.Add("A function returns at least one response property.");
        }

        foreach (var group in api.RequestParameters.Concat(api.ResponseProperties).GroupBy(f => f.UniqueName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            refusals.Add("The name '" + group.Key + "' is declared twice.");
        }

        if (api.Binding == CustomApiBinding.Entity && api.RequestParameters.Any(p => string.Equals(p.UniqueName, "Target", StringComparison.OrdinalIgnoreCase)))
        {
            refusals.Add("A bound custom API receives its record as Target; it declares no parameter of that name.");
        }

        foreach (var field in api.RequestParameters.Concat(api.ResponseProperties))
        {
            if (!Enum.IsDefined(typeof(CustomApiFieldType), field.Type))
            {
                refusals.Add("'" + field.UniqueName + "' has the type code " + (int)field.Type + ", which is no custom API type.");
            }
            else if (field.Table.Length > 0 && field.Type != CustomApiFieldType.Entity && field.Type != CustomApiFieldType.EntityReference)
            {
                refusals.Add("'" + field.UniqueName + "' names the table " + field.Table + ", but only an Entity or EntityReference names a table.");
            }
        }

        return refusals;
    }
}
