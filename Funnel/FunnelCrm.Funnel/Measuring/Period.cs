using System;
using System.Globalization;

namespace FunnelCrm.Funnel.Measuring
{
    /// <summary>
    /// One reporting period: its kind and its local start (midnight in the report's time zone). Equal periods have the
    /// same kind and start. Labels: 2026-11-22 (day), 2026-W47 (ISO week), 2026-11 (month), 2026-Q4 (quarter).
    /// </summary>
    public sealed class Period : IEquatable<Period>, IComparable<Period>
    {
        /// <summary>Creates the period of <paramref name="kind"/> that starts at local <paramref name="start"/>.</summary>
        public Period(PeriodKind kind, DateTime start)
        {
            Kind = kind;
            Start = DateTime.SpecifyKind(StartOfLocal(kind, start), DateTimeKind.Unspecified);
        }

        /// <summary>The kind.</summary>
        public PeriodKind Kind { get; }

        /// <summary>The local start (inclusive).</summary>
        public DateTime Start { get; }

        /// <summary>The local end (exclusive): the next period's start.</summary>
        public DateTime End
        {
            get
            {
                switch (Kind)
                {
                    case PeriodKind.Day: return Start.AddDays(1);
                    case PeriodKind.Week: return Start.AddDays(7);
                    case PeriodKind.Month: return Start.AddMonths(1);
                    default: return Start.AddMonths(3);
                }
            }
        }

        /// <summary>The label (see the class summary).</summary>
        public string Label
        {
            get
            {
                switch (Kind)
                {
                    case PeriodKind.Day:
                        return Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    case PeriodKind.Week:
                        int week = Times.IsoWeek(Start, out int year);
                        return year.ToString(CultureInfo.InvariantCulture) + "-W" + week.ToString("00", CultureInfo.InvariantCulture);
                    case PeriodKind.Month:
                        return Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                    default:
                        return Start.Year.ToString(CultureInfo.InvariantCulture) + "-Q" + ((Start.Month - 1) / 3 + 1).ToString(CultureInfo.InvariantCulture);
                }
            }
        }

        /// <summary>The period of <paramref name="kind"/> holding the UTC instant <paramref name="utc"/>, seen in <paramref name="zone"/>.</summary>
        public static Period Of(PeriodKind kind, DateTime utc, TimeZoneInfo zone)
        {
            DateTime local = TimeZoneInfo.ConvertTimeFromUtc(Times.AsUtc(utc), zone);
            return new Period(kind, local);
        }

        /// <summary>The following period.</summary>
        public Period Next()
        {
            return new Period(Kind, End);
        }

        /// <inheritdoc />
        public bool Equals(Period? other)
        {
            return other != null && other.Kind == Kind && other.Start == Start;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj)
        {
            return Equals(obj as Period);
        }

        /// <inheritdoc />
        public override int GetHashCode()
        {
            return Start.GetHashCode() ^ ((int)Kind << 28);
        }

        /// <inheritdoc />
        public int CompareTo(Period? other)
        {
            if (other == null)
            {
                return 1;
            }

            int byStart = Start.CompareTo(other.Start);
            return byStart != 0 ? byStart : Kind.CompareTo(other.Kind);
        }

        /// <inheritdoc />
        public override string ToString()
        {
            return Label;
        }

        internal static DateTime StartOfLocal(PeriodKind kind, DateTime local)
        {
            switch (kind)
            {
                case PeriodKind.Day: return local.Date;
                case PeriodKind.Week: return Times.IsoWeekStart(local);
                case PeriodKind.Month: return new DateTime(local.Year, local.Month, 1);
                default: return new DateTime(local.Year, ((local.Month - 1) / 3 * 3) + 1, 1);
            }
        }
    }
}
