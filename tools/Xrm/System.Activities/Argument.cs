namespace System.Activities
{
    /// <summary>A typed, directed value slot of an activity, read and written through an <see cref="ActivityContext"/>.</summary>
    public abstract class Argument
    {
        public const string ResultValue = "Result";

        internal Argument()
        {
        }

        public Type ArgumentType { get; internal set; }

        public ArgumentDirection Direction { get; internal set; }

        /// <summary>An argument of the given value type and direction.</summary>
        public static Argument Create(Type type, ArgumentDirection direction)
        {
            var definition = direction == ArgumentDirection.In ? typeof(InArgument<>)
                : direction == ArgumentDirection.Out ? typeof(OutArgument<>)
                : typeof(InOutArgument<>);
            return (Argument)Activator.CreateInstance(definition.MakeGenericType(type));
        }

        public object Get(ActivityContext context) => context.GetValue(this);

        public T Get<T>(ActivityContext context) => (T)context.GetValue(this);

        public void Set(ActivityContext context, object value) => context.SetValue(this, value);

        internal virtual bool TryGetConstant(out object value)
        {
            value = null;
            return false;
        }
    }
}
