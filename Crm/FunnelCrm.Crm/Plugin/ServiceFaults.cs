using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Plugin;

/// <summary>
/// The Dataverse error behind a failed service call, whichever exception carries it (the SDK's
/// FaultException&lt;OrganizationServiceFault&gt; on .NET Framework, a host's own exception with a Detail fault elsewhere).
/// Only code outside a transaction (asynchronous steps, background workflow activities) may catch a failed call and try
/// again: inside one, the failure has already doomed the transaction.
/// </summary>
public static class ServiceFaults
{
    /// <summary>0x80060882: the row changed since it was read (Update with IfRowVersionMatches).</summary>
    public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);

    /// <summary>0x80040237: a row with the same key exists already.</summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);

    /// <summary>0x80060892: a row with the same alternate key values exists already.</summary>
    public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

    /// <summary>The fault's error code, or null when the exception carries no Dataverse fault.</summary>
    public static int? ErrorCode(Exception failure) =>
        (failure?.GetType().GetProperty("Detail")?.GetValue(failure, null) as OrganizationServiceFault)?.ErrorCode;

    /// <summary>
    /// A failed call as the refusal it is for the user: the fault's own message and error code (a nested step's
    /// refusal reads as that step wrote it, not wrapped in ours), or null when the exception carries no Dataverse fault.
    /// </summary>
    public static InvalidPluginExecutionException? AsRefusal(Exception failure) =>
        ErrorCode(failure) is int code ? new InvalidPluginExecutionException(OperationStatus.Failed, code, failure.Message) : null;

    /// <summary>Whether the call failed because another writer got there first (a row version or a key taken meanwhile).</summary>
    public static bool IsLostRace(Exception failure)
    {
        var code = ErrorCode(failure);
        return code == ConcurrencyVersionMismatch || code == DuplicateRecord || code == DuplicateRecordEntityKey;
    }
}
