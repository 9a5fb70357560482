using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using FunnelCrm.Cli.Demo;
using FunnelCrm.Crm.Mapping;
using FunnelCrm.Emulator.Metadata;
using FunnelCrm.Funnel;
using FunnelCrm.Funnel.Measuring;
using FunnelCrm.SolutionLayout;

namespace FunnelCrm.Cli.Output;

/// <summary>
/// The language of the HTML report (--lang en or de): its words, its dates and period labels, and the stage names as the
/// solution's fcm_funnelstage option set labels say them in that language.
/// </summary>
public sealed class ReportLanguage
{
    private static readonly Lazy<XDocument> Customizations = new(() => UnpackedSolution.Load(new EmbeddedFiles(typeof(DemoSimulation).Assembly, "FunnelCrm.Solution/")).Customizations);
    private readonly IReadOnlyDictionary<FunnelStage, string> stages;

    private ReportLanguage(string code, int lcid, CultureInfo dates)
    {
        Code = code;
        Lcid = lcid;
        Dates = dates;
        stages = StageLabels(lcid);
    }

    /// <summary>English.</summary>
    public static ReportLanguage English { get; } = new("en", LocalizedLabel.BaseLanguage, CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>German.</summary>
    public static ReportLanguage German { get; } = new("de", 1031, CultureInfo.GetCultureInfo("de-DE"));

    /// <summary>The codes --lang accepts.</summary>
    public static IReadOnlyList<string> Codes { get; } = new[] { "en", "de" };

    /// <summary>en or de.</summary>
    public string Code { get; }

    /// <summary>The Dataverse language code of the solution's labels (1033, 1031).</summary>
    public int Lcid { get; }

    /// <summary>How dates and month names are written.</summary>
    public CultureInfo Dates { get; }

    /// <summary>The language of a --lang code.</summary>
    public static ReportLanguage Of(string code) => code == "de" ? German : English;

    /// <summary>The words for <paramref name="key"/> in this language.</summary>
    public string this[string key] => ReportWords.Of(key, this == German);

    /// <summary>The stage's label in the solution's fcm_funnelstage option set.</summary>
    public string Stage(FunnelStage stage) => stages[stage];

    /// <summary>A date (2026-11-01; 01.11.2026).</summary>
    public string Date(DateTime date) => date.ToString(this == German ? "dd.MM.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date and time to the minute (2026-11-01 14:05; 01.11.2026 14:05).</summary>
    public string DateTime(DateTime date) => Date(date) + " " + date.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A period's label: 2026-11-22, 2026-W47, Nov 2026, 2026-Q4 (22.11.2026, KW 47/2026, Nov. 2026, Q4/2026).</summary>
    public string Period(Period period)
    {
        switch (period.Kind)
        {
            case PeriodKind.Day:
                return Date(period.Start);
            case PeriodKind.Week:
                var week = Times.IsoWeek(period.Start, out var year);
                return this == German ? "KW " + week.ToString(CultureInfo.InvariantCulture) + "/" + year.ToString(CultureInfo.InvariantCulture) : period.Label;
            case PeriodKind.Month:
                return period.Start.ToString("MMM yyyy", Dates);
            default:
                var quarter = "Q" + ((period.Start.Month - 1) / 3 + 1).ToString(CultureInfo.InvariantCulture);
                return this == German ? quarter + "/" + period.Start.Year.ToString(CultureInfo.InvariantCulture) : period.Label;
        }
    }

    /// <summary>The name of a period kind ("month", "Monat").</summary>
    public string PeriodName(PeriodKind kind) => this["period." + kind.ToString().ToLowerInvariant()];

    private static IReadOnlyDictionary<FunnelStage, string> StageLabels(int lcid)
    {
        var options = Customizations.Value.Root!.Elements("optionsets").Elements("optionset").Single(o => (string?)o.Attribute("Name") == "fcm_funnelstage")
            .Element("options")!.Elements("option").ToDictionary(o => (int)o.Attribute("value")!, o => LocalizedLabel.Read(o.Element("labels")));
        return FunnelStages.All.ToDictionary(s => s, s => options[FunnelOptions.Stage(s).Value].In(lcid) ?? options[FunnelOptions.Stage(s).Value].In(LocalizedLabel.BaseLanguage)!);
    }
}
