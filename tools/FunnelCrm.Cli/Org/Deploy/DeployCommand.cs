using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Cli.Output;
using FunnelCrm.Dataverse;
using FunnelCrm.Emulator.WebApi.Platform;

namespace FunnelCrm.Cli.Org.Deploy;

/// <summary>
/// <c>funnelcrm org deploy --zip FILE [--managed]</c>: imports the solution asynchronously (a progress bar from the system
/// job), publishes, then registers the declared steps the zip could not carry and adds them to the solution. A re-run
/// with the same version changes nothing.
/// </summary>
public static class DeployCommand
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var connection = new OrgConnection(environment);
        var zip = new Option<string>("--zip") { Description = "The solution zip funnelcrm pack wrote.", Required = true };
        var managed = new Option<bool>("--managed") { Description = "The zip is the managed package (for test and production environments)." };
        var command = new Command("deploy", "Import the solution, publish, and register the steps a solution file cannot name; a re-run changes nothing.\n\nExample:\n  funnelcrm org deploy --zip FunnelCrm_1_0_0_0.zip")
        {
            zip, managed,
        };
        connection.AddTo(command);
        command.SetAction(parsed => RunAsync(connection, parsed, parsed.GetValue(zip)!, parsed.GetValue(managed), output, error).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(OrgConnection connection, ParseResult parsed, string path, bool managed, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            throw new CliException("--zip: " + path + ": file not found.");
        }
        var bytes = await File.ReadAllBytesAsync(path);
        SolutionPackage package;
        try
        {
            package = SolutionPackage.Read(bytes);
        }
        catch (InvalidDataException invalid)
        {
            throw new CliException("--zip: " + path + ": " + invalid.Message);
        }
        if (package.Managed != managed)
        {
            throw new CliException("--zip: " + path + " is " + (package.Managed ? "a managed package: add --managed." : "the unmanaged package: pack with --managed for --managed, or leave --managed out."));
        }
        using var client = await connection.OpenAsync(parsed, error);
        var installed = await InstalledAsync(client, package.UniqueName);
        if (installed == (package.Version.ToString(), package.Managed))
        {
            output.WriteLine(package.UniqueName + " " + package.Version + " is installed already; import skipped.");
        }
        else
        {
            await ImportAsync(client, bytes, error, path);
            await client.ExecuteAsync("PublishAllXml", new JsonObject());
            output.WriteLine("Imported and published " + package.UniqueName + " " + package.Version + (package.Managed ? " (managed)." : " (unmanaged)."));
        }
        var registrar = new StepRegistrar(client);
        var registered = 0;
        var declared = DeclaredRegistrations.Read(bytes);
        foreach (var (type, step, images) in declared)
        {
            if (await registrar.ExistsAsync(step, default))
            {
                continue;
            }
            await registrar.RegisterAsync(type, step, images, package.Managed ? null : package.UniqueName, default);
            output.WriteLine("Registered " + type.FullName + ": " + step.Message + " of " + step.Table + (package.Managed ? " (outside the managed solution: components cannot be added to it)." : " and added it to " + package.UniqueName + "."));
            registered++;
        }
        output.WriteLine(declared.Count + " declared steps: " + (declared.Count - registered) + " in the organization already, " + registered + " registered now.");
        return 0;
    }

    private static async Task<(string, bool)?> InstalledAsync(IDataverseClient client, string uniqueName)
    {
        await foreach (var row in client.QueryAsync("solutions", "$select=version,ismanaged&$filter=uniquename eq '" + uniqueName.Replace("'", "''", StringComparison.Ordinal) + "'", 1))
        {
            return (row.GetProperty("version").GetString() ?? "", row.GetProperty("ismanaged").GetBoolean());
        }
        return null;
    }

    private static async Task ImportAsync(IDataverseClient client, byte[] bytes, TextWriter error, string path)
    {
        var started = await client.ExecuteAsync("ImportSolutionAsync", new JsonObject
        {
            ["OverwriteUnmanagedCustomizations"] = true, ["PublishWorkflows"] = true,
            ["CustomizationFile"] = Convert.ToBase64String(bytes), ["ImportJobId"] = Guid.NewGuid().ToString("D"),
        });
        var job = started!.Value.GetProperty("AsyncOperationId").GetString()!;
        var failure = await Task.Run(() => ConsoleProgress.Run(error, "Importing " + Path.GetFileName(path), progress =>
        {
            while (true)
            {
                var row = client.RetrieveAsync("asyncoperations", job, "statecode,statuscode,message,friendlymessage").GetAwaiter().GetResult()
                    ?? throw new DataverseRefusedException(404, "", "The import's system job " + job + " disappeared.");
                var status = row.GetProperty("statuscode").GetInt32();
                progress(status switch { 0 or 10 => 0.1, 20 or 21 or 22 => 0.5, _ => 1 });
                if (row.GetProperty("statecode").GetInt32() == 3)
                {
                    return status == 30 ? null : Text(row, "friendlymessage") ?? Text(row, "message") ?? "the import ended with status " + status + ".";
                }
                Thread.Sleep(Poll);
            }
        }));
        if (failure != null)
        {
            throw new DataverseRefusedException(400, "", "The import of " + Path.GetFileName(path) + " failed: " + failure);
        }
    }

    private static string? Text(JsonElement row, string column) => row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
