namespace System.Activities
{
    /// <summary>An argument of direction In.</summary>
    public abstract class InArgument : Argument
    {
        internal InArgument()
        {
            Direction = ArgumentDirection.In;
        }
    }
}
