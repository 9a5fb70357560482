using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>How an exception thrown by a plugin reaches the caller: the fault, and the details a Web API error annotates it with.</summary>
public static class PluginFaults
{
    private const int DefaultExceptionHResult = unchecked((int)0x80131500);

    /// <summary>The ErrorDetails key holding the plug-in's OperationStatus (as an int) on a fault from InvalidPluginExecutionException.</summary>
    public const string OperationStatusDetail = "OperationStatus";

    /// <summary>The ErrorDetails key holding the error code the plug-in gave InvalidPluginExecutionException.</summary>
    public const string SubErrorCodeDetail = "SubErrorCode";

    internal static OrganizationServiceFaultException From(Exception exception, string pluginType, string trace)
    {
        switch (exception)
        {
            case OrganizationServiceFaultException fault:
                return fault;
            case InvalidPluginExecutionException refusal:
                var code = refusal.ErrorCode == DefaultExceptionHResult ? ErrorCodes.IsvAborted : refusal.ErrorCode;
                var refused = Faults.Create(code, refusal.Message, trace);
                refused.Detail.ErrorDetails[OperationStatusDetail] = (int)refusal.Status;
                refused.Detail.ErrorDetails[SubErrorCodeDetail] = refusal.ErrorCode;
                return refused;
            default:
                return Faults.Create(ErrorCodes.UnexpectedPluginException,
                    $"Unexpected exception from plug-in (Execute): {pluginType}: {exception.GetType().FullName}: {exception.Message}", trace);
        }
    }
}
