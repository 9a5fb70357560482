using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Cli.Output;
using FunnelCrm.Cli.Output.Html;
using FunnelCrm.Crm.Schema;
using FunnelCrm.Emulator;
using FunnelCrm.Emulator.Charts;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.SolutionLayout;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Cli.Demo;

/// <summary>
/// A section per dashboard of the solution, previewed on the demo's organization: its cells laid out as its FormXml lays
/// them out (tabs, sections with their column widths, rows and cells with colspan and rowspan), each chart drawn from
/// its own definition (type, series and categories from its data description) over what its FetchXML returns under its
/// view, each grid with the rows its view returns, as the user the view is for (the rep owning the most open MQLs and
/// SALs for the "My ..." views, a FunnelCrm Marketing user in the FunnelCrm Funnel Readers field security profile otherwise), on the demo's last day
/// at noon.
/// </summary>
public static class DashboardSections
{
    private const int GridRows = 10;

    /// <summary>The sections, as HTML.</summary>
    public static string Write(Organization organization, DateTime endUtc, ReportLanguage words, Numbers numbers)
    {
        var lookedAt = endUtc.AddHours(-12);
        organization.Clock.Set(lookedAt);
        var solution = SolutionCharts.Load(new EmbeddedFiles(typeof(DemoSimulation).Assembly, "FunnelCrm.Solution/"));
        var viewers = new Viewers(organization);
        var html = new StringWriter();
        html.WriteLine("<section id=\"dashboards\"><h2>" + Svg.E(words["dash.heading"]) + "</h2><p>" + Svg.E(words["dash.intro"].Replace("{0}", words.DateTime(lookedAt) + " UTC")) + "</p>");
        foreach (var dashboard in solution.Dashboards)
        {
            var preview = new Preview(organization, solution, viewers, words, numbers, "dash-" + dashboard.Id.ToString("N").Substring(0, 8));
            html.WriteLine("<div class=\"dashboard-preview\"><h3>" + Svg.E(Label(dashboard.Name, words)) + "</h3><p class=\"caption\">" + Svg.E(Label(dashboard.Description, words)) + "</p>");
            foreach (var tab in dashboard.FormXml.Descendants("tab"))
            {
                if (dashboard.FormXml.Descendants("tab").Count() > 1 || (string?)tab.Attribute("showlabel") == "true")
                {
                    html.WriteLine("<h4>" + Svg.E(Label(LocalizedLabel.Read(tab.Element("labels")), words)) + "</h4>");
                }

                foreach (var section in tab.Descendants("section"))
                {
                    if ((string?)section.Attribute("showlabel") == "true")
                    {
                        html.WriteLine("<h4>" + Svg.E(Label(LocalizedLabel.Read(section.Element("labels")), words)) + "</h4>");
                    }

                    html.WriteLine(preview.Section(section, dashboard.Cells));
                }
            }

            html.WriteLine("</div>");
        }

        html.WriteLine("</section>");
        return html.ToString();
    }

    private static string Label(LocalizedLabel label, ReportLanguage words) => label.In(words.Lcid) ?? label.In(LocalizedLabel.BaseLanguage) ?? "";

    /// <summary>The users the views run as.</summary>
    private sealed class Viewers
    {
        private readonly Guid marketing;
        private readonly Guid? rep;

        public Viewers(Organization organization)
        {
            marketing = organization.AddUser("Marketing Lead (report preview)", SecurityRoles.MarketingName);
            organization.AddToFieldSecurityProfile(FieldSecurityProfiles.FunnelReadersName, new EntityReference(Tables.SystemUser, marketing));
            var open = new QueryExpression(Tables.Lead) { ColumnSet = new ColumnSet(LeadStandardColumns.OwnerId) };
            open.Criteria.AddCondition(LeadColumns.Stage, ConditionOperator.In, FunnelStageOption.Mql, FunnelStageOption.Sal);
            open.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            rep = DemoRows.All(organization.CreateService(), open).GroupBy(l => l.GetAttributeValue<EntityReference>(LeadStandardColumns.OwnerId).Id)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (Guid?)g.Key).FirstOrDefault();
        }

