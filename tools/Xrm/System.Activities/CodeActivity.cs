namespace System.Activities
{
    /// <summary>An activity written as code: <see cref="Execute"/> runs once with the argument values in its context.</summary>
    public abstract class CodeActivity : Activity
    {
        protected CodeActivity()
        {
        }

        protected abstract void Execute(CodeActivityContext context);

        internal override void Run(CodeActivityContext context) => Execute(context);
    }
}
