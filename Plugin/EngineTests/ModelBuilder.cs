using System.Collections.Generic;

namespace TeamSync.Engine.Tests
{
    /// <summary>Builds sync models tersely: teams by id, configurations with (child, order, role) members.</summary>
    internal sealed class ModelBuilder
    {
        private readonly SyncModel _model = new SyncModel();
        private int _members;

        public ModelBuilder Teams(params string[] ids)
        {
            foreach (var id in ids)
            {
                _model.Teams.Add(new Team(id));
            }
            return this;
        }

        public ModelBuilder Team(string id, int type = 0, bool isDefault = false)
        {
            _model.Teams.Add(new Team(id, type, isDefault));
            return this;
        }

        public ModelBuilder Roles(params string[] roles)
        {
            _model.Roles.AddRange(roles);
            return this;
        }

        public ModelBuilder OneWay(string parent, params string[] children) => Link(SyncDirection.OneWay, parent, children);

        public ModelBuilder Bidirectional(string parent, params string[] children) => Link(SyncDirection.Bidirectional, parent, children);

        public ModelBuilder Member(SyncDirection direction, string parent, string child, int? order, string? role)
        {
            var config = new ConfigRecord { Id = "g" + _model.Configs.Count, Parent = parent, Direction = direction };
            config.Members.Add(new MemberRecord { Id = "m" + _members++, Child = child, Order = order, Role = role });
            _model.Configs.Add(config);
            return this;
        }

        public SyncModel Build() => _model;

        public SyncGraph Graph() => SyncGraph.Build(_model);

        private ModelBuilder Link(SyncDirection direction, string parent, string[] children)
        {
            var config = new ConfigRecord { Id = "g" + _model.Configs.Count, Parent = parent, Direction = direction };
            var order = 10;
            foreach (var child in children)
            {
                config.Members.Add(new MemberRecord { Id = "m" + _members++, Child = child, Order = order });
                order += 10;
            }
            _model.Configs.Add(config);
            return this;
        }

        public static Dictionary<string, Provenance> Memberships(params (string Team, Provenance Provenance)[] teams)
        {
            var memberships = new Dictionary<string, Provenance>();
            foreach (var (team, provenance) in teams)
            {
                memberships[team] = provenance;
            }
            return memberships;
        }
    }
}
