using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using FunnelCrm.Emulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Query.FetchXml;

/// <summary>
/// Reads FetchXML into the engine's model (QueryExpression with XrmAttributeExpression for aggregates), refusing what
/// Dataverse refuses with its codes and wording: malformed XML, unknown elements, tables, columns and condition operators,
/// values of the wrong type, aggregate queries with plain columns, aggregates without an alias or with an unknown
/// function, orders by attribute in aggregate queries and by alias elsewhere, unknown link types and filter types.
/// </summary>
internal sealed class FetchXmlReader
{
    private const string EntityChildren = "filter, order, link-entity, attribute, all-attributes, no-attrs";

    private readonly MetadataCatalog metadata;
    private readonly Dictionary<string, string> aliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> columnAliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<XrmAttributeExpression> distinctCounts = new();
    private bool aggregate;

    private FetchXmlReader(MetadataCatalog metadata)
    {
        this.metadata = metadata;
    }

    /// <summary>Reads <paramref name="fetchXml"/>.</summary>
    public static QuerySpec Read(string? fetchXml, MetadataCatalog metadata)
    {
        if (string.IsNullOrWhiteSpace(fetchXml))
        {
            throw Faults.Create(ErrorCodes.InvalidXml, "Xml String can't be null.");
        }
        XElement root;
        try
        {
            root = XDocument.Parse(fetchXml).Root!;
        }
        catch (XmlException malformed)
        {
            throw Faults.Create(ErrorCodes.InvalidXml, "Invalid XML: " + malformed.Message);
        }
        return new FetchXmlReader(metadata).ReadFetch(root);
    }

    private QuerySpec ReadFetch(XElement fetch)
    {
        if (fetch.Name.LocalName != "fetch")
        {
            throw InvalidNode(fetch, "fetch");
        }
        aggregate = Flag(fetch, "aggregate", ErrorCodes.InvalidAggregate, "aggregate");
        var mapping = (string?)fetch.Attribute("mapping");
        if (mapping != null && mapping != "logical")
        {
            throw Faults.Create(unchecked((int)0x80041116), "The only valid values for mapping are 'logical' or 'internal' which is deprecated.");
        }
        var entities = fetch.Elements().ToList();
        if (entities.Count != 1 || entities[0].Name.LocalName != "entity")
        {
            throw InvalidNode(entities.FirstOrDefault(e => e.Name.LocalName != "entity") ?? fetch, "entity");
        }
        var entity = entities[0];
        var table = metadata.GetTable(Required(entity, "name"));
        foreach (var link in entity.Descendants("link-entity"))
        {
            var name = Required(link, "name");
            var alias = (string?)link.Attribute("alias");
            if (alias != null && !aliases.TryAdd(alias, metadata.GetTable(name).LogicalName))
            {
                throw Faults.Create(ErrorCodes.DuplicateAlias, "FetchXML should have unique aliases.");
            }
        }
        aliases[table.LogicalName] = table.LogicalName;

        var query = new QueryExpression(table.LogicalName)
        {
            Distinct = Flag(fetch, "distinct", unchecked((int)0x80041115), "distinct"),
            NoLock = Flag(fetch, "no-lock", unchecked((int)0x80041118), "no-lock"),
            TopCount = Number(fetch, "top"),
            PageInfo = new PagingInfo
            {
                Count = Number(fetch, "count") ?? 0,
                PageNumber = Number(fetch, "page") ?? 1,
                PagingCookie = (string?)fetch.Attribute("paging-cookie"),
                ReturnTotalRecordCount = Flag(fetch, "returntotalrecordcount", ErrorCodes.InvalidArgument, "returntotalrecordcount"),
            },
        };
        ReadChildren(entity, table.LogicalName, query.ColumnSet, query.Criteria, query.Orders, query.LinkEntities);
        return new QuerySpec(query, distinctCounts, Number(fetch, "aggregatelimit"), Flag(fetch, "useraworderby", unchecked((int)0x800410FD), "useraworderby"));
    }

