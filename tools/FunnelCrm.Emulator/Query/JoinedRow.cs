using System;
using System.Collections.Generic;

namespace FunnelCrm.Emulator.Query;

/// <summary>One result row while a query runs: the main row and the linked rows, by alias (a linked row is null after an outer join found none).</summary>
internal sealed class JoinedRow
{
    public JoinedRow(Guid id, long version, Dictionary<string, Dictionary<string, object?>?> parts)
    {
        Id = id;
        Version = version;
        Parts = parts;
    }

    public Guid Id { get; }

    public long Version { get; }

    public Dictionary<string, Dictionary<string, object?>?> Parts { get; }

    public JoinedRow With(string alias, Dictionary<string, object?>? row)
    {
        var parts = new Dictionary<string, Dictionary<string, object?>?>(Parts, StringComparer.Ordinal) { [alias] = row };
        return new JoinedRow(Id, Version, parts);
    }
}
