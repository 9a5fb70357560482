using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Cli.Demo;

/// <summary>Every row a query finds in the emulated organization, page by page (5,000 a page, with the paging cookie).</summary>
public static class DemoRows
{
    /// <summary>The rows of <paramref name="query"/>, all pages.</summary>
    public static IEnumerable<Entity> All(IOrganizationService service, QueryExpression query)
    {
        query.PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 };
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                yield return row;
            }

            if (!page.MoreRecords)
            {
                yield break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
