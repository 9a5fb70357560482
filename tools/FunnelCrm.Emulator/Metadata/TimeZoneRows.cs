using System.Collections.Generic;

namespace FunnelCrm.Emulator.Metadata;

/// <summary>
/// The rows of timezonedefinition the organization starts with: Dataverse's time zone codes are Microsoft's time zone
/// index values (support article 973627, "Microsoft Time Zone Index Values", decimal), each with the Windows time zone
/// id Dataverse stores in standardname, plus UTC (92). The zones the article lists under 0x8000xxxx carry other codes
/// in Dataverse that no public source confirms; the emulator leaves them out rather than invent them.
/// </summary>
public static class TimeZoneRows
{
    /// <summary>Code to Windows time zone id.</summary>
    public static readonly IReadOnlyDictionary<int, string> Zones = new Dictionary<int, string>
    {
        [0] = "Dateline Standard Time", [1] = "Samoa Standard Time", [2] = "Hawaiian Standard Time", [3] = "Alaskan Standard Time",
        [4] = "Pacific Standard Time", [10] = "Mountain Standard Time", [13] = "Mountain Standard Time (Mexico)",
        [15] = "US Mountain Standard Time", [20] = "Central Standard Time", [25] = "Canada Central Standard Time",
        [30] = "Central Standard Time (Mexico)", [33] = "Central America Standard Time", [35] = "Eastern Standard Time",
        [40] = "US Eastern Standard Time", [45] = "SA Pacific Standard Time", [50] = "Atlantic Standard Time",
        [55] = "SA Western Standard Time", [56] = "Pacific SA Standard Time", [60] = "Newfoundland Standard Time",
        [65] = "E. South America Standard Time", [70] = "SA Eastern Standard Time", [73] = "Greenland Standard Time",
        [75] = "UTC-02", [80] = "Azores Standard Time", [83] = "Cape Verde Standard Time", [85] = "GMT Standard Time",
        [90] = "Greenwich Standard Time", [92] = "UTC", [95] = "Central Europe Standard Time", [100] = "Central European Standard Time",
        [105] = "Romance Standard Time", [110] = "W. Europe Standard Time", [113] = "W. Central Africa Standard Time",
        [115] = "E. Europe Standard Time", [120] = "Egypt Standard Time", [125] = "FLE Standard Time", [130] = "GTB Standard Time",
        [135] = "Israel Standard Time", [140] = "South Africa Standard Time", [145] = "Russian Standard Time",
        [150] = "Arab Standard Time", [155] = "E. Africa Standard Time", [158] = "Arabic Standard Time", [160] = "Iran Standard Time",
        [165] = "Arabian Standard Time", [170] = "Caucasus Standard Time", [175] = "Afghanistan Standard Time",
        [180] = "Ekaterinburg Standard Time", [185] = "West Asia Standard Time", [190] = "India Standard Time",
        [193] = "Nepal Standard Time", [195] = "Central Asia Standard Time", [200] = "Sri Lanka Standard Time",
        [201] = "N. Central Asia Standard Time", [203] = "Myanmar Standard Time", [205] = "SE Asia Standard Time",
        [207] = "North Asia Standard Time", [210] = "China Standard Time", [215] = "Singapore Standard Time",
        [220] = "Taipei Standard Time", [225] = "W. Australia Standard Time", [227] = "North Asia East Standard Time",
        [230] = "Korea Standard Time", [235] = "Tokyo Standard Time", [240] = "Yakutsk Standard Time",
        [245] = "AUS Central Standard Time", [250] = "Cen. Australia Standard Time", [255] = "AUS Eastern Standard Time",
        [260] = "E. Australia Standard Time", [265] = "Tasmania Standard Time", [270] = "Vladivostok Standard Time",
        [275] = "West Pacific Standard Time", [280] = "Central Pacific Standard Time", [285] = "Fiji Standard Time",
        [290] = "New Zealand Standard Time", [300] = "Tonga Standard Time",
    };
}
