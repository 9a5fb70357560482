namespace System.Activities
{
    /// <summary>An activity that produces a result value.</summary>
    public abstract class ActivityWithResult : Activity
    {
        internal ActivityWithResult()
        {
        }

        public OutArgument Result
        {
            get => ResultArgument;
            set => ResultArgument = value;
        }

        public Type ResultType => ResultValueType;

        internal abstract OutArgument ResultArgument { get; set; }

        internal abstract Type ResultValueType { get; }
    }
}
