using System;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins
{
    /// <summary>The engine names records by string ids; these are the record's Guid in its one canonical spelling.</summary>
    public static class Ids
    {
        public static string Of(Guid id) => id.ToString("D");

        public static string Of(EntityReference? reference) => reference == null ? string.Empty : Of(reference.Id);

        public static Guid Parse(string id) => Guid.Parse(id);
    }
}
