using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Scoring;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Mapping;

/// <summary>
/// Reads the scored activities that count for a lead: those regarding it, and those whose party list names it (email
/// from and to, appointment attendees, campaign response customer) while they regard no lead. Every query is paged.
/// </summary>
public static class ScoredActivityQuery
{
    /// <summary>The activity tables scoring reads.</summary>
    public static readonly string[] ScoredTables =
    {
        Tables.Email, Tables.PhoneCall, Tables.Appointment, Tables.Task, Tables.CampaignResponse, Tables.Interaction,
    };

    /// <summary>Rows per page.</summary>
    public const int PageSize = 500;

    private const string ActivityParty = "activityparty";
    private const string PartyId = "partyid";

    /// <summary>The activities that count for <paramref name="leadId"/> and carry a stamp with points (as the engine scores them).</summary>
    public static IReadOnlyList<ScoredActivity> CountingFor(IOrganizationService service, Guid leadId, DateTime now)
    {
        var found = new Dictionary<string, ScoredActivity>(StringComparer.Ordinal);
        foreach (var table in ScoredTables)
        {
            foreach (var row in Paged(service, Regarding(table, leadId)).Concat(ActivityRecord.PartyListsOf(table).Length == 0 ? Enumerable.Empty<Entity>() : Paged(service, Naming(table, leadId))))
            {
                var record = new ActivityRecord(row);
                var activity = record.ToScored(now);
                if (record.LeadId == leadId && activity.Stamp != null && activity.Stamp.Points != 0.0)
                {
                    found[activity.Id] = activity;
                }
            }
        }

        return found.Values.ToList();
    }

    private static QueryExpression Regarding(string table, Guid leadId)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(ColumnsOf(table)) };
        query.Criteria.AddCondition(ActivityStandardColumns.RegardingObjectId, ConditionOperator.Equal, leadId);
        query.Criteria.AddCondition(ActivityStampColumns.ModelVersion, ConditionOperator.NotNull);
        return query;
    }

    private static QueryExpression Naming(string table, Guid leadId)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(ColumnsOf(table)), Distinct = true };
        query.Criteria.AddCondition(ActivityStampColumns.ModelVersion, ConditionOperator.NotNull);
        var party = query.AddLink(ActivityParty, ActivityStandardColumns.ActivityId, ActivityStandardColumns.ActivityId);
        party.LinkCriteria.AddCondition(PartyId, ConditionOperator.Equal, leadId);
        return query;
    }

    private static IEnumerable<Entity> Paged(IOrganizationService service, QueryExpression query)
    {
        query.AddOrder(ActivityStandardColumns.ActivityId, OrderType.Ascending);
        return QueryPages.All(service, query, PageSize);
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
        columns.AddRange(ActivityRecord.PartyListsOf(table));
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
