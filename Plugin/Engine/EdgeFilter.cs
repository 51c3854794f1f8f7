using System;
using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// Which edges are open (docs/semantics.md §2 conditions): for a user, an edge with no role, or with an existing role
    /// the user holds directly; for validation, every edge whatever its role.
    /// </summary>
    internal sealed class EdgeFilter
    {
        private readonly HashSet<string>? _heldRoles;

        private EdgeFilter(HashSet<string>? heldRoles)
        {
            _heldRoles = heldRoles;
        }

        public static EdgeFilter Every { get; } = new EdgeFilter(null);

        public static EdgeFilter ForUser(IReadOnlyCollection<string>? roles) =>
            new EdgeFilter(roles is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(roles, StringComparer.Ordinal));

        public bool IsOpen(Edge edge) =>
            _heldRoles is null || edge.Role is null || (edge.RoleExists && _heldRoles.Contains(edge.Role));
    }
}
