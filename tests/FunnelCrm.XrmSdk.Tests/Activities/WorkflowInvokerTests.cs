using System;
using System.Activities;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.XrmSdk.Tests.Activities;

public sealed class WorkflowInvokerTests
{
    private sealed class ScoreDoubler : CodeActivity
    {
        [RequiredArgument]
        public InArgument<int> Score { get; set; } = null!;

        public OutArgument<int> Doubled { get; set; } = null!;

        public OutArgument<string> TracedBy { get; set; } = null!;

        protected override void Execute(CodeActivityContext context)
        {
            var tracing = context.GetExtension<ITracingService>();
            Doubled.Set(context, Score.Get(context) * 2);
            TracedBy.Set(context, tracing == null ? "none" : "tracing");
        }
    }

    private sealed class Refuser : CodeActivity
    {
        protected override void Execute(CodeActivityContext context) => throw new InvalidPluginExecutionException("Lead is not ready.");
    }

    private sealed class Tracer : ITracingService
    {
        public void Trace(string format, params object[] args)
        {
        }
    }

    [Fact]
    public void Invoke_NullArgumentProperties_CreatesThemAndReturnsOutputs()
    {
        var outputs = WorkflowInvoker.Invoke(new ScoreDoubler(), new Dictionary<string, object> { ["Score"] = 21 });

        Assert.Equal(42, outputs["Doubled"]);
        Assert.Equal("none", outputs["TracedBy"]);
        Assert.False(outputs.ContainsKey("Score"));
    }

    [Fact]
    public void Invoke_ExtensionAdded_ActivityGetsIt()
    {
        var invoker = new WorkflowInvoker(new ScoreDoubler());
        invoker.Extensions.Add<ITracingService>(() => new Tracer());

        var outputs = invoker.Invoke(new Dictionary<string, object> { ["Score"] = 1 });

        Assert.Equal("tracing", outputs["TracedBy"]);
    }

    [Fact]
    public void Invoke_RequiredInputMissing_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(new ScoreDoubler()));

        Assert.Contains("'Score' was not supplied", error.Message);
    }

    [Fact]
    public void Invoke_UnknownInputName_ThrowsArgumentException()
    {
        var inputs = new Dictionary<string, object> { ["score"] = 1, ["Score"] = 1 };

        var error = Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(new ScoreDoubler(), inputs));

        Assert.Contains("score", error.Message);
    }

    [Fact]
    public void Invoke_ActivityThrows_ExceptionPropagatesUnchanged()
    {
        var error = Assert.Throws<InvalidPluginExecutionException>(() => WorkflowInvoker.Invoke(new Refuser()));

        Assert.Equal("Lead is not ready.", error.Message);
    }

    [Fact]
    public void InArgument_Constant_IsReadWhenNoInputGiven()
    {
        var activity = new ScoreDoubler { Score = 5 };

        var outputs = WorkflowInvoker.Invoke(activity);

        Assert.Equal(10, outputs["Doubled"]);
    }
}
