namespace System.Activities
{
    /// <summary>An input argument of type <typeparamref name="T"/>, optionally bound to a constant.</summary>
    public sealed class InArgument<T> : InArgument
    {
        private readonly bool _hasConstant;
        private readonly T _constant;

        public InArgument()
        {
            ArgumentType = typeof(T);
        }

        public InArgument(T constValue)
            : this()
        {
            _hasConstant = true;
            _constant = constValue;
        }

        public static implicit operator InArgument<T>(T constValue) => new InArgument<T>(constValue);

        public new T Get(ActivityContext context) => context.GetValue(this);

        public void Set(ActivityContext context, T value) => context.SetValue(this, value);

        internal override bool TryGetConstant(out object value)
        {
            value = _constant;
            return _hasConstant;
        }
    }
}
