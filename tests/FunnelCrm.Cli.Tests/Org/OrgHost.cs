using System;
using System.IO;
using System.Threading.Tasks;
using FunnelCrm.SolutionLayout;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Crm.Tests.Support;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.WebApi.Hosting;
using FunnelCrm.Emulator.WebApi.Protection;
using FunnelCrm.Plugins.Scoring;

namespace FunnelCrm.Cli.Tests.Org;

/// <summary>
/// The Web API host on a loopback port over an organization with the FunnelCrm solution installed and every declared
/// plugin step registered, and the connection string of an administrator, for the <c>org</c> commands.
/// </summary>
internal sealed class OrgHost : IAsyncDisposable
{
    private OrgHost(WebApiHost host, string connection)
    {
        Host = host;
        Connection = connection;
    }

    public WebApiHost Host { get; }

    public Organization Organization => Host.Organization;

    public string Connection { get; }

    public static async Task<OrgHost> StartAsync(FaultInjection? faults = null, bool withSolution = true, ServiceProtectionLimits? limits = null)
    {
        var organization = new Organization();
        if (withSolution)
        {
            organization.LoadSolutionSource(RepositoryPaths.Solution);
            organization.RegisterDeclaredSteps(typeof(ActivityScoringPlugin).Assembly);
        }
        organization.Roles.Add(SystemAdministrator.Role(organization));
        var roles = withSolution ? new[] { SystemAdministrator.Name, SecurityRoles.AdminName } : new[] { SystemAdministrator.Name };
        var admin = organization.AddUser("Ada Admin", roles);
        var host = await WebApiHost.StartAsync(organization, new WebApiHostOptions
        {
            Faults = faults ?? new FaultInjection(),
            Limits = limits ?? new ServiceProtectionLimits(),
            PluginAssemblies = new[] { typeof(ActivityScoringPlugin).Assembly },
            InstalledSolution = withSolution ? UnpackedSolution.Load(RepositoryPaths.Solution).Manifest : null,
        });
        return new OrgHost(host, host.ConnectionString(host.Tokens.Issue(admin)));
    }

    public CliRun Run(params string[] args) => CliRun.Of([.. args, "--connection", Connection]);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
