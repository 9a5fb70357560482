using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FunnelCrm.Crm.Schema;

namespace FunnelCrm.Crm.Tests.Schema;

/// <summary>Reads the constants of the schema classes, and says which tables each column class describes.</summary>
internal static class SchemaConstants
{
    public static readonly IReadOnlyDictionary<Type, string[]> ColumnClasses = new Dictionary<Type, string[]>
    {
        [typeof(LeadColumns)] = new[] { Tables.Lead },
        [typeof(OpportunityColumns)] = new[] { Tables.Opportunity },
        [typeof(ActivityStampColumns)] = new[] { Tables.Email, Tables.PhoneCall, Tables.Appointment, Tables.Task, Tables.CampaignResponse, Tables.Interaction },
        [typeof(ScoringRuleColumns)] = new[] { Tables.ScoringRule },
        [typeof(FunnelSettingsColumns)] = new[] { Tables.FunnelSettings },
        [typeof(StageTransitionColumns)] = new[] { Tables.StageTransition },
        [typeof(FunnelSnapshotColumns)] = new[] { Tables.FunnelSnapshot },
        [typeof(InteractionColumns)] = new[] { Tables.Interaction },
    };

    public static readonly Type[] StandardColumnClasses = { typeof(LeadStandardColumns), typeof(OpportunityStandardColumns), typeof(OpportunityCloseColumns), typeof(ActivityStandardColumns), typeof(SecurityTables) };

    public static readonly Type[] OtherClasses = { typeof(Tables), typeof(AlternateKeys), typeof(Relationships), typeof(SecurityRoles), typeof(LeadPrivileges), typeof(FieldSecurityProfiles) };

    public static IEnumerable<Type> OptionClasses => SchemaTypes.Where(t => t.Name.EndsWith("Option", StringComparison.Ordinal));

    public static IEnumerable<Type> SchemaTypes => typeof(Tables).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(Tables).Namespace && t.IsPublic);

    public static IEnumerable<(string Member, T Value)> Constants<T>(Type type) => type
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(T))
        .Select(f => (f.Name, (T)f.GetRawConstantValue()!));
}
