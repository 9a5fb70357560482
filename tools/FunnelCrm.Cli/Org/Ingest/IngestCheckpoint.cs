using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using FunnelCrm.Cli.Output;

namespace FunnelCrm.Cli.Org.Ingest;

/// <summary>
/// Where an ingest got to: the last line whose batch the organization committed, and the counts so far, kept in
/// <c>FILE.ingest.json</c> beside the input (written after every committed batch), for <c>--resume</c>.
/// </summary>
public sealed record IngestCheckpoint(string File, long Length, int LastLine, IngestCounts Counts)
{
    /// <summary>The checkpoint's path for an input file.</summary>
    public static string PathFor(string input) => input + ".ingest.json";

    /// <summary>Reads the checkpoint of <paramref name="input"/>, refusing one that belongs to another version of the file.</summary>
    public static IngestCheckpoint Read(string input)
    {
        var path = PathFor(input);
        if (!System.IO.File.Exists(path))
        {
            throw new CliException("--resume: " + path + " does not exist; no earlier run of this file stopped part-way (run without --resume).");
        }
        IngestCheckpoint? checkpoint;
        try
        {
            checkpoint = JsonSerializer.Deserialize<IngestCheckpoint>(System.IO.File.ReadAllText(path));
        }
        catch (JsonException)
        {
            checkpoint = null;
        }
        if (checkpoint == null || checkpoint.Counts == null)
        {
            throw new CliException("--resume: " + path + " is not a checkpoint this command wrote; delete it and run without --resume.");
        }
        if (checkpoint.Length != new FileInfo(input).Length)
        {
            throw new CliException("--resume: " + input + " changed since the run that wrote " + path + " (" + checkpoint.Length.ToString(CultureInfo.InvariantCulture) + " bytes then); run without --resume (rows already in the organization are counted as unchanged).");
        }
        return checkpoint;
    }

    /// <summary>Writes the checkpoint.</summary>
    public void Write() => AtomicFile.Write(PathFor(File), text => text.Write(JsonSerializer.Serialize(this)));
}

/// <summary>The summary counts of an ingest.</summary>
public sealed record IngestCounts(long Created, long Updated, long Unchanged, long Refused)
{
    /// <summary>No rows yet.</summary>
    public static IngestCounts None { get; } = new(0, 0, 0, 0);
}
