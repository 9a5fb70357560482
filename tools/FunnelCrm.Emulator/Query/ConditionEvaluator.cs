using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Query;

/// <summary>
/// Evaluates one condition against a value, with SQL's null semantics, the organization clock and the calling user. Date
/// operators work in the user's time zone, which is UTC for every emulated user: "today" is the UTC day, weeks start on
/// Sunday, last-x-* runs from the start of the day X units back to now, next-x-* from now to the end of the day X units
/// ahead, olderthan-x-days/weeks/months/years compare with the start of the day X units back and olderthan-x-hours/minutes
/// with the current hour/minute X units back (the boundaries Dataverse's SQL uses).
/// </summary>
internal sealed class ConditionEvaluator
{
    /// <summary>The operators <see cref="Matches"/> evaluates.</summary>
    private static readonly HashSet<ConditionOperator> Evaluated = new()
    {
        ConditionOperator.Null, ConditionOperator.NotNull, ConditionOperator.Equal, ConditionOperator.NotEqual,
        ConditionOperator.GreaterThan, ConditionOperator.GreaterEqual, ConditionOperator.LessThan,
        ConditionOperator.LessEqual, ConditionOperator.In, ConditionOperator.NotIn, ConditionOperator.Between,
        ConditionOperator.NotBetween, ConditionOperator.Like, ConditionOperator.NotLike, ConditionOperator.BeginsWith,
        ConditionOperator.DoesNotBeginWith, ConditionOperator.EndsWith, ConditionOperator.DoesNotEndWith,
        ConditionOperator.Contains, ConditionOperator.DoesNotContain, ConditionOperator.On, ConditionOperator.NotOn,
        ConditionOperator.OnOrAfter, ConditionOperator.OnOrBefore, ConditionOperator.Today,
        ConditionOperator.Yesterday, ConditionOperator.Tomorrow, ConditionOperator.Last7Days,
        ConditionOperator.Next7Days, ConditionOperator.ThisWeek, ConditionOperator.LastWeek,
        ConditionOperator.NextWeek, ConditionOperator.ThisMonth, ConditionOperator.LastMonth,
        ConditionOperator.NextMonth, ConditionOperator.ThisYear, ConditionOperator.LastYear,
        ConditionOperator.NextYear, ConditionOperator.LastXHours, ConditionOperator.NextXHours,
        ConditionOperator.LastXDays, ConditionOperator.NextXDays, ConditionOperator.LastXWeeks,
        ConditionOperator.NextXWeeks, ConditionOperator.LastXMonths, ConditionOperator.NextXMonths,
        ConditionOperator.LastXYears, ConditionOperator.NextXYears, ConditionOperator.OlderThanXMinutes,
        ConditionOperator.OlderThanXHours, ConditionOperator.OlderThanXDays, ConditionOperator.OlderThanXWeeks,
        ConditionOperator.OlderThanXMonths, ConditionOperator.OlderThanXYears, ConditionOperator.EqualUserId,
        ConditionOperator.NotEqualUserId, ConditionOperator.EqualUserTeams, ConditionOperator.EqualUserOrUserTeams,
    };

    private readonly DateTime now;
    private readonly Guid userId;
    private readonly Lazy<IReadOnlyCollection<Guid>> teams;

    public ConditionEvaluator(DateTime now, Guid userId, Func<IReadOnlyCollection<Guid>> teams)
    {
        this.now = now;
        this.userId = userId;
        this.teams = new Lazy<IReadOnlyCollection<Guid>>(teams);
    }

    private DateTime Today => now.Date;

    private DateTime WeekStart => Today.AddDays(-(int)Today.DayOfWeek);

    private DateTime MonthStart => new(now.Year, now.Month, 1, 0, 0, 0, now.Kind);

    private DateTime YearStart => new(now.Year, 1, 1, 0, 0, 0, now.Kind);

