using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Plugins.Tests.Support;

/// <summary>The columns plugin steps read from their entity images, by plugin class, step id and image alias.</summary>
internal sealed class ImageReads
{
    private static readonly ConcurrentDictionary<string, ImageReads> Recorders = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<(string Plugin, string StepId, string Alias), ConcurrentDictionary<string, bool>> reads = new();

    private ImageReads()
    {
    }

    public string Key { get; } = Guid.NewGuid().ToString("N");

    public static ImageReads Start()
    {
        var recorder = new ImageReads();
        Recorders[recorder.Key] = recorder;
        return recorder;
    }

    public static ImageReads For(string key) => Recorders[key];

    public void Add(string plugin, string stepId, string alias, string column) =>
        reads.GetOrAdd((plugin, stepId.ToLowerInvariant(), alias), _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal))[column] = true;

    /// <summary>The columns read from each image, sorted.</summary>
    public IReadOnlyDictionary<(string Plugin, string StepId, string Alias), IReadOnlyList<string>> Recorded =>
        reads.ToDictionary(r => r.Key, r => (IReadOnlyList<string>)r.Value.Keys.OrderBy(c => c, StringComparer.Ordinal).ToList());
}
