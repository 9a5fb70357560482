using System;
using FunnelCrm.Cli.Csv;
using FunnelCrm.Cli.Formats;

namespace FunnelCrm.Cli.Tests.Formats;

public class UserCultureTests
{
    [Theory]
    [InlineData("1.000.000,50", 1000000.50)]
    [InlineData("1000000,50", 1000000.50)]
    [InlineData("50.000", 50000)]
    [InlineData("-2,5", -2.5)]
    [InlineData("0,125", 0.125)]
    public void TryParseNumber_German_ReadsGroupingDotsAndDecimalCommas(string text, double expected)
    {
        var read = UserCulture.German.TryParseNumber(text, out var value, out _);

        Assert.True(read);
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1.00")]
    [InlineData("1,000.50")]
    [InlineData("12.34.567")]
    public void TryParseNumber_German_RefusesDotsThatDoNotGroupThousands(string text)
    {
        var read = UserCulture.German.TryParseNumber(text, out _, out var problem);

        Assert.False(read);
        Assert.NotEqual("", problem);
    }

    [Theory]
    [InlineData("1000000,50")]
    [InlineData("1,000,000")]
    [InlineData("2,5")]
    public void TryParseNumber_InvariantWithAComma_IsRefusedPointingToTheCultureOption(string text)
    {
        var read = UserCulture.Invariant.TryParseNumber(text, out _, out var problem);

        Assert.False(read);
        Assert.Contains("--culture de-DE", problem);
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0x10")]
    [InlineData("")]
    [InlineData("99999999999999999999999999999999")]
    public void TryParseNumber_Invariant_RefusesWhatIsNotAPlainNumber(string text)
    {
        var read = UserCulture.Invariant.TryParseNumber(text, out _, out _);

        Assert.False(read);
    }

    [Theory]
    [InlineData("02.03.2026", "2026-03-02T00:00:00Z")]
    [InlineData("02.03.2026 09:30", "2026-03-02T09:30:00Z")]
    [InlineData("2026-03-02", "2026-03-02T00:00:00Z")]
    public void TryParseDate_German_ReadsGermanAndIsoDates(string text, string expected)
    {
        var reading = UserCulture.German.TryParseDate(text, out var utc);

        Assert.Equal(DateReading.Read, reading);
        Assert.Equal(expected, IsoDate.Format(utc));
    }

    [Fact]
    public void TryParseDate_InvariantGermanDate_IsNotADate()
    {
        var reading = UserCulture.Invariant.TryParseDate("02.03.2026", out _);

        Assert.Equal(DateReading.NotADate, reading);
    }

    [Fact]
    public void Find_UnknownName_IsNull()
    {
        Assert.Null(UserCulture.Find("fr-FR"));
        Assert.Same(UserCulture.German, UserCulture.Find("DE-de"));
    }
}
