using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Query;

/// <summary>
/// A query as the engine runs it: the QueryExpression (FetchXML is translated into one), plus what FetchXML can say that
/// QueryExpression cannot: a distinct countcolumn, a lower aggregate row limit, ordering choices by value (useraworderby).
/// </summary>
internal sealed class QuerySpec
{
    public QuerySpec(QueryExpression query, IReadOnlyCollection<XrmAttributeExpression>? distinctCounts = null, int? aggregateLimit = null, bool rawOrder = false)
    {
        Query = query;
        DistinctCounts = distinctCounts ?? Array.Empty<XrmAttributeExpression>();
        AggregateLimit = aggregateLimit;
        RawOrder = rawOrder;
    }

    public QueryExpression Query { get; }

    /// <summary>The countcolumn expressions with <c>distinct="true"</c>.</summary>
    public IReadOnlyCollection<XrmAttributeExpression> DistinctCounts { get; }

    /// <summary>The fetch's <c>aggregatelimit</c>, when it sets one.</summary>
    public int? AggregateLimit { get; }

    /// <summary>Whether choice columns sort by their values rather than their labels (<c>useraworderby</c>).</summary>
    public bool RawOrder { get; }
}
