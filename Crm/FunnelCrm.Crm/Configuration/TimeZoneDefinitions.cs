using System.Linq;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Configuration;

/// <summary>
/// Resolves a Dataverse time zone code (what fcm_timezonecode holds, as usersettings.timezonecode does) with the
/// platform's own table: the timezonedefinition row with that timezonecode names the zone by its Windows id
/// (standardname), which the server resolves. Every code the organization offers resolves this way; none is hard-coded.
/// </summary>
public static class TimeZoneDefinitions
{
    /// <summary>The time zone definition table.</summary>
    public const string Table = "timezonedefinition";

    /// <summary>Its code column.</summary>
    public const string Code = "timezonecode";

    /// <summary>Its Windows time zone id column.</summary>
    public const string StandardName = "standardname";

    /// <summary>The Windows id of the zone with the code; refuses a code the organization does not know or a zone the server cannot resolve.</summary>
    public static string WindowsId(IOrganizationService service, int code)
    {
        var query = new QueryExpression(Table) { ColumnSet = new ColumnSet(StandardName), TopCount = 1 };
        query.Criteria.AddCondition(Code, ConditionOperator.Equal, code);
        var id = service.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<string>(StandardName);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ScoringModelException(new[] { "Field 'fcm_timezonecode' holds " + code + ", which is not a time zone code of this organization." });
        }

        try
        {
            FunnelTimeZones.Find(id);
        }
        catch (System.ArgumentException unknown)
        {
            throw new ScoringModelException(new[] { "Field 'fcm_timezonecode' holds " + code + " (" + id + "), which this server cannot resolve: " + unknown.Message });
        }

        return id!;
    }
}
