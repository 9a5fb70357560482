using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FunnelCrm.Emulator.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.WebApi.Tests.Batches;

/// <summary>Microsoft's documented $batch examples (execute-batch-operations-using-web-api.md) answered by the host.</summary>
public sealed class BatchContractTests : IAsyncLifetime
{
    private ApiHost host = null!;

    public async Task InitializeAsync() => host = await ApiHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ChangeSet_ReferencingContentIdsInBodies_CreatesLinkedRecordsAndEchoesContentIds()
    {
        var body = """
            --batch_AAA123
            Content-Type: multipart/mixed; boundary=changeset_dd81ccab-11ce-4d57-b91d-12c4e25c3cab

            --changeset_dd81ccab-11ce-4d57-b91d-12c4e25c3cab
            Content-Type: application/http
            Content-Transfer-Encoding: binary
            Content-ID: 1

            POST [Organization URI]/api/data/v9.2/leads HTTP/1.1
            Content-Type: application/json

            {
                "firstname":"first name",
                "lastname":"last name"
            }

            --changeset_dd81ccab-11ce-4d57-b91d-12c4e25c3cab
            Content-Type: application/http
            Content-Transfer-Encoding: binary
            Content-ID: 2

            POST [Organization URI]/api/data/v9.2/contacts HTTP/1.1
            Content-Type: application/json

            {"firstname":"first name"}

            --changeset_dd81ccab-11ce-4d57-b91d-12c4e25c3cab
            Content-Type: application/http
            Content-Transfer-Encoding: binary
            Content-ID: 3

            POST [Organization URI]/api/data/v9.2/accounts HTTP/1.1
            Content-Type: application/json

            {
                "name":"IcM Account",
                "originatingleadid@odata.bind":"$1",
                "primarycontactid@odata.bind":"$2"
            }

            --changeset_dd81ccab-11ce-4d57-b91d-12c4e25c3cab--
            --batch_AAA123--
            """;

        var response = await SendAsync(body, "batch_AAA123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Content-Type: multipart/mixed; boundary=changesetresponse_", text);
        Assert.Contains("Content-ID: 3", text);
        Assert.Equal(3, CountOf(text, "HTTP/1.1 204 No Content"));
        var account = Guid.Parse(Between(text, "/accounts(", ")"));
        var row = host.Organization.CreateService().Retrieve("account", account, new ColumnSet("originatingleadid", "primarycontactid"));
        Assert.Equal(Guid.Parse(Between(text, "/leads(", ")")), row.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>("originatingleadid").Id);
        Assert.Equal(Guid.Parse(Between(text, "/contacts(", ")")), row.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>("primarycontactid").Id);
    }

    [Fact]
    public async Task ChangeSet_ReferencingContentIdInUrl_UpdatesTheCreatedRecord()
    {
        var body = """
            --batch_AAA123
            Content-Type: multipart/mixed; boundary=changeset_dd81ccab-11ce-4d57-b91d-12c4e25c3cab

            --changeset_dd81ccab-11ce-4d57-b91d-12c4e25c3cab
            Content-Type: application/http
            Content-Transfer-Encoding: binary
            Content-ID: 1

            POST [Organization URI]/api/data/v9.2/contacts HTTP/1.1
            Content-Type: application/json

            {
              "firstname":"First Name",
              "lastname":"Last name"
            }

            --changeset_dd81ccab-11ce-4d57-b91d-12c4e25c3cab
            Content-Transfer-Encoding: binary
            Content-Type: application/http
            Content-ID: 2

            PUT $1/lastname HTTP/1.1
            Content-Type: application/json

            {
              "value":"BBBBB"
            }

            --changeset_dd81ccab-11ce-4d57-b91d-12c4e25c3cab--
            --batch_AAA123--
            """;

        var text = await (await SendAsync(body, "batch_AAA123")).Content.ReadAsStringAsync();

        var contact = Guid.Parse(Between(text, "/contacts(", ")"));
        Assert.Equal("BBBBB", host.Organization.CreateService().Retrieve("contact", contact, new ColumnSet("lastname")).GetAttributeValue<string>("lastname"));
    }

    [Fact]
    public async Task ChangeSet_ReferencingAContentIdNotYetDeclared_Is400AndCreatesNothing()
    {
        var accounts = Count("account");
        var body = """
            --batch_AAA123
            Content-Type: multipart/mixed; boundary=changeset_BBB456

            --changeset_BBB456
            Content-Type: application/http
            Content-Transfer-Encoding:binary
            Content-ID: 2

            POST [Organization URI]/api/data/v9.2/phonecalls HTTP/1.1
            Content-Type: application/json;type=entry

            {
                "phonenumber":"911",
                "regardingobjectid_account_phonecall@odata.bind" : "$1"
            }

            --changeset_BBB456
            Content-Type: application/http
            Content-Transfer-Encoding:binary
            Content-ID: 1

            POST [Organization URI]/api/data/v9.2/accounts HTTP/1.1
            Content-Type: application/json;type=entry

            {
                "name":"QQQQ",
                "revenue": 1.50
            }

            --changeset_BBB456--
            --batch_AAA123--
            """;

        var response = await SendAsync(body, "batch_AAA123");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Content-ID Reference: '$1' does not exist in the batch context.", await response.Content.ReadAsStringAsync());
        Assert.Equal(accounts, Count("account"));
    }

