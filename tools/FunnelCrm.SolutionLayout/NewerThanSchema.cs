using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.SolutionLayout;

/// <summary>
/// Elements that Dataverse 9.2 exports carry and Microsoft's last published customization schema (9.0.0.2090) does not
/// declare, so validation against that schema has to look past them: AppModule's OptimizedFor, statecode, statuscode and
/// NavigationType, AppModuleSiteMap's EnableCollapsibleGroups, ShowHome, ShowPinned and ShowRecents (seen in the
/// unpacked 9.2 exports of YarSol/deploytest, devkeydet/explicitpluginimpersonation and
/// meandtech2001/Apollo-HealthCare-Management-D365-CRM-, in that order), and FieldPermission's CanReadUnmasked (the
/// Other/FieldSecurityProfiles.xml of kfklaihk/StaffBonusSystem and meandtech2001/Apollo-HealthCare-Management-D365-CRM-).
/// </summary>
public static class NewerThanSchema
{
    /// <summary>Parent element name to the child elements newer than the schema.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Elements = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["AppModule"] = new[] { "OptimizedFor", "statecode", "statuscode", "NavigationType" },
        ["AppModuleSiteMap"] = new[] { "EnableCollapsibleGroups", "ShowHome", "ShowPinned", "ShowRecents" },
        ["FieldPermission"] = new[] { "CanReadUnmasked" },
    };

    /// <summary>
    /// Takes the newer elements out of <paramref name="document"/> until the result is disposed, then puts the same
    /// elements back where they were (their line numbers and layout files stay with them).
    /// </summary>
    public static IDisposable Detach(XDocument document)
    {
        var detached = document.Descendants().Where(IsNewer).Select(e => (Element: e, Parent: e.Parent!, Previous: e.PreviousNode)).ToList();
        foreach (var (element, _, _) in detached)
        {
            element.Remove();
        }

        return new Reattach(detached);
    }

    private static bool IsNewer(XElement element) =>
        element.Parent != null && Elements.TryGetValue(element.Parent.Name.LocalName, out var names) && names.Contains(element.Name.LocalName);

    private sealed class Reattach : IDisposable
    {
        private readonly List<(XElement Element, XElement Parent, XNode? Previous)> detached;

        public Reattach(List<(XElement Element, XElement Parent, XNode? Previous)> detached) => this.detached = detached;

        public void Dispose()
        {
            foreach (var (element, parent, previous) in detached)
            {
                if (previous == null)
                {
                    parent.AddFirst(element);
                }
                else
                {
                    previous.AddAfterSelf(element);
                }
            }

            detached.Clear();
        }
    }
}
