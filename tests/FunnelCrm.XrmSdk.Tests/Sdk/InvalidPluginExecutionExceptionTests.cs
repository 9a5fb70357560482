using System;
using Microsoft.Xrm.Sdk;

namespace FunnelCrm.XrmSdk.Tests.Sdk;

public sealed class InvalidPluginExecutionExceptionTests
{
    private const int DefaultErrorCode = -2146233088;

    [Fact]
    public void InvalidPluginExecutionException_Message_DefaultsToFailedWithDefaultCodes()
    {
        var error = new InvalidPluginExecutionException("m");

        Assert.Equal(OperationStatus.Failed, error.Status);
        Assert.Equal(DefaultErrorCode, error.ErrorCode);
        Assert.Equal(DefaultErrorCode, error.HResult);
        Assert.Equal(PluginHttpStatusCode.NotSet, error.HttpStatus);
    }

    [Fact]
    public void InvalidPluginExecutionException_NoArguments_HasFrameworkDefaultMessage()
    {
        var error = new InvalidPluginExecutionException();

        Assert.Equal("Exception of type 'Microsoft.Xrm.Sdk.InvalidPluginExecutionException' was thrown.", error.Message);
    }

    [Fact]
    public void InvalidPluginExecutionException_StatusAndMessage_KeepsBoth()
    {
        var error = new InvalidPluginExecutionException(OperationStatus.Retry, "m");

        Assert.Equal("m", error.Message);
        Assert.Equal(OperationStatus.Retry, error.Status);
    }

    [Fact]
    public void InvalidPluginExecutionException_StatusOnly_HasEmptyMessage()
    {
        var error = new InvalidPluginExecutionException(OperationStatus.Suspended);

        Assert.Equal(string.Empty, error.Message);
    }

    [Fact]
    public void InvalidPluginExecutionException_Inner_IsKept()
    {
        var error = new InvalidPluginExecutionException("m", new InvalidOperationException("in"));

        Assert.Equal("in", error.InnerException!.Message);
    }

    [Fact]
    public void InvalidPluginExecutionException_ErrorCode_IsKept()
    {
        var error = new InvalidPluginExecutionException(OperationStatus.Failed, 123, "m");

        Assert.Equal(123, error.ErrorCode);
    }
}
