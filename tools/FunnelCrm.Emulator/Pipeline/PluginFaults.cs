using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>How an exception thrown by a plugin reaches the caller.</summary>
internal static class PluginFaults
{
    private const int DefaultExceptionHResult = unchecked((int)0x80131500);

    public static OrganizationServiceFaultException From(Exception exception, string pluginType, string trace)
    {
        switch (exception)
        {
            case OrganizationServiceFaultException fault:
                return fault;
            case InvalidPluginExecutionException refusal:
                var code = refusal.ErrorCode == DefaultExceptionHResult ? ErrorCodes.IsvAborted : refusal.ErrorCode;
                return Faults.Create(code, refusal.Message, trace);
            default:
                return Faults.Create(ErrorCodes.UnexpectedPluginException,
                    $"Unexpected exception from plug-in (Execute): {pluginType}: {exception.GetType().FullName}: {exception.Message}", trace);
        }
    }
}
