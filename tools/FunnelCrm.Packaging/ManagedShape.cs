using System.Linq;
using System.Xml.Linq;

namespace FunnelCrm.Packaging;

/// <summary>
/// Shapes a package the way Microsoft's managed exports are shaped. Compared with the unmanaged export of the same
/// solution (meandtech2001/Apollo-HealthCare-Management-D365-CRM-, 1.0.0.3 managed vs 1.0.0.4 unmanaged, same
/// platform build), a managed export differs in: &lt;Managed&gt;1&lt;/Managed&gt;; no <c>unmodified="1"</c> markers on
/// untouched system tables, columns and views; no <c>solutionaction</c> on labels. Component XML (plugin assemblies,
/// types, steps, IsCustomizable and the other managed properties, root components) is otherwise identical.
/// </summary>
public static class ManagedShape
{
    /// <summary>Marks the solution managed and drops what only unmanaged exports carry.</summary>
    public static void Apply(XDocument solution, XDocument customizations)
    {
        var managed = solution.Root?.Element("SolutionManifest")?.Element("Managed");
        if (managed != null)
        {
            managed.Value = "1";
        }

        foreach (var marker in customizations.Descendants().Attributes().Where(a => a.Name.LocalName is "unmodified" or "solutionaction").ToList())
        {
            marker.Remove();
        }
    }
}
