using System.Collections.Generic;

namespace System.Activities
{
    /// <summary>The context a <see cref="CodeActivity"/> executes in.</summary>
    public class CodeActivityContext : ActivityContext
    {
        internal CodeActivityContext(IDictionary<Argument, object> values, IReadOnlyList<object> extensions, Guid workflowInstanceId)
            : base(values, extensions, workflowInstanceId)
        {
        }
    }
}
