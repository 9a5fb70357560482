namespace System.Activities
{
    /// <summary>An argument of direction Out and type <typeparamref name="T"/>.</summary>
    public sealed class OutArgument<T> : OutArgument
    {
        public OutArgument()
        {
            ArgumentType = typeof(T);
        }

        public new T Get(ActivityContext context) => context.GetValue(this);

        public void Set(ActivityContext context, T value) => context.SetValue(this, value);
    }
}
