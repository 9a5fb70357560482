using System.CommandLine;
using System.IO;

namespace FunnelCrm.Cli.Org;

/// <summary><c>funnelcrm org ...</c>: the commands that talk to a Dataverse organization over the Web API.</summary>
public static class OrgCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(TextWriter output, TextWriter error) =>
        new("org", "Work with a Dataverse organization over the Web API (connection: --connection or the DATAVERSE_* variables).")
        {
            WhoAmICommand.Create(output, error),
            Ingest.IngestCommand.Create(output, error),
            Export.ExportCommand.Create(output, error),
            Deploy.DeployCommand.Create(output, error),
            Status.StatusCommand.Create(output, error),
        };
}