    private void ReadChildren(XElement parent, string table, ColumnSet columns, FilterExpression criteria, ICollection<OrderExpression> orders, ICollection<LinkEntity> links)
    {
        foreach (var child in parent.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "attribute":
                    ReadAttribute(child, table, columns);
                    break;
                case "all-attributes":
                    columns.AllColumns = true;
                    break;
                case "no-attrs":
                    break;
                case "order":
                    orders.Add(ReadOrder(child));
                    break;
                case "filter":
                    criteria.AddFilter(ReadFilter(child, table));
                    break;
                case "link-entity":
                    links.Add(ReadLink(child, table));
                    break;
                default:
                    throw InvalidNode(child, EntityChildren);
            }
        }
        if (criteria.Filters.Count == 1 && criteria.Conditions.Count == 0)
        {
            var only = criteria.Filters[0];
            criteria.Filters.Clear();
            criteria.FilterOperator = only.FilterOperator;
            criteria.IsQuickFindFilter = only.IsQuickFindFilter;
            foreach (var condition in only.Conditions)
            {
                criteria.AddCondition(condition);
            }
            foreach (var filter in only.Filters)
            {
                criteria.AddFilter(filter);
            }
        }
    }

    private void ReadAttribute(XElement element, string table, ColumnSet columns)
    {
        var name = Required(element, "name");
        metadata.GetColumn(table, name);
        var alias = (string?)element.Attribute("alias");
        var function = (string?)element.Attribute("aggregate");
        var groupBy = Flag(element, "groupby", unchecked((int)0x8004112E), "groupby");
        var dateGrouping = (string?)element.Attribute("dategrouping");
        if (element.Attribute("rowaggregate") != null)
        {
            throw Faults.NotSupported("the rowaggregate attribute of FetchXML");
        }
        if (!aggregate)
        {
            if (function != null || groupBy || dateGrouping != null)
            {
                throw Faults.Create(ErrorCodes.InvalidAggregate, "An error occurred while processing Aggregates in Query");
            }
            if (alias == null)
            {
                columns.AddColumn(name);
                return;
            }
            AddAlias(alias);
            columns.AttributeExpressions.Add(new XrmAttributeExpression { AttributeName = name, Alias = alias });
            return;
        }
        if (function == null && !groupBy)
        {
            throw Faults.Create(ErrorCodes.AttributeWithAggregate,
                "An attribute can not be requested when an aggregate operation has been specified and its neither groupby nor aggregate.  NodeXml : " + Xml(element));
        }
        if (function != null && groupBy)
        {
            throw Faults.Create(ErrorCodes.GroupByAndAggregate, "An attribute can either be an aggregate or a Group By but not both");
        }
        if (string.IsNullOrEmpty(alias))
        {
            throw Faults.Create(ErrorCodes.InvalidAggregateAlias, "Invalid alias for aggregate operation.");
        }
        AddAlias(alias);
        var expression = new XrmAttributeExpression
        {
            AttributeName = name,
            Alias = alias,
            HasGroupBy = groupBy,
            AggregateType = function == null ? XrmAggregateType.None : AggregateType(function),
            DateTimeGrouping = dateGrouping == null ? XrmDateTimeGrouping.None : DateGrouping(dateGrouping),
        };
        if (Flag(element, "distinct", unchecked((int)0x80041115), "distinct"))
        {
            if (expression.AggregateType != XrmAggregateType.CountColumn)
            {
                throw Faults.Create(ErrorCodes.InvalidAggregate, "An error occurred while processing Aggregates in Query");
            }
            distinctCounts.Add(expression);
        }
        columns.AttributeExpressions.Add(expression);
    }

    private OrderExpression ReadOrder(XElement element)
    {
        var attribute = (string?)element.Attribute("attribute");
        var alias = (string?)element.Attribute("alias");
        var order = Flag(element, "descending", unchecked((int)0x80041119), "descending") ? OrderType.Descending : OrderType.Ascending;
        if (aggregate)
        {
            if (alias == null)
            {
                throw attribute == null
                    ? Faults.Create(unchecked((int)0x80041134), "An alias is required for an order clause for an aggregate Query.")
                    : Faults.Create(ErrorCodes.AttributeOrderInAggregate, "An attribute cannot be specified for an order clause for an aggregate Query. Use an alias.");
            }
            return new OrderExpression(attribute ?? alias, order, alias);
        }
        if (alias != null)
        {
            throw Faults.Create(ErrorCodes.AliasOrderOutsideAggregate, "An alias cannot be specified for an order clause for a non-aggregate Query. Use an attribute.");
        }
        return new OrderExpression(attribute ?? throw Faults.Create(unchecked((int)0x80041133), "An attribute is required for an order clause for a non-aggregate Query."), order)
        {
            EntityName = (string?)element.Attribute("entityname"),
        };
    }

    private FilterExpression ReadFilter(XElement element, string table)
    {
        var type = (string?)element.Attribute("type") ?? "and";
        var filter = new FilterExpression(type switch
        {
            "and" => LogicalOperator.And,
            "or" => LogicalOperator.Or,
            _ => throw Faults.Create(ErrorCodes.InvalidFilterType, "Unsupported filter type. Valid values are 'and', or 'or'."),
        })
        {
            IsQuickFindFilter = Flag(element, "isquickfindfields", unchecked((int)0x80041138), "isquickfindfields"),
        };
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "condition":
                    filter.AddCondition(ReadCondition(child, table));
                    break;
                case "filter":
                    filter.AddFilter(ReadFilter(child, table));
                    break;
                case "link-entity":
                    throw Faults.NotSupported("link-entity inside a filter (any, not any, all, not all)");
                default:
                    throw InvalidNode(child, "condition, filter, link-entity");
            }
        }
        return filter;
    }

    private ConditionExpression ReadCondition(XElement element, string table)
    {
        var attribute = Required(element, "attribute");
        var op = FetchOperators.Parse(Required(element, "operator"));
        if (element.Attribute("valueof") != null || element.Attribute("aggregate") != null)
        {
            throw Faults.NotSupported("conditions on other columns (valueof) or on aggregates");
        }
        var entityName = (string?)element.Attribute("entityname");
        var conditionTable = entityName == null ? table
            : aliases.TryGetValue(entityName, out var linked) ? linked
            : throw Faults.Create(unchecked((int)0x8004110A), "The specified alias for the given entity in the condition does not exist.");
        var column = metadata.GetColumn(conditionTable, attribute);
        var texts = element.Elements("value").Select(v => v.Value).ToList();
        if (element.Attribute("value") is { } single)
        {
            texts.Insert(0, single.Value);
        }
        var values = FetchOperators.TakesNoValue(op) ? Array.Empty<object>()
            : FetchOperators.TakesCount(op) ? texts.Select(t => (object)Count(t, conditionTable, column)).ToArray()
            : FetchOperators.TakesPattern(op) ? texts.Cast<object>().ToArray()
            : texts.Select(t => FetchValues.Convert(t, conditionTable, column)).ToArray();
        return new ConditionExpression(entityName, attribute, op, values);
    }

    private static int Count(string text, string table, ColumnMetadata column) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw Faults.Create(ErrorCodes.InvalidQueryValue,
                $"An exception System.FormatException was thrown while trying to convert input value '{text}' to attribute '{table}.{column.LogicalName}'. "
                + "Expected type of attribute value: System.Int32. Exception raised: The input string '" + text + "' was not in a correct format.");

    private LinkEntity ReadLink(XElement element, string parentTable)
    {
        var linked = metadata.GetTable(Required(element, "name"));
        var join = ((string?)element.Attribute("link-type") ?? "inner") switch
        {
            "inner" => JoinOperator.Inner,
            "outer" => JoinOperator.LeftOuter,
            "natural" or "in" or "exists" or "matchfirstrowusingcrossapply" or "any" or "not any" or "all" or "not all" =>
                throw Faults.NotSupported("the link-type '" + (string?)element.Attribute("link-type") + "'"),
            _ => throw Faults.Create(ErrorCodes.InvalidLinkType,
                "The only valid values for link-type attribute are 'natural', 'inner','in','exists','matchfirstrowusingcrossapply' and 'outer'."),
        };
        var link = new LinkEntity(parentTable, linked.LogicalName, Required(element, "to"), Required(element, "from"), join)
        {
            EntityAlias = (string?)element.Attribute("alias"),
        };
        var orders = new List<OrderExpression>();
        ReadChildren(element, linked.LogicalName, link.Columns, link.LinkCriteria, orders, link.LinkEntities);
        foreach (var order in orders)
        {
            link.Orders.Add(order);
        }
        return link;
    }

    private void AddAlias(string alias)
    {
        if (!columnAliases.Add(alias) || aliases.ContainsKey(alias))
        {
            throw Faults.Create(ErrorCodes.DuplicateAlias, "FetchXML should have unique aliases.");
        }
    }

    private static XrmAggregateType AggregateType(string function) => function switch
    {
        "count" => XrmAggregateType.Count,
        "countcolumn" => XrmAggregateType.CountColumn,
        "sum" => XrmAggregateType.Sum,
        "avg" => XrmAggregateType.Avg,
        "min" => XrmAggregateType.Min,
        "max" => XrmAggregateType.Max,
        _ => throw Faults.Create(ErrorCodes.InvalidAggregate, "An error occurred while processing Aggregates in Query"),
    };

    private static XrmDateTimeGrouping DateGrouping(string grouping) => grouping switch
    {
        "day" => XrmDateTimeGrouping.Day,
        "week" => XrmDateTimeGrouping.Week,
        "month" => XrmDateTimeGrouping.Month,
        "quarter" => XrmDateTimeGrouping.Quarter,
        "year" => XrmDateTimeGrouping.Year,
        "fiscal-period" => XrmDateTimeGrouping.FiscalPeriod,
        "fiscal-year" => XrmDateTimeGrouping.FiscalYear,
        _ => throw Faults.Create(ErrorCodes.InvalidDateGrouping, "Invalid value '" + grouping + "' for dategrouping."),
    };

    private static bool Flag(XElement element, string name, int code, string attribute) => (string?)element.Attribute(name) switch
    {
        null or "false" or "0" => false,
        "true" or "1" => true,
        _ => throw Faults.Create(code, $"The only valid values for {attribute} attribute are 'true', 'false', '1', and '0'."),
    };

    private static int? Number(XElement element, string name) =>
        (string?)element.Attribute(name) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : throw Faults.Create(unchecked((int)0x8004110C), "A value greater than zero must be specified.")
            : null;

    private static string Required(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) is { Length: > 0 } value
            ? value
            : throw Faults.Create(unchecked((int)0x8004111E), $"A required attribute was not specified. The '{element.Name.LocalName}' element needs '{attribute}'.");

    private static OrganizationServiceFaultException InvalidNode(XElement node, string valid) =>
        Faults.Create(ErrorCodes.InvalidQueryNode, $"Invalid Child Node, valid nodes are {valid}. NodeName = {node.Name.LocalName} NodeXml = {Xml(node)}");

    private static string Xml(XElement element) => element.ToString(SaveOptions.DisableFormatting);
}
