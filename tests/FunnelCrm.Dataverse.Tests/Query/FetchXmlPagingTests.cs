using FunnelCrm.Dataverse.Query;
using Xunit;

namespace FunnelCrm.Dataverse.Tests.Query;

public sealed class FetchXmlPagingTests
{
    [Fact]
    public void CookieOf_DocumentedAnnotation_DecodesThePagingCookieTwice()
    {
        const string Annotation = "<cookie pagenumber=\"2\" pagingcookie=\"%253ccookie%2520page%253d%25221%2522%253e%253caccountid%2520last%253d%2522%257b9A1E1B6E-DE79-EE11-8179-000D3A993550%257d%2522%2520first%253d%2522%257b9A1E1B6E-DE79-EE11-8179-000D3A993550%257d%2522%2520%252f%253e%253c%252fcookie%253e\" istracking=\"False\" />";

        var cookie = FetchXmlPaging.CookieOf(Annotation);

        Assert.Equal("<cookie page=\"1\"><accountid last=\"{9A1E1B6E-DE79-EE11-8179-000D3A993550}\" first=\"{9A1E1B6E-DE79-EE11-8179-000D3A993550}\" /></cookie>", cookie);
    }

    [Fact]
    public void Page_NextPage_SetsCountPageAndTheCookieXmlEscaped()
    {
        var fetch = FetchXmlPaging.Page("<fetch><entity name=\"account\"><attribute name=\"name\" /></entity></fetch>", 3, 2, "<cookie page=\"1\"><accountid last=\"{A}\" /></cookie>");

        Assert.Equal("<fetch count=\"3\" page=\"2\" paging-cookie=\"&lt;cookie page=&quot;1&quot;&gt;&lt;accountid last=&quot;{A}&quot; /&gt;&lt;/cookie&gt;\"><entity name=\"account\"><attribute name=\"name\" /></entity></fetch>", fetch);
    }
}
