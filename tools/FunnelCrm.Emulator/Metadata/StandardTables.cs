using System.Collections.Generic;
using System.Linq;

namespace FunnelCrm.Emulator.Metadata;

/// <summary>
/// The built-in metadata of the standard tables FunnelCrm touches (lead with its BANT columns, contact, account,
/// opportunity, opportunityclose, the activities, activityparty, campaign, systemuser, team, teammembership,
/// businessunit, transactioncurrency, timezonedefinition, the security tables role, privilege, roleprivileges,
/// systemuserroles and teamroles, and column security's fieldsecurityprofile, fieldpermission, systemuserprofiles and
/// teamprofiles), their relationships with Dataverse's delete cascades and the standard
/// lead column mappings. Solutions add to it.
/// </summary>
public static class StandardTables
{
    private static readonly string[] Activities = { "email", "phonecall", "appointment", "task", "campaignresponse", "opportunityclose" };

    /// <summary>A catalog holding the standard tables.</summary>
    public static MetadataCatalog CreateCatalog()
    {
        var catalog = new MetadataCatalog();
        AddOrganizationTables(catalog);
        AddSalesTables(catalog);
        AddActivityTables(catalog);
        AddRelationships(catalog);
        AddMappings(catalog);
        return catalog;
    }

    private static ColumnMetadata Text(string name, int maxLength = 4000) => new(name, ColumnType.String) { MaxLength = maxLength };
    private static ColumnMetadata Memo(string name) => new(name, ColumnType.Memo) { MaxLength = 1048576 };
    private static ColumnMetadata Int(string name) => new(name, ColumnType.Integer);
    private static ColumnMetadata Money(string name) => new(name, ColumnType.Money);
    private static ColumnMetadata Bool(string name) => new(name, ColumnType.Boolean);

    /// <summary>Email and phone call Direction: 1 Outgoing, 0 Incoming, default Outgoing (the tables' references in Microsoft's documentation).</summary>
    private static ColumnMetadata Direction() => new("directioncode", ColumnType.Boolean) { DefaultValue = true };
    private static ColumnMetadata Date(string name) => new(name, ColumnType.DateTime);
    private static ColumnMetadata Lookup(string name, params string[] targets) => new(name, ColumnType.Lookup, targets);
    private static ColumnMetadata Choice(string name, params int[] values) => new(name, ColumnType.Picklist, options: values);
    private static ColumnMetadata Customer(string name) => new(name, ColumnType.Customer, new[] { "account", "contact" });
    private static ColumnMetadata Parties(string name) => new(name, ColumnType.PartyList, new[] { "activityparty" });

    private static IEnumerable<int> Range(int from, int to) => Enumerable.Range(from, to - from + 1);

    private static TableMetadata WithSystemColumns(this TableMetadata table)
    {
        table.AddColumns(Date("createdon"), Date("modifiedon"), Date("overriddencreatedon"),
            Lookup("createdby", "systemuser"), Lookup("modifiedby", "systemuser"),
            Lookup("createdonbehalfby", "systemuser"), Lookup("modifiedonbehalfby", "systemuser"),
            new ColumnMetadata("versionnumber", ColumnType.BigInt), Int("importsequencenumber"),
            Int("timezoneruleversionnumber"), Int("utcconversiontimezonecode"));
        if (table.Ownership == Ownership.UserOwned)
        {
            table.AddColumns(new ColumnMetadata("ownerid", ColumnType.Owner, new[] { "systemuser", "team" }),
                Lookup("owninguser", "systemuser"), Lookup("owningteam", "team"), Lookup("owningbusinessunit", "businessunit"));
        }
        return table;
    }

    private static TableMetadata WithCurrency(this TableMetadata table) =>
        table.AddColumns(Lookup("transactioncurrencyid", "transactioncurrency"), new ColumnMetadata("exchangerate", ColumnType.Decimal));

