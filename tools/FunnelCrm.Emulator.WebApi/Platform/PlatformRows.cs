using System;
using System.Linq;
using FunnelCrm.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.WebApi.Platform;

/// <summary>Small reads and writes of platform rows through an organization service.</summary>
public static class PlatformRows
{
    /// <summary>Creates the row, or updates it when a row with its id exists.</summary>
    public static void Upsert(IOrganizationService service, Entity row) => service.Execute(new UpsertRequest { Target = row });

    /// <summary>The row with the id, or null.</summary>
    public static Entity? Find(IOrganizationService service, string table, Guid id, params string[] columns)
    {
        try
        {
            return service.Retrieve(table, id, columns.Length == 0 ? new ColumnSet(true) : new ColumnSet(columns));
        }
        catch (OrganizationServiceFaultException missing) when (missing.Detail.ErrorCode == ErrorCodes.ObjectDoesNotExist)
        {
            return null;
        }
    }

    /// <summary>The rows of <paramref name="table"/> whose <paramref name="column"/> equals <paramref name="value"/>.</summary>
    public static DataCollection<Entity> Where(IOrganizationService service, string table, string column, object value, params string[] columns)
    {
        var query = new QueryExpression(table) { ColumnSet = columns.Length == 0 ? new ColumnSet(true) : new ColumnSet(columns) };
        query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
        return service.RetrieveMultiple(query).Entities;
    }

    /// <summary>The first row of <paramref name="table"/> matching every (column, value) pair, or null.</summary>
    public static Entity? First(IOrganizationService service, string table, params (string Column, object Value)[] conditions)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(true), TopCount = 1 };
        foreach (var (column, value) in conditions)
        {
            query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
        }
        return service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }
}
