using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Charts;

/// <summary>
/// Runs a chart as a model-driven app does: the FetchXML of its data description (with the filters of the view it is
/// shown under added, as the app applies them) through RetrieveMultiple as the user, so the user's privileges apply; the
/// aggregate rows become categories (the category alias's values, in the order the query returns them) and series (one
/// per measure, or for a comparison chart with a second grouping, one per value of that grouping, in ascending order of
/// that value, blanks last). Labels come from the solution's metadata in the language asked
/// for (choices, column names) and from the platform's formatted values (lookups' names). Only aggregate data
/// descriptions are supported (every chart of the FunnelCrm solution is one).
/// </summary>
public static class ChartRunner
{
    /// <summary>Runs <paramref name="chart"/> on <paramref name="organization"/> as <paramref name="userId"/> (null: SYSTEM), under <paramref name="view"/> when given.</summary>
    public static ChartData Run(Organization organization, Guid? userId, ChartDefinition chart, ViewDefinition? view = null, int language = LocalizedLabel.BaseLanguage)
    {
        var fetch = Combine(chart, view);
        if (!string.Equals((string?)fetch.Attribute("aggregate"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException(chart.Source + ": the chart's data description is not an aggregate query; only aggregate charts can be run.");
        }
        var fetchXml = fetch.ToString(SaveOptions.DisableFormatting);
        var rows = organization.CreateService(userId).RetrieveMultiple(new FetchExpression(fetchXml)).Entities;
        var columns = Columns(fetch).ToList();
        var groups = columns.Where(c => c.GroupBy).ToList();
        var category = groups.FirstOrDefault(g => g.Alias == chart.CategoryAlias) ?? groups.FirstOrDefault()
            ?? throw new NotSupportedException(chart.Source + ": the chart's data description groups by nothing.");
        var split = groups.FirstOrDefault(g => g != category);
        var measures = chart.MeasureAliases.Select(alias => columns.FirstOrDefault(c => c.Alias == alias)
            ?? throw new InvalidOperationException(chart.Source + ": the measure '" + alias + "' is no aggregate of the chart's FetchXML.")).ToList();

        var categoryKeys = new List<string>();
        var categories = new List<ChartCategory>();
        foreach (var row in rows)
        {
            var key = Key(Value(row, category.Alias));
            if (!categoryKeys.Contains(key))
            {
                categoryKeys.Add(key);
                categories.Add(new ChartCategory(Raw(Value(row, category.Alias)), Label(organization, row, category, language)));
            }
        }

        var series = new List<ChartSeries>();
        for (var m = 0; m < measures.Count; m++)
        {
            var type = chart.SeriesTypes[Math.Min(m, chart.SeriesTypes.Count - 1)];
            var measureLabel = MeasureLabel(organization, measures[m], language);
            var parts = split == null
                ? new[] { (Key: (string?)null, Value: (object?)null, Label: measureLabel) }
                : rows.GroupBy(r => Key(Value(r, split.Alias))).Select(g => (Key: (string?)g.Key, Value: Raw(Value(g.First(), split.Alias)),
                    Label: Label(organization, g.First(), split, language) + (measures.Count > 1 ? " – " + measureLabel : "")))
                    .OrderBy(p => p.Value == null).ThenBy(p => p.Value, Comparer<object?>.Default).ToArray();
            foreach (var part in parts)
            {
                var values = categoryKeys.Select(key => rows
                        .Where(r => Key(Value(r, category.Alias)) == key && (part.Key == null || Key(Value(r, split!.Alias)) == part.Key))
                        .Select(r => Number(Value(r, measures[m].Alias)))
                        .FirstOrDefault())
                    .ToList();
                series.Add(new ChartSeries(part.Label, type, measures[m].Alias, part.Value, values));
            }
        }

        return new ChartData(chart, chart.Name.In(language) ?? "", chart.Description.In(language) ?? "", CategoryTitle(organization, category, language),
            measures.Count == 0 ? "" : MeasureLabel(organization, measures[0], language), categories, series, fetchXml);
    }

    /// <summary>The chart's fetch with the view's filters and links (without their columns and orders) added to its entity.</summary>
    public static XElement Combine(ChartDefinition chart, ViewDefinition? view)
    {
        var fetch = new XElement(chart.Fetch);
        if (view == null)
        {
            return fetch;
        }
        if (view.Table != chart.Table)
        {
            throw new ArgumentException($"The view {view.Name.In(LocalizedLabel.BaseLanguage)} shows {view.Table}; the chart {chart.Name.In(LocalizedLabel.BaseLanguage)} counts {chart.Table}.", nameof(view));
        }
        var entity = fetch.Element("entity")!;
        var viewEntity = view.Fetch.Element("entity")!;
        foreach (var filter in viewEntity.Elements("filter"))
        {
            entity.Add(new XElement(filter));
        }
        foreach (var link in viewEntity.Elements("link-entity"))
        {
            var copy = new XElement(link);
            copy.Descendants().Where(d => d.Name.LocalName is "attribute" or "all-attributes" or "order").ToList().ForEach(d => d.Remove());
            entity.Add(copy);
        }
        return fetch;
    }

    private sealed record FetchColumn(string Alias, string Table, string Attribute, bool GroupBy, string? Aggregate, string? DateGrouping);

    private static IEnumerable<FetchColumn> Columns(XElement fetch)
    {
        foreach (var owner in fetch.Descendants().Where(e => e.Name.LocalName is "entity" or "link-entity"))
        {
            var table = (string?)owner.Attribute("name") ?? "";
            foreach (var attribute in owner.Elements("attribute"))
            {
                yield return new FetchColumn((string?)attribute.Attribute("alias") ?? "", table, (string?)attribute.Attribute("name") ?? "",
                    (string?)attribute.Attribute("groupby") is "true" or "1", (string?)attribute.Attribute("aggregate"), (string?)attribute.Attribute("dategrouping"));
            }
        }
    }

    private static object? Value(Entity row, string alias) => row.GetAttributeValue<AliasedValue>(alias)?.Value;

    private static object? Raw(object? value) => value switch
    {
        OptionSetValue option => option.Value,
        EntityReference reference => reference.Id,
        Money money => money.Value,
        _ => value,
    };

    private static string Key(object? value) => Convert.ToString(Raw(value), CultureInfo.InvariantCulture) ?? "\u0000";

    private static decimal? Number(object? value) => Raw(value) switch
    {
        int number => number,
        long number => number,
        decimal number => number,
        double number => (decimal)number,
        _ => null,
    };

    private static string Label(Organization organization, Entity row, FetchColumn column, int language)
    {
        var value = Value(row, column.Alias);
        var culture = Culture(language);
        return value switch
        {
            null => ChartWords.Of("blank", language),
            OptionSetValue option => organization.Metadata.GetColumn(column.Table, column.Attribute).OptionLabel(option.Value, language)
                ?? option.Value.ToString(CultureInfo.InvariantCulture),
            EntityReference reference => row.FormattedValues.TryGetValue(column.Alias, out var name) ? name : reference.Id.ToString(),
            bool flag => ChartWords.Of(flag ? "yes" : "no", language),
            int part when column.DateGrouping == "month" => culture.DateTimeFormat.GetMonthName(part),
            int part when column.DateGrouping == "quarter" => string.Format(culture, ChartWords.Of("quarter-label", language), part),
            int part when column.DateGrouping is "year" or "day" or "week" => part.ToString(CultureInfo.InvariantCulture),
            _ when column.DateGrouping is "fiscal-period" or "fiscal-year" && row.FormattedValues.TryGetValue(column.Alias, out var fiscal) => fiscal,
            Money money => money.Value.ToString("N2", culture),
            IFormattable number => number.ToString(null, culture),
            _ => value.ToString() ?? "",
        };
    }

    private static string CategoryTitle(Organization organization, FetchColumn column, int language)
    {
        var name = ColumnName(organization, column, language);
        return column.DateGrouping == null ? name : name + " (" + ChartWords.Of(column.DateGrouping, language) + ")";
    }

    private static string MeasureLabel(Organization organization, FetchColumn measure, int language) =>
        measure.Aggregate == null
            ? ColumnName(organization, measure, language)
            : string.Format(Culture(language), ChartWords.Of(measure.Aggregate, language), ColumnName(organization, measure, language));

    private static string ColumnName(Organization organization, FetchColumn column, int language) =>
        organization.Metadata.GetColumn(column.Table, column.Attribute).DisplayName.In(language) ?? column.Attribute;

    private static CultureInfo Culture(int language) => CultureInfo.GetCultureInfo(language);
}
