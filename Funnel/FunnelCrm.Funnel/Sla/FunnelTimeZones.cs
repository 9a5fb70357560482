using System;
using System.Collections.Generic;
using System.Globalization;

namespace FunnelCrm.Funnel.Sla
{
    /// <summary>
    /// Resolves the time zones the settings name: a Windows time zone id ("W. Europe Standard Time") or a Dataverse
    /// time zone code ("110", the <c>timezonecode</c> of <c>timezonedefinition</c> / <c>usersettings</c>), mapped to its
    /// Windows id. .NET Framework resolves Windows ids natively; .NET on Linux resolves them through ICU.
    /// </summary>
    public static class FunnelTimeZones
    {
        /// <summary>Dataverse time zone codes of the zones the engine maps, with their Windows ids.</summary>
        public static readonly IReadOnlyDictionary<int, string> DataverseCodes = new Dictionary<int, string>
        {
            { 0, "Dateline Standard Time" },
            { 2, "Hawaiian Standard Time" },
            { 3, "Alaskan Standard Time" },
            { 4, "Pacific Standard Time" },
            { 10, "Mountain Standard Time" },
            { 15, "US Mountain Standard Time" },
            { 20, "Central Standard Time" },
            { 25, "Canada Central Standard Time" },
            { 33, "Central America Standard Time" },
            { 35, "Eastern Standard Time" },
            { 50, "Atlantic Standard Time" },
            { 65, "E. South America Standard Time" },
            { 85, "GMT Standard Time" },
            { 90, "Greenwich Standard Time" },
            { 92, "UTC" },
            { 95, "Central Europe Standard Time" },
            { 100, "Central European Standard Time" },
            { 105, "Romance Standard Time" },
            { 110, "W. Europe Standard Time" },
            { 115, "E. Europe Standard Time" },
            { 120, "Egypt Standard Time" },
            { 125, "FLE Standard Time" },
            { 130, "GTB Standard Time" },
            { 135, "Israel Standard Time" },
            { 140, "South Africa Standard Time" },
            { 145, "Russian Standard Time" },
            { 150, "Arab Standard Time" },
            { 165, "Arabian Standard Time" },
            { 190, "India Standard Time" },
            { 210, "China Standard Time" },
            { 215, "Singapore Standard Time" },
            { 225, "W. Australia Standard Time" },
            { 230, "Korea Standard Time" },
            { 235, "Tokyo Standard Time" },
            { 255, "AUS Eastern Standard Time" },
            { 290, "New Zealand Standard Time" },
        };

        /// <summary>
        /// The zone for a Windows id or a Dataverse code; null or empty gives UTC. Throws <see cref="ArgumentException"/>
        /// naming the value when it is an unknown code or an id the system cannot resolve.
        /// </summary>
        public static TimeZoneInfo Find(string? windowsIdOrCode)
        {
            if (string.IsNullOrWhiteSpace(windowsIdOrCode))
            {
                return TimeZoneInfo.Utc;
            }

            string text = windowsIdOrCode!.Trim();
            string id = text;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int code))
            {
                if (!DataverseCodes.TryGetValue(code, out string? mapped))
                {
                    throw new ArgumentException("Time zone code " + text + " is not one the funnel engine maps; give a Windows time zone id instead.", nameof(windowsIdOrCode));
                }

                id = mapped!;
            }

            if (id == "UTC")
            {
                return TimeZoneInfo.Utc;
            }

            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (TimeZoneNotFoundException e)
            {
                throw new ArgumentException("Time zone '" + text + "' is not known on this system.", nameof(windowsIdOrCode), e);
            }
            catch (InvalidTimeZoneException e)
            {
                throw new ArgumentException("Time zone '" + text + "' is not valid on this system.", nameof(windowsIdOrCode), e);
            }
        }
    }
}
