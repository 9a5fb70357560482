using System;
using System.Security;
using System.Xml.Linq;
using FunnelCrm.Emulator.Metadata;

namespace FunnelCrm.Emulator.Charts;

/// <summary>A system view (savedquery) of a solution: its table, names, query type and FetchXML.</summary>
public sealed class ViewDefinition
{
    internal ViewDefinition(Guid id, string table, LocalizedLabel name, LocalizedLabel description, int queryType, XElement fetch, string source)
    {
        Id = id;
        Table = table;
        Name = name;
        Description = description;
        QueryType = queryType;
        Fetch = fetch;
        Source = source;
    }

    /// <summary>The savedqueryid.</summary>
    public Guid Id { get; }

    /// <summary>The table's logical name.</summary>
    public string Table { get; }

    /// <summary>The view's name.</summary>
    public LocalizedLabel Name { get; }

    /// <summary>The view's description.</summary>
    public LocalizedLabel Description { get; }

    /// <summary>The query type: 0 public view, 1 advanced find, 2 associated, 4 quick find, 64 lookup.</summary>
    public int QueryType { get; }

    /// <summary>Whether the view is the table's quick find view (its FetchXML holds the <c>{0}</c> placeholder for the search text).</summary>
    public bool IsQuickFind => QueryType == 4;

    /// <summary>The view's fetch element.</summary>
    public XElement Fetch { get; }

    /// <summary>Where the view is defined (layout file and line).</summary>
    public string Source { get; }

    /// <summary>
    /// The FetchXML the app runs for the view; for a quick find view, with the search text in place of <c>{0}</c>
    /// (the app searches for what the user typed followed by any text: <c>text%</c>).
    /// </summary>
    public string FetchXml(string searchText = "") =>
        Fetch.ToString(SaveOptions.DisableFormatting).Replace("{0}", SecurityElement.Escape(searchText + "%"), StringComparison.Ordinal);
}
