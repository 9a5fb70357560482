using FunnelCrm.Emulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Query.Aggregation;

/// <summary>One grouped or aggregated column of an aggregate query: where its values are (join part and table) and what to do with them.</summary>
internal sealed class AggregateColumn
{
    public AggregateColumn(string part, string table, ColumnMetadata column, XrmAttributeExpression expression, bool distinct)
    {
        Part = part;
        Table = table;
        Column = column;
        Expression = expression;
        Distinct = distinct;
    }

    /// <summary>The alias of the joined row part holding the column (the query's table or a link's alias).</summary>
    public string Part { get; }

    public string Table { get; }

    public ColumnMetadata Column { get; }

    public XrmAttributeExpression Expression { get; }

    /// <summary>A countcolumn that counts distinct values.</summary>
    public bool Distinct { get; }

    public string Alias => Expression.Alias;

    public bool IsGroup => Expression.HasGroupBy;
}
