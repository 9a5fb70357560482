using System;
using System.Linq;
using FunnelCrm.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Emulator.Pipeline;

/// <summary>
/// The optional parameters that bypass custom logic, as Microsoft documents them: <c>BypassCustomPluginExecution</c>
/// (true: synchronous steps; needs prvBypassCustomPlugins) and <c>BypassBusinessLogicExecution</c> ("CustomSync",
/// "CustomAsync" or both; needs prvBypassCustomBusinessLogic). They apply to the request they are sent with.
/// </summary>
internal sealed class LogicBypass
{
    private LogicBypass(bool synchronous, bool asynchronous)
    {
        Synchronous = synchronous;
        Asynchronous = asynchronous;
    }

    public static readonly LogicBypass None = new(false, false);

    /// <summary>Whether synchronous steps are skipped.</summary>
    public bool Synchronous { get; }

    /// <summary>Whether asynchronous steps are not queued.</summary>
    public bool Asynchronous { get; }

    public static LogicBypass Of(OrganizationRequest request, UserAccount user, string table)
    {
        var plugins = request.Parameters.TryGetValue("BypassCustomPluginExecution", out var flag) && flag is true;
        var logic = request.Parameters.TryGetValue("BypassBusinessLogicExecution", out var value) && value is string text
            ? text.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToArray()
            : Array.Empty<string>();
        var unknown = logic.FirstOrDefault(p => p != "CustomSync" && p != "CustomAsync");
        if (unknown != null)
        {
            throw Faults.InvalidArgument($"BypassBusinessLogicExecution accepts CustomSync and CustomAsync, not '{unknown}'.");
        }
        Require(user, plugins, "prvBypassCustomPlugins", table);
        Require(user, logic.Length > 0, "prvBypassCustomBusinessLogic", table);
        return plugins || logic.Length > 0 ? new LogicBypass(plugins || logic.Contains("CustomSync"), logic.Contains("CustomAsync")) : None;
    }

    private static void Require(UserAccount user, bool asked, string privilege, string table)
    {
        if (asked && !user.HasPrivilege(privilege))
        {
            throw Faults.Create(ErrorCodes.PrivilegeDenied,
                $"Principal user (Id={user.Id}, type=8, roleCount={user.Roles.Count}), is missing {privilege} privilege on entity '{table}'. Consider adding a security role that grants {privilege}.");
        }
    }
}
