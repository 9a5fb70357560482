using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using FunnelCrm.Emulator.Data;

namespace FunnelCrm.Emulator.Query;

/// <summary>Compares attribute values as SQL Server does for Dataverse: strings without case, numbers across types, references by id.</summary>
internal sealed class ValueComparer : IComparer<object?>
{
    public static readonly ValueComparer Instance = new();

    public int Compare(object? x, object? y)
    {
        var a = Normalize(x);
        var b = Normalize(y);
        if (a == null || b == null)
        {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a is string sa && b is string sb)
        {
            return string.Compare(sa, sb, StringComparison.OrdinalIgnoreCase);
        }
        if (a is decimal da && b is decimal db)
        {
            return da.CompareTo(db);
        }
        if (a is Guid ga && b is Guid gb)
        {
            return ga.CompareTo(gb);
        }
        if (a is DateTime ta && b is DateTime tb)
        {
            return ta.CompareTo(tb);
        }
        if (a is bool ba && b is bool bb)
        {
            return ba.CompareTo(bb);
        }
        if (a is Guid && b is string text && Guid.TryParse(text, out var parsed))
        {
            return ((Guid)a).CompareTo(parsed);
        }
        return string.Compare(Convert.ToString(a, CultureInfo.InvariantCulture), Convert.ToString(b, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
    }

    public bool AreEqual(object? x, object? y) => Normalize(x) != null && Normalize(y) != null && Compare(x, y) == 0;

    public static object? Normalize(object? value)
    {
        var comparable = Values.Comparable(value);
        return comparable switch
        {
            int i => (decimal)i,
            long l => (decimal)l,
            double d => (decimal)d,
            float f => (decimal)f,
            bool b => b,
            _ => comparable,
        };
    }

    public static IEnumerable<object?> Flatten(IEnumerable<object> values)
    {
        foreach (var value in values)
        {
            if (value is IEnumerable many && value is not string)
            {
                foreach (var item in many)
                {
                    yield return item;
                }
            }
            else
            {
                yield return value;
            }
        }
    }
}
