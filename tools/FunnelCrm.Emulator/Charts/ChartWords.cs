using System.Collections.Generic;

namespace FunnelCrm.Emulator.Charts;

/// <summary>The words a chart adds to the solution's labels (measure names, date groupings, blank), in English and German.</summary>
internal static class ChartWords
{
    private static readonly Dictionary<string, (string English, string German)> Words = new()
    {
        ["count"] = ("Count", "Anzahl"),
        ["countcolumn"] = ("Count of {0}", "Anzahl von {0}"),
        ["sum"] = ("Sum of {0}", "Summe von {0}"),
        ["avg"] = ("Average {0}", "Durchschnitt von {0}"),
        ["min"] = ("Minimum {0}", "Minimum von {0}"),
        ["max"] = ("Maximum {0}", "Maximum von {0}"),
        ["day"] = ("day", "Tag"),
        ["week"] = ("week", "Woche"),
        ["month"] = ("month", "Monat"),
        ["quarter"] = ("quarter", "Quartal"),
        ["year"] = ("year", "Jahr"),
        ["fiscal-period"] = ("fiscal period", "Geschäftsperiode"),
        ["fiscal-year"] = ("fiscal year", "Geschäftsjahr"),
        ["blank"] = ("(blank)", "(leer)"),
        ["yes"] = ("Yes", "Ja"),
        ["no"] = ("No", "Nein"),
        ["quarter-label"] = ("Q{0}", "Q{0}"),
    };

    /// <summary>The word in German for 1031, in English otherwise.</summary>
    public static string Of(string key, int language) => language == 1031 ? Words[key].German : Words[key].English;
}
