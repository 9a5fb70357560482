using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A plug-in: Dataverse calls <see cref="Execute"/> for each registered step.</summary>
    public interface IPlugin
    {
        /// <summary>Runs the plug-in; the provider yields the execution context and the services.</summary>
        void Execute(IServiceProvider serviceProvider);
    }
}
