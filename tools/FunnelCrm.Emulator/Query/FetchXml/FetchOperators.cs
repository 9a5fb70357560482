using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Query.FetchXml;

/// <summary>FetchXML's condition operator names and the ConditionOperator each one is (Fetch.xsd's operator list).</summary>
internal static class FetchOperators
{
    private static readonly Dictionary<string, ConditionOperator> ByName = new()
    {
        ["eq"] = ConditionOperator.Equal, ["neq"] = ConditionOperator.NotEqual, ["ne"] = ConditionOperator.NotEqual,
        ["gt"] = ConditionOperator.GreaterThan, ["ge"] = ConditionOperator.GreaterEqual, ["lt"] = ConditionOperator.LessThan, ["le"] = ConditionOperator.LessEqual,
        ["like"] = ConditionOperator.Like, ["not-like"] = ConditionOperator.NotLike, ["in"] = ConditionOperator.In, ["not-in"] = ConditionOperator.NotIn,
        ["between"] = ConditionOperator.Between, ["not-between"] = ConditionOperator.NotBetween, ["null"] = ConditionOperator.Null, ["not-null"] = ConditionOperator.NotNull,
        ["yesterday"] = ConditionOperator.Yesterday, ["today"] = ConditionOperator.Today, ["tomorrow"] = ConditionOperator.Tomorrow,
        ["last-seven-days"] = ConditionOperator.Last7Days, ["next-seven-days"] = ConditionOperator.Next7Days,
        ["last-week"] = ConditionOperator.LastWeek, ["this-week"] = ConditionOperator.ThisWeek, ["next-week"] = ConditionOperator.NextWeek,
        ["last-month"] = ConditionOperator.LastMonth, ["this-month"] = ConditionOperator.ThisMonth, ["next-month"] = ConditionOperator.NextMonth,
        ["on"] = ConditionOperator.On, ["on-or-before"] = ConditionOperator.OnOrBefore, ["on-or-after"] = ConditionOperator.OnOrAfter,
        ["last-year"] = ConditionOperator.LastYear, ["this-year"] = ConditionOperator.ThisYear, ["next-year"] = ConditionOperator.NextYear,
        ["last-x-hours"] = ConditionOperator.LastXHours, ["next-x-hours"] = ConditionOperator.NextXHours,
        ["last-x-days"] = ConditionOperator.LastXDays, ["next-x-days"] = ConditionOperator.NextXDays,
        ["last-x-weeks"] = ConditionOperator.LastXWeeks, ["next-x-weeks"] = ConditionOperator.NextXWeeks,
        ["last-x-months"] = ConditionOperator.LastXMonths, ["next-x-months"] = ConditionOperator.NextXMonths,
        ["last-x-years"] = ConditionOperator.LastXYears, ["next-x-years"] = ConditionOperator.NextXYears,
        ["olderthan-x-minutes"] = ConditionOperator.OlderThanXMinutes, ["olderthan-x-hours"] = ConditionOperator.OlderThanXHours,
        ["olderthan-x-days"] = ConditionOperator.OlderThanXDays, ["olderthan-x-weeks"] = ConditionOperator.OlderThanXWeeks,
        ["olderthan-x-months"] = ConditionOperator.OlderThanXMonths, ["olderthan-x-years"] = ConditionOperator.OlderThanXYears,
        ["eq-userid"] = ConditionOperator.EqualUserId, ["ne-userid"] = ConditionOperator.NotEqualUserId,
        ["eq-userteams"] = ConditionOperator.EqualUserTeams, ["eq-useroruserteams"] = ConditionOperator.EqualUserOrUserTeams,
        ["eq-useroruserhierarchy"] = ConditionOperator.EqualUserOrUserHierarchy,
        ["eq-useroruserhierarchyandteams"] = ConditionOperator.EqualUserOrUserHierarchyAndTeams,
        ["eq-businessid"] = ConditionOperator.EqualBusinessId, ["ne-businessid"] = ConditionOperator.NotEqualBusinessId,
        ["eq-userlanguage"] = ConditionOperator.EqualUserLanguage,
        ["this-fiscal-year"] = ConditionOperator.ThisFiscalYear, ["this-fiscal-period"] = ConditionOperator.ThisFiscalPeriod,
        ["next-fiscal-year"] = ConditionOperator.NextFiscalYear, ["next-fiscal-period"] = ConditionOperator.NextFiscalPeriod,
        ["last-fiscal-year"] = ConditionOperator.LastFiscalYear, ["last-fiscal-period"] = ConditionOperator.LastFiscalPeriod,
        ["last-x-fiscal-years"] = ConditionOperator.LastXFiscalYears, ["last-x-fiscal-periods"] = ConditionOperator.LastXFiscalPeriods,
        ["next-x-fiscal-years"] = ConditionOperator.NextXFiscalYears, ["next-x-fiscal-periods"] = ConditionOperator.NextXFiscalPeriods,
        ["in-fiscal-year"] = ConditionOperator.InFiscalYear, ["in-fiscal-period"] = ConditionOperator.InFiscalPeriod,
        ["in-fiscal-period-and-year"] = ConditionOperator.InFiscalPeriodAndYear,
        ["in-or-before-fiscal-period-and-year"] = ConditionOperator.InOrBeforeFiscalPeriodAndYear,
        ["in-or-after-fiscal-period-and-year"] = ConditionOperator.InOrAfterFiscalPeriodAndYear,
        ["begins-with"] = ConditionOperator.BeginsWith, ["not-begin-with"] = ConditionOperator.DoesNotBeginWith,
        ["ends-with"] = ConditionOperator.EndsWith, ["not-end-with"] = ConditionOperator.DoesNotEndWith,
        ["under"] = ConditionOperator.Under, ["eq-or-under"] = ConditionOperator.UnderOrEqual, ["not-under"] = ConditionOperator.NotUnder,
        ["above"] = ConditionOperator.Above, ["eq-or-above"] = ConditionOperator.AboveOrEqual,
        ["contain-values"] = ConditionOperator.ContainValues, ["not-contain-values"] = ConditionOperator.DoesNotContainValues,
    };

