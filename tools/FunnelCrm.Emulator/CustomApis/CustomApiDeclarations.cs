using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Emulator.CustomApis;

/// <summary>Reads the [CustomApi], [CustomApiParameter] and [CustomApiResponse] declarations on a plugin class into a registration.</summary>
public static class CustomApiDeclarations
{
    /// <summary>The custom API declared on <paramref name="pluginType"/>, or null when it declares none.</summary>
    public static CustomApiRegistration? Of(Type pluginType)
    {
        var api = pluginType.GetCustomAttribute<CustomApiAttribute>(false);
        if (api == null)
        {
            return null;
        }

        return new CustomApiRegistration(api.UniqueName, pluginType)
        {
            Binding = api.Binding,
            BoundTable = api.BoundTable.ToLowerInvariant(),
            IsFunction = api.IsFunction,
            ExecutePrivilegeName = api.ExecutePrivilegeName,
            AllowedCustomProcessingStepType = api.AllowedCustomProcessingStepType,
            RequestParameters = pluginType.GetCustomAttributes<CustomApiParameterAttribute>(false)
                .Select(p => new CustomApiField(p.UniqueName, p.Type, p.IsOptional, p.Table.ToLowerInvariant())).ToList(),
            ResponseProperties = pluginType.GetCustomAttributes<CustomApiResponseAttribute>(false)
                .Select(p => new CustomApiField(p.UniqueName, p.Type, false, p.Table.ToLowerInvariant())).ToList(),
        };
    }

    /// <summary>The custom APIs declared on the public plugin classes of <paramref name="assembly"/>, in type name order.</summary>
    public static IReadOnlyList<CustomApiRegistration> In(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(Of).OfType<CustomApiRegistration>().ToList();
}
