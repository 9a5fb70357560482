using System;
using System.Collections;
using System.Collections.Generic;
using FunnelCrm.Dataverse.Connection;
using Xunit;

namespace FunnelCrm.Dataverse.Tests.Connection;

public sealed class DataverseConnectionTests
{
    [Fact]
    public void Parse_DocumentedClientSecretString_ReadsUrlAppAndSecret()
    {
        var connection = DataverseConnection.Parse("AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=51f81489-12ee-4a9e-aaae-a2591f45987d;ClientSecret=s3cret");

        Assert.Equal(AuthenticationKind.ClientSecret, connection.Kind);
        Assert.Equal("https://contoso.crm.dynamics.com/.default", connection.Scope);
        Assert.Equal(new Uri("https://contoso.crm.dynamics.com/api/data/v9.2/"), connection.ServiceRoot);
        Assert.Equal("s3cret", connection.ClientSecret);
        Assert.DoesNotContain("s3cret", connection.Shown);
    }

    [Fact]
    public void Parse_AliasesAnyOrderAndCase_MeanTheSame()
    {
        var connection = DataverseConnection.Parse("thumbprint=AB CD;  AppId=app ; authenticationtype = Certificate ; ServiceUri='https://contoso.crm4.dynamics.com/main.aspx'");

        Assert.Equal(AuthenticationKind.Certificate, connection.Kind);
        Assert.Equal("app", connection.ClientId);
        Assert.Equal("AB CD", connection.Thumbprint);
        Assert.Equal(new Uri("https://contoso.crm4.dynamics.com/"), connection.Url);
    }

    [Fact]
    public void Parse_OAuthWithLoginPrompt_SignsInAPersonInTheBrowser()
    {
        var connection = DataverseConnection.Parse("AuthType=OAuth;Url=https://contoso.crm.dynamics.com;AppId=51f81489-12ee-4a9e-aaae-a2591f45987d;RedirectUri=app://58145B91-0C36-4500-8554-080854F2AC97;LoginPrompt=Auto");

        Assert.Equal(AuthenticationKind.InteractiveBrowser, connection.Kind);
        Assert.Equal("app://58145B91-0C36-4500-8554-080854F2AC97", connection.RedirectUri);
    }

    [Theory]
    [InlineData("AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientSecret=hunter2", "lacks ClientId")]
    [InlineData("AuthType=Certificate;Url=https://contoso.crm.dynamics.com;ClientId=a", "lacks Thumbprint")]
    [InlineData("AuthType=Office365;Url=https://contoso.crm.dynamics.com;Username=a;Password=hunter2", "Office365 is deprecated")]
    [InlineData("AuthType=OAuth;Url=https://contoso.crm.dynamics.com;Username=a;Password=hunter2", "resource owner password")]
    [InlineData("AuthType=ClientSecret;Url=ftp://contoso;ClientId=a;ClientSecret=hunter2", "is not an https address")]
    [InlineData("AuthType=ClientSecret;Url=http://contoso.crm.dynamics.com;ClientId=a;ClientSecret=hunter2", "must use https")]
    [InlineData("AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=a;ClientSecret=hunter2;Colour=blue", "unknown key 'colour'")]
    [InlineData("AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=a;ClientSecret='hunter2", "malformed")]
    public void Parse_BadConnectionString_SaysWhatToFixWithoutTheSecret(string text, string problem)
    {
        var refused = Assert.Throws<DataverseInputException>(() => DataverseConnection.Parse(text));

        Assert.Contains(problem, refused.Message);
        Assert.DoesNotContain("hunter2", refused.Message);
    }

    [Fact]
    public void Resolve_EnvironmentVariables_BuildTheConnection()
    {
        var environment = new Hashtable
        {
            ["DATAVERSE_URL"] = "https://contoso.crm.dynamics.com", ["DATAVERSE_CLIENT_ID"] = "app", ["DATAVERSE_CLIENT_SECRET"] = "s3cret", ["DATAVERSE_TENANT_ID"] = "tenant",
        };

        var connection = DataverseConnection.Resolve(null, name => environment[name] as string);

        Assert.Equal(AuthenticationKind.ClientSecret, connection.Kind);
        Assert.Equal("tenant", connection.TenantId);
        Assert.DoesNotContain("s3cret", connection.Shown);
    }

    [Fact]
    public void Resolve_NothingGiven_SaysHowToConnect()
    {
        var refused = Assert.Throws<DataverseInputException>(() => DataverseConnection.Resolve(null, _ => null));

        Assert.Contains("pass --connection", refused.Message);
    }

    [Theory]
    [InlineData("AuthType=Token;Url=http://127.0.0.1:5080;Token=abc.def", "AuthType=Token;Url=http://127.0.0.1:5080;Token=***")]
    [InlineData("ClientSecret = 'a;b' ;Url=x", "ClientSecret =*** ;Url=x")]
    [InlineData("Password=p;TokenCacheStorePath=/tmp/c;Secret=s", "Password=***;TokenCacheStorePath=/tmp/c;Secret=***")]
    public void Redact_TextWithSecrets_HidesEveryValue(string text, string shown)
    {
        Assert.Equal(shown, SecretRedaction.Redact(text));
    }
}
