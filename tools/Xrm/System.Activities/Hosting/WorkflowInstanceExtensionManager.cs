using System.Collections.Generic;
using System.Linq;

namespace System.Activities.Hosting
{
    /// <summary>The extensions a host offers to activities: singletons, and factories called once per workflow run.</summary>
    public class WorkflowInstanceExtensionManager
    {
        private readonly List<object> _singletons = new List<object>();
        private readonly List<Func<object>> _factories = new List<Func<object>>();
        private bool _isReadOnly;

        public virtual void Add(object singletonExtension)
        {
            if (singletonExtension == null)
            {
                throw new ArgumentNullException(nameof(singletonExtension));
            }

            ThrowIfReadOnly();
            _singletons.Add(singletonExtension);
        }

        public virtual void Add<T>(Func<T> extensionCreationFunction)
            where T : class
        {
            if (extensionCreationFunction == null)
            {
                throw new ArgumentNullException(nameof(extensionCreationFunction));
            }

            ThrowIfReadOnly();
            _factories.Add(() => extensionCreationFunction());
        }

        public void MakeReadOnly() => _isReadOnly = true;

        internal IReadOnlyList<object> CreateExtensions() =>
            _singletons.Concat(_factories.Select(create => create()).Where(extension => extension != null)).ToList();

        private void ThrowIfReadOnly()
        {
            if (_isReadOnly)
            {
                throw new InvalidOperationException("The extension manager is read-only: extensions cannot be added after it was made read-only.");
            }
        }
    }
}
