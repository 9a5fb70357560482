using System.Text.RegularExpressions;

namespace FunnelCrm.Dataverse.Connection;

/// <summary>Hides secrets in any text that may hold a connection string: the values of ClientSecret, Secret, Password, Token and CertificatePassword become ***.</summary>
public static partial class SecretRedaction
{
    /// <summary>The text with every secret value replaced by ***.</summary>
    public static string Redact(string? text) => text == null ? "" : SecretValue().Replace(text, m => m.Groups["key"].Value + "=***");

    [GeneratedRegex(@"(?<key>(?<![A-Za-z])(ClientSecret|Secret|Password|Token|CertificatePassword)\s*)=\s*(""[^""]*""|'[^']*'|[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretValue();
}
