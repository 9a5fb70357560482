using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace System.Activities
{
    /// <summary>The environment of one activity execution: its argument values and the host's extensions.</summary>
    public class ActivityContext
    {
        private readonly IDictionary<Argument, object> _values;
        private readonly IReadOnlyList<object> _extensions;

        internal ActivityContext(IDictionary<Argument, object> values, IReadOnlyList<object> extensions, Guid workflowInstanceId)
        {
            _values = values;
            _extensions = extensions;
            WorkflowInstanceId = workflowInstanceId;
            ActivityInstanceId = 1.ToString(CultureInfo.InvariantCulture);
        }

        public string ActivityInstanceId { get; }

        public Guid WorkflowInstanceId { get; }

        /// <summary>The first host extension that is a <typeparamref name="T"/>; null when the host added none.</summary>
        public T GetExtension<T>()
            where T : class =>
            _extensions.OfType<T>().FirstOrDefault();

        public object GetValue(Argument argument)
        {
            if (argument == null)
            {
                throw new ArgumentNullException(nameof(argument));
            }

            if (_values.TryGetValue(argument, out var value))
            {
                return value;
            }

            if (argument.TryGetConstant(out var constant))
            {
                return constant;
            }

            return argument.ArgumentType != null && argument.ArgumentType.IsValueType ? Activator.CreateInstance(argument.ArgumentType) : null;
        }

        public T GetValue<T>(InArgument<T> argument) => (T)GetValue((Argument)argument);

        public T GetValue<T>(OutArgument<T> argument) => (T)GetValue((Argument)argument);

        public T GetValue<T>(InOutArgument<T> argument) => (T)GetValue((Argument)argument);

        public void SetValue(Argument argument, object value)
        {
            if (argument == null)
            {
                throw new ArgumentNullException(nameof(argument));
            }

            _values[argument] = value;
        }

        public void SetValue<T>(InArgument<T> argument, T value) => SetValue((Argument)argument, value);

        public void SetValue<T>(OutArgument<T> argument, T value) => SetValue((Argument)argument, value);

        public void SetValue<T>(InOutArgument<T> argument, T value) => SetValue((Argument)argument, value);
    }
}