    private static readonly Dictionary<ConditionOperator, string> Names =
        ByName.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.First().Key);

    /// <summary>The operator a FetchXML name stands for; an unknown name fails as Dataverse fails ("Unknown Condition Operator: contains").</summary>
    public static ConditionOperator Parse(string name) =>
        ByName.TryGetValue(name, out var op)
            ? op
            : throw Faults.Create(ErrorCodes.InvalidConditionOperator, "Unknown Condition Operator: " + name);

    /// <summary>The FetchXML name of an operator, or null when FetchXML has none (Contains, DoesNotContain, ChildOf, Mask...).</summary>
    public static string? NameOf(ConditionOperator op) => Names.TryGetValue(op, out var name) ? name : null;

    /// <summary>Operators that take no value.</summary>
    public static bool TakesNoValue(ConditionOperator op) => op is ConditionOperator.Null or ConditionOperator.NotNull
        or ConditionOperator.Yesterday or ConditionOperator.Today or ConditionOperator.Tomorrow or ConditionOperator.Last7Days or ConditionOperator.Next7Days
        or ConditionOperator.LastWeek or ConditionOperator.ThisWeek or ConditionOperator.NextWeek or ConditionOperator.LastMonth or ConditionOperator.ThisMonth
        or ConditionOperator.NextMonth or ConditionOperator.LastYear or ConditionOperator.ThisYear or ConditionOperator.NextYear
        or ConditionOperator.EqualUserId or ConditionOperator.NotEqualUserId or ConditionOperator.EqualUserTeams or ConditionOperator.EqualUserOrUserTeams
        or ConditionOperator.EqualUserOrUserHierarchy or ConditionOperator.EqualUserOrUserHierarchyAndTeams or ConditionOperator.EqualBusinessId
        or ConditionOperator.NotEqualBusinessId or ConditionOperator.EqualUserLanguage or ConditionOperator.ThisFiscalYear or ConditionOperator.ThisFiscalPeriod
        or ConditionOperator.NextFiscalYear or ConditionOperator.NextFiscalPeriod or ConditionOperator.LastFiscalYear or ConditionOperator.LastFiscalPeriod;

    /// <summary>Operators whose value is a count (of hours, days, months...), an integer whatever the column's type.</summary>
    public static bool TakesCount(ConditionOperator op) => op is ConditionOperator.LastXHours or ConditionOperator.NextXHours
        or ConditionOperator.LastXDays or ConditionOperator.NextXDays or ConditionOperator.LastXWeeks or ConditionOperator.NextXWeeks
        or ConditionOperator.LastXMonths or ConditionOperator.NextXMonths or ConditionOperator.LastXYears or ConditionOperator.NextXYears
        or ConditionOperator.OlderThanXMinutes or ConditionOperator.OlderThanXHours or ConditionOperator.OlderThanXDays or ConditionOperator.OlderThanXWeeks
        or ConditionOperator.OlderThanXMonths or ConditionOperator.OlderThanXYears or ConditionOperator.LastXFiscalYears or ConditionOperator.LastXFiscalPeriods
        or ConditionOperator.NextXFiscalYears or ConditionOperator.NextXFiscalPeriods or ConditionOperator.InFiscalYear or ConditionOperator.InFiscalPeriod
        or ConditionOperator.InFiscalPeriodAndYear or ConditionOperator.InOrBeforeFiscalPeriodAndYear or ConditionOperator.InOrAfterFiscalPeriodAndYear;

    /// <summary>Operators that compare text patterns: the value stays text whatever the column's type.</summary>
    public static bool TakesPattern(ConditionOperator op) => op is ConditionOperator.Like or ConditionOperator.NotLike
        or ConditionOperator.BeginsWith or ConditionOperator.DoesNotBeginWith or ConditionOperator.EndsWith or ConditionOperator.DoesNotEndWith;
}
