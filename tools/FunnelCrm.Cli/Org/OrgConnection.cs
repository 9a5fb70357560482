using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FunnelCrm.Dataverse;
using FunnelCrm.Dataverse.Connection;
using FunnelCrm.Dataverse.Resilience;

namespace FunnelCrm.Cli.Org;

/// <summary>
/// The options every <c>org</c> command shares (<c>--connection</c>, <c>--concurrency</c>) and the client they open:
/// the connection string, else the DATAVERSE_* environment variables.
/// </summary>
public sealed class OrgConnection
{
    private readonly Func<string, string?> environment;

    private readonly Option<string?> connection = new("--connection")
    {
        Description = "Connection string: AuthType=ClientSecret|Certificate|OAuth|DeviceCode|ManagedIdentity|AzureCli|Token;Url=https://<org>.crm.dynamics.com;... (default: DATAVERSE_CONNECTION or DATAVERSE_URL and its variables).",
    };

    private readonly Option<int> concurrency = new("--concurrency")
    {
        Description = "Requests in flight at once (1-52; default 16).",
        DefaultValueFactory = _ => 16,
    };

    /// <summary>Options reading the DATAVERSE_* variables through <paramref name="environment"/>.</summary>
    public OrgConnection(Func<string, string?> environment)
    {
        this.environment = environment;
    }

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(connection);
        command.Options.Add(concurrency);
    }

    /// <summary>Opens a client for the parsed options; sign-in prompts go to <paramref name="prompts"/>.</summary>
    public Task<DataverseClient> OpenAsync(ParseResult parsed, TextWriter prompts, CancellationToken cancellation = default)
    {
        var resolved = DataverseConnection.Resolve(parsed.GetValue(connection), environment);
        return DataverseClient.ConnectAsync(resolved, new DataverseClientOptions
        {
            Prompts = prompts,
            Protection = new ServiceProtectionOptions { MaxConcurrency = parsed.GetValue(concurrency) },
        }, cancellation);
    }
}
