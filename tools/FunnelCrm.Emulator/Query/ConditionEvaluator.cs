using System;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Query;

/// <summary>Evaluates one condition against a value, with SQL's null semantics and the organization clock.</summary>
internal static class ConditionEvaluator
{
    public static bool Matches(ConditionExpression condition, object? value, DateTime now, Guid userId)
    {
        var values = ValueComparer.Flatten(condition.Values).ToList();
        var cmp = ValueComparer.Instance;
        var normalized = ValueComparer.Normalize(value);
        object? First() => values.Count > 0 ? values[0] : throw Faults.InvalidArgument($"The condition on '{condition.AttributeName}' ({condition.Operator}) needs a value.");
        int Number() => Convert.ToInt32(First(), System.Globalization.CultureInfo.InvariantCulture);
        DateTime? Date() => normalized as DateTime?;
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
            case ConditionOperator.On: return Date()?.Date == ToDate(First()).Date;
            case ConditionOperator.NotOn: return Date()?.Date != ToDate(First()).Date;
            case ConditionOperator.OnOrAfter: return Date()?.Date >= ToDate(First()).Date;
            case ConditionOperator.OnOrBefore: return Date()?.Date <= ToDate(First()).Date;
            case ConditionOperator.Today: return Date()?.Date == now.Date;
            case ConditionOperator.Yesterday: return Date()?.Date == now.Date.AddDays(-1);
            case ConditionOperator.Tomorrow: return Date()?.Date == now.Date.AddDays(1);
            case ConditionOperator.Last7Days: return Date() >= now.Date.AddDays(-7) && Date() <= now;
            case ConditionOperator.LastXDays: return Date() >= now.Date.AddDays(-Number()) && Date() <= now;
            case ConditionOperator.NextXDays: return Date() >= now && Date() < now.Date.AddDays(Number() + 1);
            case ConditionOperator.LastXHours: return Date() >= now.AddHours(-Number()) && Date() <= now;
            case ConditionOperator.NextXHours: return Date() >= now && Date() <= now.AddHours(Number());
            case ConditionOperator.OlderThanXMinutes: return Date() < now.AddMinutes(-Number());
            case ConditionOperator.OlderThanXHours: return Date() < now.AddHours(-Number());
            case ConditionOperator.OlderThanXDays: return Date() < now.AddDays(-Number());
            case ConditionOperator.OlderThanXWeeks: return Date() < now.AddDays(-7 * Number());
            case ConditionOperator.OlderThanXMonths: return Date() < now.AddMonths(-Number());
            case ConditionOperator.OlderThanXYears: return Date() < now.AddYears(-Number());
            case ConditionOperator.EqualUserId: return cmp.AreEqual(value, userId);
            case ConditionOperator.NotEqualUserId: return !cmp.AreEqual(value, userId);
            default: throw Faults.NotSupported($"the condition operator {condition.Operator}");
        }
    }

    private static DateTime ToDate(object? value) =>
        value as DateTime? ?? Convert.ToDateTime(value, System.Globalization.CultureInfo.InvariantCulture);

    private static bool Like(object value, object? pattern, string? kind)
    {
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var raw = Convert.ToString(pattern, System.Globalization.CultureInfo.InvariantCulture) ?? "";
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
