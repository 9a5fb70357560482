namespace System.Activities
{
    /// <summary>A unit of work of a workflow. The offline layer runs code activities only.</summary>
    public abstract class Activity
    {
        private string _displayName;

        protected Activity()
        {
        }

        public string DisplayName
        {
            get => _displayName ?? GetType().Name;
            set => _displayName = value;
        }

        public string Id { get; internal set; }

        public override string ToString() => Id + ": " + DisplayName;

        internal virtual void Run(CodeActivityContext context) =>
            throw new NotSupportedException("The offline System.Activities runs CodeActivity and CodeActivity<TResult> only, not " + GetType().Name + ".");
    }
}
