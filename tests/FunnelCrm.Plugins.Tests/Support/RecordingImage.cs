using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Support;

/// <summary>
/// An entity image that hands out its columns only through GetAttributeValue and records each column asked for. Its
/// Attributes collection is empty, so a step that reads its image any other way (the indexer, Contains, enumerating the
/// columns) sees nothing and does not behave as it should, which the story around it notices.
/// </summary>
internal sealed class RecordingImage : Entity
{
    private readonly Dictionary<string, object?> values;
    private readonly Action<string> read;

    public RecordingImage(Entity image, Action<string> read)
        : base(image.LogicalName, image.Id)
    {
        values = image.Attributes.ToDictionary(a => a.Key, a => (object?)a.Value, StringComparer.Ordinal);
        this.read = read;
    }

    public override T GetAttributeValue<T>(string attributeLogicalName)
    {
        read(attributeLogicalName);
        return values.TryGetValue(attributeLogicalName, out var value) && value is T typed ? typed : default!;
    }
}
