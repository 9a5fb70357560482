using System;
using System.Linq;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace FunnelCrm.Emulator.Tests.Query;

public class FetchXmlQueryTests
{
    private readonly Organization organization = Fixture.NewOrganization();
    private readonly IOrganizationService service;

    public FetchXmlQueryTests()
    {
        service = organization.CreateService();
    }

    private Guid Lead(string lastName, int? employees = null, string? company = null, EntityReference? account = null, int? budgetStatus = null) =>
        QueryLeads.Create(service, lastName, employees, company, account, budgetStatus);

    private string[] Names(string fetchXml) =>
        service.RetrieveMultiple(new FetchExpression(fetchXml)).Entities.Select(e => e.GetAttributeValue<string>("lastname")).ToArray();

    [Fact]
    public void Fetch_AttributesFilterAndOrder_ReturnTheRowsQueryExpressionReturns()
    {
        Lead("a", 10, "Contoso"); Lead("b", 20, "Fabrikam"); Lead("c", 30, "Contoso"); Lead("d");
        var query = new QueryExpression("lead") { ColumnSet = new ColumnSet("lastname", "numberofemployees") };
        query.Criteria.AddCondition("companyname", ConditionOperator.Equal, "contoso");
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.GreaterEqual, 10);
        query.AddOrder("numberofemployees", OrderType.Descending);

