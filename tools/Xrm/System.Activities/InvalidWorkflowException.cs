using System.Runtime.Serialization;

namespace System.Activities
{
    /// <summary>A workflow definition the runtime cannot run.</summary>
    [Serializable]
    public class InvalidWorkflowException : Exception
    {
        public InvalidWorkflowException()
        {
        }

        public InvalidWorkflowException(string message)
            : base(message)
        {
        }

        public InvalidWorkflowException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

#pragma warning disable SYSLIB0051 // the official type keeps formatter-based serialization
        protected InvalidWorkflowException(SerializationInfo info, StreamingContext context)
            : base(info, context)
#pragma warning restore SYSLIB0051
        {
        }
    }
}
