using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Tests.Plugin;

/// <summary>Another publisher's step on lead Update that refuses every change: a compliance hold.</summary>
public sealed class ComplianceHoldPlugin : IPlugin
{
    public const string Refusal = "This lead is on a compliance hold: ask the data protection officer before changing it.";

    public void Execute(IServiceProvider serviceProvider) => throw new InvalidPluginExecutionException(Refusal);
}