        var fetched = service.RetrieveMultiple(new FetchExpression(@"
            <fetch>
              <entity name='lead'>
                <attribute name='lastname' />
                <attribute name='numberofemployees' />
                <order attribute='numberofemployees' descending='true' />
                <filter>
                  <condition attribute='companyname' operator='eq' value='contoso' />
                  <condition attribute='numberofemployees' operator='ge' value='10' />
                </filter>
              </entity>
            </fetch>"));

        var expected = service.RetrieveMultiple(query);
        Assert.Equal(new[] { "c", "a" }, fetched.Entities.Select(e => e.GetAttributeValue<string>("lastname")));
        Assert.Equal(expected.Entities.Select(e => e.Id), fetched.Entities.Select(e => e.Id));
        Assert.Equal(new[] { "lastname", "leadid", "numberofemployees" }, fetched.Entities[0].Attributes.Keys.OrderBy(k => k));
    }

    [Fact]
    public void Fetch_AllAttributes_ReturnsEveryColumnWithAValue()
    {
        Lead("a", 10, "Contoso");

        var row = service.RetrieveMultiple(new FetchExpression("<fetch><entity name='lead'><all-attributes /></entity></fetch>")).Entities.Single();

        Assert.Equal("Contoso", row.GetAttributeValue<string>("companyname"));
        Assert.Equal(10, row.GetAttributeValue<int>("numberofemployees"));
        Assert.NotNull(row.GetAttributeValue<EntityReference>("ownerid"));
    }

    [Fact]
    public void Fetch_LinkEntities_InnerDropsAndOuterKeepsUnmatchedRows_WithAliasedColumns()
    {
        var account = service.Create(new Entity("account") { ["name"] = "Contoso Ltd" });
        Lead("linked", account: new EntityReference("account", account));
        Lead("alone");
        string Fetch(string linkType) => $@"
            <fetch>
              <entity name='lead'>
                <attribute name='lastname' />
                <order attribute='lastname' />
                <link-entity name='account' from='accountid' to='parentaccountid' link-type='{linkType}' alias='acc'>
                  <attribute name='name' />
                  <attribute name='name' alias='accountname' />
                </link-entity>
              </entity>
            </fetch>";

        var inner = service.RetrieveMultiple(new FetchExpression(Fetch("inner"))).Entities;
        var outer = service.RetrieveMultiple(new FetchExpression(Fetch("outer"))).Entities;

        Assert.Equal("linked", inner.Single().GetAttributeValue<string>("lastname"));
        var name = inner.Single().GetAttributeValue<AliasedValue>("acc.name");
        Assert.Equal(("account", "name", (object)"Contoso Ltd"), (name.EntityLogicalName, name.AttributeLogicalName, name.Value));
        Assert.Equal("Contoso Ltd", inner.Single().GetAttributeValue<AliasedValue>("accountname").Value);
        Assert.Equal(new[] { "alone", "linked" }, outer.Select(e => e.GetAttributeValue<string>("lastname")));
        Assert.False(outer[0].Contains("acc.name"));
    }

    [Fact]
    public void Fetch_ConditionOnLinkAlias_FiltersByTheLinkedRow()
    {
        var contoso = service.Create(new Entity("account") { ["name"] = "Contoso" });
        var fabrikam = service.Create(new Entity("account") { ["name"] = "Fabrikam" });
        Lead("c", account: new EntityReference("account", contoso));
        Lead("f", account: new EntityReference("account", fabrikam));

        var names = Names(@"
            <fetch>
              <entity name='lead'>
                <attribute name='lastname' />
                <link-entity name='account' from='accountid' to='parentaccountid' link-type='outer' alias='acc' />
                <filter><condition entityname='acc' attribute='name' operator='eq' value='Fabrikam' /></filter>
              </entity>
            </fetch>");

        Assert.Equal(new[] { "f" }, names);
    }

    [Fact]
    public void Fetch_CountAndPage_PageWithMoreRecordsAndCookie_TopLimits()
    {
        foreach (var name in new[] { "a", "b", "c", "d", "e" })
        {
            Lead(name);
        }

        var second = service.RetrieveMultiple(new FetchExpression("<fetch count='2' page='2' returntotalrecordcount='true'><entity name='lead'><attribute name='lastname' /><order attribute='lastname' /></entity></fetch>"));
        var last = service.RetrieveMultiple(new FetchExpression("<fetch count='2' page='3'><entity name='lead'><attribute name='lastname' /><order attribute='lastname' /></entity></fetch>"));
        var top = Names("<fetch top='3'><entity name='lead'><attribute name='lastname' /><order attribute='lastname' descending='true' /></entity></fetch>");

        Assert.Equal(new[] { "c", "d" }, second.Entities.Select(e => e.GetAttributeValue<string>("lastname")));
        Assert.True(second.MoreRecords);
        Assert.Equal(5, second.TotalRecordCount);
        Assert.StartsWith("<cookie page=\"2\"><leadid last=", second.PagingCookie, StringComparison.Ordinal);
        Assert.Equal(new[] { "e" }, last.Entities.Select(e => e.GetAttributeValue<string>("lastname")));
        Assert.False(last.MoreRecords);
        Assert.Equal(new[] { "e", "d", "c" }, top);
    }

    [Fact]
    public void Fetch_Distinct_ReturnsEachCombinationOfTheAskedColumnsOnce()
    {
        Lead("a", company: "Contoso"); Lead("b", company: "Contoso"); Lead("c", company: "Fabrikam");

        var companies = service.RetrieveMultiple(new FetchExpression("<fetch distinct='true'><entity name='lead'><attribute name='companyname' /><order attribute='companyname' /></entity></fetch>"))
            .Entities.Select(e => e.GetAttributeValue<string>("companyname"));

        Assert.Equal(new[] { "Contoso", "Fabrikam" }, companies);
    }

    [Fact]
    public void Fetch_ValuesOfChoiceLookupAndDateColumns_CompareAsTheColumnsTypes()
    {
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });
        var now = organization.Clock.UtcNow;
        service.Create(new Entity("lead") { ["lastname"] = "match", ["budgetstatus"] = new OptionSetValue(2), ["parentaccountid"] = new EntityReference("account", account), ["estimatedclosedate"] = now.AddDays(3) });
        service.Create(new Entity("lead") { ["lastname"] = "other", ["budgetstatus"] = new OptionSetValue(1), ["estimatedclosedate"] = now.AddDays(-3) });

        var names = Names($@"
            <fetch>
              <entity name='lead'>
                <attribute name='lastname' />
                <filter>
                  <condition attribute='budgetstatus' operator='in'><value>2</value><value>3</value></condition>
                  <condition attribute='parentaccountid' operator='eq' value='{{{account.ToString().ToUpperInvariant()}}}' />
                  <condition attribute='estimatedclosedate' operator='on-or-after' value='{now:yyyy-MM-dd}' />
                </filter>
              </entity>
            </fetch>");

        Assert.Equal(new[] { "match" }, names);
    }

    [Fact]
    public void Fetch_DateOperators_CountFromTheOrganizationClockInUtc()
    {
        organization.Clock.Set(new DateTime(2026, 11, 18, 15, 30, 0, DateTimeKind.Utc));
        void Dated(string name, DateTime on) => service.Create(new Entity("lead") { ["lastname"] = name, ["estimatedclosedate"] = on });
        Dated("today", new DateTime(2026, 11, 18, 8, 0, 0, DateTimeKind.Utc));
        Dated("week", new DateTime(2026, 11, 15, 1, 0, 0, DateTimeKind.Utc));
        Dated("month", new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc));
        Dated("lastmonth", new DateTime(2026, 10, 31, 23, 59, 0, DateTimeKind.Utc));
        Dated("year", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Dated("old", new DateTime(2025, 11, 17, 23, 0, 0, DateTimeKind.Utc));
        Dated("future", new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc));
        string[] With(string op, string? value = null) => Names(
            $"<fetch><entity name='lead'><attribute name='lastname' /><order attribute='estimatedclosedate' descending='true' /><filter><condition attribute='estimatedclosedate' operator='{op}'{(value == null ? "" : $" value='{value}'")} /></filter></entity></fetch>");

        Assert.Equal(new[] { "today" }, With("today"));
        Assert.Equal(new[] { "future", "today", "week" }, With("this-week"));
        Assert.Equal(new[] { "future", "today", "week", "month" }, With("this-month"));
        Assert.Equal(new[] { "lastmonth" }, With("last-month"));
        Assert.Equal(new[] { "today", "week", "month", "lastmonth", "year" }, With("last-x-months", "12"));
        Assert.Equal(new[] { "future", "today", "week", "month", "lastmonth", "year" }, With("this-year"));
        Assert.Equal(new[] { "today", "week", "month", "lastmonth" }, With("last-x-days", "30"));
        Assert.Equal(new[] { "month", "lastmonth", "year", "old" }, With("olderthan-x-days", "3"));
        Assert.Equal(new[] { "old" }, With("olderthan-x-months", "12"));
        Assert.Equal(new[] { "today", "week", "month", "lastmonth", "year", "old" }, With("olderthan-x-minutes", "60"));
        Assert.Equal(new[] { "future" }, With("next-x-days", "2"));
    }

