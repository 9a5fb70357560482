using System;
using System.Collections.Generic;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;
using FunnelCrm.Funnel.Scoring;

namespace FunnelCrm.Cli.Scoring;

/// <summary>
/// Lead profiles from a CSV with <c>lead_id</c> and any of the profile columns fit and negative rules read
/// (<see cref="ProfileColumns.LeadColumns"/>): option sets and numbers as numbers, yes/no columns as true/false, the rest as text.
/// </summary>
public sealed class LeadProfiles
{
    private static readonly HashSet<string> Numeric = new HashSet<string>(StringComparer.Ordinal)
    {
        ProfileColumns.IndustryCode, ProfileColumns.NumberOfEmployees, ProfileColumns.Revenue, ProfileColumns.LeadSourceCode,
    };

    private static readonly HashSet<string> YesNo = new HashSet<string>(StringComparer.Ordinal)
    {
        ProfileColumns.DoNotEmail, ProfileColumns.DoNotBulkEmail, ProfileColumns.TargetAccount,
    };

    private static readonly IReadOnlyDictionary<string, object?> NoProfile = new Dictionary<string, object?>();

    private readonly Dictionary<string, IReadOnlyDictionary<string, object?>> profiles;

    private LeadProfiles(Dictionary<string, IReadOnlyDictionary<string, object?>> profiles, List<string> order, SkipLog? skips)
    {
        this.profiles = profiles;
        Order = order;
        Skips = skips;
    }

    /// <summary>No leads file: every lead has an empty profile.</summary>
    public static LeadProfiles None { get; } = new LeadProfiles(new Dictionary<string, IReadOnlyDictionary<string, object?>>(), new List<string>(), null);

    /// <summary>The lead ids in file order.</summary>
    public IReadOnlyList<string> Order { get; }

    /// <summary>The leads file's skip log, or null without a file.</summary>
    public SkipLog? Skips { get; }

    /// <summary>The profile of a lead (empty when the file does not list it).</summary>
    public IReadOnlyDictionary<string, object?> Of(string leadId) => profiles.TryGetValue(leadId, out var profile) ? profile : NoProfile;

    /// <summary>Reads the file; a bad row stops the read with its file, line and column unless <paramref name="skipInvalid"/>.</summary>
    public static LeadProfiles Read(string path, CsvInput input, bool skipInvalid)
    {
        var csv = CsvFile.Open(path, input, new[] { "lead_id" }, ProfileColumns.LeadColumns);
        var profiles = new Dictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
        var order = new List<string>();
        var skips = new SkipLog(path);
        foreach (var record in csv.Records())
        {
            skips.Read();
            try
            {
                var lead = record.Required("lead_id");
                if (profiles.ContainsKey(lead))
                {
                    throw record.Error("lead_id", "lead " + Shown.Quoted(lead) + " is listed twice", "duplicate lead");
                }

                var profile = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var column in ProfileColumns.LeadColumns)
                {
                    if (csv.Has(column))
                    {
                        profile[column] = column == ProfileColumns.Revenue ? record.Number(column)
                            : Numeric.Contains(column) ? record.WholeNumber(column)
                            : YesNo.Contains(column) ? record.YesNo(column)
                            : record.Text(column);
                    }
                }

                profiles.Add(lead, profile);
                order.Add(lead);
            }
            catch (CsvRowException bad) when (skipInvalid)
            {
                skips.Skip(bad);
            }
        }

        return new LeadProfiles(profiles, order, skips);
    }
}
