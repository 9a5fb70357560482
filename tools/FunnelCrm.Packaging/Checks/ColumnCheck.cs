using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// Every table and column a view, chart, form, dashboard, relationship, column mapping or step registration names
/// exists, in the solution or among the standard tables; every view and chart a form or dashboard shows is in the
/// solution.
/// </summary>
public static class ColumnCheck
{
    /// <summary>The failures.</summary>
    public static IEnumerable<PackFailure> Check(SolutionPackage package)
    {
        var known = new KnownColumns(package);
        var failures = new List<PackFailure>();
        var views = Ids(package.Entities.Descendants("savedquery").Select(v => v.Element("savedqueryid")?.Value));
        var charts = Ids(package.Entities.Descendants("visualization").Select(v => v.Element("savedqueryvisualizationid")?.Value));
        foreach (var entity in package.Entities)
        {
            var table = SolutionPackage.LogicalNameOf(entity);
            foreach (var view in entity.Descendants("savedquery"))
            {
                var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var fetch in view.Elements("fetchxml").Elements("fetch"))
                {
                    Fetch(known, view, table, fetch, aliases, failures);
                }

                foreach (var grid in view.Elements("layoutxml").Elements("grid"))
                {
                    Column(known, view, table, grid.Attribute("jump")?.Value, "jump column", failures);
                    foreach (var row in grid.Elements("row"))
                    {
                        Column(known, view, table, row.Attribute("id")?.Value, "row id", failures);
                        foreach (var cell in row.Elements("cell"))
                        {
                            Cell(known, view, table, cell.Attribute("name")?.Value ?? "", aliases, failures);
                        }
                    }
                }
            }

            foreach (var chart in entity.Descendants("visualization"))
            {
                foreach (var fetch in chart.Elements("datadescription").Descendants("fetch"))
                {
                    Fetch(known, chart, table, fetch, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), failures);
                }
            }

