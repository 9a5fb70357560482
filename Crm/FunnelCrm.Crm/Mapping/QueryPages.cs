using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Crm.Mapping;

/// <summary>Every row a query finds, page after page with the paging cookie, as RetrieveMultiple returns them.</summary>
public static class QueryPages
{
    /// <summary>The most rows Dataverse returns in one page.</summary>
    public const int MaxPageSize = 5000;

    /// <summary>The rows of <paramref name="query"/>, all pages of <paramref name="pageSize"/> rows (its PageInfo is replaced).</summary>
    public static IEnumerable<Entity> All(IOrganizationService service, QueryExpression query, int pageSize = MaxPageSize)
    {
        query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1 };
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
