using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Scoring;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Mapping;

/// <summary>Reads an activity row (any scored table) into what scoring needs: its lead and the engine's activity.</summary>
public sealed class ActivityRecord
{
    /// <summary>The columns whose change rescores an activity: lead link, direction, state and subtype.</summary>
    public static readonly string[] ScoringColumns =
    {
        ActivityStandardColumns.RegardingObjectId, ActivityStandardColumns.DirectionCode, ActivityStandardColumns.StateCode, InteractionColumns.InteractionType,
        ActivityStandardColumns.From, ActivityStandardColumns.To, ActivityStandardColumns.Cc, ActivityStandardColumns.RequiredAttendees, ActivityStandardColumns.Customer,
    };

    private const string PartyId = "partyid";

    private readonly Entity row;

    /// <summary>Wraps an activity row (a Target merged over its pre-image, or a pre-image alone).</summary>
    public ActivityRecord(Entity row)
    {
        this.row = row;
    }

    /// <summary>The lead the activity counts for first (its regarding lead, else the first lead its party lists name), or null.</summary>
    public Guid? LeadId => LeadIds.Count == 0 ? null : LeadIds[0];

    /// <summary>
    /// Every lead the activity counts for, each once: its regarding lead, then the leads its party lists name (email
    /// from, to and cc; appointment required attendees; campaign response customer), in that order.
    /// </summary>
    public IReadOnlyList<Guid> LeadIds
    {
        get
        {
            var leads = new List<Guid>();
            if (row.GetAttributeValue<EntityReference>(ActivityStandardColumns.RegardingObjectId) is { LogicalName: Tables.Lead } regarding)
            {
                leads.Add(regarding.Id);
            }

            foreach (var partyList in PartyLists(row.LogicalName))
            {
                leads.AddRange((row.GetAttributeValue<EntityCollection>(partyList)?.Entities ?? Enumerable.Empty<Entity>())
                    .Select(p => p.GetAttributeValue<EntityReference>(PartyId))
                    .Where(r => r != null && r.LogicalName == Tables.Lead)
                    .Select(r => r.Id));
            }

            return leads.Distinct().ToList();
        }
    }

    /// <summary>The stamp the row carries, or null when it was never scored.</summary>
    public ActivityStamp? Stamp =>
        row.GetAttributeValue<string>(ActivityStampColumns.ModelVersion) is { Length: > 0 } version
            ? new ActivityStamp((double)(row.GetAttributeValue<decimal?>(ActivityStampColumns.Points) ?? 0m), version, Utc(row.GetAttributeValue<DateTime?>(ActivityStampColumns.ScoredOn)) ?? DateTime.MinValue)
            : null;

    /// <summary>The activity as the engine scores it.</summary>
    public ScoredActivity ToScored(DateTime now) =>
        new ScoredActivity(row.Id.ToString(), row.LogicalName, Direction, State, Subtype, OccurredOn(now), Stamp);

    /// <summary>The stamp columns to write for a stamp (null clears them).</summary>
    public static void WriteStamp(Entity target, ActivityStamp? stamp)
    {
        target[ActivityStampColumns.Points] = stamp == null ? (decimal?)null : (decimal)Math.Round(stamp.Points, 6);
        target[ActivityStampColumns.ModelVersion] = stamp?.ModelVersion;
        target[ActivityStampColumns.ScoredOn] = stamp?.ScoredOn;
    }

    private ActivityDirection Direction
    {
        get
        {
            switch (row.LogicalName)
            {
                case Tables.Email:
                case Tables.PhoneCall:
                    return row.GetAttributeValue<bool?>(ActivityStandardColumns.DirectionCode) == true ? ActivityDirection.Outgoing : ActivityDirection.Incoming;
                case Tables.Task:
                    return ActivityDirection.Outgoing;
                default:
                    return ActivityDirection.Incoming;
            }
        }
    }

    private ActivityState State
    {
        get
        {
            switch (row.GetAttributeValue<OptionSetValue>(ActivityStandardColumns.StateCode)?.Value ?? 0)
            {
                case 1: return ActivityState.Completed;
                case 2: return ActivityState.Canceled;
                default: return row.LogicalName == Tables.Interaction || row.LogicalName == Tables.CampaignResponse
                    ? ActivityState.Completed
                    : ActivityState.Open;
            }
        }
    }

    private string? Subtype => row.LogicalName == Tables.Interaction
        ? FunnelOptions.InteractionSubtype(row.GetAttributeValue<OptionSetValue>(InteractionColumns.InteractionType))
        : null;

    private DateTime OccurredOn(DateTime now) =>
        Utc(row.GetAttributeValue<DateTime?>(InteractionColumns.OccurredOn))
        ?? Utc(row.GetAttributeValue<DateTime?>(ActivityStandardColumns.ActualEnd))
        ?? Utc(row.GetAttributeValue<DateTime?>(ActivityStandardColumns.CreatedOn))
        ?? now;

    /// <summary>The party list columns that can name the lead an activity of <paramref name="table"/> counts for.</summary>
    public static string[] PartyListsOf(string table) => PartyLists(table);

    private static string[] PartyLists(string table)
    {
        switch (table)
        {
            case Tables.Email: return new[] { ActivityStandardColumns.From, ActivityStandardColumns.To, ActivityStandardColumns.Cc };
            case Tables.Appointment: return new[] { ActivityStandardColumns.RequiredAttendees };
            case Tables.CampaignResponse: return new[] { ActivityStandardColumns.Customer };
            default: return new string[0];
        }
    }

    private static DateTime? Utc(DateTime? value) =>
        value == null ? (DateTime?)null : DateTime.SpecifyKind(value.Value, DateTimeKind.Utc);
}