        public Guid For(ViewDefinition view) =>
            view.Fetch.Descendants("condition").Any(c => (string?)c.Attribute("operator") == "eq-userid") && rep is Guid owner ? owner : marketing;
    }

    /// <summary>Draws one dashboard's sections and cells.</summary>
    private sealed class Preview(Organization organization, SolutionCharts solution, Viewers viewers, ReportLanguage words, Numbers numbers, string idPrefix)
    {
        private int cellNumber;

        public string Section(XElement section, IReadOnlyList<DashboardCell> cells)
        {
            var widths = Widths((string?)section.Attribute("columns"));
            var html = new StringWriter();
            html.Write("<div class=\"dashboard\" style=\"grid-template-columns:" + string.Join(" ", widths.Select(w => w.ToString(CultureInfo.InvariantCulture) + "fr")) + "\">");
            var taken = new HashSet<(int Row, int Column)>();
            var rows = section.Element("rows")?.Elements("row").ToList() ?? new List<XElement>();
            for (var r = 0; r < rows.Count; r++)
            {
                var column = 0;
                foreach (var cell in rows[r].Elements("cell"))
                {
                    while (taken.Contains((r, column)))
                    {
                        column++;
                    }

                    var colspan = Math.Max(1, Math.Min(widths.Count - Math.Min(column, widths.Count - 1), Span(cell, "colspan")));
                    var rowspan = Span(cell, "rowspan");
                    for (var dr = 0; dr < rowspan; dr++)
                    {
                        for (var dc = 0; dc < colspan; dc++)
                        {
                            taken.Add((r + dr, column + dc));
                        }
                    }

                    var shown = cells.FirstOrDefault(c => c.Cell == cell);
                    html.Write("<div class=\"cell card\" style=\"grid-column:" + (Math.Min(column, widths.Count - 1) + 1) + " / span " + colspan + ";grid-row:" + (r + 1) + " / span " + rowspan + "\">");
                    html.Write(shown == null ? "" : Cell(shown));
                    html.Write("</div>");
                    column += colspan;
                }
            }

            html.WriteLine("</div>");
            return html.ToString();
        }

        private string Cell(DashboardCell cell)
        {
            var view = solution.View(cell.ViewId);
            var user = viewers.For(view);
            var id = idPrefix + "-" + (++cellNumber).ToString(CultureInfo.InvariantCulture);
            if (cell.ChartId is Guid chartId && cell.Mode != "Grid")
            {
                var data = ChartRunner.Run(organization, user, solution.Chart(chartId), view, words.Lcid);
                return Chart(id, data);
            }

            return Grid(cell, view, user);
        }

        private string Chart(string id, ChartData data)
        {
            var kind = data.Series.Select(s => s.ChartType).FirstOrDefault() switch
            {
                "Bar" => ChartKind.Bar,
                "Line" => ChartKind.Line,
                "Pie" => ChartKind.Pie,
                "Funnel" => ChartKind.Funnel,
                _ => ChartKind.Column,
            };
            var categories = data.Categories.Select(c => c.Label).ToList();
            var series = data.Series.Select((s, i) => new SeriesSpec(s.Label, Palette.Of(i), s.Values.Select(v => v is decimal d ? (double?)(double)d : null).ToList(), categories.Count)).ToList();
            var spec = new ChartSpec(id + "-chart", kind, data.Title, data.CategoryTitle, data.ValueTitle, categories, series, v => numbers.Plain(v))
            {
                Width = 520,
                PlotHeight = 200,
                FormatShare = v => numbers.Percent(v),
                EveryCategoryLabelled = kind != ChartKind.Line,
            };
            return spec.Draw() + (data.Description.Length == 0 ? "" : "<p class=\"caption\">" + Svg.E(data.Description) + "</p>");
        }

        private string Grid(DashboardCell cell, ViewDefinition view, Guid user)
        {
            var rows = organization.CreateService(user).RetrieveMultiple(new FetchExpression(view.FetchXml())).Entities;
            var columns = view.Fetch.Element("entity")!.Elements("attribute").Select(a => (string)a.Attribute("name")!).ToList();
            var table = organization.Metadata.GetTable(view.Table);
            var html = new StringWriter();
            html.Write("<h5>" + Svg.E(Label(cell.Label, words)) + "</h5><div class=\"table-wrap\"><table><tr>");
            foreach (var column in columns)
            {
                html.Write("<th>" + Svg.E(table.Columns.TryGetValue(column, out var metadata) ? metadata.DisplayName.In(words.Lcid) ?? metadata.DisplayName.In(LocalizedLabel.BaseLanguage) ?? column : column) + "</th>");
            }

            html.Write("</tr>");
            foreach (var row in rows.Take(GridRows))
            {
                html.Write("<tr>" + string.Concat(columns.Select(c => "<td class=\"text\">" + Svg.E(Shown(row, c, view.Table)) + "</td>")) + "</tr>");
            }

            html.Write("</table></div><p class=\"caption\">" + Svg.E(words["dash.rows"].Replace("{0}", numbers.Count(rows.Count)).Replace("{1}", numbers.Count(Math.Min(rows.Count, GridRows)))) + "</p>");
            return html.ToString();
        }

        private string Shown(Entity row, string column, string table)
        {
            if (!row.Attributes.TryGetValue(column, out var value) || value == null)
            {
                return "";
            }

            return value switch
            {
                OptionSetValue option => organization.Metadata.GetColumn(table, column).OptionLabel(option.Value, words.Lcid) ?? option.Value.ToString(CultureInfo.InvariantCulture),
                EntityReference reference => reference.Name ?? "",
                DateTime date => words.DateTime(date),
                int whole => numbers.Count(whole),
                decimal amount => numbers.Plain((double)amount),
                double figure => numbers.Plain(figure),
                bool flag => words[flag ? "yes" : "no"],
                Money money => numbers.Plain((double)money.Value),
                _ => row.FormattedValues.TryGetValue(column, out var formatted) ? formatted : value.ToString() ?? "",
            };
        }

        private static int Span(XElement cell, string attribute) =>
            int.TryParse((string?)cell.Attribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var span) && span > 0 ? span : 1;

        private static IReadOnlyList<int> Widths(string? columns) =>
            columns is { Length: > 0 } && columns.All(char.IsDigit) ? columns.Select(c => Math.Max(1, c - '0')).ToList() : new[] { 1 };
    }
}
