using System;
using System.Activities;
using FunnelCrm.Crm.Registration;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Packaging.Tests.Fixtures;

/// <summary>Test plugins and activities the packer reads from this test assembly's metadata; none is ever run.</summary>
public abstract class FixturePluginBase : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new InvalidPluginExecutionException("Fixture plugins are never run.");
}

[PluginStep(StepId, "Update", "lead", PipelineStage.PreOperation, Rank = 3, FilteringAttributes = new[] { "fcm_score", "budgetamount" }, Description = "Fixture step")]
[StepImage(StepId, "PreImage", StepImageType.PreImage, Attributes = new[] { "fcm_score" }, Id = ImageId)]
public sealed class InheritedStepPlugin : FixturePluginBase
{
    public const string StepId = "0b7c3a52-4f0e-4a4e-9d6a-2f6c1e0a9b11";
    public const string ImageId = "0b7c3a52-4f0e-4a4e-9d6a-2f6c1e0a9b12";
}

[PluginStep("0b7c3a52-4f0e-4a4e-9d6a-2f6c1e0a9b21", "Update", "lead", PipelineStage.PreOperation, Mode = StepMode.Asynchronous)]
public sealed class AsyncPreOperationPlugin : FixturePluginBase
{
}

[PluginStep("0b7c3a52-4f0e-4a4e-9d6a-2f6c1e0a9b31", "Update", "lead", PipelineStage.PostOperation, FilteringAttributes = new[] { "fcm_nosuchcolumn" })]
public sealed class MissingColumnPlugin : FixturePluginBase
{
}

[PluginStep("0b7c3a52-4f0e-4a4e-9d6a-2f6c1e0a9b41", "Create", "lead", PipelineStage.PostOperation)]
[StepImage("0b7c3a52-4f0e-4a4e-9d6a-2f6c1e0a9b41", "PreImage", StepImageType.PreImage)]
public sealed class PreImageOnCreatePlugin : FixturePluginBase
{
}

public sealed class UndeclaredPlugin : FixturePluginBase
{
}

[PluginStep("0b7c3a52-4f0e-4a4e-9d6a-2f6c1e0a9b21", "Create", "lead", PipelineStage.PostOperation)]
public sealed class ReusedStepIdPlugin : FixturePluginBase
{
}

public abstract class FixtureActivityBase : CodeActivity
{
    protected override void Execute(CodeActivityContext context) => throw new InvalidOperationException("Fixture activities are never run.");
}

[WorkflowActivity(ActivityId, "Fixture activity", Group = "Fixtures", Description = "An activity through a base class")]
public sealed class InheritedActivity : FixtureActivityBase
{
    public const string ActivityId = "0b7c3a52-4f0e-4a4e-9d6a-2f6c1e0a9b51";
}

[CustomApi(Name, Binding = CustomApiBinding.Entity, BoundTable = "lead", IsFunction = true, ExecutePrivilegeName = "prvReadLead",
    DisplayName = "Fixture score", GermanDisplayName = "Fixture-Score", Description = "A function for the packer's tests", GermanDescription = "Eine Funktion für die Tests des Packers")]
[CustomApiParameter("Weight", CustomApiFieldType.Integer, DisplayName = "Weight", GermanDisplayName = "Gewicht", Description = "How much", GermanDescription = "Wie viel")]
[CustomApiParameter("Owner", CustomApiFieldType.EntityReference, IsOptional = true, Table = "systemuser", DisplayName = "Owner", GermanDisplayName = "Besitzer")]
[CustomApiResponse("Lines", CustomApiFieldType.StringArray, DisplayName = "Lines", GermanDisplayName = "Zeilen")]
[CustomApiResponse("Total", CustomApiFieldType.Decimal, DisplayName = "Total", GermanDisplayName = "Summe")]
public sealed class FixtureScoreApi : FixturePluginBase
{
    public const string Name = "fcm_FixtureScore";
}

[CustomApi("new_Unprefixed", DisplayName = "Unprefixed", GermanDisplayName = "Ohne Präfix")]
public sealed class UnprefixedApi : FixturePluginBase
{
}

[CustomApi("fcm_Broken", Binding = CustomApiBinding.Entity, IsFunction = true, ExecutePrivilegeName = "prvNoSuchPrivilege", DisplayName = "Broken")]
[CustomApiParameter("Target", CustomApiFieldType.EntityReference, DisplayName = "Target", GermanDisplayName = "Ziel")]
[CustomApiParameter("Count", CustomApiFieldType.Integer, Table = "fcm_nosuchtable", DisplayName = "Count", GermanDisplayName = "Anzahl")]
public sealed class BrokenApi : FixturePluginBase
{
}
