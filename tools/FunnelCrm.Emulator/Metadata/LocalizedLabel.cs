using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.Emulator.Metadata;

/// <summary>A label in the organization's languages (a column's display name, an option's label).</summary>
public sealed class LocalizedLabel
{
    /// <summary>The organization's base language (English).</summary>
    public const int BaseLanguage = 1033;

    /// <summary>No text in any language.</summary>
    public static readonly LocalizedLabel None = new(new Dictionary<int, string>());

    private readonly IReadOnlyDictionary<int, string> texts;

    /// <summary>A label with the given text per language code.</summary>
    public LocalizedLabel(IReadOnlyDictionary<int, string> texts)
    {
        this.texts = texts;
    }

    /// <summary>The text in <paramref name="language"/>, else in the base language (as Dataverse falls back), else null.</summary>
    public string? In(int language) =>
        texts.TryGetValue(language, out var text) ? text : texts.TryGetValue(BaseLanguage, out var fallback) ? fallback : null;

    /// <summary>The label's texts in a solution's XML: child elements carrying <c>description</c> and <c>languagecode</c>.</summary>
    public static LocalizedLabel Read(XElement? labels) =>
        labels == null
            ? None
            : new LocalizedLabel(labels.Elements()
                .Where(l => l.Attribute("description") != null && l.Attribute("languagecode") != null)
                .GroupBy(l => int.Parse((string)l.Attribute("languagecode")!, NumberStyles.Integer, CultureInfo.InvariantCulture))
                .ToDictionary(g => g.Key, g => (string)g.First().Attribute("description")!));
}
