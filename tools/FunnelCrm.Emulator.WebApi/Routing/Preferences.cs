using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>
/// The <c>Prefer</c> header's values Dataverse honours: <c>return=representation</c>, <c>odata.include-annotations</c>
/// (a comma list, <c>*</c> wildcards allowed), <c>odata.maxpagesize</c> (at most 5,000) and <c>odata.continue-on-error</c>.
/// </summary>
public sealed class Preferences
{
    /// <summary>The largest page Dataverse serves.</summary>
    public const int MaxPageSize = 5000;

    private readonly string[] annotations;

    private Preferences(bool representation, string[] annotations, string? annotationText, int? maxPageSize, bool continueOnError)
    {
        ReturnRepresentation = representation;
        this.annotations = annotations;
        AnnotationText = annotationText;
        MaxPage = maxPageSize;
        ContinueOnError = continueOnError;
    }

    /// <summary>No preferences.</summary>
    public static Preferences None { get; } = new(false, Array.Empty<string>(), null, null, false);

    /// <summary><c>return=representation</c>.</summary>
    public bool ReturnRepresentation { get; }

    /// <summary>The asked page size (null: the default of 5,000).</summary>
    public int? MaxPage { get; }

    /// <summary><c>odata.continue-on-error</c>.</summary>
    public bool ContinueOnError { get; }

    /// <summary>The include-annotations value as sent (for Preference-Applied).</summary>
    public string? AnnotationText { get; }

    /// <summary>Whether any annotation was asked for.</summary>
    public bool AnyAnnotations => annotations.Length > 0;

    /// <summary>Reads the request's Prefer headers.</summary>
    public static Preferences Of(HttpRequest request)
    {
        var representation = false;
        var continueOnError = false;
        int? page = null;
        string? annotationText = null;
        var annotations = new List<string>();
        foreach (var header in request.Headers["Prefer"])
        {
            foreach (var part in OutsideQuotes(header ?? ""))
            {
                var (name, value) = Split(part);
                switch (name.ToLowerInvariant())
                {
                    case "return":
                        representation = value.Equals("representation", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "odata.continue-on-error":
                        continueOnError = value.Length == 0 || value.Equals("true", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "odata.maxpagesize":
                        page = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0
                            ? Math.Min(size, MaxPageSize)
                            : throw WebApiException.BadRequest($"The value '{value}' of the odata.maxpagesize preference is not a positive integer.");
                        break;
                    case "odata.include-annotations":
                        annotationText = value;
                        annotations.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                        break;
                }
            }
        }
        return new Preferences(representation, annotations.ToArray(), annotationText, page, continueOnError);
    }

    /// <summary>Whether the annotation (without its @) was asked for, by name or by a wildcard.</summary>
    public bool Wants(string annotation) => annotations.Any(a => a == "*" || a == annotation
        || (a.EndsWith('*') && annotation.StartsWith(a.Substring(0, a.Length - 1), StringComparison.Ordinal)));

    /// <summary>The comma-separated preferences of one header; a comma inside a quoted value does not separate.</summary>
    private static IEnumerable<string> OutsideQuotes(string header)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= header.Length; i++)
        {
            if (i < header.Length && header[i] == '"')
            {
                quoted = !quoted;
            }
            if (i == header.Length || (header[i] == ',' && !quoted))
            {
                var part = header.Substring(start, i - start).Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }
                start = i + 1;
            }
        }
    }

    private static (string Name, string Value) Split(string part)
    {
        var equals = part.IndexOf('=');
        if (equals < 0)
        {
            return (part, "");
        }
        var value = part.Substring(equals + 1).Trim();
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            value = value.Substring(1, value.Length - 2);
        }
        return (part.Substring(0, equals).Trim(), value);
    }
}
