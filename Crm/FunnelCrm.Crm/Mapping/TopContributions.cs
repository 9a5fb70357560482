using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Crm.Mapping;

/// <summary>
/// The lead's largest stamped behaviour contributions, kept in one text column so that the explanation can be written
/// with no extra call. Every contribution decays by the same factor, so the ranking kept here stays right as time
/// passes; <see cref="Keep"/> contributions are enough for an explanation of the top five.
/// One line per activity: <c>id|table|subtype|direction|state|occurredOn (ticks)|points|modelVersion|scoredOn (ticks)</c>.
/// </summary>
public sealed class TopContributions
{
    /// <summary>How many contributions are kept.</summary>
    public const int Keep = 10;

    private readonly ScoredActivity[] activities;

    private TopContributions(ScoredActivity[] activities)
    {
        this.activities = activities;
    }

    /// <summary>The kept activities, with their stamps.</summary>
    public IReadOnlyList<ScoredActivity> Activities => activities;

    /// <summary>Reads the column; unreadable lines are skipped (the explanation is rebuilt as activities arrive).</summary>
    public static TopContributions Parse(string? text)
    {
        var list = new List<ScoredActivity>();
        foreach (var line in (text ?? "").Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Trim().Split('|');
            if (parts.Length == 9
                && int.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var direction)
                && int.TryParse(parts[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var state)
                && long.TryParse(parts[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var occurred)
                && double.TryParse(parts[6], NumberStyles.Float, CultureInfo.InvariantCulture, out var points)
                && long.TryParse(parts[8], NumberStyles.Integer, CultureInfo.InvariantCulture, out var scored))
            {
                var stamp = new ActivityStamp(points, parts[7], new DateTime(scored, DateTimeKind.Utc));
                list.Add(new ScoredActivity(parts[0], parts[1], (ActivityDirection)direction, (ActivityState)state, parts[2].Length == 0 ? null : parts[2], new DateTime(occurred, DateTimeKind.Utc), stamp));
            }
        }

        return new TopContributions(list.ToArray());
    }

    /// <summary>The list with one stamped activity added (or replaced), keeping the largest by value now.</summary>
    public TopContributions With(ScoredActivity activity, ScoringEngine engine, LeadScoreState state, DateTime now)
    {
        var list = activities.Where(a => a.Id != activity.Id).ToList();
        if (activity.Stamp != null && activity.Stamp.Points != 0)
        {
            list.Add(activity);
        }

        return new TopContributions(list
            .OrderByDescending(a => Math.Abs(engine.ContributionAt(state, a, now)))
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(Keep)
            .ToArray());
    }

    /// <summary>The list without one activity.</summary>
    public TopContributions Without(string activityId) =>
        new TopContributions(activities.Where(a => a.Id != activityId).ToArray());

    /// <summary>The column's text.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var a in activities)
        {
            var stamp = a.Stamp!;
            text.Append(a.Id).Append('|').Append(a.Table).Append('|').Append(a.Subtype ?? "").Append('|')
                .Append(((int)a.Direction).ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(((int)a.State).ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(a.OccurredOn.Ticks.ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(stamp.Points.ToString("R", CultureInfo.InvariantCulture)).Append('|')
                .Append(stamp.ModelVersion).Append('|')
                .Append(stamp.ScoredOn.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }
}
