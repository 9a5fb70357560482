using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator;

/// <summary>Builds the faults the emulator throws, worded as Dataverse words them.</summary>
public static class Faults
{
    /// <summary>A fault with the given code and message.</summary>
    public static OrganizationServiceFaultException Create(int errorCode, string message, string? traceText = null) =>
        new OrganizationServiceFaultException(new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
            TraceText = traceText,
        });

    internal static OrganizationServiceFaultException RecordNotFound(string table, Guid id) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"{table} With Id = {id} Does Not Exist");

    internal static OrganizationServiceFaultException UnknownTable(string table) =>
        Create(ErrorCodes.EntityNotFound, $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");

    internal static OrganizationServiceFaultException UnknownColumn(string table, string column) =>
        Create(ErrorCodes.AttributeNotFound, $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    internal static OrganizationServiceFaultException InvalidArgument(string message) =>
        Create(ErrorCodes.InvalidArgument, message);

    internal static OrganizationServiceFaultException NotSupported(string what) =>
        Create(ErrorCodes.NotSupported, $"The emulator does not support {what}.");
}