    private static void AddOrganizationTables(MetadataCatalog catalog)
    {
        catalog.AddTable(new TableMetadata("businessunit", Ownership.OrganizationOwned, "BusinessUnit", primaryNameColumn: "name")
            .WithSystemColumns().AddColumns(Text("name", 160), Lookup("parentbusinessunitid", "businessunit"), Bool("isdisabled")));
        catalog.AddTable(new TableMetadata("systemuser", Ownership.OrganizationOwned, "SystemUser", primaryNameColumn: "fullname")
            .WithSystemColumns().AddColumns(Text("fullname", 200), Text("firstname", 64), Text("lastname", 64), Text("domainname", 1024),
                Text("internalemailaddress", 100), Lookup("businessunitid", "businessunit"), Bool("isdisabled"),
                Choice("accessmode", Range(0, 5).ToArray()), new ColumnMetadata("applicationid", ColumnType.UniqueIdentifier)));
        catalog.AddTable(new TableMetadata("team", Ownership.OrganizationOwned, "Team", primaryNameColumn: "name")
            .WithSystemColumns().AddColumns(Text("name", 160), Lookup("businessunitid", "businessunit"),
                Lookup("administratorid", "systemuser"), Choice("teamtype", 0, 1, 2, 3), Memo("description")));
        catalog.AddTable(new TableMetadata("teammembership", Ownership.OrganizationOwned, "TeamMembership")
            .AddColumns(new ColumnMetadata("systemuserid", ColumnType.UniqueIdentifier), new ColumnMetadata("teamid", ColumnType.UniqueIdentifier)));
        catalog.AddTable(new TableMetadata("role", Ownership.OrganizationOwned, "Role", primaryNameColumn: "name")
            .WithSystemColumns().AddColumns(Text("name", 100), Lookup("businessunitid", "businessunit")));
        catalog.AddTable(new TableMetadata("privilege", Ownership.OrganizationOwned, "Privilege", primaryNameColumn: "name")
            .AddColumns(Text("name", 100)));
        catalog.AddTable(new TableMetadata("roleprivileges", Ownership.OrganizationOwned, "RolePrivileges")
            .AddColumns(new ColumnMetadata("roleid", ColumnType.UniqueIdentifier), new ColumnMetadata("privilegeid", ColumnType.UniqueIdentifier), Int("privilegedepthmask")));
        catalog.AddTable(new TableMetadata("systemuserroles", Ownership.OrganizationOwned, "SystemUserRoles")
            .AddColumns(new ColumnMetadata("systemuserid", ColumnType.UniqueIdentifier), new ColumnMetadata("roleid", ColumnType.UniqueIdentifier)));
        catalog.AddTable(new TableMetadata("teamroles", Ownership.OrganizationOwned, "TeamRoles")
            .AddColumns(new ColumnMetadata("teamid", ColumnType.UniqueIdentifier), new ColumnMetadata("roleid", ColumnType.UniqueIdentifier)));
        catalog.AddTable(new TableMetadata("fieldsecurityprofile", Ownership.OrganizationOwned, "FieldSecurityProfile", primaryNameColumn: "name")
            .WithSystemColumns().AddColumns(Text("name", 256), Memo("description")));
        catalog.AddTable(new TableMetadata("fieldpermission", Ownership.OrganizationOwned, "FieldPermission")
            .AddColumns(Lookup("fieldsecurityprofileid", "fieldsecurityprofile"), Text("entityname", 128), Text("attributelogicalname", 128),
                Choice("canread", 0, 4), Choice("cancreate", 0, 4), Choice("canupdate", 0, 4)));
        catalog.AddTable(new TableMetadata("systemuserprofiles", Ownership.OrganizationOwned, "SystemUserProfiles")
            .AddColumns(new ColumnMetadata("fieldsecurityprofileid", ColumnType.UniqueIdentifier), new ColumnMetadata("systemuserid", ColumnType.UniqueIdentifier)));
        catalog.AddTable(new TableMetadata("teamprofiles", Ownership.OrganizationOwned, "TeamProfiles")
            .AddColumns(new ColumnMetadata("fieldsecurityprofileid", ColumnType.UniqueIdentifier), new ColumnMetadata("teamid", ColumnType.UniqueIdentifier)));
        catalog.AddTable(new TableMetadata("timezonedefinition", Ownership.OrganizationOwned, "TimeZoneDefinition", primaryNameColumn: "standardname")
            .AddColumns(Int("timezonecode"), Text("standardname", 100), Text("userinterfacename", 160)));
        catalog.AddTable(new TableMetadata("transactioncurrency", Ownership.OrganizationOwned, "TransactionCurrency", primaryNameColumn: "currencyname")
            .WithEntitySetName("transactioncurrencies").WithSystemColumns().WithStates((0, 1), (1, 2))
            .AddColumns(Text("currencyname", 100), Text("isocurrencycode", 5), Text("currencysymbol", 13),
                new ColumnMetadata("exchangerate", ColumnType.Decimal), Int("currencyprecision")));
    }

