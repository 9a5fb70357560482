namespace System.Activities
{
    /// <summary>An argument of direction InOut.</summary>
    public abstract class InOutArgument : Argument
    {
        internal InOutArgument()
        {
            Direction = ArgumentDirection.InOut;
        }
    }
}
