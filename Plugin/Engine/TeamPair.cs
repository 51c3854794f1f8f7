using System;

namespace TeamSync.Engine
{
    /// <summary>An unordered pair of teams, as direction conflicts and Bidirectional duplicates see a link.</summary>
    internal readonly struct TeamPair : IEquatable<TeamPair>
    {
        public TeamPair(string x, string y)
        {
            var ordered = string.CompareOrdinal(x, y) <= 0;
            Low = ordered ? x : y;
            High = ordered ? y : x;
        }

        public string Low { get; }

        public string High { get; }

        public bool Equals(TeamPair other) => string.Equals(Low, other.Low, StringComparison.Ordinal) && string.Equals(High, other.High, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is TeamPair other && Equals(other);

        public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Low) * 397) ^ StringComparer.Ordinal.GetHashCode(High));
    }
}