    private static void AddSalesTables(MetadataCatalog catalog)
    {
        catalog.AddTable(new TableMetadata("lead", Ownership.UserOwned, "Lead", primaryNameColumn: "fullname")
            .WithSystemColumns().WithCurrency()
            .WithStates((0, 1), (0, 2), (1, 3), (2, 4), (2, 5), (2, 6), (2, 7))
            .WithReadOnlyStates(1)
            .AddColumns(Text("subject", 300), Text("firstname", 50), Text("lastname", 50), Text("fullname", 160), Text("companyname", 100),
                Text("jobtitle", 100), Text("emailaddress1", 100), Text("telephone1", 50), Text("mobilephone", 20), Text("websiteurl", 200),
                Text("address1_city", 80), Text("address1_country", 80), Memo("description"), Memo("qualificationcomments"),
                Choice("industrycode", Range(1, 33).ToArray()), Choice("leadsourcecode", Range(1, 10).ToArray()),
                Choice("leadqualitycode", 1, 2, 3), Choice("preferredcontactmethodcode", 1, 2, 3, 4, 5), Choice("prioritycode", 1),
                Choice("salesstagecode", 1), Int("numberofemployees"), Money("revenue"), Money("revenue_base"),
                Money("budgetamount"), Money("budgetamount_base"), Choice("budgetstatus", 0, 1, 2, 3), Bool("decisionmaker"),
                Choice("purchaseprocess", 0, 1, 2), Choice("need", 0, 1, 2, 3), Choice("purchasetimeframe", 0, 1, 2, 3, 4),
                Money("estimatedamount"), Money("estimatedamount_base"), Date("estimatedclosedate"), new ColumnMetadata("estimatedvalue", ColumnType.Double),
                Lookup("parentaccountid", "account"), Lookup("parentcontactid", "contact"), Customer("customerid"),
                Lookup("qualifyingopportunityid", "opportunity"), Lookup("campaignid", "campaign"), Lookup("masterid", "lead"),
                Bool("merged"), Bool("donotemail"), Bool("donotphone"), Bool("donotbulkemail"), Bool("participatesinworkflow")));
        catalog.AddTable(new TableMetadata("contact", Ownership.UserOwned, "Contact", primaryNameColumn: "fullname")
            .WithSystemColumns().WithCurrency().WithStates((0, 1), (1, 2))
            .AddColumns(Text("firstname", 50), Text("lastname", 50), Text("fullname", 160), Text("jobtitle", 100), Text("emailaddress1", 100),
                Text("telephone1", 50), Text("mobilephone", 50), Text("address1_city", 80), Text("address1_country", 80), Memo("description"),
                Customer("parentcustomerid"), Lookup("originatingleadid", "lead"), Bool("donotemail"), Bool("donotphone"), Bool("merged"), Lookup("masterid", "contact")));
        catalog.AddTable(new TableMetadata("account", Ownership.UserOwned, "Account", primaryNameColumn: "name")
            .WithSystemColumns().WithCurrency().WithStates((0, 1), (1, 2))
            .AddColumns(Text("name", 160), Text("emailaddress1", 100), Text("telephone1", 50), Text("websiteurl", 200), Text("address1_city", 80),
                Text("address1_country", 80), Memo("description"), Int("numberofemployees"), Money("revenue"), Money("revenue_base"),
                Choice("industrycode", Range(1, 33).ToArray()), Lookup("primarycontactid", "contact"), Lookup("parentaccountid", "account"),
                Lookup("originatingleadid", "lead"), Bool("merged"), Lookup("masterid", "account"), Text("accountnumber", 20), Bool("creditonhold"),
                new ColumnMetadata("address1_latitude", ColumnType.Double) { MinValue = -90, MaxValue = 90 }, Choice("accountcategorycode", 1, 2),
                Choice("customertypecode", Range(1, 12).ToArray())));
        catalog.AddTable(new TableMetadata("opportunity", Ownership.UserOwned, "Opportunity", primaryNameColumn: "name")
            .WithEntitySetName("opportunities").WithSystemColumns().WithCurrency().WithStates((0, 1), (0, 2), (1, 3), (2, 4), (2, 5))
            .AddColumns(Text("name", 300), Memo("description"), Memo("qualificationcomments"), Customer("customerid"),
                Lookup("parentaccountid", "account"), Lookup("parentcontactid", "contact"), Lookup("originatingleadid", "lead"),
                Lookup("campaignid", "campaign"), Money("estimatedvalue"), Money("estimatedvalue_base"), Date("estimatedclosedate"),
                Money("actualvalue"), Money("actualvalue_base"), Date("actualclosedate"), Int("closeprobability"),
                Money("budgetamount"), Money("budgetamount_base"), Choice("budgetstatus", 0, 1, 2, 3), Bool("decisionmaker"),
                Choice("purchaseprocess", 0, 1, 2), Choice("need", 0, 1, 2, 3), Choice("purchasetimeframe", 0, 1, 2, 3, 4),
                Text("stepname", 200), Choice("salesstagecode", 1), Choice("opportunityratingcode", 1, 2, 3)));
        catalog.AddTable(new TableMetadata("campaign", Ownership.UserOwned, "Campaign", primaryNameColumn: "name")
            .WithSystemColumns().WithCurrency().WithStates((0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (1, 6))
            .AddColumns(Text("name", 128), Memo("description"), Text("codename", 32)));
    }

    private static void AddActivityTables(MetadataCatalog catalog)
    {
        var states = new Dictionary<string, (int, int)[]>
        {
            ["email"] = new[] { (0, 1), (0, 8), (1, 2), (1, 3), (1, 4), (1, 6), (1, 7), (2, 5) },
            ["phonecall"] = new[] { (0, 1), (1, 2), (1, 4), (2, 3) },
            ["appointment"] = new[] { (0, 1), (0, 2), (1, 3), (2, 4), (3, 5), (3, 6) },
            ["task"] = new[] { (0, 2), (0, 3), (0, 4), (0, 7), (1, 5), (2, 6) },
            ["campaignresponse"] = new[] { (0, 1), (1, 2), (2, 3) },
            ["opportunityclose"] = new[] { (0, 1), (1, 2), (2, 3) },
        };
        var schemaNames = new Dictionary<string, string>
        {
            ["email"] = "Email", ["phonecall"] = "PhoneCall", ["appointment"] = "Appointment", ["task"] = "Task",
            ["campaignresponse"] = "CampaignResponse", ["opportunityclose"] = "OpportunityClose",
        };
        foreach (var name in Activities)
        {
            var table = new TableMetadata(name, Ownership.UserOwned, schemaNames[name], primaryNameColumn: "subject", isActivity: true)
                .WithSystemColumns().WithCurrency().WithStates(states[name])
                .AddColumns(Text("subject", 400), Memo("description"), Lookup("regardingobjectid"), Date("scheduledstart"), Date("scheduledend"),
                    Date("actualstart"), Date("actualend"), Int("actualdurationminutes"), Int("scheduleddurationminutes"),
                    Choice("prioritycode", 0, 1, 2), new ColumnMetadata("activitytypecode", ColumnType.EntityName), Bool("isregularactivity"));
            catalog.AddTable(table);
        }
        catalog.GetTable("task").AddColumn(Text("subject", 200));
        catalog.GetTable("email").AddColumns(Direction(), Parties("from"), Parties("to"), Parties("cc"), Parties("bcc"), Text("sender", 250), Text("torecipients", 500));
        catalog.GetTable("phonecall").AddColumns(Direction(), Parties("from"), Parties("to"), Text("phonenumber", 200));
        catalog.GetTable("appointment").AddColumns(Parties("requiredattendees"), Parties("optionalattendees"), Parties("organizer"), Text("location", 200));
        catalog.GetTable("campaignresponse").AddColumns(Parties("customer"), Choice("responsecode", 1, 2, 3, 4), Choice("channeltypecode", Range(1, 8).ToArray()),
            Text("firstname", 50), Text("lastname", 50), Text("companyname", 100), Text("emailaddress", 100), Date("receivedon"));
        catalog.GetTable("opportunityclose").AddColumns(Lookup("opportunityid", "opportunity"), Money("actualrevenue"), Money("actualrevenue_base"), Lookup("competitorid", "competitor"));
        catalog.AddTable(new TableMetadata("activityparty", Ownership.OrganizationOwned, "ActivityParty").WithEntitySetName("activityparties")
            .AddColumns(Lookup("activityid", Activities), Lookup("partyid"), Choice("participationtypemask", Range(1, 11).ToArray()), Text("addressused", 200)));
    }

    private static void AddRelationships(MetadataCatalog catalog)
    {
        foreach (var activity in Activities)
        {
            foreach (var parent in new[] { "lead", "contact", "account", "opportunity", "campaign" })
            {
                catalog.AddRelationship(RelationshipMetadata.OneToMany($"{parent}_{activity}_regarding", parent, activity, "regardingobjectid", CascadeType.Cascade));
            }
            catalog.AddRelationship(RelationshipMetadata.OneToMany($"{activity}_activity_parties", activity, "activityparty", "activityid", CascadeType.Cascade));
            catalog.GetTable(activity).FindColumn("regardingobjectid")!.SetTargets(new[] { "lead", "contact", "account", "opportunity", "campaign" });
        }
        catalog.AddRelationship(RelationshipMetadata.OneToMany("opportunity_OpportunityClose", "opportunity", "opportunityclose", "opportunityid", CascadeType.Cascade));
        catalog.AddRelationship(RelationshipMetadata.OneToMany("contact_customer_accounts", "account", "contact", "parentcustomerid", CascadeType.Cascade));
        catalog.AddRelationship(RelationshipMetadata.OneToMany("opportunity_customer_accounts", "account", "opportunity", "customerid", CascadeType.Cascade));
        catalog.AddRelationship(RelationshipMetadata.OneToMany("opportunity_customer_contacts", "contact", "opportunity", "customerid", CascadeType.Cascade));
        catalog.AddRelationship(RelationshipMetadata.OneToMany("opportunity_originating_lead", "lead", "opportunity", "originatingleadid", CascadeType.RemoveLink));
        catalog.AddRelationship(RelationshipMetadata.OneToMany("contact_originating_lead", "lead", "contact", "originatingleadid", CascadeType.RemoveLink));
        catalog.AddRelationship(RelationshipMetadata.OneToMany("account_originating_lead", "lead", "account", "originatingleadid", CascadeType.RemoveLink));
        catalog.AddRelationship(RelationshipMetadata.OneToMany("lead_qualifying_opportunity", "opportunity", "lead", "qualifyingopportunityid", CascadeType.RemoveLink));
        catalog.AddRelationship(RelationshipMetadata.OneToMany("lead_parent_account", "account", "lead", "parentaccountid", CascadeType.RemoveLink));
        catalog.AddRelationship(RelationshipMetadata.OneToMany("lead_parent_contact", "contact", "lead", "parentcontactid", CascadeType.RemoveLink));
        catalog.AddRelationship(RelationshipMetadata.OneToMany("lead_master_lead", "lead", "lead", "masterid", CascadeType.RemoveLink));
        catalog.AddRelationship(RelationshipMetadata.ManyToMany("teammembership_association", "teammembership", "systemuser", "systemuserid", "team", "teamid"));
        catalog.AddRelationship(RelationshipMetadata.ManyToMany("systemuserroles_association", "systemuserroles", "systemuser", "systemuserid", "role", "roleid"));
        catalog.AddRelationship(RelationshipMetadata.ManyToMany("teamroles_association", "teamroles", "team", "teamid", "role", "roleid"));
        catalog.AddRelationship(RelationshipMetadata.ManyToMany("systemuserprofiles_association", "systemuserprofiles", "fieldsecurityprofile", "fieldsecurityprofileid", "systemuser", "systemuserid"));
        catalog.AddRelationship(RelationshipMetadata.ManyToMany("teamprofiles_association", "teamprofiles", "fieldsecurityprofile", "fieldsecurityprofileid", "team", "teamid"));
        catalog.AddRelationship(RelationshipMetadata.OneToMany("lk_fieldpermission_fieldsecurityprofileid", "fieldsecurityprofile", "fieldpermission", "fieldsecurityprofileid", CascadeType.Cascade));
        catalog.AddRelationship(RelationshipMetadata.ManyToMany("roleprivileges_association", "roleprivileges", "role", "roleid", "privilege", "privilegeid"));
    }

    private static void AddMappings(MetadataCatalog catalog)
    {
        foreach (var (source, target) in new[]
        {
            ("subject", "name"), ("description", "description"), ("qualificationcomments", "qualificationcomments"),
            ("budgetamount", "budgetamount"), ("budgetstatus", "budgetstatus"), ("decisionmaker", "decisionmaker"),
            ("purchaseprocess", "purchaseprocess"), ("need", "need"), ("purchasetimeframe", "purchasetimeframe"),
            ("estimatedamount", "estimatedvalue"), ("estimatedclosedate", "estimatedclosedate"), ("campaignid", "campaignid"),
            ("transactioncurrencyid", "transactioncurrencyid"),
        })
        {
            catalog.AddMapping(new ColumnMapping("lead", source, "opportunity", target));
        }
        foreach (var (source, target) in new[]
        {
            ("companyname", "name"), ("emailaddress1", "emailaddress1"), ("telephone1", "telephone1"), ("websiteurl", "websiteurl"),
            ("address1_city", "address1_city"), ("address1_country", "address1_country"), ("numberofemployees", "numberofemployees"),
            ("revenue", "revenue"), ("industrycode", "industrycode"), ("transactioncurrencyid", "transactioncurrencyid"),
        })
        {
            catalog.AddMapping(new ColumnMapping("lead", source, "account", target));
        }
        foreach (var column in new[] { "firstname", "lastname", "jobtitle", "emailaddress1", "telephone1", "mobilephone", "address1_city", "address1_country", "donotemail", "donotphone", "transactioncurrencyid" })
        {
            catalog.AddMapping(new ColumnMapping("lead", column, "contact", column));
        }
    }
}
