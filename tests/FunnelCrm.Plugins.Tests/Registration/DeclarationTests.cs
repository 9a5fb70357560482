using System;
using System.Linq;
using System.Reflection;
using FunnelCrm.Crm.Plugin;
using FunnelCrm.Crm.Registration;
using FunnelCrm.Emulator.Pipeline;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Plugins.Scoring;

namespace FunnelCrm.Plugins.Tests.Registration;

public class DeclarationTests
{
    private static readonly Type[] PluginTypes = typeof(ActivityScoringPlugin).Assembly.GetTypes()
        .Where(t => typeof(PluginBase).IsAssignableFrom(t) && !t.IsAbstract)
        .ToArray();

    private static readonly (Type Type, PluginStepAttribute Step)[] Steps = PluginTypes
        .SelectMany(t => t.GetCustomAttributes<PluginStepAttribute>(false).Select(s => (t, s)))
        .ToArray();

    [Fact]
    public void Declarations_EveryStep_FollowsDataversesRegistrationRules()
    {
        var refusals = Steps
            .SelectMany(s => StepRules.Check(s.Step, s.Type.GetCustomAttributes<StepImageAttribute>(false).Where(i => i.StepId == s.Step.Id))
                .Select(r => s.Type.Name + " " + s.Step.Message + " of " + s.Step.Table + ": " + r))
            .ToList();

        Assert.Empty(refusals);
        Assert.NotEmpty(Steps);
    }

    [Fact]
    public void Declarations_StepIds_AreGuidsAndUnique()
    {
        var ids = Steps.Select(s => s.Step.Id).ToList();

        Assert.All(ids, id => Assert.True(Guid.TryParse(id, out _), id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Declarations_EveryImage_BelongsToADeclaredStepOfItsClass()
    {
        var orphans = PluginTypes
            .SelectMany(t => t.GetCustomAttributes<StepImageAttribute>(false)
                .Where(i => !t.GetCustomAttributes<PluginStepAttribute>(false).Any(s => s.Id == i.StepId))
                .Select(i => t.Name + " image '" + i.Alias + "'"))
            .ToList();

        Assert.Empty(orphans);
    }

    [Fact]
    public void LeadProfileStep_FiltersOnExactlyTheColumnsFitRulesMayRead()
    {
        var update = typeof(LeadProfilePlugin).GetCustomAttributes<PluginStepAttribute>(false).Single(s => s.Message == "Update");

        Assert.Equal(ProfileColumns.LeadColumns.OrderBy(c => c, StringComparer.Ordinal), update.FilteringAttributes.OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void ActivitySteps_CoverTheSixScoredTablesForCreateUpdateAndDelete()
    {
        var tables = new[] { "email", "phonecall", "appointment", "task", "campaignresponse", "fcm_interaction" };

        foreach (var (plugin, message) in new[] { (typeof(ActivityScoringPlugin), "Create"), (typeof(ActivityChangeScoringPlugin), "Update"), (typeof(ActivityRemovalScoringPlugin), "Delete") })
        {
            var declared = plugin.GetCustomAttributes<PluginStepAttribute>(false).Where(s => s.Message == message).Select(s => s.Table);
            Assert.Equal(tables.OrderBy(t => t), declared.OrderBy(t => t));
        }
    }
}
