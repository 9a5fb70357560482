using System;
using System.CommandLine;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using FunnelCrm.Cli.Demo;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.WebApi.Hosting;
using FunnelCrm.Plugins.Scoring;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm serve</c>: the emulated organization behind the Dataverse Web API on a loopback port, until Ctrl+C or SIGTERM.</summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var port = Options.WholeNumber("--port", "Loopback port to listen on (0: any free port).", 0, 65535, 0);
        var demo = new Option<bool>("--demo") { Description = "Serve the demo's generated leads and their history (500 leads, 12 months, seed 42)." };
        var command = new Command("serve", "Serve the emulated CRM with the FunnelCrm solution and its plugins as a Dataverse Web API (v9.2) on 127.0.0.1, and print a connection string for an administrator.\n\nExample:\n  funnelcrm serve --port 5080 --demo")
        {
            port, demo,
        };
        command.SetAction(parsed =>
        {
            var chosen = parsed.GetValue(port);
            var organization = parsed.GetValue(demo) ? DemoOrganization(error) : SolutionOrganization();
            return ServeAsync(organization, chosen, output).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> ServeAsync(Organization organization, int port, TextWriter output)
    {
        organization.Roles.Add(SystemAdministrator.Role(organization));
        var admin = organization.AddUser("FunnelCrm Administrator", SystemAdministrator.Name, SecurityRoles.AdminName);
        var stop = new TaskCompletionSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        await using var host = await WebApiHost.StartAsync(organization, new WebApiHostOptions
        {
            Port = port,
            PluginAssemblies = new[] { typeof(ActivityScoringPlugin).Assembly },
            InstalledSolution = UnpackedSolution.Load(new EmbeddedFiles(typeof(DemoSimulation).Assembly, "FunnelCrm.Solution/")).Manifest,
        });
        output.WriteLine("Serving the Dataverse Web API at " + host.ServiceRoot + " (Ctrl+C stops).");
        output.WriteLine("Connection: " + host.ConnectionString(host.Tokens.Issue(admin)));
        output.Flush();
        await stop.Task;
        output.WriteLine("Stopping.");
        return 0;

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.TrySetResult();
        }
    }

    private static Organization SolutionOrganization()
    {
        var organization = new Organization();
        organization.LoadSolutionSource(new EmbeddedFiles(typeof(DemoSimulation).Assembly, "FunnelCrm.Solution/"));
        organization.RegisterDeclaredSteps(typeof(ActivityScoringPlugin).Assembly);
        organization.RegisterDeclaredCustomApis(typeof(ActivityScoringPlugin).Assembly);
        return organization;
    }

    private static Organization DemoOrganization(TextWriter error) =>
        new DemoSimulation(new DemoScenario(500, 12, 42), error).Run().Organization;
}
