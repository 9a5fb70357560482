using System.CommandLine;
using System.IO;

namespace FunnelCrm.Cli.Org;

/// <summary><c>funnelcrm org ...</c>: the commands that talk to a Dataverse organization over the Web API.</summary>
public static class OrgCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(TextWriter output, TextWriter error, System.Func<string, string?> environment) =>
        new("org", "Work with a Dataverse organization over the Web API (connection: --connection or the DATAVERSE_* variables).")
        {
            WhoAmICommand.Create(output, error, environment),
            Ingest.IngestCommand.Create(output, error, environment),
            Export.ExportCommand.Create(output, error, environment),
            Deploy.DeployCommand.Create(output, error, environment),
            Status.StatusCommand.Create(output, error, environment),
        };
}
