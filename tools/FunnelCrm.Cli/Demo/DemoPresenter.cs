using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Output;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Cli.Demo;

/// <summary>Shows what marketing would see after a demo run, and writes the HTML report.</summary>
public static class DemoPresenter
{
    /// <summary>Prints the funnel, bottleneck, SLA breaches, top MQLs and call costs; writes <paramref name="htmlPath"/>.</summary>
    public static void Show(TextWriter output, DemoResult result, string htmlPath, Numbers numbers)
    {
        var notes = new List<string>();
        output.WriteLine();
        output.WriteLine("Funnel (cohorts by first entry, all months):");
        ReportTable.Write(output, result.Report, numbers, System.Array.Empty<string>());

        var breaches = SlaBreaches(result);
        var breachLine = "MQL acceptance SLA (24 h) breached for " + numbers.Count(breaches.Breached) + " of " + numbers.Count(breaches.Mqls) + " MQLs.";
        output.WriteLine(breachLine);
        notes.Add(breachLine);

        output.WriteLine();
        output.WriteLine("Top MQLs waiting for sales, with why they scored:");
        foreach (var lead in TopMqls(result))
        {
            var line = lead.GetAttributeValue<string>(LeadStandardColumns.FullName) + ": score " + numbers.Count(lead.GetAttributeValue<int>(LeadColumns.Score))
                + ", grade " + "ABCD"[lead.GetAttributeValue<OptionSetValue>(LeadColumns.Grade).Value - GradeOption.A];
            var explanation = lead.GetAttributeValue<string>(LeadColumns.ScoreExplanation) ?? "";
            output.WriteLine("  " + line);
            foreach (var reason in explanation.Split('\n').Where(r => r.Length > 0))
            {
                output.WriteLine("      " + reason);
            }

            notes.Add(line + "\n" + explanation);
        }

        output.WriteLine();
        var perActivity = result.ScoredActivities == 0 ? 0 : (double)result.ScoringCalls / result.ScoredActivities;
        var costLine = "Service calls per scored activity: " + numbers.TwoDecimals(perActivity)
            + " (" + numbers.Count(result.ScoringCalls) + " calls for " + numbers.Count(result.ScoredActivities) + " scored activities: lock, read, write), plus "
            + numbers.Count(result.ConfigurationCalls) + " queries reloading the scoring model after its 5-minute cache expired (the demo's clock jumps hours between events).";
        output.WriteLine(costLine);
        notes.Add(costLine);
        output.WriteLine("Stage moves the guard refused: " + numbers.Count(result.Refusals) + ".");

        AtomicFile.Write(htmlPath, writer => HtmlReport.Write(writer, "FunnelCrm demo: " + numbers.Count(result.Report.LeadCount) + " leads", result.Report, ScoreDistribution(result), notes, numbers), "--out");
        output.WriteLine("Wrote " + htmlPath);
    }

    private static (int Mqls, int Breached) SlaBreaches(DemoResult result)
    {
        var clock = new SlaClock(new SlaSettings());
        var mqls = 0;
        var breached = 0;
        foreach (var lead in result.History.Leads)
        {
            var entries = result.History.FirstEntries(lead);
            if (entries[FunnelStage.Mql] is DateTime mqlOn)
            {
                mqls++;
                if (clock.Evaluate(SlaKind.MqlAcceptance, mqlOn, entries[FunnelStage.Sal], result.AsOf).IsBreached)
                {
                    breached++;
                }
            }
        }

        return (mqls, breached);
    }

    private static IEnumerable<Entity> TopMqls(DemoResult result)
    {
        var query = new QueryExpression(Tables.Lead)
        {
            ColumnSet = new ColumnSet(LeadStandardColumns.FullName, LeadColumns.Score, LeadColumns.Grade, LeadColumns.ScoreExplanation),
            TopCount = 5,
        };
        query.Criteria.AddCondition(LeadColumns.Stage, ConditionOperator.Equal, FunnelStageOption.Mql);
        query.AddOrder(LeadColumns.Score, OrderType.Descending);
        return result.Organization.CreateService().RetrieveMultiple(query).Entities;
    }

    private static IReadOnlyList<(string Label, long Count)> ScoreDistribution(DemoResult result)
    {
        var buckets = new long[8];
        var query = new QueryExpression(Tables.Lead) { ColumnSet = new ColumnSet(LeadColumns.Score) };
        foreach (var lead in DemoRows.All(result.Organization.CreateService(), query))
        {
            var score = lead.GetAttributeValue<int>(LeadColumns.Score);
            buckets[Math.Max(0, Math.Min(buckets.Length - 1, score / 25 + 1))]++;
        }

        return buckets.Select((count, i) => (i == 0 ? "<0" : i == buckets.Length - 1 ? (25 * (i - 1)) + "+" : (25 * (i - 1)) + "-" + (25 * i - 1), count)).ToList();
    }
}
