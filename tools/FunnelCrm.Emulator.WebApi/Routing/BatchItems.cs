namespace FunnelCrm.Emulator.WebApi.Routing;

/// <summary>Keys of <c>HttpContext.Items</c> the batch processor sets on the requests it runs.</summary>
public static class BatchItems
{
    /// <summary>Present on a request that is a part of a <c>$batch</c>.</summary>
    public const string InBatch = "FunnelCrm.WebApi.InBatch";
}
