namespace FunnelCrm.Cli.Org.Ingest;

/// <summary>How an ingest writes: rows per write request, whether unknown emails get a new lead, the source system of rows that name none.</summary>
public sealed record IngestSettings(int BatchSize, bool CreateLeads, string DefaultSource)
{
    /// <summary>Write batches whose lookups share one $batch request.</summary>
    public const int BatchesPerLookup = 5;

    /// <summary>Keys per lookup query (an or of eq conditions).</summary>
    public const int KeysPerQuery = 50;
}
