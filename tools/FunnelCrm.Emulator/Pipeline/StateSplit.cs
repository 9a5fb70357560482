using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>
/// Dataverse's documented behaviour for an Update that carries statecode or statuscode together with other columns
/// ("Behavior of specialized update operations"): pre-operation and post-operation Update steps run once for the other
/// columns and then once for statecode and statuscode, in one transaction. Used under
/// <see cref="StateUpdateSteps.Twice"/>; pre-validation runs once, with the whole Target.
/// </summary>
internal static class StateSplit
{
    public static bool IsStateColumn(string column) => column is "statecode" or "statuscode";

    /// <summary>Whether the Target carries a state column and another column (the primary key aside).</summary>
    public static bool Applies(Entity target) =>
        target.Attributes.Keys.Any(IsStateColumn) && target.Attributes.Keys.Any(k => !IsStateColumn(k) && k != target.LogicalName + "id");

    /// <summary>The two Targets, other columns first (keeping the row version), then statecode and statuscode.</summary>
    public static IReadOnlyList<Entity> Split(Entity target)
    {
        var regular = new Entity(target.LogicalName, target.Id) { RowVersion = target.RowVersion };
        var state = new Entity(target.LogicalName, target.Id);
        foreach (var pair in target.Attributes)
        {
            (IsStateColumn(pair.Key) ? state : regular)[pair.Key] = pair.Value;
        }

        return new[] { regular, state };
    }
}