    [Fact]
    public void Fetch_UserOperators_MatchTheCallerAndTheCallersTeams()
    {
        organization.Roles.Add(new FunnelCrm.Emulator.Security.SecurityRole(Guid.NewGuid(), "Lead reader").Grant("prvReadLead"));
        var rep = organization.AddUser("Rita Rep", "Lead reader");
        var other = organization.AddUser("Otto Other", "Lead reader");
        var team = service.Create(new Entity("team") { ["name"] = "Inside sales" });
        service.Create(new Entity("teammembership") { ["systemuserid"] = rep, ["teamid"] = team });
        service.Associate("team", team, new Relationship("teamroles_association"),
            new EntityReferenceCollection { new EntityReference("role", organization.Roles.Get("Lead reader").Id) });
        Guid Owned(string name, EntityReference owner)
        {
            var id = Lead(name);
            service.Update(new Entity("lead", id) { ["ownerid"] = owner });
            return id;
        }

        Owned("mine", new EntityReference("systemuser", rep));
        Owned("team", new EntityReference("team", team));
        Owned("theirs", new EntityReference("systemuser", other));
        string[] As(Guid user, string op) => organization.CreateService(user).RetrieveMultiple(new FetchExpression(
                $"<fetch><entity name='lead'><attribute name='lastname' /><order attribute='lastname' /><filter><condition attribute='ownerid' operator='{op}' /></filter></entity></fetch>"))
            .Entities.Select(e => e.GetAttributeValue<string>("lastname")).ToArray();

        Assert.Equal(new[] { "mine" }, As(rep, "eq-userid"));
        Assert.Equal(new[] { "mine", "team" }, As(rep, "eq-useroruserteams"));
        Assert.Equal(new[] { "team" }, As(rep, "eq-userteams"));
        Assert.Equal(new[] { "theirs" }, As(other, "eq-useroruserteams"));
        Assert.Equal(new[] { "mine", "team" }, As(other, "ne-userid"));
    }

