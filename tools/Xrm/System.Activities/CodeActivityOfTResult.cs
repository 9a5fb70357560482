namespace System.Activities
{
    /// <summary>A code activity whose <see cref="Execute"/> returns its result.</summary>
    public abstract class CodeActivity<TResult> : Activity<TResult>
    {
        protected CodeActivity()
        {
        }

        protected abstract TResult Execute(CodeActivityContext context);

        internal override void Run(CodeActivityContext context) => context.SetValue(Result, Execute(context));
    }
}