    [Fact]
    public async Task ChangeSet_OnePartFails_RollsBackTheOthers()
    {
        var accounts = Count("account");
        var body = Part("changeset_X", "POST", "accounts", "{\"name\":\"Kept only if all succeed\"}", "1")
            + Part("changeset_X", "POST", "accounts", "{\"name\":\"x\",\"nosuchcolumn\":1}", "2");
        var batch = "--batch_Y\r\nContent-Type: multipart/mixed; boundary=changeset_X\r\n\r\n" + body + "--changeset_X--\r\n--batch_Y--\r\n";

        var response = await SendAsync(batch, "batch_Y");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(accounts, Count("account"));
    }

    [Fact]
    public async Task Batch_FirstRequestFailsWithoutContinueOnError_Is400WithTheErrorAndStops()
    {
        var account = await CreateAccountAsync();
        var tooLong = "Subject is too long " + new string('x', 190);
        var body = Part("batch_B", "POST", "tasks", $"{{\"subject\":\"{tooLong}\",\"regardingobjectid_account_task@odata.bind\":\"accounts({account})\"}}")
            + Part("batch_B", "POST", "tasks", $"{{\"subject\":\"Task 2 in batch\",\"regardingobjectid_account_task@odata.bind\":\"accounts({account})\"}}")
            + "--batch_B--\r\n";

        var response = await SendAsync(body, "batch_B");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("{\"error\":{\"code\":\"0x80044331\",\"message\":\"A validation error occurred.  The length of the 'subject' attribute of the 'task' entity exceeded the maximum allowed length of '200'.\"}}", text);
        Assert.Equal(0, CountOf(text, "204 No Content"));
    }

    [Fact]
    public async Task Batch_FirstRequestFailsWithContinueOnError_Is200WithEveryResponse()
    {
        var account = await CreateAccountAsync();
        var tooLong = "Subject is too long " + new string('x', 190);
        var body = Part("batch_C", "POST", "tasks", $"{{\"subject\":\"{tooLong}\",\"regardingobjectid_account_task@odata.bind\":\"accounts({account})\"}}")
            + Part("batch_C", "POST", "tasks", $"{{\"subject\":\"Task 2 in batch\",\"regardingobjectid_account_task@odata.bind\":\"accounts({account})\"}}")
            + Part("batch_C", "POST", "tasks", $"{{\"subject\":\"Task 3 in batch\",\"regardingobjectid_account_task@odata.bind\":\"accounts({account})\"}}")
            + "--batch_C--\r\n";

        var response = await SendAsync(body, "batch_C", ("Prefer", "odata.continue-on-error"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(1, CountOf(text, "HTTP/1.1 400 Bad Request"));
        Assert.Equal(2, CountOf(text, "HTTP/1.1 204 No Content"));
        Assert.Contains("Location: " + host.Host.ServiceRoot + "tasks(", text);
    }

    [Fact]
    public async Task Batch_WithoutChangeSets_RunsGetsAfterCreatesInOrder()
    {
        var account = await CreateAccountAsync();
        var body = Part("batch_D", "POST", "tasks", $"{{\"subject\":\"Task 1 in batch\",\"regardingobjectid_account_task@odata.bind\":\"accounts({account})\"}}")
            + Part("batch_D", "GET", $"tasks?$select=subject&$filter=_regardingobjectid_value eq {account}", null)
            + "--batch_D--\r\n";

        var text = await (await SendAsync(body, "batch_D")).Content.ReadAsStringAsync();

        Assert.Contains("HTTP/1.1 200 OK", text);
        Assert.Contains("\"subject\":\"Task 1 in batch\"", text);
        Assert.Contains("$metadata#tasks(subject)", text);
    }

    [Fact]
    public async Task Batch_OverAThousandRequests_Is400()
    {
        var body = string.Concat(System.Linq.Enumerable.Repeat(Part("batch_E", "GET", "WhoAmI", null), 1001)) + "--batch_E--\r\n";

        var response = await SendAsync(body, "batch_E");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string body, string boundary, params (string, string)[] headers)
    {
        var request = Http.Request(HttpMethod.Post, "$batch", null, headers);
        request.Content = new StringContent(body.Replace("[Organization URI]", host.Host.Address.ToString().TrimEnd('/')).Replace("\r\n", "\n").Replace("\n", "\r\n"));
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/mixed; boundary=\"{boundary}\"");
        return await host.Admin.SendAsync(request);
    }

    private static string Part(string boundary, string method, string url, string? json, string? contentId = null) =>
        $"--{boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n" + (contentId == null ? "" : $"Content-ID: {contentId}\r\n")
        + $"\r\n{method} /api/data/v9.2/{url} HTTP/1.1\r\n" + (json == null ? "\r\n" : $"Content-Type: application/json; type=entry\r\n\r\n{json}\r\n");

    private async Task<Guid> CreateAccountAsync()
    {
        var response = await host.Admin.PostAsync("accounts", Http.Json("{\"name\":\"Batch parent\"}"));
        var url = string.Join("", response.Headers.GetValues("OData-EntityId"));
        return Guid.Parse(url.Substring(url.Length - 37, 36));
    }

    private int Count(string table) => host.Organization.CreateService().RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(false) }).Entities.Count;

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text.Substring(from, text.IndexOf(end, from, StringComparison.Ordinal) - from);
    }
}