    [Fact]
    public void Fetch_OrderByChoice_SortsByLabelUnlessRawOrderIsAsked()
    {
        organization.LoadCustomizations(Fixture.CustomizationsPath);
        foreach (var (name, stage) in new[] { ("develop", 100000001), ("qualify", 100000000), ("close", 100000002) })
        {
            service.Create(new Entity("demo_project") { ["demo_name"] = name, ["demo_stage"] = new OptionSetValue(stage) });
        }
        string[] Projects(string raw) => service.RetrieveMultiple(new FetchExpression(
                $"<fetch{raw}><entity name='demo_project'><attribute name='demo_name' /><attribute name='demo_stage' /><order attribute='demo_stage' /></entity></fetch>"))
            .Entities.Select(e => e.FormattedValues["demo_stage"]).ToArray();

        Assert.Equal(new[] { "Close", "Develop", "Qualify" }, Projects(""));
        Assert.Equal(new[] { "Qualify", "Develop", "Close" }, Projects(" useraworderby='true'"));
    }

    [Fact]
    public void Fetch_OrderByLookup_SortsByTheRelatedRowsName()
    {
        var zeta = service.Create(new Entity("account") { ["name"] = "Zeta" });
        var alpha = service.Create(new Entity("account") { ["name"] = "Alpha" });
        Lead("first", account: new EntityReference("account", zeta));
        Lead("second", account: new EntityReference("account", alpha));

        var names = Names("<fetch><entity name='lead'><attribute name='lastname' /><order attribute='parentaccountid' /></entity></fetch>");

        Assert.Equal(new[] { "second", "first" }, names);
    }

    [Fact]
    public void Fetch_FormattedValues_AreReturnedAsTheUserSeesThem()
    {
        organization.Clock.Set(new DateTime(2026, 3, 4, 14, 5, 0, DateTimeKind.Utc));
        var account = service.Create(new Entity("account") { ["name"] = "Contoso" });
        service.Create(new Entity("lead")
        {
            ["lastname"] = "x", ["numberofemployees"] = 1500, ["budgetamount"] = new Money(2500.5m), ["decisionmaker"] = true,
            ["parentaccountid"] = new EntityReference("account", account), ["estimatedclosedate"] = organization.Clock.UtcNow,
        });

        var row = service.RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='lead'><attribute name='numberofemployees' /><attribute name='budgetamount' /><attribute name='decisionmaker' /><attribute name='parentaccountid' /><attribute name='estimatedclosedate' /><attribute name='lastname' /></entity></fetch>"))
            .Entities.Single();

        Assert.Equal("1,500", row.FormattedValues["numberofemployees"]);
        Assert.Equal("$2,500.50", row.FormattedValues["budgetamount"]);
        Assert.Equal("Yes", row.FormattedValues["decisionmaker"]);
        Assert.Equal("Contoso", row.FormattedValues["parentaccountid"]);
        Assert.Equal("3/4/2026 2:05 PM", row.FormattedValues["estimatedclosedate"]);
        Assert.False(row.FormattedValues.ContainsKey("lastname"));
    }

    [Fact]
    public void Fetch_ByUserWithoutReadOnALinkedTable_IsRefusedAsQueryExpressionIs()
    {
        organization.LoadCustomizations(Fixture.CustomizationsPath);
        var rep = organization.AddUser("Rita Rep", "Funnel Rep");

        var fault = Fixture.Fault(() => organization.CreateService(rep).RetrieveMultiple(new FetchExpression(
            "<fetch><entity name='lead'><attribute name='lastname' /><link-entity name='account' from='accountid' to='parentaccountid' /></entity></fetch>")));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Contains("is missing prvReadAccount privilege", fault.Message);
    }

    [Fact]
    public void FetchXmlToQueryExpression_ReturnsTheQueryTheEngineRuns()
    {
        Lead("a", 10); Lead("b", 20);
        const string fetch = "<fetch top='1'><entity name='lead'><attribute name='lastname' /><order attribute='numberofemployees' descending='true' /><filter><condition attribute='numberofemployees' operator='gt' value='5' /></filter></entity></fetch>";

        var query = ((FetchXmlToQueryExpressionResponse)service.Execute(new FetchXmlToQueryExpressionRequest { FetchXml = fetch })).Query;

        Assert.Equal("lead", query.EntityName);
        Assert.Equal(1, query.TopCount);
        Assert.Equal(ConditionOperator.GreaterThan, query.Criteria.Conditions.Single().Operator);
        Assert.Equal(5, query.Criteria.Conditions.Single().Values.Single());
        Assert.Equal(Names(fetch), service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("lastname")));
    }
}