    /// <summary>Refuses, before any row is read, an operator the emulator does not evaluate (fiscal, hierarchy, business unit...).</summary>
    public static void Check(ConditionExpression condition)
    {
        if (!Evaluated.Contains(condition.Operator))
        {
            throw Faults.NotSupported($"the condition operator {condition.Operator}");
        }
    }

    public bool Matches(ConditionExpression condition, object? value)
    {
        var values = ValueComparer.Flatten(condition.Values).ToList();
        var cmp = ValueComparer.Instance;
        var normalized = ValueComparer.Normalize(value);
        object? First() => values.Count > 0 ? values[0] : throw Faults.InvalidArgument($"The condition on '{condition.AttributeName}' ({condition.Operator}) needs a value.");
        int Number() => Convert.ToInt32(First(), CultureInfo.InvariantCulture);
        bool Within(DateTime from, DateTime to) => normalized is DateTime date && date >= from && date < to;
        bool UpToNow(DateTime from) => normalized is DateTime date && date >= from && date <= now;
        bool FromNow(DateTime to) => normalized is DateTime date && date >= now && date < to;
        bool Before(DateTime limit) => normalized is DateTime date && date < limit;
        switch (condition.Operator)
        {
            case ConditionOperator.Null: return normalized == null;
            case ConditionOperator.NotNull: return normalized != null;
        }
        if (normalized == null)
        {
            return false;
        }
        switch (condition.Operator)
        {
            case ConditionOperator.Equal: return cmp.AreEqual(value, First());
            case ConditionOperator.NotEqual: return !cmp.AreEqual(value, First());
            case ConditionOperator.GreaterThan: return cmp.Compare(value, First()) > 0;
            case ConditionOperator.GreaterEqual: return cmp.Compare(value, First()) >= 0;
            case ConditionOperator.LessThan: return cmp.Compare(value, First()) < 0;
            case ConditionOperator.LessEqual: return cmp.Compare(value, First()) <= 0;
            case ConditionOperator.In: return values.Any(v => cmp.AreEqual(value, v));
            case ConditionOperator.NotIn: return !values.Any(v => cmp.AreEqual(value, v));
            case ConditionOperator.Between: return cmp.Compare(value, values[0]) >= 0 && cmp.Compare(value, values[1]) <= 0;
            case ConditionOperator.NotBetween: return !(cmp.Compare(value, values[0]) >= 0 && cmp.Compare(value, values[1]) <= 0);
            case ConditionOperator.Like: return Like(normalized, First(), null);
            case ConditionOperator.NotLike: return !Like(normalized, First(), null);
            case ConditionOperator.BeginsWith: return Like(normalized, First(), "begins");
            case ConditionOperator.DoesNotBeginWith: return !Like(normalized, First(), "begins");
            case ConditionOperator.EndsWith: return Like(normalized, First(), "ends");
            case ConditionOperator.DoesNotEndWith: return !Like(normalized, First(), "ends");
            case ConditionOperator.Contains: return Like(normalized, First(), "contains");
            case ConditionOperator.DoesNotContain: return !Like(normalized, First(), "contains");
            case ConditionOperator.On: return Within(ToDate(First()).Date, ToDate(First()).Date.AddDays(1));
            case ConditionOperator.NotOn: return !Within(ToDate(First()).Date, ToDate(First()).Date.AddDays(1));
            case ConditionOperator.OnOrAfter: return normalized is DateTime after && after >= ToDate(First()).Date;
            case ConditionOperator.OnOrBefore: return Before(ToDate(First()).Date.AddDays(1));
            case ConditionOperator.Today: return Within(Today, Today.AddDays(1));
            case ConditionOperator.Yesterday: return Within(Today.AddDays(-1), Today);
            case ConditionOperator.Tomorrow: return Within(Today.AddDays(1), Today.AddDays(2));
            case ConditionOperator.Last7Days: return UpToNow(Today.AddDays(-7));
            case ConditionOperator.Next7Days: return FromNow(Today.AddDays(8));
            case ConditionOperator.ThisWeek: return Within(WeekStart, WeekStart.AddDays(7));
            case ConditionOperator.LastWeek: return Within(WeekStart.AddDays(-7), WeekStart);
            case ConditionOperator.NextWeek: return Within(WeekStart.AddDays(7), WeekStart.AddDays(14));
            case ConditionOperator.ThisMonth: return Within(MonthStart, MonthStart.AddMonths(1));
            case ConditionOperator.LastMonth: return Within(MonthStart.AddMonths(-1), MonthStart);
            case ConditionOperator.NextMonth: return Within(MonthStart.AddMonths(1), MonthStart.AddMonths(2));
            case ConditionOperator.ThisYear: return Within(YearStart, YearStart.AddYears(1));
            case ConditionOperator.LastYear: return Within(YearStart.AddYears(-1), YearStart);
            case ConditionOperator.NextYear: return Within(YearStart.AddYears(1), YearStart.AddYears(2));
            case ConditionOperator.LastXHours: return UpToNow(Today.AddHours(now.Hour - Number()));
            case ConditionOperator.NextXHours: return FromNow(Today.AddHours(now.Hour + Number() + 1));
            case ConditionOperator.LastXDays: return UpToNow(Today.AddDays(-Number()));
            case ConditionOperator.NextXDays: return FromNow(Today.AddDays(Number() + 1));
            case ConditionOperator.LastXWeeks: return UpToNow(Today.AddDays(-7 * Number()));
            case ConditionOperator.NextXWeeks: return FromNow(Today.AddDays(7 * Number() + 1));
            case ConditionOperator.LastXMonths: return UpToNow(Today.AddMonths(-Number()));
            case ConditionOperator.NextXMonths: return FromNow(Today.AddDays(1).AddMonths(Number()));
            case ConditionOperator.LastXYears: return UpToNow(Today.AddYears(-Number()));
            case ConditionOperator.NextXYears: return FromNow(Today.AddDays(1).AddYears(Number()));
            case ConditionOperator.OlderThanXMinutes: return Before(Today.AddMinutes(Math.Floor(now.TimeOfDay.TotalMinutes) - Number()));
            case ConditionOperator.OlderThanXHours: return Before(Today.AddHours(now.Hour - Number()));
            case ConditionOperator.OlderThanXDays: return Before(Today.AddDays(-Number()));
            case ConditionOperator.OlderThanXWeeks: return Before(Today.AddDays(-7 * Number()));
            case ConditionOperator.OlderThanXMonths: return Before(Today.AddMonths(-Number()));
            case ConditionOperator.OlderThanXYears: return Before(Today.AddYears(-Number()));
            case ConditionOperator.EqualUserId: return cmp.AreEqual(value, userId);
            case ConditionOperator.NotEqualUserId: return !cmp.AreEqual(value, userId);
            case ConditionOperator.EqualUserTeams: return teams.Value.Any(t => cmp.AreEqual(value, t));
            case ConditionOperator.EqualUserOrUserTeams: return cmp.AreEqual(value, userId) || teams.Value.Any(t => cmp.AreEqual(value, t));
            default: throw Faults.NotSupported($"the condition operator {condition.Operator}");
        }
    }

    private static DateTime ToDate(object? value) =>
        value as DateTime? ?? Convert.ToDateTime(value, CultureInfo.InvariantCulture);

    private static bool Like(object value, object? pattern, string? kind)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        var raw = Convert.ToString(pattern, CultureInfo.InvariantCulture) ?? "";
        var like = kind switch
        {
            "begins" => raw + "%",
            "ends" => "%" + raw,
            "contains" => "%" + raw + "%",
            _ => raw,
        };
        var regex = "^" + Regex.Escape(like).Replace("%", ".*").Replace("_", ".") + "$";
        return Regex.IsMatch(text, regex, RegexOptions.IgnoreCase | RegexOptions.Singleline);
    }
}
