using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Registration;

namespace FunnelCrm.Emulator.CustomApis;

/// <summary>
/// Dataverse's rules for a custom API definition, shared by the emulator and the solution packer (as <c>StepRules</c> is
/// for steps). Each refusal is one sentence; an empty list means the definition is legal.
/// </summary>
public static class CustomApiRules
{
    /// <summary>The refusals for a custom API of this shape.</summary>
    public static IReadOnlyList<string> Check(string uniqueName, CustomApiBinding binding, string boundTable, bool isFunction,
        IReadOnlyCollection<CustomApiField> parameters, IReadOnlyCollection<CustomApiField> responses)
    {
        var refusals = new List<string>();
        foreach (var name in new[] { uniqueName }.Concat(parameters.Concat(responses).Select(f => f.UniqueName)).Where(n => !Plain(n)))
        {
            refusals.Add("The unique name '" + name + "' may hold only letters, digits and underscores.");
        }

        if (!Enum.IsDefined(typeof(CustomApiBinding), binding))
        {
            refusals.Add("The binding type " + (int)binding + " is not one of 0 (global), 1 (entity), 2 (entity collection).");
        }
        else if (binding == CustomApiBinding.Global ? boundTable.Length > 0 : boundTable.Length == 0)
        {
            refusals.Add(binding == CustomApiBinding.Global ? "A global custom API names no bound table." : "A bound custom API names its bound table.");
        }

        if (isFunction && responses.Count == 0)
        {
            refusals.Add("A function returns at least one response property.");
        }

        foreach (var group in parameters.Concat(responses).GroupBy(f => f.UniqueName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            refusals.Add("The name '" + group.Key + "' is declared twice.");
        }

        if (binding == CustomApiBinding.Entity && parameters.Any(p => string.Equals(p.UniqueName, "Target", StringComparison.OrdinalIgnoreCase)))
        {
            refusals.Add("A bound custom API receives its record as Target; it declares no parameter of that name.");
        }

        foreach (var field in parameters.Concat(responses))
        {
            if (!Enum.IsDefined(typeof(CustomApiFieldType), field.Type))
            {
                refusals.Add("'" + field.UniqueName + "' has the type code " + (int)field.Type + ", which is no custom API type (0 to 12).");
            }
            else if (field.Table.Length > 0 && field.Type != CustomApiFieldType.Entity && field.Type != CustomApiFieldType.EntityReference)
            {
                refusals.Add("'" + field.UniqueName + "' names the table " + field.Table + ", but only an Entity or EntityReference names a table.");
            }
        }

        return refusals;
    }

    private static bool Plain(string name) => name.Length > 0 && name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_'));
}
