using System;
using System.Globalization;
using System.Net;
using System.Xml.Linq;

namespace FunnelCrm.Dataverse.Query;

/// <summary>
/// Paging a FetchXML query as Microsoft documents it: the first page sets <c>count</c> and <c>page="1"</c>; each answer's
/// <c>@Microsoft.Dynamics.CRM.fetchxmlpagingcookie</c> is <c>&lt;cookie pagenumber=".." pagingcookie=".." /&gt;</c> whose
/// <c>pagingcookie</c> is URL-encoded twice; the next page decodes it twice and puts it into the fetch element's
/// <c>paging-cookie</c> attribute (XML-escaped by the writer) with <c>page</c> plus one.
/// </summary>
public static class FetchXmlPaging
{
    /// <summary>The fetch for <paramref name="page"/> of <paramref name="pageSize"/> rows, carrying the cookie of the previous page.</summary>
    public static string Page(string fetchXml, int pageSize, int page, string? pagingCookie)
    {
        XElement fetch;
        try
        {
            fetch = XElement.Parse(fetchXml);
        }
        catch (System.Xml.XmlException invalid)
        {
            throw new DataverseInputException("The FetchXML query is not well-formed XML: " + invalid.Message, invalid);
        }
        fetch.SetAttributeValue("count", pageSize.ToString(CultureInfo.InvariantCulture));
        fetch.SetAttributeValue("page", page.ToString(CultureInfo.InvariantCulture));
        fetch.SetAttributeValue("paging-cookie", pagingCookie);
        return fetch.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The paging cookie inside an answer's <c>fetchxmlpagingcookie</c> annotation (decoded twice), or null.</summary>
    public static string? CookieOf(string? annotation)
    {
        if (string.IsNullOrEmpty(annotation))
        {
            return null;
        }
        var encoded = (string?)XElement.Parse(annotation).Attribute("pagingcookie");
        return encoded == null ? null : WebUtility.UrlDecode(WebUtility.UrlDecode(encoded));
    }
}
