using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
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
        var refusals = CustomApiRules.Check(api.UniqueName, api.Binding, api.BoundTable, api.IsFunction, api.RequestParameters.ToList(), api.ResponseProperties.ToList()).ToList();
        if (!typeof(IPlugin).IsAssignableFrom(api.PluginType))
        {
            refusals.Add(api.PluginType.FullName + " does not implement IPlugin, so it cannot be the main operation.");
        }

        return refusals;
    }
}
