using System;
using System.Collections.Generic;
using System.Globalization;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel.Routing;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Sla;
using FunnelCrm.Funnel.Stages;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Crm.Configuration;

/// <summary>
/// Applies the fcm_funnelsettings row to the model (threshold, fit minimum, half-life, grades, version) and the funnel
/// settings (SLAs, business hours in the zone, BANT gates, routing, recycling). A value that cannot be read is refused
/// with the field named.
/// </summary>
public static class FunnelSettingsRow
{
    /// <summary>Applies the row; <paramref name="zoneOfCode"/> turns fcm_timezonecode into a Windows time zone id.</summary>
    public static void Apply(Entity row, ScoringModel model, FunnelSettings settings, Func<int, string> zoneOfCode)
    {
        if (row.GetAttributeValue<int?>(FunnelSettingsColumns.MqlThreshold) is int threshold)
        {
            model.MqlThreshold = threshold;
        }

        if (row.GetAttributeValue<int?>(FunnelSettingsColumns.MinimumFitScore) is int minimumFit)
        {
            model.MinimumFitForMql = minimumFit;
        }

        if (row.GetAttributeValue<decimal?>(FunnelSettingsColumns.HalfLifeDays) is decimal halfLife)
        {
            model.BehaviourHalfLifeDays = (double)halfLife;
        }

        if (row.GetAttributeValue<string>(FunnelSettingsColumns.ModelVersion) is { Length: > 0 } version)
        {
            model.Version = version;
        }

        if (row.GetAttributeValue<string>(FunnelSettingsColumns.GradeBands) is { Length: > 0 } bands)
        {
            model.Grades = GradeBandsText(bands);
        }

        if (row.GetAttributeValue<int?>(FunnelSettingsColumns.AcceptSlaHours) is int acceptHours)
        {
            settings.Sla.MqlAcceptanceHours = acceptHours;
        }

        if (row.GetAttributeValue<int?>(FunnelSettingsColumns.FollowUpSlaHours) is int followUpHours)
        {
            settings.Sla.WebinarFollowUpHours = followUpHours;
        }

        if (row.GetAttributeValue<int?>(FunnelSettingsColumns.TimeZoneCode) is int zoneCode)
        {
            settings.TimeZone = zoneOfCode(zoneCode);
        }

        if (row.GetAttributeValue<bool?>(FunnelSettingsColumns.BusinessHoursOnly) == true)
        {
            settings.Sla.BusinessHours = WorkingHoursText.Parse(row.GetAttributeValue<string>(FunnelSettingsColumns.WorkingHours), FunnelTimeZones.Find(settings.TimeZone));
        }

        if (row.GetAttributeValue<string>(FunnelSettingsColumns.SqlBantItems) is { Length: > 0 } sqlItems)
        {
            settings.Bant.RequiredForSql = BantItems(sqlItems, FunnelSettingsColumns.SqlBantItems);
        }

        if (row.GetAttributeValue<string>(FunnelSettingsColumns.OpportunityBantItems) is { Length: > 0 } opportunityItems)
        {
            settings.Bant.RequiredForOpportunity = BantItems(opportunityItems, FunnelSettingsColumns.OpportunityBantItems);
        }

        if (row.GetAttributeValue<OptionSetValue>(FunnelSettingsColumns.RoutingMode) is OptionSetValue mode)
        {
            settings.Routing.Mode = (RoutingMode)(mode.Value - FunnelOptions.Base);
        }

        settings.Routing.TeamId = row.GetAttributeValue<EntityReference>(FunnelSettingsColumns.RoutingTeamId)?.Id;
        if (row.GetAttributeValue<bool?>(FunnelSettingsColumns.RecycleOnSlaBreach) is bool recycle)
        {
            settings.RecycleOnSlaBreach = recycle;
        }

        if (row.GetAttributeValue<decimal?>(FunnelSettingsColumns.RecycleFactor) is decimal factor)
        {
            settings.RecycleBehaviourFactor = (double)factor;
        }
    }

    private static GradeBands GradeBandsText(string text)
    {
        var bands = new GradeBands();
        foreach (var part in text.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=');
            if (pair.Length != 2 || !double.TryParse(pair[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new ScoringModelException(new[] { "Field '" + FunnelSettingsColumns.GradeBands + "' must read like A=40;B=20;C=0 (found '" + text + "')." });
            }

            switch (pair[0].Trim().ToUpperInvariant())
            {
                case "A": bands.A = value; break;
                case "B": bands.B = value; break;
                case "C": bands.C = value; break;
                default: throw new ScoringModelException(new[] { "Field '" + FunnelSettingsColumns.GradeBands + "' knows the grades A, B and C (found '" + pair[0].Trim() + "')." });
            }
        }

        return bands;
    }

    private static List<BantItem> BantItems(string text, string column)
    {
        var items = new List<BantItem>();
        foreach (var part in text.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse(part.Trim(), true, out BantItem item) || !Enum.IsDefined(typeof(BantItem), item))
            {
                throw new ScoringModelException(new[] { "Field '" + column + "' lists BANT items from Budget, Authority, Need, Timeline (found '" + part.Trim() + "')." });
            }

            items.Add(item);
        }

        return items;
    }
}
