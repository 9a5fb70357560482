using System;
using System.Collections.Generic;
using FunnelCrm.Emulator.Data;
using FunnelCrm.Emulator.Messages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>The rows a step's images are taken from at one point of the pipeline: the primary row and, for Merge, the subordinate.</summary>
internal sealed class ImageRows
{
    private const string SubordinateProperty = "SubordinateId";

    private readonly string table;
    private readonly Guid primaryId;
    private readonly Dictionary<string, object?>? primary;
    private readonly Guid subordinateId;
    private readonly Dictionary<string, object?>? subordinate;

    private ImageRows(string table, Guid primaryId, Dictionary<string, object?>? primary, Guid subordinateId, Dictionary<string, object?>? subordinate)
    {
        this.table = table;
        this.primaryId = primaryId;
        this.primary = primary;
        this.subordinateId = subordinateId;
        this.subordinate = subordinate;
    }

    /// <summary>The rows as the transaction sees them now, or null when the message has no images or no step takes one.</summary>
    public static ImageRows? Read(IMessageHandler handler, StepRegistry steps, RowStore store, string table, IExecutionContext context, Transaction? transaction)
    {
        if (!handler.HasImages || !steps.TakesImages(context.MessageName, table))
        {
            return null;
        }
        var id = context.PrimaryEntityId;
        var subordinateId = context.MessageName == "Merge" && context.InputParameters.TryGetValue(SubordinateProperty, out var value) && value is Guid s ? s : Guid.Empty;
        return new ImageRows(table, id,
            id == Guid.Empty ? null : store.Read(table, id, transaction)?.Values,
            subordinateId,
            subordinateId == Guid.Empty ? null : store.Read(table, subordinateId, transaction)?.Values);
    }

    /// <summary>The row the request property names, with its table and id (a null row: no image).</summary>
    public (Dictionary<string, object?>? Row, string Table, Guid Id) Of(string? property) =>
        property == SubordinateProperty ? (subordinate, table, subordinateId) : (primary, table, primaryId);
}
