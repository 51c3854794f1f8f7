using System;

namespace TeamSync.Vectors
{
    /// <summary>A vector that does not have docs/semantics.md §9 shape; the message names the field.</summary>
    public sealed class VectorFormatException : Exception
    {
        public VectorFormatException(string field, string problem)
            : base(field + ": " + problem)
        {
        }
    }
}
