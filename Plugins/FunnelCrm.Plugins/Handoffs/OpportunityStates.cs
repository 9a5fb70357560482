using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Plugins.Handoffs;

/// <summary>An opportunity's status (statecode) values, and the status an image of it holds.</summary>
internal static class OpportunityStates
{
    /// <summary>Open.</summary>
    public const int Open = 0;

    /// <summary>Won.</summary>
    public const int Won = 1;

    /// <summary>Lost.</summary>
    public const int Lost = 2;

    /// <summary>The status in <paramref name="image"/> (Open when the image or its statecode is missing).</summary>
    public static int In(Entity? image) => image?.GetAttributeValue<OptionSetValue>(OpportunityStandardColumns.StateCode)?.Value ?? Open;
}
