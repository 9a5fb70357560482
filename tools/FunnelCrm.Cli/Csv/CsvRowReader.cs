namespace FunnelCrm.Cli.Csv;

/// <summary>Reads one record into a part; throws <see cref="CsvRowException"/> for a bad record.</summary>
public delegate void CsvRowReader<in TPart>(TPart part, CsvRow row);
