using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Tests.TestPlugins;

/// <summary>What a probe saw in one execution, copied out of the context.</summary>
public sealed record Observation(
    string Probe, string Message, string Table, int Stage, int Mode, int Depth, bool IsInTransaction, Guid UserId, Guid InitiatingUserId,
    Guid PrimaryEntityId, IReadOnlyDictionary<string, object?> Target, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> PreImages,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> PostImages, IReadOnlyDictionary<string, object?> SharedVariables,
    IReadOnlyDictionary<string, object?>? ParentSharedVariables, string? ParentMessage, int InstanceId, IReadOnlyList<string> InputKeys);

/// <summary>Where test plugins report, per organization (so tests running in parallel do not see each other).</summary>
public static class Observations
{
    private static readonly ConcurrentDictionary<Guid, ConcurrentQueue<Observation>> Seen = new();

    public static IReadOnlyList<Observation> For(Organization organization) =>
        Seen.TryGetValue(organization.Id, out var queue) ? queue.ToList() : new List<Observation>();

    public static void Add(IPluginExecutionContext context, string probe, object instance)
    {
        var target = context.InputParameters.TryGetValue("Target", out var t) && t is Entity e
            ? e.Attributes.ToDictionary(a => a.Key, a => (object?)a.Value)
            : new Dictionary<string, object?>();
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>> Images(EntityImageCollection images) =>
            images.ToDictionary(i => i.Key, i => (IReadOnlyDictionary<string, object?>)i.Value.Attributes.ToDictionary(a => a.Key, a => (object?)a.Value));
        var observation = new Observation(probe, context.MessageName, context.PrimaryEntityName, context.Stage, context.Mode, context.Depth,
            context.IsInTransaction, context.UserId, context.InitiatingUserId, context.PrimaryEntityId, target,
            Images(context.PreEntityImages), Images(context.PostEntityImages),
            context.SharedVariables.ToDictionary(s => s.Key, s => (object?)s.Value),
            context.ParentContext?.SharedVariables.ToDictionary(s => s.Key, s => (object?)s.Value), context.ParentContext?.MessageName,
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(instance), context.InputParameters.Select(p => p.Key).ToList());
        Seen.GetOrAdd(context.OrganizationId, _ => new ConcurrentQueue<Observation>()).Enqueue(observation);
    }
}
