namespace System.Activities
{
    /// <summary>Marks an activity argument that must be given a value.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class RequiredArgumentAttribute : Attribute
    {
        public override object TypeId => this;
    }
}
