using System.Collections.Generic;

namespace TeamSync.Engine
{
    public sealed class PlanWarning
    {
        public PlanWarning(string code, IReadOnlyList<string> teams)
        {
            Code = code;
            Teams = teams;
        }

        /// <summary>One of <see cref="PlanWarningCodes"/>.</summary>
        public string Code { get; }

        /// <summary>Distinct, sorted by id.</summary>
        public IReadOnlyList<string> Teams { get; }
    }
}
