using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Mapping;

/// <summary>Reads the scored activities that name a lead as their regarding record, one query per scored table.</summary>
public static class ScoredActivityQuery
{
    /// <summary>The activity tables scoring reads.</summary>
    public static readonly string[] ScoredTables =
    {
        Tables.Email, Tables.PhoneCall, Tables.Appointment, Tables.Task, Tables.CampaignResponse, Tables.Interaction,
    };

    /// <summary>The activities regarding <paramref name="leadId"/> that carry a stamp with points (as the engine scores them).</summary>
    public static IReadOnlyList<ScoredActivity> RegardingLead(IOrganizationService service, Guid leadId, DateTime now)
    {
        var found = new List<ScoredActivity>();
        foreach (var table in ScoredTables)
        {
            var query = new QueryExpression(table) { ColumnSet = new ColumnSet(ColumnsOf(table)) };
            query.Criteria.AddCondition(ActivityStandardColumns.RegardingObjectId, ConditionOperator.Equal, leadId);
            query.Criteria.AddCondition(ActivityStampColumns.ModelVersion, ConditionOperator.NotNull);
            found.AddRange(service.RetrieveMultiple(query).Entities
                .Select(row => new ActivityRecord(row).ToScored(now))
                .Where(activity => activity.Stamp != null && activity.Stamp.Points != 0.0));
        }

        return found;
    }

    /// <summary>
    /// The activities regarding any of <paramref name="leadIds"/> that were never scored (no stamp: created while the
    /// configuration could not be used, or before FunnelCrm was installed), by lead, oldest first. One query per table.
    /// </summary>
    public static IReadOnlyDictionary<Guid, List<Entity>> UnscoredRegarding(IOrganizationService service, IReadOnlyCollection<Guid> leadIds)
    {
        var found = new Dictionary<Guid, List<Entity>>();
        if (leadIds.Count == 0)
        {
            return found;
        }

        foreach (var table in ScoredTables)
        {
            var query = new QueryExpression(table) { ColumnSet = new ColumnSet(ColumnsOf(table)) };
            query.Criteria.AddCondition(ActivityStandardColumns.RegardingObjectId, ConditionOperator.In, leadIds.Cast<object>().ToArray());
            query.Criteria.AddCondition(ActivityStampColumns.ModelVersion, ConditionOperator.Null);
            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                var leadId = row.GetAttributeValue<EntityReference>(ActivityStandardColumns.RegardingObjectId).Id;
                if (!found.TryGetValue(leadId, out var rows))
                {
                    rows = new List<Entity>();
                    found[leadId] = rows;
                }

                rows.Add(row);
            }
        }

        return found;
    }

    private static string[] ColumnsOf(string table)
    {
        var columns = new List<string>
        {
            ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.StateCode, ActivityStandardColumns.CreatedOn,
            ActivityStampColumns.Points, ActivityStampColumns.ModelVersion, ActivityStampColumns.ScoredOn,
        };
        if (table == Tables.Email || table == Tables.PhoneCall)
        {
            columns.Add(ActivityStandardColumns.DirectionCode);
        }

        if (table == Tables.Interaction)
        {
            columns.Add(InteractionColumns.InteractionType);
            columns.Add(InteractionColumns.OccurredOn);
        }
        else
        {
            columns.Add(ActivityStandardColumns.ActualEnd);
        }

        return columns.ToArray();
    }
}
