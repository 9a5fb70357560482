using System.Activities.Hosting;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace System.Activities
{
    /// <summary>
    /// Runs an activity synchronously, like a method call: inputs by argument name (case-sensitive), outputs by argument name.
    /// Null argument properties are created before the run; an exception thrown by the activity propagates unchanged.
    /// </summary>
    public sealed class WorkflowInvoker
    {
        private readonly Activity _workflow;

        public WorkflowInvoker(Activity workflow)
        {
            _workflow = workflow ?? throw new ArgumentNullException(nameof(workflow));
            Extensions = new WorkflowInstanceExtensionManager();
        }

        public WorkflowInstanceExtensionManager Extensions { get; }

        public static IDictionary<string, object> Invoke(Activity workflow) => new WorkflowInvoker(workflow).Invoke();

        public static IDictionary<string, object> Invoke(Activity workflow, IDictionary<string, object> inputs) =>
            new WorkflowInvoker(workflow).Invoke(inputs);

        public static TResult Invoke<TResult>(Activity<TResult> workflow) => Invoke<TResult>(workflow, new Dictionary<string, object>());

        public static TResult Invoke<TResult>(Activity<TResult> workflow, IDictionary<string, object> inputs) =>
            (TResult)new WorkflowInvoker(workflow).Invoke(inputs)[Argument.ResultValue];

        public IDictionary<string, object> Invoke() => Invoke(new Dictionary<string, object>());

        public IDictionary<string, object> Invoke(IDictionary<string, object> inputs)
        {
            inputs = inputs ?? new Dictionary<string, object>();
            var arguments = BindArguments();
            var values = new Dictionary<Argument, object>();
            var problems = new List<string>();
            foreach (var input in inputs)
            {
                if (!arguments.TryGetValue(input.Key, out var argument) || argument.Direction == ArgumentDirection.Out)
                {
                    problems.Add("The following keys from the input dictionary do not map to arguments and must be removed: " + input.Key
                        + ".  Please note that argument names are case sensitive.");
                }
                else if (!IsAssignable(argument.ArgumentType, input.Value))
                {
                    problems.Add("Expected an input parameter value of type '" + argument.ArgumentType.Name + "' for parameter named '" + input.Key + "'.");
                }
                else
                {
                    values[argument] = input.Value;
                }
            }

            foreach (var required in RequiredInputs(arguments))
            {
                if (!inputs.ContainsKey(required.Key) && !required.Value.TryGetConstant(out _))
                {
                    problems.Add("Value for a required activity argument '" + required.Key + "' was not supplied.");
                }
            }

            if (problems.Count > 0)
            {
                throw new ArgumentException("The values provided for the root activity's arguments did not satisfy the root activity's requirements:"
                    + string.Concat(problems.Select(p => Environment.NewLine + "'" + _workflow.DisplayName + "': " + p)), nameof(inputs));
            }

            _workflow.Id = "1";
            var context = new CodeActivityContext(values, Extensions.CreateExtensions(), Guid.NewGuid());
            _workflow.Run(context);
            return arguments
                .Where(a => a.Value.Direction != ArgumentDirection.In)
                .ToDictionary(a => a.Key, a => context.GetValue(a.Value));
        }

        private Dictionary<string, Argument> BindArguments()
        {
            var arguments = new Dictionary<string, Argument>(StringComparer.Ordinal);
            foreach (var property in _workflow.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!typeof(Argument).IsAssignableFrom(property.PropertyType) || property.GetIndexParameters().Length > 0 || arguments.ContainsKey(property.Name))
                {
                    continue;
                }

                var argument = (Argument)property.GetValue(_workflow);
                if (argument == null && property.PropertyType.IsGenericType && property.CanWrite)
                {
                    argument = (Argument)Activator.CreateInstance(property.PropertyType);
                    property.SetValue(_workflow, argument);
                }

                if (argument != null)
                {
                    arguments[property.Name] = argument;
                }
            }

            return arguments;
        }

        private IEnumerable<KeyValuePair<string, Argument>> RequiredInputs(Dictionary<string, Argument> arguments) =>
            arguments.Where(a => a.Value.Direction != ArgumentDirection.Out
                && _workflow.GetType().GetProperty(a.Key, BindingFlags.Public | BindingFlags.Instance)?.GetCustomAttribute<RequiredArgumentAttribute>() != null);

        private static bool IsAssignable(Type type, object value) =>
            value == null ? !type.IsValueType || Nullable.GetUnderlyingType(type) != null : type.IsInstanceOfType(value);
    }
}
