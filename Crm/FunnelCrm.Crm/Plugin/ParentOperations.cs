using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Plugin;

/// <summary>Reads what caused an operation from the chain of parent contexts (cascades show up there).</summary>
public static class ParentOperations
{
    /// <summary>Whether the operation runs inside a Delete of a row of <paramref name="table"/> (a cascade).</summary>
    public static bool IsDeleteOf(IPluginExecutionContext context, string table) => IsWithin(context, "Delete", table);

    /// <summary>Whether the operation runs inside a Merge of rows of <paramref name="table"/> (the merge moving child rows).</summary>
    public static bool IsMergeOf(IPluginExecutionContext context, string table) => IsWithin(context, "Merge", table);

    /// <summary>The nearest parent operation running one of <paramref name="messages"/>, or null.</summary>
    public static IPluginExecutionContext? Nearest(IPluginExecutionContext context, params string[] messages)
    {
        for (var parent = context.ParentContext; parent != null; parent = parent.ParentContext)
        {
            foreach (var message in messages)
            {
                if (string.Equals(parent.MessageName, message, StringComparison.OrdinalIgnoreCase))
                {
                    return parent;
                }
            }
        }

        return null;
    }

    private static bool IsWithin(IPluginExecutionContext context, string message, string table)
    {
        for (var parent = Nearest(context, message); parent != null; parent = Nearest(parent, message))
        {
            if (string.Equals(parent.PrimaryEntityName, table, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
