using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Emulator.Metadata;

/// <summary>An alternate key: a set of columns whose values are unique across a table's rows.</summary>
public sealed class AlternateKey
{
    /// <summary>Declares a key.</summary>
    public AlternateKey(string name, IEnumerable<string> columns)
    {
        Name = name;
        Columns = columns.Select(c => c.ToLowerInvariant()).ToArray();
    }

    /// <summary>The key's name.</summary>
    public string Name { get; }

    /// <summary>The key's columns.</summary>
    public IReadOnlyList<string> Columns { get; }
}
