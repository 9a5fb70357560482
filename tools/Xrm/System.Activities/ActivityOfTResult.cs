namespace System.Activities
{
    /// <summary>An activity whose result is a <typeparamref name="TResult"/>.</summary>
    public abstract class Activity<TResult> : ActivityWithResult
    {
        protected Activity()
        {
        }

        public new OutArgument<TResult> Result { get; set; }

        internal override OutArgument ResultArgument
        {
            get => Result;
            set => Result = (OutArgument<TResult>)value;
        }

        internal override Type ResultValueType => typeof(TResult);
    }
}
