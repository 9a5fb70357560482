using System.Collections.Generic;
using System.IO;
using FunnelCrm.Cli.Output;
using FunnelCrm.Cli.Output.Html;

namespace FunnelCrm.Cli.Demo;

/// <summary>The demo's own sections of the HTML report: top MQLs with their explanations, SLA breaches, service calls.</summary>
public static class DemoSections
{
    /// <summary>The MQLs at or above the threshold with the highest scores, and why they scored.</summary>
    public static string TopMqls(IReadOnlyList<TopMql> leads, double threshold, ReportLanguage words, Numbers numbers)
    {
        var html = new StringWriter();
        html.WriteLine("<section id=\"top-mqls\"><h2>" + Svg.E(words["demo.top.heading"]) + "</h2><p>" + Svg.E(words["demo.top.intro"].Replace("{0}", numbers.Plain(threshold))) + "</p>");
        html.WriteLine("<div class=\"table-wrap\"><table><tr><th>" + Svg.E(words["demo.top.lead"]) + "</th><th>" + Svg.E(words["demo.top.score"]) + "</th><th>" + Svg.E(words["demo.top.grade"])
            + "</th><th>" + Svg.E(words["demo.top.why"]) + "</th></tr>");
        foreach (var lead in leads)
        {
            html.WriteLine("<tr><td>" + Svg.E(lead.Name) + "</td><td>" + numbers.Count(lead.Score) + "</td><td>" + lead.Grade + "</td><td class=\"text\"><ul>");
            foreach (var reason in lead.Reasons)
            {
                html.WriteLine("<li>" + Svg.E(reason) + "</li>");
            }

            html.WriteLine("</ul></td></tr>");
        }

        html.WriteLine("</table></div>" + (leads.Count == 0 ? "<p>" + Svg.E(words["demo.top.none"]) + "</p>" : "") + "</section>");
        return html.ToString();
    }

    /// <summary>How many MQLs sales accepted late or not at all.</summary>
    public static string Sla(int mqls, int breached, ReportLanguage words, Numbers numbers) =>
        "<section id=\"sla\"><h2>" + Svg.E(words["demo.sla.heading"]) + "</h2><div class=\"table-wrap\"><table><tr><th>" + Svg.E(words["demo.sla.mqls"]) + "</th><th>"
        + Svg.E(words["demo.sla.breached"]) + "</th><th>" + Svg.E(words["demo.sla.share"]) + "</th></tr><tr><td>" + numbers.Count(mqls) + "</td><td>" + numbers.Count(breached) + "</td><td>"
        + numbers.Percent(mqls == 0 ? null : breached / (double)mqls) + "</td></tr></table></div></section>";

    /// <summary>What scoring cost in service calls.</summary>
    public static string Calls(DemoResult result, ReportLanguage words, Numbers numbers)
    {
        var perActivity = result.ScoredActivities == 0 ? 0 : (double)result.ScoringCalls / result.ScoredActivities;
        var rows = new (string Key, string Value)[]
        {
            ("demo.calls.activities", numbers.Count(result.ScoredActivities)),
            ("demo.calls.calls", numbers.Count(result.ScoringCalls)),
            ("demo.calls.per", numbers.TwoDecimals(perActivity)),
            ("demo.calls.config", numbers.Count(result.ConfigurationCalls)),
            ("demo.calls.events", numbers.Count(result.Events)),
            ("demo.calls.refused", numbers.Count(result.Refusals)),
        };
        var html = new StringWriter();
        html.WriteLine("<section id=\"calls\"><h2>" + Svg.E(words["demo.calls.heading"]) + "</h2><div class=\"table-wrap\"><table>");
        foreach (var (key, value) in rows)
        {
            html.WriteLine("<tr><th>" + Svg.E(words[key]) + "</th><td>" + value + "</td></tr>");
        }

        html.WriteLine("</table></div><p class=\"caption\">" + Svg.E(words["demo.calls.caption"]) + "</p></section>");
        return html.ToString();
    }
}
