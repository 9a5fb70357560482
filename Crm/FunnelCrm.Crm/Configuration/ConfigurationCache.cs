using System;
using System.Collections.Generic;
using System.Threading;

namespace FunnelCrm.Crm.Configuration;

/// <summary>
/// The configuration snapshot per organization, shared by every plugin instance and thread: an immutable map swapped
/// atomically, each entry valid for <see cref="TimeToLive"/> on the operation's clock. A hit costs no service call. A
/// configuration that could not be used is remembered too, for <see cref="FailureTimeToLive"/>, so a broken rule costs
/// every activity no more than the one load that found it.
/// </summary>
public static class ConfigurationCache
{
    /// <summary>How long a loaded configuration is used before it is read again.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(5);

    /// <summary>How long a configuration that could not be used is reported without reading it again.</summary>
    public static readonly TimeSpan FailureTimeToLive = TimeSpan.FromMinutes(1);

    private static Dictionary<Guid, Entry> entries = new Dictionary<Guid, Entry>();

    /// <summary>
    /// The organization's configuration, loaded with <paramref name="load"/> when missing or expired; throws the
    /// <see cref="FunnelConfigurationException"/> of a failed load again until the failure expires.
    /// </summary>
    public static FunnelConfiguration Get(Guid organizationId, DateTime now, Func<FunnelConfiguration> load)
    {
        if (entries.TryGetValue(organizationId, out var entry) && now >= entry.LoadedOn && now - entry.LoadedOn < entry.TimeToLive)
        {
            return entry.Configuration ?? throw entry.Failure!;
        }

        Entry fresh;
        try
        {
            fresh = new Entry(load(), null, now, TimeToLive);
        }
        catch (FunnelConfigurationException failure)
        {
            fresh = new Entry(null, failure, now, FailureTimeToLive);
        }

        Swap(organizationId, fresh);
        return fresh.Configuration ?? throw fresh.Failure!;
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

    private static void Swap(Guid organizationId, Entry fresh)
    {
        while (true)
        {
            var current = entries;
            var next = new Dictionary<Guid, Entry>(current) { [organizationId] = fresh };
            if (Interlocked.CompareExchange(ref entries, next, current) == current)
            {
                return;
            }
        }
    }

    private sealed class Entry
    {
        public Entry(FunnelConfiguration? configuration, FunnelConfigurationException? failure, DateTime loadedOn, TimeSpan timeToLive)
        {
            Configuration = configuration;
            Failure = failure;
            LoadedOn = loadedOn;
            TimeToLive = timeToLive;
        }

        public FunnelConfiguration? Configuration { get; }

        public FunnelConfigurationException? Failure { get; }

        public DateTime LoadedOn { get; }

        public TimeSpan TimeToLive { get; }
    }
}
