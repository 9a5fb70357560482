using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using FunnelCrm.Cli.Org.Export;

namespace FunnelCrm.Cli.Org;

/// <summary>
/// <c>--org</c> on report, score and plan: the CSVs they read, exported from the organization into a temporary folder
/// (deleted when the command ends) instead of given as files.
/// </summary>
public sealed class OrgInput
{
    private readonly Option<bool> org = new("--org") { Description = "Read the data straight from the organization (--connection or the DATAVERSE_* variables) instead of CSV files." };
    private readonly OrgConnection connection;

    /// <summary>--org reading the DATAVERSE_* variables through <paramref name="environment"/>.</summary>
    public OrgInput(Func<string, string?> environment)
    {
        connection = new OrgConnection(environment);
    }

    /// <summary>Adds --org and the connection options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(org);
        connection.AddTo(command);
    }

    /// <summary>Exports what the command reads when --org is given; null otherwise.</summary>
    public Exported? Open(ParseResult parsed, TextWriter error, params string[] kinds)
    {
        if (!parsed.GetValue(org))
        {
            return null;
        }
        var folder = Path.Combine(Path.GetTempPath(), "funnelcrm-org-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var exported = new Exported(folder);
        try
        {
            using var client = connection.OpenAsync(parsed, error).GetAwaiter().GetResult();
            exported.Source = "transitions exported from " + client.Url;
            foreach (var kind in kinds)
            {
                var rows = ExportCommand.WriteAsync(client, kind, exported.Path(kind), default).GetAwaiter().GetResult();
                error.WriteLine("Read " + rows.ToString("N0", CultureInfo.InvariantCulture) + " " + kind + " from " + client.Url + ".");
            }
            return exported;
        }
        catch
        {
            exported.Dispose();
            throw;
        }
    }

    /// <summary>The exported files, deleted on dispose.</summary>
    public sealed class Exported : IDisposable
    {
        private readonly string folder;

        internal Exported(string folder)
        {
            this.folder = folder;
        }

        /// <summary>Where the rows came from (the organization's address).</summary>
        public string Source { get; internal set; } = "";

        /// <summary>The file of a kind (transitions, activities, leads, outcomes).</summary>
        public string Path(string kind) => System.IO.Path.Combine(folder, kind + ".csv");

        /// <summary>Deletes the files.</summary>
        public void Dispose() => Directory.Delete(folder, recursive: true);
    }
}
