using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Emulator.WebApi.Model;
using FunnelCrm.Emulator.WebApi.Routing;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.WebApi.Query;

/// <summary>
/// Turns a parsed <c>$filter</c> into the QueryExpression criteria the emulator runs: <c>eq ne gt ge lt le</c> on a
/// column and a literal (<c>null</c> included), <c>and or not</c>, <c>contains startswith endswith</c> (SQL LIKE, so
/// wildcards in the value are honoured, as Dataverse does), lookups as <c>_x_value</c>, and one level of lookup path
/// (<c>sdkmessageid/name eq 'Create'</c>) as an inner link to the related table.
/// </summary>
public sealed class FilterTranslator
{
    private readonly ApiModel model;
    private readonly QueryExpression query;
    private readonly TableMetadata table;
    private readonly Dictionary<string, (LinkEntity Link, TableMetadata Table)> links = new(StringComparer.Ordinal);

    /// <summary>A translator adding criteria (and links) to <paramref name="query"/> on <paramref name="table"/>.</summary>
    public FilterTranslator(ApiModel model, TableMetadata table, QueryExpression query)
    {
        this.model = model;
        this.table = table;
        this.query = query;
    }

    /// <summary>
    /// Adds the filter to the query's criteria: the conditions of a top-level <c>and</c> directly (so an equality on a key
    /// column is served by the emulator's index), and an <c>or</c> of <c>eq</c> on one column as one In condition (the
    /// same rows).
    /// </summary>
    public void Apply(FilterClause filter)
    {
        var translated = Collapse(Filter(filter.Expression, negate: false));
        if (translated.FilterOperator != LogicalOperator.And)
        {
            query.Criteria.AddFilter(translated);
            return;
        }
        foreach (var condition in translated.Conditions)
        {
            query.Criteria.AddCondition(condition);
        }
        foreach (var child in translated.Filters)
        {
            query.Criteria.AddFilter(child);
        }
    }

    private static FilterExpression Collapse(FilterExpression filter)
    {
        var children = filter.Filters.Select(Collapse).ToList();
        var flat = new FilterExpression(filter.FilterOperator);
        foreach (var condition in filter.Conditions)
        {
            flat.AddCondition(condition);
        }
        foreach (var child in children)
        {
            if (child.FilterOperator == filter.FilterOperator || (child.Conditions.Count + child.Filters.Count) == 1)
            {
                child.Conditions.ToList().ForEach(flat.AddCondition);
                child.Filters.ToList().ForEach(flat.AddFilter);
            }
            else
            {
                flat.AddFilter(child);
            }
        }
        if (flat.FilterOperator == LogicalOperator.Or && flat.Filters.Count == 0 && flat.Conditions.Count > 1
            && flat.Conditions.All(c => c.Operator == ConditionOperator.Equal && c.Values.Count == 1)
            && flat.Conditions.Select(c => (c.EntityName, c.AttributeName)).Distinct().Count() == 1)
        {
            var first = flat.Conditions[0];
            var any = new FilterExpression(LogicalOperator.And);
            any.AddCondition(new ConditionExpression(first.EntityName, first.AttributeName, ConditionOperator.In, flat.Conditions.Select(c => c.Values[0]).ToArray()));
            return any;
        }
        return flat;
    }

