using System;
using System.Collections.Generic;
using System.Threading;

namespace FunnelCrm.Crm.Configuration;

/// <summary>
/// The configuration snapshot per organization, shared by every plugin instance and thread: an immutable map swapped
/// atomically, each entry valid for <see cref="TimeToLive"/> on the operation's clock. A hit costs no service call.
/// </summary>
public static class ConfigurationCache
{
    /// <summary>How long a loaded configuration is used before it is read again.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);

    private static Dictionary<Guid, Entry> entries = new Dictionary<Guid, Entry>();

    /// <summary>The organization's configuration, loaded with <paramref name="load"/> when missing or expired.</summary>
    public static FunnelConfiguration Get(Guid organizationId, DateTime now, Func<FunnelConfiguration> load)
    {
        if (entries.TryGetValue(organizationId, out var entry) && now >= entry.LoadedOn && now - entry.LoadedOn < TimeToLive)
        {
            return entry.Configuration;
        }

        var fresh = new Entry(load(), now);
        while (true)
        {
            var current = entries;
            var next = new Dictionary<Guid, Entry>(current) { [organizationId] = fresh };
            if (Interlocked.CompareExchange(ref entries, next, current) == current)
            {
                return fresh.Configuration;
            }
        }
    }

    /// <summary>Forgets an organization's configuration (after marketing saves rules or settings).</summary>
    public static void Invalidate(Guid organizationId)
    {
        while (true)
        {
            var current = entries;
            if (!current.ContainsKey(organizationId))
            {
                return;
            }

            var next = new Dictionary<Guid, Entry>(current);
            next.Remove(organizationId);
            if (Interlocked.CompareExchange(ref entries, next, current) == current)
            {
                return;
            }
        }
    }

    private sealed class Entry
    {
        public Entry(FunnelConfiguration configuration, DateTime loadedOn)
        {
            Configuration = configuration;
            LoadedOn = loadedOn;
        }

        public FunnelConfiguration Configuration { get; }

        public DateTime LoadedOn { get; }
    }
}
