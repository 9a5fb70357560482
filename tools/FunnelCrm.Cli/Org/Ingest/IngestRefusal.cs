namespace FunnelCrm.Cli.Org.Ingest;

/// <summary>A row that was not imported: its line and why.</summary>
public sealed record IngestRefusal(int Line, string Reason);
