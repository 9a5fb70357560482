using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Mapping;

/// <summary>Reads a lead row into the engine's types: score state, profile, funnel state.</summary>
public sealed class LeadRecord
{
    /// <summary>The BANT columns the gate reads.</summary>
    public static readonly string[] BantColumnNames =
    {
        LeadStandardColumns.BudgetAmount, LeadStandardColumns.BudgetStatus, LeadStandardColumns.DecisionMaker,
        LeadStandardColumns.PurchaseProcess, LeadStandardColumns.Need, LeadStandardColumns.PurchaseTimeframe,
    };

    /// <summary>
    /// Every lead column FunnelCrm reads to score and move a lead (money columns with their base-currency twins): the
    /// columns of every lead read, and of the lead images the scoring and stage steps declare.
    /// </summary>
    public static readonly ColumnSet Columns = new ColumnSet(new[]
        {
            LeadStandardColumns.FullName, LeadStandardColumns.OwnerId, LeadStandardColumns.StateCode,
            LeadColumns.Score, LeadColumns.BehaviourScore, LeadColumns.FitScore, LeadColumns.ScoredOn, LeadColumns.Grade,
            LeadColumns.Stage, LeadColumns.StageEnteredOn, LeadColumns.MqlOn, LeadColumns.SalOn, LeadColumns.SqlOn,
            LeadColumns.RecycleCount, LeadColumns.CapWindows, LeadColumns.LastEngagementOn, LeadColumns.TopContributions,
            LeadColumns.ModelVersion, LeadColumns.SlaDueOn, LeadStandardColumns.MasterId,
        }
        .Concat(ProfileColumns.LeadColumns.Where(c => c != ProfileColumns.DaysInactive))
        .Concat(BantColumnNames)
        .Concat(new[] { LeadStandardColumns.BudgetAmountBase, LeadStandardColumns.RevenueBase })
        .Distinct()
        .ToArray());

    private readonly Entity row;

    /// <summary>Wraps a lead row (a retrieved row, or a Target merged over its pre-image).</summary>
    public LeadRecord(Entity row)
    {
        this.row = row;
    }

    /// <summary>The row itself.</summary>
    public Entity Row => row;

    /// <summary>The lead's id.</summary>
    public Guid Id => row.Id;

    /// <summary>The name reps know the lead by.</summary>
    public string Name => row.GetAttributeValue<string>(LeadStandardColumns.FullName) is { Length: > 0 } name ? name : "(no name)";

    /// <summary>The funnel stage, or null before the first one.</summary>
    public FunnelStage? Stage => FunnelOptions.Stage(row.GetAttributeValue<OptionSetValue>(LeadColumns.Stage));

    /// <summary>How often the lead was recycled.</summary>
    public int RecycleCount => row.GetAttributeValue<int?>(LeadColumns.RecycleCount) ?? 0;

    /// <summary>The lead this one was merged into, or null.</summary>
    public Guid? MergedInto => row.GetAttributeValue<EntityReference>(LeadStandardColumns.MasterId)?.Id;

    /// <summary>Whether the lead is still open (not qualified or disqualified).</summary>
    public bool IsOpen => (row.GetAttributeValue<OptionSetValue>(LeadStandardColumns.StateCode)?.Value ?? 0) == 0;

    /// <summary>The owner.</summary>
    public EntityReference? Owner => row.GetAttributeValue<EntityReference>(LeadStandardColumns.OwnerId);

    /// <summary>The stored score state.</summary>
    public LeadScoreState ScoreState => new LeadScoreState(
        row.GetAttributeValue<double?>(LeadColumns.BehaviourScore) ?? 0,
        row.GetAttributeValue<int?>(LeadColumns.FitScore) ?? 0,
        Utc(row.GetAttributeValue<DateTime?>(LeadColumns.ScoredOn)),
        Utc(row.GetAttributeValue<DateTime?>(LeadColumns.LastEngagementOn)),
        ScoreLedger.Parse(row.GetAttributeValue<string>(LeadColumns.CapWindows)));

    /// <summary>The largest behaviour contributions kept for the explanation.</summary>
    public TopContributions TopContributions => TopContributions.Parse(row.GetAttributeValue<string>(LeadColumns.TopContributions));

    /// <summary>The profile the fit and negative rules and the BANT gate read: column name to a plain value.</summary>
    public IReadOnlyDictionary<string, object?> Profile =>
        Values(ProfileColumns.LeadColumns.Where(c => c != ProfileColumns.DaysInactive).Concat(BantColumnNames));

