namespace System.Activities
{
    /// <summary>An argument of direction InOut and type <typeparamref name="T"/>.</summary>
    public sealed class InOutArgument<T> : InOutArgument
    {
        public InOutArgument()
        {
            ArgumentType = typeof(T);
        }

        public new T Get(ActivityContext context) => context.GetValue(this);

        public void Set(ActivityContext context, T value) => context.SetValue(this, value);
    }
}
