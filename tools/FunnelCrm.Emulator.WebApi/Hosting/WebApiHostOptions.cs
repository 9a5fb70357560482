using System;
using System.Collections.Generic;
using System.Reflection;
using System.Xml.Linq;
using FunnelCrm.Emulator.WebApi.Platform;
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

    /// <summary>
    /// Assemblies whose plug-in classes a step registered over HTTP or by a solution import may run (the assemblies of
    /// the steps registered before the host starts are always included).
    /// </summary>
    public IReadOnlyList<Assembly> PluginAssemblies { get; init; } = Array.Empty<Assembly>();

    /// <summary>The solution.xml of a solution whose components the organization holds already (a solutions row for it), or null.</summary>
    public XDocument? InstalledSolution { get; init; }

    /// <summary>What plug-in executions are written to plugintracelogs (Dataverse's default is Off).</summary>
    public PluginTraceLogSetting PluginTraceLog { get; init; } = PluginTraceLogSetting.Exception;

    /// <summary>Whether queued asynchronous steps run in the background, as Dataverse's asynchronous service runs them (off: a test drains them).</summary>
    public bool RunAsyncJobs { get; init; } = true;
}
