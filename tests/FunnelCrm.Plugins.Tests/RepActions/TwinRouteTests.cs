using System;
using System.Collections.Generic;
using System.Linq;
using FunnelCrm.Crm.Handoffs;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Stages;
using FunnelCrm.Plugins.RepActions;
using FunnelCrm.Plugins.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static FunnelCrm.Plugins.Tests.Handoffs.HandoffFlow;
using static FunnelCrm.Plugins.Tests.RepActions.RepCall;

namespace FunnelCrm.Plugins.Tests.RepActions;

/// <summary>
/// Every rep action API writes exactly what the equivalent guarded stage update writes: twin leads, one moved by the API,
/// the other by the rep saving the stage fields on the form; the lead rows, their transition rows and their tasks compare
/// equal column by column (ids, names and audit times aside).
/// </summary>
public class TwinRouteTests
{
    private static readonly HashSet<string> Identity = new(StringComparer.Ordinal)
    {
        "leadid", "fullname", "lastname", "emailaddress1", "createdon", "modifiedon", "versionnumber",
        StageTransitionColumns.Id, StageTransitionColumns.LeadId, StageTransitionColumns.Name, "activityid", "regardingobjectid", "subject",
    };

    public static TheoryData<string> Actions() => new() { AcceptLeadApi.Name, RejectLeadApi.Name, QualifyToSqlApi.Name, RecycleLeadApi.Name };

    [Theory]
    [MemberData(nameof(Actions))]
    public void RepActionApi_AgainstTheGuardedStageUpdate_WritesTheSameRows(string api)
    {
        var crm = new FunnelOrganization();
        var (byApi, byForm) = Twins(crm, api);
        var rep = Rep(crm);
        crm.Organization.Clock.Advance(TimeSpan.FromHours(30));

        rep.Execute(Request(api, byApi, Parameters(api)));
        rep.Update(FormUpdate(api, byForm));

        Assert.Equal(Columns(crm.Lead(byForm)), Columns(crm.Lead(byApi)));
        Assert.Equal(crm.Transitions(byForm).Select(Columns), crm.Transitions(byApi).Select(Columns));
        Assert.Equal(Tasks(crm, byForm).Select(Columns), Tasks(crm, byApi).Select(Columns));
    }

    private static (Guid ByApi, Guid ByForm) Twins(FunnelOrganization crm, string api) =>
        api == QualifyToSqlApi.Name ? (Sal(crm, SqlBantOnly), Sal(crm, SqlBantOnly))
        : api == RecycleLeadApi.Name ? (Sql(crm), Sql(crm))
        : (Mql(crm, name: "Twin"), Mql(crm, name: "Twin"));

    private static (string, object?)[] Parameters(string api) =>
        api == RejectLeadApi.Name ? new (string, object?)[] { (RepApi.Reason, new OptionSetValue(RejectionReasonOption.NoNeed)), (RepApi.Note, "Uses a rival tool") }
        : api == RecycleLeadApi.Name ? new (string, object?)[] { (RepApi.Reason, "Budget frozen") }
        : new (string, object?)[] { (RepApi.Note, "Called back") };

    private static Entity FormUpdate(string api, Guid leadId) =>
        api == AcceptLeadApi.Name ? LeadMoves.Accept(leadId, "Called back")
        : api == RejectLeadApi.Name ? LeadMoves.Reject(leadId, RejectionReason.NoNeed, "Uses a rival tool")
        : api == QualifyToSqlApi.Name ? LeadMoves.QualifyToSql(leadId, "Called back")
        : LeadMoves.Recycle(leadId, "Budget frozen");

    private static IReadOnlyList<Entity> Tasks(FunnelOrganization crm, Guid leadId)
    {
        var query = new QueryExpression(Tables.Task) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, leadId);
        return crm.System.RetrieveMultiple(query).Entities.ToList();
    }

    private static string Columns(Entity row) => string.Join("; ", row.Attributes
        .Where(a => !Identity.Contains(a.Key))
        .OrderBy(a => a.Key, StringComparer.Ordinal)
        .Select(a => a.Key + "=" + (a.Key == LeadColumns.TopContributions ? WithoutActivityIds((string)a.Value) : Show(a.Value))));

    private static string WithoutActivityIds(string contributions) =>
        string.Join("\n", contributions.Split('\n').Select(line => line.Substring(line.IndexOf('|') + 1)));

    private static string Show(object? value) => value switch
    {
        EntityReference reference => reference.LogicalName + ":" + reference.Id,
        OptionSetValue option => option.Value.ToString(),
        Money money => money.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O"),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
