using System;
using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Emulator;

/// <summary>
/// The platform behaviours Microsoft's documentation leaves open, one named variant each (see the emulator README,
/// "Platform variants"). Code under test must be right under every value; the plugin and workflow suites run under
/// each. Written and read as text, e.g. <c>Merge=ThroughUpdate, StateUpdate=Once, Filtering=CurrentTarget, RowLock=AtWrite</c>
/// (comma or semicolon separated, names and values without case; a variant left out keeps its default).
/// </summary>
public sealed record PlatformBehaviour
{
    /// <summary>The defaults: the documented value where there is one, otherwise the one closest to the documentation.</summary>
    public static readonly PlatformBehaviour Default = new();

    /// <summary>Variant M: how Merge re-parents the subordinate's children.</summary>
    public MergeReparenting Merge { get; init; } = MergeReparenting.Direct;

    /// <summary>Variant S: how often Update steps run for an Update that carries statecode with other columns.</summary>
    public StateUpdateSteps StateUpdate { get; init; } = StateUpdateSteps.Twice;

    /// <summary>Variant F: what filtering attributes are matched against.</summary>
    public FilteringMatch Filtering { get; init; } = FilteringMatch.OriginalRequest;

    /// <summary>Variant L: when a write takes its row's lock.</summary>
    public RowLockTiming RowLock { get; init; } = RowLockTiming.BeforePreOperation;

    /// <summary>Reads the text form; an empty text is <see cref="Default"/>. Fails naming the part it cannot read.</summary>
    public static PlatformBehaviour Parse(string? text)
    {
        var behaviour = Default;
        foreach (var part in (text ?? "").Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var pair = part.Split('=');
            if (pair.Length != 2)
            {
                throw new FormatException($"Platform variant '{part}' is not name=value (e.g. Merge=ThroughUpdate).");
            }

            var name = pair[0].Trim();
            var value = pair[1].Trim();
            behaviour = name.ToLowerInvariant() switch
            {
                "merge" => behaviour with { Merge = Value<MergeReparenting>(name, value) },
                "stateupdate" => behaviour with { StateUpdate = Value<StateUpdateSteps>(name, value) },
                "filtering" => behaviour with { Filtering = Value<FilteringMatch>(name, value) },
                "rowlock" => behaviour with { RowLock = Value<RowLockTiming>(name, value) },
                _ => throw new FormatException($"'{name}' is not a platform variant; the variants are Merge, StateUpdate, Filtering and RowLock."),
            };
        }

        return behaviour;
    }

    /// <summary>The text form, every variant named.</summary>
    public override string ToString() => $"Merge={Merge}, StateUpdate={StateUpdate}, Filtering={Filtering}, RowLock={RowLock}";

    private static T Value<T>(string name, string value) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new FormatException($"'{value}' is not a value of the platform variant {name}; its values are {string.Join(", ", Enum.GetNames<T>())}.");

    /// <summary>Every value of every variant, as (variant name, value name) pairs.</summary>
    public static IReadOnlyList<(string Variant, string Value)> AllValues =>
        Enum.GetNames<MergeReparenting>().Select(v => ("Merge", v))
            .Concat(Enum.GetNames<StateUpdateSteps>().Select(v => ("StateUpdate", v)))
            .Concat(Enum.GetNames<FilteringMatch>().Select(v => ("Filtering", v)))
            .Concat(Enum.GetNames<RowLockTiming>().Select(v => ("RowLock", v)))
            .ToList();

    /// <summary>The (variant name, value name) pairs this behaviour selects.</summary>
    public IReadOnlyList<(string Variant, string Value)> Values => new[]
    {
        ("Merge", Merge.ToString()), ("StateUpdate", StateUpdate.ToString()), ("Filtering", Filtering.ToString()), ("RowLock", RowLock.ToString()),
    };
}
