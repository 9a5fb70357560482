using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FunnelCrm.Cli.Csv;

namespace FunnelCrm.Cli.Tests.Csv;

public class IsoDateTests
{
    private static readonly string[] ExactFormats =
    {
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK",
    };

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
    [InlineData("2026-02-28T24:00")]
    [InlineData("2026-02-28Z")]
    [InlineData("yesterday")]
    public void TryParse_OtherForms_AreRefused(string text)
    {
        var parsed = IsoDate.TryParse(text, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void TryParse_DigitsReadDirectly_AgreeWithTheFrameworksExactParsing()
    {
        var digit = Gen.Elements('0', '1', '2', '3', '5', '9');
        var separator = Gen.Elements('-', 'T', ' ', ':', 'Z', '0');
        var text = Gen.Elements("2026-02-28", "1999-12-31T23:59", "2024-02-29T12:00:59Z", "2100-02-29 00:00:00", "0001-01-01T00:00Z")
            .SelectMany(template => Gen.OneOf(digit, separator).ArrayOf(template.Length).Select(noise => (template, noise)))
            .SelectMany(pair => Gen.Choose(0, pair.template.Length).Select(keep => pair.template.Substring(0, keep) + new string(pair.noise, keep, pair.template.Length - keep)));

        Prop.ForAll(text.ToArbitrary(), candidate =>
        {
            var fast = IsoDate.TryParse(candidate, out var utc);
            var exact = DateTimeOffset.TryParseExact(candidate.Trim(), ExactFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expected);
            return fast == exact && (!fast || utc == expected.UtcDateTime);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }
}
