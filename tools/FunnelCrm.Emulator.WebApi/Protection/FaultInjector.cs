using System;
using System.Linq;

namespace FunnelCrm.Emulator.WebApi.Protection;

/// <summary>Decides, request by request and reproducibly from the seed, which injected fault (if any) a request gets.</summary>
public sealed class FaultInjector
{
    private readonly FaultInjection settings;
    private readonly Random random;
    private readonly InjectedFault[] kinds;

    /// <summary>An injector for the settings.</summary>
    public FaultInjector(FaultInjection settings)
    {
        this.settings = settings;
        random = new Random(settings.Seed);
        kinds = Enum.GetValues<InjectedFault>().Where(k => k != InjectedFault.None && settings.Kinds.HasFlag(k)).ToArray();
    }

    /// <summary>How long a slow response waits.</summary>
    public TimeSpan Delay => settings.Delay;

    /// <summary>The fault for the next request.</summary>
    public InjectedFault Next()
    {
        if (settings.Rate <= 0 || kinds.Length == 0)
        {
            return InjectedFault.None;
        }
        lock (random)
        {
            return random.NextDouble() < settings.Rate ? kinds[random.Next(kinds.Length)] : InjectedFault.None;
        }
    }
}