            foreach (var form in entity.Descendants("systemform"))
            {
                Controls(known, form, table, views, charts, failures);
            }
        }

        foreach (var dashboard in package.Block("Dashboards", "Dashboard"))
        {
            Controls(known, dashboard, null, views, charts, failures);
        }

        foreach (var relationship in package.Block("EntityRelationships", "EntityRelationship"))
        {
            var referencing = (relationship.Element("ReferencingEntityName")?.Value ?? "").ToLowerInvariant();
            Table(known, relationship, relationship.Element("ReferencedEntityName")?.Value, failures);
            if (Table(known, relationship, referencing, failures))
            {
                Column(known, relationship, referencing, relationship.Element("ReferencingAttributeName")?.Value, "referencing column", failures);
            }
        }

        foreach (var map in package.Block("EntityMaps", "EntityMap"))
        {
            var source = (map.Element("EntitySource")?.Value ?? "").ToLowerInvariant();
            var target = (map.Element("EntityTarget")?.Value ?? "").ToLowerInvariant();
            if (Table(known, map, source, failures) & Table(known, map, target, failures))
            {
                foreach (var attributeMap in map.Descendants("AttributeMap"))
                {
                    Column(known, map, source, attributeMap.Element("AttributeSource")?.Value, "source column", failures);
                    Column(known, map, target, attributeMap.Element("AttributeTarget")?.Value, "target column", failures);
                }
            }
        }

        foreach (var step in package.Block("SdkMessageProcessingSteps", "SdkMessageProcessingStep"))
        {
            var table = (step.Element("PrimaryEntity")?.Value ?? "").Trim().ToLowerInvariant();
            if (table.Length == 0 || table == "none" || !Table(known, step, table, failures))
            {
                continue;
            }

            foreach (var column in List(step.Element("FilteringAttributes")?.Value))
            {
                Column(known, step, table, column, "filtering attribute", failures);
            }

            foreach (var image in step.Descendants("SdkMessageProcessingStepImage"))
            {
                foreach (var column in List(image.Element("Attributes")?.Value))
                {
                    Column(known, image, table, column, "image attribute", failures);
                }
            }
        }

        return failures;
    }

    private static void Fetch(KnownColumns known, XElement owner, string table, XElement fetch, Dictionary<string, string> aliases, List<PackFailure> failures)
    {
        foreach (var entity in fetch.Elements("entity"))
        {
            var name = (entity.Attribute("name")?.Value ?? "").ToLowerInvariant();
            if (name != table)
            {
                failures.Add(new PackFailure(ComponentNames.Describe(owner), "its FetchXML queries '" + name + "', not the table it belongs to (" + table + ")."));
            }

            if (Table(known, owner, name, failures))
            {
                Node(known, owner, name, entity, aliases, failures);
            }
        }
    }

    private static void Node(KnownColumns known, XElement owner, string table, XElement node, Dictionary<string, string> aliases, List<PackFailure> failures)
    {
        foreach (var link in node.Elements("link-entity"))
        {
            var linked = (link.Attribute("name")?.Value ?? "").ToLowerInvariant();
            Column(known, owner, table, link.Attribute("to")?.Value, "link 'to' column", failures);
            if (Table(known, owner, linked, failures))
            {
                Column(known, owner, linked, link.Attribute("from")?.Value, "link 'from' column", failures);
                if (link.Attribute("alias")?.Value is string alias)
                {
                    aliases[alias] = linked;
                }

                Node(known, owner, linked, link, aliases, failures);
            }
        }

        foreach (var attribute in node.Elements("attribute"))
        {
            Column(known, owner, table, attribute.Attribute("name")?.Value, "column", failures);
        }

        foreach (var order in node.Elements("order").Where(o => o.Attribute("attribute") != null))
        {
            Column(known, owner, table, order.Attribute("attribute")!.Value, "sort column", failures);
        }

        foreach (var condition in node.Elements("filter").DescendantsAndSelf("condition"))
        {
            var conditionTable = condition.Attribute("entityname")?.Value is string alias && aliases.TryGetValue(alias, out var aliased) ? aliased : table;
            Column(known, owner, conditionTable, condition.Attribute("attribute")?.Value, "filter column", failures);
        }
    }

    private static void Cell(KnownColumns known, XElement view, string table, string name, Dictionary<string, string> aliases, List<PackFailure> failures)
    {
        var dot = name.IndexOf('.');
        if (dot < 0)
        {
            Column(known, view, table, name, "layout column", failures);
        }
        else if (aliases.TryGetValue(name.Substring(0, dot), out var linked))
        {
            Column(known, view, linked, name.Substring(dot + 1), "layout column", failures);
        }
        else
        {
            failures.Add(new PackFailure(ComponentNames.Describe(view), "its layout column '" + name + "' names a link alias the FetchXML does not define."));
        }
    }

    private static void Controls(KnownColumns known, XElement form, string? table, ISet<string> views, ISet<string> charts, List<PackFailure> failures)
    {
        foreach (var control in form.Descendants("control"))
        {
            if (table != null && control.Attribute("datafieldname")?.Value is string field)
            {
                Column(known, form, table, field, "field", failures);
            }

            var parameters = control.Element("parameters");
            if (parameters == null)
            {
                continue;
            }

            if (parameters.Element("TargetEntityType")?.Value is string target)
            {
                Table(known, form, target, failures);
            }

            if (parameters.Element("ViewId")?.Value is string view && !views.Contains(RootComponentCheck.Normalize(view)))
            {
                failures.Add(new PackFailure(ComponentNames.Describe(form), "its control '" + control.Attribute("id")?.Value + "' shows view " + view + ", which is not in the solution."));
            }

            if (parameters.Element("VisualizationId")?.Value is string chart && !charts.Contains(RootComponentCheck.Normalize(chart)))
            {
                failures.Add(new PackFailure(ComponentNames.Describe(form), "its control '" + control.Attribute("id")?.Value + "' shows chart " + chart + ", which is not in the solution."));
            }
        }
    }

    private static bool Table(KnownColumns known, XElement owner, string? table, List<PackFailure> failures)
    {
        if (table != null && known.HasTable(table.Trim()))
        {
            return true;
        }

        failures.Add(new PackFailure(ComponentNames.Describe(owner), "it names the table '" + table + "', which is neither in the solution nor a standard table."));
        return false;
    }

    private static void Column(KnownColumns known, XElement owner, string table, string? column, string role, List<PackFailure> failures)
    {
        if (column == null || known.Has(table, column.Trim()))
        {
            return;
        }

        failures.Add(new PackFailure(ComponentNames.Describe(owner), "its " + role + " '" + column + "' does not exist on " + table + "."));
    }

    private static IEnumerable<string> List(string? commaSeparated) =>
        (commaSeparated ?? "").Split(',').Select(c => c.Trim()).Where(c => c.Length > 0);

    private static HashSet<string> Ids(IEnumerable<string?> ids) =>
        new HashSet<string>(ids.Where(i => i != null).Select(i => RootComponentCheck.Normalize(i!)));
}
