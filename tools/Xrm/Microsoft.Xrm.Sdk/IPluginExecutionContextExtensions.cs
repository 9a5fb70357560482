namespace Microsoft.Xrm.Sdk
{
    /// <summary>Transaction questions about a plug-in execution context.</summary>
    public static class IPluginExecutionContextExtensions
    {
        private const int PreOperationStage = 20;
        private const int PostOperationStage = 40;

        /// <summary>True when the step runs inside the platform's main database transaction.</summary>
        public static bool IsWithinMainTransaction(this IPluginExecutionContext context) =>
            context.IsInTransaction && (context.Stage == PreOperationStage || context.Stage == PostOperationStage);

        /// <summary>True when the platform opened the transaction for this step (synchronous, in a transaction).</summary>
        public static bool IsAutoTransact(this IPluginExecutionContext context) => context.IsInTransaction && context.Mode == 0;
    }
}
