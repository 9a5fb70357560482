using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FunnelCrm.Cli.Output;
using FunnelCrm.Crm.Configuration;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.Funnel.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Cli.Demo;

/// <summary>Shows what marketing would see after a demo run, and writes the HTML report.</summary>
public static class DemoPresenter
{
    /// <summary>Prints the funnel, bottleneck, SLA breaches, top MQLs and call costs; writes <paramref name="htmlPath"/> in <paramref name="language"/>.</summary>
    public static void Show(TextWriter output, DemoResult result, string htmlPath, Numbers numbers, ReportLanguage language, DateTime generatedUtc)
    {
        output.WriteLine();
        output.WriteLine("Funnel (cohorts by first entry, all months):");
        ReportTable.Write(output, result.Report, numbers, Array.Empty<string>());

        var breaches = SlaBreaches(result);
        output.WriteLine("MQL acceptance SLA (24 h) breached for " + numbers.Count(breaches.Breached) + " of " + numbers.Count(breaches.Mqls) + " MQLs.");

        var threshold = ConfigurationLoader.Load(result.Organization.CreateService()).Model.MqlThreshold;
        var top = TopMqls(result, threshold);
        output.WriteLine();
        output.WriteLine("Top MQLs waiting for sales (score " + numbers.Plain(threshold) + " or more), with why they scored:");
        foreach (var lead in top)
        {
            output.WriteLine("  " + lead.Name + ": score " + numbers.Count(lead.Score) + ", grade " + lead.Grade);
            foreach (var reason in lead.Reasons)
            {
                output.WriteLine("      " + reason);
            }
        }

        output.WriteLine();
        var perActivity = result.ScoredActivities == 0 ? 0 : (double)result.ScoringCalls / result.ScoredActivities;
        output.WriteLine("Service calls per scored activity: " + numbers.TwoDecimals(perActivity)
            + " (" + numbers.Count(result.ScoringCalls) + " calls for " + numbers.Count(result.ScoredActivities) + " scored activities: lock, read, write), plus "
            + numbers.Count(result.ConfigurationCalls) + " queries reloading the scoring model after its 5-minute cache expired (the demo's clock jumps hours between events).");
        output.WriteLine("Stage moves the guard refused: " + numbers.Count(result.Refusals) + ".");

        var page = new ReportPage(language["demo.title"].Replace("{0}", numbers.Count(result.Report.LeadCount)), language["demo.source"], result.Report, result.History,
            new MeasureOptions(), result.AsOf, generatedUtc, language, numbers)
        {
            ScoreDistribution = ScoreDistribution(result),
            Sections = new[]
            {
                DemoSections.TopMqls(top, threshold, language, numbers),
                DemoSections.Sla(breaches.Mqls, breaches.Breached, language, numbers),
                DemoSections.Calls(result, language, numbers),
                DashboardSections.Write(result.Organization, result.AsOf, language, numbers),
            },
        };
        AtomicFile.Write(htmlPath, writer => HtmlReport.Write(writer, page), "--out");
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

    private static IReadOnlyList<TopMql> TopMqls(DemoResult result, double threshold)
    {
        var query = new QueryExpression(Tables.Lead)
        {
            ColumnSet = new ColumnSet(LeadStandardColumns.FullName, LeadColumns.Score, LeadColumns.Grade, LeadColumns.ScoreExplanation),
            TopCount = 5,
        };
        query.Criteria.AddCondition(LeadColumns.Stage, ConditionOperator.Equal, FunnelStageOption.Mql);
        query.Criteria.AddCondition(LeadColumns.Score, ConditionOperator.GreaterEqual, (int)Math.Ceiling(threshold));
        query.AddOrder(LeadColumns.Score, OrderType.Descending);
        return result.Organization.CreateService().RetrieveMultiple(query).Entities.Select(lead => new TopMql(
            lead.GetAttributeValue<string>(LeadStandardColumns.FullName),
            lead.GetAttributeValue<int>(LeadColumns.Score),
            "ABCD"[lead.GetAttributeValue<OptionSetValue>(LeadColumns.Grade).Value - GradeOption.A],
            (lead.GetAttributeValue<string>(LeadColumns.ScoreExplanation) ?? "").Split('\n').Where(r => r.Length > 0).ToList())).ToList();
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

        return buckets.Select((count, i) => (i == 0 ? "< 0" : i == buckets.Length - 1 ? (25 * (i - 1)) + "+" : (25 * (i - 1)) + "–" + (25 * i - 1), count)).ToList();
    }
}

/// <summary>An MQL at or above the threshold, with the reasons of its score.</summary>
public sealed record TopMql(string Name, int Score, char Grade, IReadOnlyList<string> Reasons);
