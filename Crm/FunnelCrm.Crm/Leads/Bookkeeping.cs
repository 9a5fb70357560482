using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Leads;

/// <summary>
/// The lead's bookkeeping columns (scores, grade, explanation, milestone dates, SLA due time, recycle count) are secured:
/// only FunnelCrm, as SYSTEM, writes them, and a rep's own save must not carry them (a field security check reads the
/// Target as it reaches the main operation). A step of the lead's pipeline therefore writes them into the Target only
/// when the operation runs as SYSTEM; otherwise through SYSTEM: for an Update at once (the same transaction, before the
/// main write), for a Create after it (<see cref="Flush"/>, from a post-operation step).
/// </summary>
public static class Bookkeeping
{
    /// <summary>The shared variable that carries a Create's bookkeeping to its post-operation flush.</summary>
    public const string PendingVariable = "fcm_bookkeeping";

    /// <summary>Writes <paramref name="columns"/> (of the lead the operation is about) as FunnelCrm's own.</summary>
    public static void Write(LocalPluginContext context, Entity columns)
    {
        if (columns.Attributes.Count == 0)
        {
            return;
        }

        if (SystemUser.IsCaller(context))
        {
            Copy(columns, context.Target);
            return;
        }

        if (context.Context.MessageName == "Update")
        {
            var update = new Entity(Tables.Lead, context.Context.PrimaryEntityId);
            Copy(columns, update);
            context.SystemService.Update(update);
            context.Trace("Bookkeeping written through SYSTEM: {0}.", string.Join(", ", columns.Attributes.Keys));
            return;
        }

        var pending = Pending(context) ?? new Entity(Tables.Lead);
        Copy(columns, pending);
        context.Context.SharedVariables[PendingVariable] = pending;
    }

    /// <summary>Writes what a Create left for after its main operation (post-operation, the row exists).</summary>
    public static void Flush(LocalPluginContext context)
    {
        if (Pending(context) is Entity pending)
        {
            var update = new Entity(Tables.Lead, context.Context.PrimaryEntityId);
            Copy(pending, update);
            context.SystemService.Update(update);
            context.Context.SharedVariables.Remove(PendingVariable);
            context.Trace("The new lead's bookkeeping written through SYSTEM: {0}.", string.Join(", ", pending.Attributes.Keys));
        }
    }

    /// <summary>A bookkeeping value of this operation: from the Target, or from what waits for the flush.</summary>
    public static T? Value<T>(LocalPluginContext context, string column) =>
        context.Target.Contains(column) ? context.Target.GetAttributeValue<T>(column)
        : Pending(context) is Entity pending ? pending.GetAttributeValue<T>(column)
        : default;

    private static Entity? Pending(LocalPluginContext context) =>
        context.Context.SharedVariables.Contains(PendingVariable) ? context.Context.SharedVariables[PendingVariable] as Entity : null;

    private static void Copy(Entity from, Entity to)
    {
        foreach (var column in from.Attributes)
        {
            to[column.Key] = column.Value;
        }
    }
}
