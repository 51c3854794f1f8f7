using System.Collections.Generic;
using TeamSync.Engine;

namespace TeamSync.Vectors
{
    /// <summary>One docs/semantics.md §9 vector, mapped to the engine's model.</summary>
    public sealed class Vector
    {
        public Vector(SyncModel model, Settings settings, Dictionary<string, IReadOnlyDictionary<string, Provenance>> memberships, Dictionary<string, IReadOnlyCollection<string>> userRoles, VectorEvent vectorEvent)
        {
            Model = model;
            Settings = settings;
            Memberships = memberships;
            UserRoles = userRoles;
            Event = vectorEvent;
        }

        public SyncModel Model { get; }

        public Settings Settings { get; }

        public Dictionary<string, IReadOnlyDictionary<string, Provenance>> Memberships { get; }

        public Dictionary<string, IReadOnlyCollection<string>> UserRoles { get; }

        public VectorEvent Event { get; }
    }
}
