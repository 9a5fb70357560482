using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Emulator.CustomApis;
using FunnelCrm.Packaging.Assemblies;
using FunnelCrm.Packaging.Registrations;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// The custom APIs declared in the built assemblies, checked as steps are, each failure naming the API and its class:
/// the unique name carries the publisher prefix; Dataverse's definition rules hold (the emulator's
/// <see cref="CustomApiRules"/>: names, binding and bound table, type codes, tables only on Entity/EntityReference, a
/// function returns something, no declared Target); the bound table and every named table exist; the main operation's
/// plug-in type is a PluginType of the solution; a role of the solution grants the ExecutePrivilegeName.
/// </summary>
public static class CustomApiCheck
{
    /// <summary>The failures.</summary>
    public static IEnumerable<PackFailure> Check(SolutionPackage package)
    {
        var known = new KnownColumns(package);
        var pluginTypes = new HashSet<Guid>(package.Block("SolutionPluginAssemblies", "PluginAssembly").Descendants("PluginType")
            .Select(t => Guid.TryParse(t.Attribute("PluginTypeId")?.Value, out var id) ? id : Guid.Empty));
        var granted = new HashSet<string>(package.Block("Roles", "Role").Descendants("RolePrivilege").Select(p => p.Attribute("name")?.Value ?? ""), StringComparer.OrdinalIgnoreCase);
        foreach (var (type, api) in package.Assemblies.SelectMany(a => a.Types).Where(t => t.CustomApi != null).Select(t => (t, t.CustomApi!)))
        {
            var component = "custom API " + api.UniqueName + " (class " + type.FullName + ")";
            if (!package.HasPrefix(api.UniqueName))
            {
                yield return new PackFailure(component, "its unique name does not start with the publisher prefix '" + package.Prefix + "_'.");
            }

            var parameters = api.Parameters.Select(Field).ToList();
            var responses = api.Responses.Select(Field).ToList();
            foreach (var refusal in CustomApiRules.Check(api.UniqueName, api.Binding, api.BoundTable, api.IsFunction, parameters, responses))
            {
                yield return new PackFailure(component, refusal);
            }

            foreach (var table in new[] { api.BoundTable }.Concat(parameters.Concat(responses).Select(f => f.Table)).Where(t => t.Length > 0 && !known.HasTable(t)).Distinct())
            {
                yield return new PackFailure(component, "it names the table '" + table + "', which neither the solution nor Dataverse's standard tables have.");
            }

            if (!pluginTypes.Contains(RegistrationXml.PluginTypeIdOf(type)))
            {
                yield return new PackFailure(component, "its main operation's plug-in type " + type.FullName + " is not a PluginType of the solution.");
            }

            if (api.ExecutePrivilegeName.Length > 0 && !granted.Contains(api.ExecutePrivilegeName))
            {
                yield return new PackFailure(component, "no role of the solution grants its ExecutePrivilegeName '" + api.ExecutePrivilegeName + "', so no user the solution sets up may call it.");
            }

            foreach (var field in api.Parameters.Concat(api.Responses).Where(f => f.Labels.DisplayName.Length == 0 || f.Labels.GermanDisplayName.Length == 0))
            {
                yield return new PackFailure(component, "'" + field.UniqueName + "' needs a display name in English and German.");
            }

            if (api.Labels.DisplayName.Length == 0 || api.Labels.GermanDisplayName.Length == 0)
            {
                yield return new PackFailure(component, "it needs a display name in English and German.");
            }
        }
    }

    private static CustomApiField Field(DeclaredCustomApiField field) => new CustomApiField(field.UniqueName, field.Type, field.IsOptional, field.Table);
}
