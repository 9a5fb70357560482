using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.Packaging.Checks;

/// <summary>
/// The model-driven app: every app component, role and site map entry resolves to a component of the solution (or a
/// standard table), and every dashboard and custom table of the solution is reachable: an app component of an app
/// whose site map has an entry for it.
/// </summary>
public static class AppCheck
{
    /// <summary>The failures.</summary>
    public static IEnumerable<PackFailure> Check(SolutionPackage package)
    {
        var known = new KnownColumns(package);
        var ids = new Dictionary<string, HashSet<string>>
        {
            ["60"] = Ids(package.Block("Dashboards", "Dashboard").Select(d => d.Element("FormId")?.Value).Concat(package.Entities.Descendants("systemform").Select(f => f.Element("formid")?.Value))),
            ["26"] = Ids(package.Entities.Descendants("savedquery").Select(v => v.Element("savedqueryid")?.Value)),
            ["59"] = Ids(package.Entities.Descendants("visualization").Select(v => v.Element("savedqueryvisualizationid")?.Value)),
            ["29"] = Ids(package.Block("Workflows", "Workflow").Select(w => w.Attribute("WorkflowId")?.Value)),
            ["20"] = Ids(package.Block("Roles", "Role").Select(r => r.Attribute("id")?.Value)),
        };
        var dashboards = ids["60"];
        var siteMaps = package.Block("AppModuleSiteMaps", "AppModuleSiteMap").ToDictionary(s => RootComponentCheck.Normalize(s.Element("SiteMapUniqueName")?.Value ?? ""));
        var reachableTables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var reachableDashboards = new HashSet<string>();
        foreach (var app in package.Block("AppModules", "AppModule"))
        {
            var component = ComponentNames.Describe(app);
            var components = app.Element("AppModuleComponents")?.Elements("AppModuleComponent").ToList() ?? new List<XElement>();
            var appTables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var appDashboards = new HashSet<string>();
            XElement? siteMap = null;
            foreach (var part in components)
            {
                var type = part.Attribute("type")?.Value ?? "";
                var key = part.Attribute("id")?.Value ?? part.Attribute("schemaName")?.Value ?? "";
                switch (type)
                {
                    case "1" when known.HasTable(key.ToLowerInvariant()):
                        appTables.Add(key);
                        break;
                    case "62" when siteMaps.TryGetValue(RootComponentCheck.Normalize(key), out var map):
                        siteMap = map;
                        break;
                    case "60" or "26" or "59" or "29" when ids[type].Contains(RootComponentCheck.Normalize(key)):
                        if (type == "60")
                        {
                            appDashboards.Add(RootComponentCheck.Normalize(key));
                        }

                        break;
                    default:
                        yield return new PackFailure(component, "its component type " + type + " '" + key + "' is not in the solution" + (type == "1" ? " nor a standard table." : "."));
                        break;
                }
            }

            foreach (var role in app.Descendants("AppModuleRoleMaps").Elements("Role").Where(r => !ids["20"].Contains(RootComponentCheck.Normalize(r.Attribute("id")?.Value ?? ""))))
            {
                yield return new PackFailure(component, "its role " + role.Attribute("id")?.Value + " is not a role of the solution.");
            }

            if (siteMap == null)
            {
                yield return new PackFailure(component, "it names no site map of the solution (AppModuleComponent type=\"62\").");
                continue;
            }

            foreach (var entry in siteMap.Descendants("SubArea"))
            {
                var failure = Entry(entry, known, dashboards, appTables, appDashboards);
                if (failure != null)
                {
                    yield return failure;
                    continue;
                }

                if (entry.Attribute("Entity")?.Value is string table)
                {
                    reachableTables.Add(table);
                }

                if (entry.Attribute("DefaultDashboard")?.Value is string dashboard)
                {
                    reachableDashboards.Add(RootComponentCheck.Normalize(dashboard));
                }
            }
        }

        foreach (var dashboard in package.Block("Dashboards", "Dashboard").Where(d => !reachableDashboards.Contains(RootComponentCheck.Normalize(d.Element("FormId")?.Value ?? ""))))
        {
            yield return new PackFailure(ComponentNames.Describe(dashboard), "no app reaches it: add it to an app's components and give it a site map entry.");
        }

        foreach (var entity in package.Entities.Where(e => !KnownColumns.IsStandardTable(SolutionPackage.LogicalNameOf(e)) && !reachableTables.Contains(SolutionPackage.LogicalNameOf(e))))
        {
            yield return new PackFailure(ComponentNames.Describe(entity), "no app reaches the table: add it to an app's components and give it a site map entry.");
        }
    }

    private static PackFailure? Entry(XElement entry, KnownColumns known, ISet<string> dashboards, ISet<string> appTables, ISet<string> appDashboards)
    {
        var component = ComponentNames.Describe(entry);
        if (entry.Attribute("Entity")?.Value is string table)
        {
            return !known.HasTable(table.ToLowerInvariant()) ? new PackFailure(component, "it opens the table '" + table + "', which is neither in the solution nor a standard table.")
                : !appTables.Contains(table) ? new PackFailure(component, "it opens the table '" + table + "', which is not a component of the app.")
                : null;
        }

        if (entry.Attribute("DefaultDashboard")?.Value is string dashboard)
        {
            var id = RootComponentCheck.Normalize(dashboard);
            return !dashboards.Contains(id) ? new PackFailure(component, "it opens the dashboard " + dashboard + ", which is not in the solution.")
                : !appDashboards.Contains(id) ? new PackFailure(component, "it opens the dashboard " + dashboard + ", which is not a component of the app.")
                : null;
        }

        return entry.Attribute("Url") == null ? new PackFailure(component, "it opens nothing: give it a table (Entity), a dashboard (DefaultDashboard) or a Url.") : null;
    }

    private static HashSet<string> Ids(IEnumerable<string?> ids) =>
        new HashSet<string>(ids.Where(i => i != null).Select(i => RootComponentCheck.Normalize(i!)));
}
