using System;
using System.Runtime.Serialization;
using System.Security;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The exception a plug-in throws to refuse an operation; its message reaches the user.</summary>
    [Serializable]
    public sealed class InvalidPluginExecutionException : Exception, ISerializable
    {
        private const int DefaultErrorCode = -2146233088;

        public InvalidPluginExecutionException()
        {
            ErrorCode = DefaultErrorCode;
            Status = OperationStatus.Failed;
        }

        public InvalidPluginExecutionException(OperationStatus status)
            : this(status, DefaultErrorCode, string.Empty)
        {
        }

        public InvalidPluginExecutionException(string message)
            : this(OperationStatus.Failed, DefaultErrorCode, message)
        {
        }

        public InvalidPluginExecutionException(OperationStatus status, string message)
            : this(status, DefaultErrorCode, message)
        {
        }

        public InvalidPluginExecutionException(string message, Exception exception)
            : base(message, exception)
        {
            ErrorCode = DefaultErrorCode;
            Status = OperationStatus.Failed;
        }

        public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
            : this(OperationStatus.Failed, DefaultErrorCode, message, httpStatus)
        {
        }

        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
            : this(status, errorCode, message, PluginHttpStatusCode.NotSet)
        {
        }

        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
            : base(message)
        {
            Status = status;
            ErrorCode = errorCode;
            HttpStatus = httpStatus;
        }

#pragma warning disable SYSLIB0051 // the official type keeps formatter-based serialization
        private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
            : base(info, context)
#pragma warning restore SYSLIB0051
        {
            Status = (OperationStatus)info.GetInt32(nameof(Status));
            ErrorCode = info.GetInt32(nameof(ErrorCode));
            HttpStatus = (PluginHttpStatusCode)info.GetInt32(nameof(HttpStatus));
        }

        public int ErrorCode { get; }

        public PluginHttpStatusCode HttpStatus { get; }

        public OperationStatus Status { get; }

        [SecurityCritical]
#if NET
        [Obsolete("Formatter-based serialization is obsolete on .NET; kept for the official signature.", DiagnosticId = "SYSLIB0051")]
#endif
        public override void GetObjectData(SerializationInfo info, StreamingContext context)
        {
#pragma warning disable SYSLIB0051
            base.GetObjectData(info, context);
#pragma warning restore SYSLIB0051
            info.AddValue(nameof(Status), (int)Status);
            info.AddValue(nameof(ErrorCode), ErrorCode);
            info.AddValue(nameof(HttpStatus), (int)HttpStatus);
        }
    }
}
