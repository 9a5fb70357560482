using System;
using FunnelCrm.Funnel.Sla;
using FunnelCrm.Funnel.Tests.Builders;

namespace FunnelCrm.Funnel.Tests.Sla
{
    public class SlaClockTests
    {
        [Fact]
        public void MqlAcceptance_WallClock_IsDue24HoursAfterRouting()
        {
            var clock = new SlaClock(new SlaSettings());

            SlaStatus status = clock.Evaluate(SlaKind.MqlAcceptance, Moments.Day(0).AddHours(10), null, Moments.Day(1).AddHours(9));

            Assert.Equal(Moments.Day(1).AddHours(10), status.DueOn);
            Assert.False(status.IsBreached);
            Assert.Equal(TimeSpan.Zero, status.Overdue);
        }

        [Fact]
        public void MqlAcceptance_OpenPastDue_IsBreachedWithTimeOverdue()
        {
            var clock = new SlaClock(new SlaSettings());
            var fixedClock = new FixedClock(Moments.Day(1).AddHours(13));

            SlaStatus status = clock.Evaluate(SlaKind.MqlAcceptance, Moments.Day(0).AddHours(10), null, fixedClock.UtcNow);

            Assert.True(status.IsBreached);
            Assert.Equal(TimeSpan.FromHours(3), status.Overdue);
        }

        [Fact]
        public void MqlAcceptance_AcceptedInTime_IsMetAndNeverBreached()
        {
            var clock = new SlaClock(new SlaSettings());

            SlaStatus status = clock.Evaluate(SlaKind.MqlAcceptance, Moments.Day(0), Moments.Day(0).AddHours(5), Moments.Day(9));

            Assert.True(status.IsMet);
            Assert.False(status.IsBreached);
        }

        [Fact]
        public void WebinarFollowUp_IsDueTwelveHoursAfterTheWebinar()
        {
            var clock = new SlaClock(new SlaSettings());

            Assert.Equal(Moments.Day(0).AddHours(22), clock.DueOn(SlaKind.WebinarFollowUp, Moments.Day(0).AddHours(10)));
        }

        [Fact]
        public void MqlAcceptance_BusinessHoursFromFridayEvening_IsDueMondayInBerlinTime()
        {
            TimeZoneInfo berlin = FunnelTimeZones.Find("W. Europe Standard Time");
            var settings = new SlaSettings { BusinessHours = BusinessCalendar.Weekdays(berlin, TimeSpan.FromHours(9), TimeSpan.FromHours(17)) };
            var clock = new SlaClock(settings);
            DateTime fridayEvening = Moments.Utc(2026, 3, 6, 17, 30);

            DateTime due = clock.DueOn(SlaKind.MqlAcceptance, fridayEvening);

            Assert.Equal(Moments.Utc(2026, 3, 11, 16, 0), due);
        }

        [Fact]
        public void BusinessCalendar_AcrossDaylightSavingStart_CountsWorkingHoursInLocalTime()
        {
            TimeZoneInfo berlin = FunnelTimeZones.Find("110");
            BusinessCalendar calendar = BusinessCalendar.Weekdays(berlin, TimeSpan.FromHours(9), TimeSpan.FromHours(17));

            DateTime due = calendar.AddWorkingTime(Moments.Utc(2026, 3, 27, 15, 0), TimeSpan.FromHours(2));

            Assert.Equal(Moments.Utc(2026, 3, 30, 8, 0), due);
            Assert.Equal(TimeSpan.FromHours(2), calendar.WorkingTimeBetween(Moments.Utc(2026, 3, 27, 15, 0), due));
        }

        [Fact]
        public void BusinessCalendar_Holiday_IsSkipped()
        {
            var calendar = new BusinessCalendar(TimeZoneInfo.Utc, new[] { new WorkingHours(DayOfWeek.Monday, TimeSpan.FromHours(9), TimeSpan.FromHours(17)) }, new[] { new DateTime(2026, 3, 2) });

            Assert.Equal(Moments.Utc(2026, 3, 9, 10, 0), calendar.AddWorkingTime(Moments.Utc(2026, 3, 1), TimeSpan.FromHours(1)));
        }

        [Fact]
        public void BusinessCalendar_NoWorkingDays_IsRefused()
        {
            Assert.Throws<ArgumentException>(() => new BusinessCalendar(TimeZoneInfo.Utc, new WorkingHours[0]));
        }
    }

    public class FunnelTimeZonesTests
    {
        [Fact]
        public void Find_DataverseCode110_IsWestEuropeTime()
        {
            TimeZoneInfo zone = FunnelTimeZones.Find("110");

            Assert.Equal(TimeSpan.FromHours(1), zone.GetUtcOffset(Moments.Utc(2026, 1, 15)));
            Assert.Equal(TimeSpan.FromHours(2), zone.GetUtcOffset(Moments.Utc(2026, 7, 15)));
        }

        [Fact]
        public void Find_EveryMappedCode_ResolvesOnThisSystem()
        {
            foreach (int code in FunnelTimeZones.DataverseCodes.Keys)
            {
                Assert.NotNull(FunnelTimeZones.Find(code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        [Fact]
        public void Find_UnknownCodeOrId_NamesTheValue()
        {
            Assert.Contains("Time zone code 9999", Assert.Throws<ArgumentException>(() => FunnelTimeZones.Find("9999")).Message);
            Assert.Contains("'Atlantis Standard Time'", Assert.Throws<ArgumentException>(() => FunnelTimeZones.Find("Atlantis Standard Time")).Message);
        }

        [Fact]
        public void Find_Empty_IsUtc()
        {
            Assert.Same(TimeZoneInfo.Utc, FunnelTimeZones.Find(null));
        }
    }
}
