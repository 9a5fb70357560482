using System;
using System.Globalization;

namespace FunnelCrm.Funnel.Scoring
{
    /// <summary>
    /// Reads the primitive values of a lead profile (string, integer, decimal, double, bool, DateTime, null) and
    /// compares them with rule values, which are stored as invariant-culture text.
    /// </summary>
    public static class ProfileValues
    {
        /// <summary>True for null, an empty or blank string.</summary>
        public static bool IsEmpty(object? value)
        {
            if (value == null)
            {
                return true;
            }

            string? text = value as string;
            return text != null && text.Trim().Length == 0;
        }

        /// <summary>The value as a number when it is one (any integer or floating type).</summary>
        public static bool TryNumber(object? value, out decimal number)
        {
            switch (value)
            {
                case decimal d: number = d; return true;
                case int i: number = i; return true;
                case long l: number = l; return true;
                case short s: number = s; return true;
                case byte b: number = b; return true;
                case double dbl when !double.IsNaN(dbl) && !double.IsInfinity(dbl) && Math.Abs(dbl) < 7.9e28:
                    number = (decimal)dbl; return true;
                case float f when !float.IsNaN(f) && !float.IsInfinity(f) && Math.Abs(f) < 7.9e28f:
                    number = (decimal)f; return true;
                default: number = 0m; return false;
            }
        }

        /// <summary>True when <paramref name="text"/> parses as a number (invariant culture).</summary>
        public static bool TryParseNumber(string? text, out decimal number)
        {
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
        }

        /// <summary>Compares a profile value with a rule value; null when they cannot be compared (different kinds).</summary>
        public static int? Compare(object? profileValue, string ruleValue)
        {
            if (profileValue == null)
            {
                return null;
            }

            if (TryNumber(profileValue, out decimal number))
            {
                return TryParseNumber(ruleValue, out decimal other) ? number.CompareTo(other) : (int?)null;
            }

            if (profileValue is bool flag)
            {
                return bool.TryParse(ruleValue, out bool other) ? flag.CompareTo(other) : (int?)null;
            }

            if (profileValue is DateTime when)
            {
                return DateTime.TryParse(ruleValue, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime other)
                    ? Times.AsUtc(when).CompareTo(other)
                    : (int?)null;
            }

            string text = Convert.ToString(profileValue, CultureInfo.InvariantCulture) ?? string.Empty;
            return string.Compare(text.Trim(), ruleValue.Trim(), StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>True when the profile value, as text, contains <paramref name="fragment"/> (ignoring case).</summary>
        public static bool Contains(object? profileValue, string fragment)
        {
            if (profileValue == null)
            {
                return false;
            }

            string text = Convert.ToString(profileValue, CultureInfo.InvariantCulture) ?? string.Empty;
            return text.IndexOf(fragment, StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>
        /// True when the value is not a plausible email address: one '@', a non-empty local part, a domain with a dot
        /// that neither starts nor ends the domain, and no blanks. An empty value is not "invalid" (use isempty).
        /// </summary>
        public static bool IsInvalidEmail(object? profileValue)
        {
            if (IsEmpty(profileValue))
            {
                return false;
            }

            string text = (Convert.ToString(profileValue, CultureInfo.InvariantCulture) ?? string.Empty).Trim();
            int at = text.IndexOf('@');
            if (at <= 0 || at != text.LastIndexOf('@') || text.IndexOf(' ') >= 0)
            {
                return true;
            }

            string domain = text.Substring(at + 1);
            int dot = domain.LastIndexOf('.');
            return dot <= 0 || dot == domain.Length - 1 || domain.StartsWith(".", StringComparison.Ordinal);
        }
    }
}
