using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;

namespace FunnelCrm.Cli.Scoring;

/// <summary>What a JSON value must look like, derived from a data contract's members: an object with named fields, a list, text, a number, a whole number or true/false.</summary>
public sealed class JsonShape
{
    private JsonShape(JsonKind kind, IReadOnlyDictionary<string, JsonField>? fields, JsonShape? items, bool nullable = true)
    {
        Kind = kind;
        Nullable = nullable;
        Fields = fields ?? new Dictionary<string, JsonField>();
        Items = items;
    }

    /// <summary>The kind of value.</summary>
    public JsonKind Kind { get; }

    /// <summary>Whether null stands for "not given" (false for a member that holds a plain number or true/false).</summary>
    public bool Nullable { get; }

    /// <summary>An object's fields by name.</summary>
    public IReadOnlyDictionary<string, JsonField> Fields { get; }

    /// <summary>A list's items.</summary>
    public JsonShape? Items { get; }

    /// <summary>The shape of a [DataContract] type; <paramref name="required"/> names the required members of each type.</summary>
    public static JsonShape Of(Type type, IReadOnlyDictionary<Type, string[]> required)
    {
        var underlying = System.Nullable.GetUnderlyingType(type) ?? type;
        var nullable = !type.IsValueType || underlying != type;
        if (underlying == typeof(string))
        {
            return new JsonShape(JsonKind.Text, null, null);
        }

        if (underlying == typeof(double))
        {
            return new JsonShape(JsonKind.Number, null, null, nullable);
        }

        if (underlying == typeof(int))
        {
            return new JsonShape(JsonKind.Whole, null, null, nullable);
        }

        if (underlying == typeof(bool))
        {
            return new JsonShape(JsonKind.YesNo, null, null, nullable);
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            return new JsonShape(JsonKind.List, null, Of(underlying.GetGenericArguments()[0], required));
        }

        if (underlying.GetCustomAttribute<DataContractAttribute>() == null)
        {
            throw new ArgumentException(underlying.Name + " is not a data contract.", nameof(type));
        }

        var names = required.TryGetValue(underlying, out var list) ? list : Array.Empty<string>();
        var fields = underlying.GetProperties()
            .Select(p => (Property: p, Member: p.GetCustomAttribute<DataMemberAttribute>()))
            .Where(p => p.Member != null)
            .ToDictionary(p => p.Member!.Name ?? p.Property.Name, p => new JsonField(Of(p.Property.PropertyType, required), names.Contains(p.Member!.Name ?? p.Property.Name)), StringComparer.Ordinal);
        return new JsonShape(JsonKind.Object, fields, null);
    }
}