    /// <summary>The BANT items alone (what the qualification gate reads): column name to a plain value.</summary>
    public IReadOnlyDictionary<string, object?> Bant => Values(BantColumnNames);

    /// <summary>The funnel state the stage machine works on, in the lead's current stage.</summary>
    public LeadFunnelState FunnelState(double score, double fitScore) => FunnelState(Stage, score, fitScore);

    /// <summary>The funnel state the stage machine works on, in the given stage.</summary>
    public LeadFunnelState FunnelState(FunnelStage? stage, double score, double fitScore)
    {
        var entered = new List<FunnelStage>();
        if (stage is FunnelStage current)
        {
            entered.Add(FunnelStage.Known);
            entered.Add(current);
        }

        if (row.GetAttributeValue<DateTime?>(LeadColumns.MqlOn) != null)
        {
            entered.Add(FunnelStage.Engaged);
            entered.Add(FunnelStage.Mql);
        }

        if (row.GetAttributeValue<DateTime?>(LeadColumns.SalOn) != null)
        {
            entered.Add(FunnelStage.Sal);
        }

        if (row.GetAttributeValue<DateTime?>(LeadColumns.SqlOn) != null)
        {
            entered.Add(FunnelStage.Sql);
        }

        if (RecycleCount > 0)
        {
            entered.Add(FunnelStage.Recycled);
        }

        return new LeadFunnelState(Id, stage, score, fitScore, Profile, entered.Distinct());
    }

    /// <summary>The lead as an image shows it, for the columns FunnelCrm reads (<see cref="Columns"/>).</summary>
    public static LeadRecord FromImage(Entity image) => new LeadRecord(Over(image, new Entity(image.LogicalName, image.Id)));

    /// <summary>
    /// The lead as the operation leaves it: the Target's columns laid over the image's, of which only
    /// <see cref="Columns"/> are read (each by name), so a step's lead image needs exactly those columns.
    /// </summary>
    public static Entity Over(Entity? image, Entity target)
    {
        var merged = new Entity(target.LogicalName, target.Id);
        if (image != null)
        {
            merged.Id = image.Id == Guid.Empty ? target.Id : image.Id;
            foreach (var column in Columns.Columns)
            {
                if (image.GetAttributeValue<object>(column) is object value)
                {
                    merged[column] = value;
                }
            }
        }

        foreach (var attribute in target.Attributes)
        {
            merged[attribute.Key] = attribute.Value;
        }

        return merged;
    }

    /// <summary>
    /// Reads the lead with <see cref="Columns"/>, or null when there is none. A query, not a Retrieve: a missing row is an
    /// answer here, not a failed call that would doom the caller's transaction.
    /// </summary>
    public static LeadRecord? Read(IOrganizationService service, Guid id)
    {
        var query = new QueryExpression(Tables.Lead) { ColumnSet = Columns, TopCount = 1 };
        query.Criteria.AddCondition(LeadStandardColumns.Id, ConditionOperator.Equal, id);
        var rows = service.RetrieveMultiple(query).Entities;
        return rows.Count == 0 ? null : new LeadRecord(rows[0]);
    }

    /// <summary>A copy of the row with the Target's columns laid over it (the row as the operation leaves it).</summary>
    public static Entity Merge(Entity? image, Entity target)
    {
        var merged = new Entity(target.LogicalName, target.Id);
        if (image != null)
        {
            merged.Id = image.Id == Guid.Empty ? target.Id : image.Id;
            foreach (var attribute in image.Attributes)
            {
                merged[attribute.Key] = attribute.Value;
            }
        }

        foreach (var attribute in target.Attributes)
        {
            merged[attribute.Key] = attribute.Value;
        }

        return merged;
    }

    private IReadOnlyDictionary<string, object?> Values(IEnumerable<string> columns)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            values[column] = Plain(row.GetAttributeValue<object>(column), row, column);
        }

        return values;
    }

    private static object? Plain(object? value, Entity row, string column)
    {
        switch (value)
        {
            case OptionSetValue option: return option.Value;
            case Money money: return row.GetAttributeValue<Money>(column + "_base")?.Value ?? money.Value;
            case EntityReference reference: return reference.Id;
            case DateTime date: return Utc(date);
            default: return value;
        }
    }

    private static DateTime? Utc(DateTime? value) =>
        value == null ? (DateTime?)null : DateTime.SpecifyKind(value.Value, DateTimeKind.Utc);
}
