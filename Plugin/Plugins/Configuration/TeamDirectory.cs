using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamSync.Plugins
{
    /// <summary>The teams this execution has read, by id, and their names for log paths.</summary>
    public sealed class TeamDirectory
    {
        private readonly Dictionary<string, TeamFacts> _teams = new Dictionary<string, TeamFacts>(StringComparer.Ordinal);

        public void Add(TeamFacts team) => _teams[team.Id] = team;

        public bool Contains(string id) => _teams.ContainsKey(id);

        public TeamFacts? Find(string id) => _teams.TryGetValue(id, out var team) ? team : null;

        /// <summary>A team's name, or its id when this execution never read it (e.g. it was deleted).</summary>
        public string NameOf(string id) => _teams.TryGetValue(id, out var team) && !string.IsNullOrEmpty(team.Name) ? team.Name : id;

        public string PathOf(IEnumerable<string> teamIds) => string.Join(" > ", teamIds.Select(NameOf));
    }
}
