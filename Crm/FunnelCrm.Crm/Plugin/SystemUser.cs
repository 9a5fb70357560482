using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.Crm.Sdk.Messages;

namespace FunnelCrm.Crm.Plugin;

/// <summary>
/// Whether an operation runs as SYSTEM, the user FunnelCrm's own writes run as (CreateOrganizationService(null)).
/// SYSTEM's id is asked once per organization (WhoAmI through the SYSTEM service) and kept: it never changes.
/// </summary>
public static class SystemUser
{
    private static Dictionary<Guid, Guid> ids = new Dictionary<Guid, Guid>();

    /// <summary>Whether the step's operation runs as SYSTEM.</summary>
    public static bool IsCaller(LocalPluginContext context) => context.Context.UserId == Id(context);

    private static Guid Id(LocalPluginContext context)
    {
        var organization = context.Context.OrganizationId;
        if (ids.TryGetValue(organization, out var id))
        {
            return id;
        }

        id = ((WhoAmIResponse)context.SystemService.Execute(new WhoAmIRequest())).UserId;
        while (true)
        {
            var current = ids;
            var next = new Dictionary<Guid, Guid>(current) { [organization] = id };
            if (Interlocked.CompareExchange(ref ids, next, current) == current)
            {
                return id;
            }
        }
    }
}
