using System;
using FunnelCrm.Cli.Csv;

namespace FunnelCrm.Cli.Tests.Csv;

public class IsoDateTests
{
    [Theory]
    [InlineData("2026-03-02", "2026-03-02T00:00:00Z")]
    [InlineData("2026-03-02T09:30", "2026-03-02T09:30:00Z")]
    [InlineData("2026-03-02T09:30:15", "2026-03-02T09:30:15Z")]
    [InlineData("2026-03-02T09:30:15.250", "2026-03-02T09:30:15Z")]
    [InlineData("2026-03-02T09:30:00Z", "2026-03-02T09:30:00Z")]
    [InlineData("2026-03-02T09:30:00+01:00", "2026-03-02T08:30:00Z")]
    [InlineData("2026-03-02 09:30:00-05:00", "2026-03-02T14:30:00Z")]
    public void TryParse_IsoForms_GiveUtcAndAssumeUtcWithoutOffset(string text, string expected)
    {
        var parsed = IsoDate.TryParse(text, out var utc);

        Assert.True(parsed);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(expected, IsoDate.Format(utc));
    }

    [Theory]
    [InlineData("02.03.2026")]
    [InlineData("03/02/2026")]
    [InlineData("March 2, 2026")]
    [InlineData("2026-02-30")]
    [InlineData("yesterday")]
    public void TryParse_OtherForms_AreRefused(string text)
    {
        var parsed = IsoDate.TryParse(text, out _);

        Assert.False(parsed);
    }
}
