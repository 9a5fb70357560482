using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator;

/// <summary>
/// How the emulator delivers a failed organization service call. On .NET Framework the SDK throws
/// <c>FaultException&lt;OrganizationServiceFault&gt;</c>; System.ServiceModel does not exist on net10.0, so the
/// emulator throws this one type instead. It carries the same <see cref="OrganizationServiceFault"/>
/// (<see cref="BaseServiceFault.ErrorCode"/>, <see cref="BaseServiceFault.Message"/>, TraceText) in
/// <see cref="Detail"/>, and its <see cref="Exception.Message"/> is the fault's message.
/// </summary>
public sealed class OrganizationServiceFaultException : Exception
{
    /// <summary>Wraps a fault.</summary>
    public OrganizationServiceFaultException(OrganizationServiceFault detail)
        : base(detail.Message)
    {
        Detail = detail;
    }

    /// <summary>The fault as Dataverse reports it.</summary>
    public OrganizationServiceFault Detail { get; }
}
