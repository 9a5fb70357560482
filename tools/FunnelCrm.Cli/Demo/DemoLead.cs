using System;
using FunnelCrm.Crm.Schema;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.Cli.Demo;

/// <summary>A generated lead: who it is, whether it fits the ideal customer profile, and how keen it is.</summary>
public sealed class DemoLead
{
    private static readonly string[] FirstNames = { "Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannah", "Jonas", "Katrin", "Lukas", "Mia", "Noah", "Olivia", "Paul", "Sofia" };
    private static readonly string[] LastNames = { "Schmidt", "Müller", "Weber", "Fischer", "Meyer", "Wagner", "Becker", "Hoffmann", "Koch", "Richter", "Klein", "Wolf" };
    private static readonly string[] Companies = { "Contoso", "Fabrikam", "Northwind", "Tailspin", "Litware", "Adatum", "Proseware", "Wingtip", "Alpine Ski", "Coho Winery", "Lucerne", "Margie Travel" };
    private static readonly string[] FitTitles = { "Head of Marketing", "CEO", "Director of Sales", "VP Marketing", "Managing Director", "Head of Sales Operations" };
    private static readonly string[] OtherTitles = { "Student", "Marketing Intern", "Assistant", "Consultant", "Freelancer" };
    private static readonly string[] FitCountries = { "Germany", "Austria", "Switzerland" };
    private static readonly string[] OtherCountries = { "France", "Netherlands", "United Kingdom", "Spain" };

    /// <summary>Generates lead number <paramref name="index"/> from the random source.</summary>
    public DemoLead(int index, Random random, DateTime createdOn)
    {
        Index = index;
        FitsProfile = random.NextDouble() < 0.4;
        Keenness = FitsProfile ? 0.5 + random.NextDouble() * 0.5 : random.NextDouble() * 0.6;
        var first = FirstNames[random.Next(FirstNames.Length)];
        var last = LastNames[random.Next(LastNames.Length)];
        var company = Companies[random.Next(Companies.Length)] + " " + (index % 97 + 1);
        Name = company + " - " + first[0] + ". " + last;
        Email = first.ToLowerInvariant() + "." + index + "@" + (random.NextDouble() < (FitsProfile ? 0.05 : 0.3) ? "gmail.com" : company.ToLowerInvariant().Replace(" ", "") + ".example");
        JobTitle = FitsProfile ? FitTitles[random.Next(FitTitles.Length)] : OtherTitles[random.Next(OtherTitles.Length)];
        Employees = FitsProfile ? 50 + random.Next(4950) : 1 + random.Next(49);
        Country = FitsProfile ? FitCountries[random.Next(FitCountries.Length)] : OtherCountries[random.Next(OtherCountries.Length)];
        TargetAccount = FitsProfile && random.NextDouble() < 0.25;
        CreatedOn = createdOn;
    }

    /// <summary>The lead's number in the scenario.</summary>
    public int Index { get; }

    /// <summary>Whether the lead fits the ideal customer profile.</summary>
    public bool FitsProfile { get; }

    /// <summary>How keen the lead is (0-1): more interactions, better BANT answers, more wins.</summary>
    public double Keenness { get; }

    /// <summary>Company and person.</summary>
    public string Name { get; }

    /// <summary>Email address.</summary>
    public string Email { get; }

    /// <summary>Job title.</summary>
    public string JobTitle { get; }

    /// <summary>Company size.</summary>
    public int Employees { get; }

    /// <summary>Country.</summary>
    public string Country { get; }

    /// <summary>On sales' target account list.</summary>
    public bool TargetAccount { get; }

    /// <summary>When marketing imports the lead.</summary>
    public DateTime CreatedOn { get; }

    /// <summary>The lead's id in the emulated CRM, once created.</summary>
    public Guid Id { get; set; }

    /// <summary>The opportunity the lead was qualified into, once it is.</summary>
    public Guid OpportunityId { get; set; }

    /// <summary>The row marketing imports, owned by <paramref name="owner"/> (the rep who works the lead).</summary>
    public Entity ToRow(Guid owner)
    {
        var row = new Entity(Tables.Lead);
        row[LeadStandardColumns.OwnerId] = new EntityReference("systemuser", owner);
        row["lastname"] = Name;
        row[LeadStandardColumns.FullName] = Name;
        row[LeadStandardColumns.CompanyName] = Name.Substring(0, Name.IndexOf(" - ", StringComparison.Ordinal));
        row["emailaddress1"] = Email;
        row["jobtitle"] = JobTitle;
        row["numberofemployees"] = Employees;
        row["address1_country"] = Country;
        row[LeadColumns.TargetAccount] = TargetAccount;
        return row;
    }
}