    private FilterExpression Filter(SingleValueNode node, bool negate)
    {
        node = Unwrap(node);
        switch (node)
        {
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And or BinaryOperatorKind.Or } logical:
                var isAnd = logical.OperatorKind == BinaryOperatorKind.And;
                var combined = new FilterExpression(isAnd != negate ? LogicalOperator.And : LogicalOperator.Or);
                combined.AddFilter(Filter(logical.Left, negate));
                combined.AddFilter(Filter(logical.Right, negate));
                return combined;
            case UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not:
                return Filter(not.Operand, !negate);
            default:
                var single = new FilterExpression(LogicalOperator.And);
                single.AddCondition(Condition(node, negate));
                return single;
        }
    }

    private ConditionExpression Condition(SingleValueNode node, bool negate)
    {
        switch (node)
        {
            case BinaryOperatorNode comparison:
                var left = Unwrap(comparison.Left);
                var right = Unwrap(comparison.Right);
                var swapped = left is ConstantNode && right is not ConstantNode;
                var property = swapped ? right : left;
                var constant = swapped ? left : right;
                if (constant is not ConstantNode literal)
                {
                    throw WebApiException.NotImplemented("comparing two columns in $filter");
                }
                var op = Comparison(comparison.OperatorKind, swapped);
                if (literal.Value == null)
                {
                    op = op switch
                    {
                        ConditionOperator.Equal => ConditionOperator.Null,
                        ConditionOperator.NotEqual => ConditionOperator.NotNull,
                        _ => throw WebApiException.BadRequest("Only eq and ne can compare with null."),
                    };
                    return Condition(property, negate ? Negated(op) : op);
                }
                return Condition(property, negate ? Negated(op) : op, Literal(literal.Value));
            case SingleValueFunctionCallNode call when call.Name is "contains" or "startswith" or "endswith":
                var arguments = call.Parameters.Select(p => Unwrap((SingleValueNode)p)).ToList();
                if (arguments.Count != 2 || arguments[1] is not ConstantNode { Value: string text })
                {
                    throw WebApiException.BadRequest($"The function '{call.Name}' takes a column and a text literal.");
                }
                var pattern = call.Name switch { "contains" => "%" + text + "%", "startswith" => text + "%", _ => "%" + text };
                return Condition(arguments[0], negate ? ConditionOperator.NotLike : ConditionOperator.Like, pattern);
            default:
                throw WebApiException.NotImplemented($"the $filter expression of kind {node.Kind}");
        }
    }

    private ConditionExpression Condition(SingleValueNode property, ConditionOperator op, params object[] values)
    {
        if (property is not SingleValuePropertyAccessNode access)
        {
            throw WebApiException.NotImplemented("this $filter operand (a column or a lookup's column is expected)");
        }
        var (alias, owner) = Source(access.Source);
        var column = ApiModel.ColumnOfProperty(owner, access.Property.Name)
            ?? throw WebApiException.BadRequest($"Could not find a property named '{access.Property.Name}' on type '{ApiModel.Namespace}.{owner.LogicalName}'.");
        return new ConditionExpression(alias, column.LogicalName, op, values);
    }

    private (string? Alias, TableMetadata Table) Source(SingleValueNode source)
    {
        switch (source)
        {
            case ResourceRangeVariableReferenceNode:
                return (null, table);
            case SingleNavigationNode { Source: ResourceRangeVariableReferenceNode } navigationNode:
                var name = navigationNode.NavigationProperty.Name;
                if (!links.TryGetValue(name, out var link))
                {
                    var navigation = model.Navigation(table, name) ?? throw WebApiException.NotFound(name);
                    var target = model.Table(navigation.TargetTable)!;
                    var linkEntity = query.AddLink(target.LogicalName, navigation.Column, target.PrimaryIdColumn, JoinOperator.Inner);
                    linkEntity.EntityAlias = name.ToLowerInvariant();
                    link = (linkEntity, target);
                    links[name] = link;
                }
                return (link.Link.EntityAlias, link.Table);
            default:
                throw WebApiException.NotImplemented("lookup paths deeper than one navigation property in $filter");
        }
    }

    private static ConditionOperator Comparison(BinaryOperatorKind kind, bool swapped) => (kind, swapped) switch
    {
        (BinaryOperatorKind.Equal, _) => ConditionOperator.Equal,
        (BinaryOperatorKind.NotEqual, _) => ConditionOperator.NotEqual,
        (BinaryOperatorKind.GreaterThan, false) or (BinaryOperatorKind.LessThan, true) => ConditionOperator.GreaterThan,
        (BinaryOperatorKind.GreaterThanOrEqual, false) or (BinaryOperatorKind.LessThanOrEqual, true) => ConditionOperator.GreaterEqual,
        (BinaryOperatorKind.LessThan, false) or (BinaryOperatorKind.GreaterThan, true) => ConditionOperator.LessThan,
        (BinaryOperatorKind.LessThanOrEqual, false) or (BinaryOperatorKind.GreaterThanOrEqual, true) => ConditionOperator.LessEqual,
        _ => throw WebApiException.NotImplemented($"the $filter operator {kind}"),
    };

    private static ConditionOperator Negated(ConditionOperator op) => op switch
    {
        ConditionOperator.Equal => ConditionOperator.NotEqual,
        ConditionOperator.NotEqual => ConditionOperator.Equal,
        ConditionOperator.GreaterThan => ConditionOperator.LessEqual,
        ConditionOperator.GreaterEqual => ConditionOperator.LessThan,
        ConditionOperator.LessThan => ConditionOperator.GreaterEqual,
        ConditionOperator.LessEqual => ConditionOperator.GreaterThan,
        ConditionOperator.Null => ConditionOperator.NotNull,
        ConditionOperator.NotNull => ConditionOperator.Null,
        ConditionOperator.Like => ConditionOperator.NotLike,
        _ => ConditionOperator.Like,
    };

    private static object Literal(object value) => value switch
    {
        DateTimeOffset date => date.UtcDateTime,
        DateOnly day => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
#pragma warning disable CS0618 // ODataLib 8 still parses a date literal into its own Date type (DateOnly comes with ODL 9).
        Date day => new DateTime(day.Year, day.Month, day.Day, 0, 0, 0, DateTimeKind.Utc),
#pragma warning restore CS0618
        float number => (double)number,
        _ => value,
    };

    private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;
}
