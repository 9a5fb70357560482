using System;
using System.CommandLine;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Output;
using FunnelCrm.Cli.Scoring;
using FunnelCrm.Funnel.Scoring;
using Spectre.Console;

namespace FunnelCrm.Cli.Commands;

/// <summary><c>funnelcrm model show|validate|init</c>: the scoring model in its JSON format.</summary>
public static class ModelCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, Func<string, string?> environment)
    {
        var input = new InputOptions(environment);
        var showFile = new Argument<string?>("file") { Description = "A model JSON file; the built-in model when left out.", Arity = ArgumentArity.ZeroOrOne };
        var show = new Command("show", "Print a scoring model's rules, threshold, half-life and grades.\n\nExample:\n  funnelcrm model show my-model.json") { showFile, input.Culture };
        show.SetAction(parsed =>
        {
            Print(output, Load(parsed.GetValue(showFile)), new Numbers(parsed.GetValue(input.Culture)!));
            return 0;
        });

        var validateFile = new Argument<string>("file") { Description = "The model JSON file to check." };
        var validate = new Command("validate", "Check a scoring model: its JSON (every field known, every required field there, each of the right kind) and its rules; "
            + "each problem names the JSON path and line, or the rule and the field.\n\nExample:\n  funnelcrm model validate my-model.json") { validateFile };
        validate.SetAction(parsed =>
        {
            var model = Load(parsed.GetValue(validateFile));
            output.WriteLine("Model '" + model.Version + "' is valid: " + model.BehaviourRules!.Count + " behaviour, " + model.FitRules!.Count + " fit and " + model.NegativeRules!.Count + " negative rules.");
            return 0;
        });

        var initFile = new Argument<string>("file") { Description = "Where to write the built-in model as JSON, to edit (a missing folder is created)." };
        var init = new Command("init", "Write the built-in scoring model as JSON, as a start for your own.\n\nExample:\n  funnelcrm model init my-model.json") { initFile };
        init.SetAction(parsed =>
        {
            var path = parsed.GetValue(initFile)!;
            AtomicFile.Write(path, writer => writer.Write(ScoringModelJson.Save(DefaultScoringModel.Create())), "model init");
            output.WriteLine("Wrote the built-in model to " + path);
            return 0;
        });

        return new Command("model", "Show, check or write the scoring model (JSON).") { show, validate, init };
    }

    /// <summary>Loads a model file strictly, or the built-in model for null.</summary>
    public static ScoringModel Load(string? path) => path == null ? DefaultScoringModel.Create() : ModelFile.Load(path);

    private static void Print(TextWriter output, ScoringModel model, Numbers numbers)
    {
        output.WriteLine("Model " + model.Version + ": MQL at " + numbers.Plain(model.MqlThreshold) + " points (minimum fit " + numbers.Plain(model.MinimumFitForMql)
            + "), behaviour half-life " + numbers.Plain(model.BehaviourHalfLifeDays) + " days.");
        output.WriteLine("Grades: A from " + numbers.Plain(model.Grades!.A) + ", B from " + numbers.Plain(model.Grades.B) + ", C from " + numbers.Plain(model.Grades.C) + " fit points, else D.");
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Kind");
        table.AddColumn("Rule");
        table.AddColumn("When");
        table.AddColumn(new TableColumn("Points").RightAligned());
        foreach (var rule in model.BehaviourRules!.Where(r => r.Active != false))
        {
            table.AddRow("behaviour", Markup.Escape(rule.Id ?? ""), Markup.Escape(rule.Table + (rule.Subtype == null ? "" : " / " + rule.Subtype) + (rule.Direction == null ? "" : " / " + rule.Direction)
                + (rule.CapCount == null ? "" : " (max " + rule.CapCount + " per " + rule.CapWindow + ")")), numbers.SignedPoints(rule.Points ?? 0));
        }

        foreach (var (kind, rules) in new[] { ("fit", model.FitRules!), ("negative", model.NegativeRules!) })
        {
            foreach (var rule in rules.Where(r => r.Active != false))
            {
                table.AddRow(kind, Markup.Escape(rule.Id ?? ""), Markup.Escape(rule.Column + " " + rule.Operator + " " + (rule.Value ?? string.Join("|", rule.Values ?? new List<string>()))), numbers.SignedPoints(rule.Points ?? 0));
            }
        }

        ReportTable.Console(output).Write(table);
    }
}
