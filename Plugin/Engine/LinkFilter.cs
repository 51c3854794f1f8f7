using System;
using System.Collections.Generic;

namespace TeamSync.Engine
{
    /// <summary>
    /// Which links are open (spec §2 conditions): for a user, a link with no role, or with an existing role
    /// the user holds directly; for validation, every link whatever its role.
    /// </summary>
    internal sealed class LinkFilter
    {
        private readonly HashSet<string>? heldRoles;

        private LinkFilter(HashSet<string>? heldRoles)
        {
            this.heldRoles = heldRoles;
        }

        public static LinkFilter Every { get; } = new LinkFilter(null);

        public static LinkFilter ForUser(IReadOnlyCollection<string>? roles) =>
            new LinkFilter(roles is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(roles, StringComparer.Ordinal));

        public bool IsOpen(Link link) =>
            heldRoles is null || link.Role is null || (link.RoleExists && heldRoles.Contains(link.Role));
    }
}
