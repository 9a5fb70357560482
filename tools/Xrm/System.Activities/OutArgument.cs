namespace System.Activities
{
    /// <summary>An argument of direction Out.</summary>
    public abstract class OutArgument : Argument
    {
        internal OutArgument()
        {
            Direction = ArgumentDirection.Out;
        }
    }
}
