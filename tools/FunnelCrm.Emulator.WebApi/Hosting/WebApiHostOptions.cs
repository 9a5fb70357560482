using System;
using FunnelCrm.Emulator.WebApi.Protection;

namespace FunnelCrm.Emulator.WebApi.Hosting;

/// <summary>How the Web API host listens and protects itself.</summary>
public sealed class WebApiHostOptions
{
    /// <summary>The loopback port (0: any free port).</summary>
    public int Port { get; init; }

    /// <summary>The service protection limits.</summary>
    public ServiceProtectionLimits Limits { get; init; } = new();

    /// <summary>Injected faults (none by default).</summary>
    public FaultInjection Faults { get; init; } = new();

    /// <summary>What RetrieveVersion answers.</summary>
    public string Version { get; init; } = "9.2.25101.00000";

    /// <summary>The tenant the 401 challenge names.</summary>
    public Guid TenantId { get; init; } = Guid.NewGuid();

    /// <summary>The clock of the sliding windows.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
