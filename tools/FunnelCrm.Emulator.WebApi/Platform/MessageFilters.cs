using System.Collections.Generic;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.WebApi.Operations;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>
/// The SDK messages the emulator runs and the tables each one is available on (the rows of <c>sdkmessages</c> and
/// <c>sdkmessagefilters</c>): the data messages on every table, the bulk messages where the table supports them,
/// SetState on tables with states, Assign on user-owned tables, Merge on lead, account and contact, QualifyLead on
/// lead, Win and Lose on opportunity; the unbound messages have no filter.
/// </summary>
public static class MessageFilters
{
    /// <summary>Messages that are not tied to a table.</summary>
    public static readonly IReadOnlyList<string> Unbound = new[] { "WhoAmI", "RetrieveVersion", "ExecuteMultiple", "ImportSolution", "ImportSolutionAsync", "PublishAllXml", "AddSolutionComponent" };

    private static readonly string[] Data = { "Create", "Update", "Delete", "Retrieve", "RetrieveMultiple", "Upsert" };

    /// <summary>The (message, table) pairs of a table.</summary>
    public static IEnumerable<(string Message, string Table)> Of(MetadataCatalog catalog, TableMetadata table)
    {
        foreach (var message in Data)
        {
            yield return (message, table.LogicalName);
        }
        if (BulkRequests.Supports(catalog, table))
        {
            foreach (var message in BulkRequests.Messages.Keys)
            {
                yield return (message, table.LogicalName);
            }
        }
        if (table.HasStates)
        {
            yield return ("SetState", table.LogicalName);
            yield return ("SetStateDynamicEntity", table.LogicalName);
        }
        if (table.Ownership == Ownership.UserOwned)
        {
            yield return ("Assign", table.LogicalName);
        }
        switch (table.LogicalName)
        {
            case "lead":
                yield return ("Merge", "lead");
                yield return ("QualifyLead", "lead");
                break;
            case "account" or "contact":
                yield return ("Merge", table.LogicalName);
                break;
            case "opportunity":
                yield return ("Win", "opportunity");
                yield return ("Lose", "opportunity");
                break;
        }
    }
}
