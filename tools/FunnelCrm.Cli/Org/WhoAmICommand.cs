using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FunnelCrm.Dataverse;

namespace FunnelCrm.Cli.Org;

/// <summary><c>funnelcrm org whoami</c>: the user, the organization and its version, and whether FunnelCrm is installed.</summary>
public static class WhoAmICommand
{
    /// <summary>The FunnelCrm solution's unique name.</summary>
    public const string SolutionName = "FunnelCrm";

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var connection = new OrgConnection(environment);
        var command = new Command("whoami", "Who the connection signs in as, the organization and its version, and whether FunnelCrm is installed.\n\nExample:\n  funnelcrm org whoami --connection \"AuthType=ClientSecret;Url=https://contoso.crm4.dynamics.com;ClientId=...;ClientSecret=...\"");
        connection.AddTo(command);
        command.SetAction(parsed => RunAsync(connection, parsed, output, error).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(OrgConnection connection, ParseResult parsed, TextWriter output, TextWriter error)
    {
        using var client = await connection.OpenAsync(parsed, error);
        var me = await client.WhoAmIAsync();
        var version = await client.RetrieveVersionAsync();
        var user = await client.RetrieveAsync("systemusers", me.UserId.ToString("D"), "fullname");
        var name = user?.TryGetProperty("fullname", out var fullName) == true ? fullName.GetString() : null;
        output.WriteLine("User:         " + (name ?? "?") + " (" + me.UserId.ToString("D") + ")");
        output.WriteLine("Organization: " + client.Url + " (" + me.OrganizationId.ToString("D") + "), version " + version);
        output.WriteLine("FunnelCrm:    " + await InstalledAsync(client));
        return 0;
    }

    /// <summary>"1.0.0.0 (managed)", or "not installed".</summary>
    public static async Task<string> InstalledAsync(IDataverseClient client)
    {
        await foreach (var solution in client.QueryAsync("solutions", "$select=version,ismanaged&$filter=uniquename eq '" + SolutionName + "'"))
        {
            return solution.GetProperty("version").GetString() + (solution.GetProperty("ismanaged").GetBoolean() ? " (managed)" : " (unmanaged)");
        }
        return "not installed";
    }
}
