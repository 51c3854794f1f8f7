using System.Linq;
using TeamSync.Engine;

namespace TeamSync.Plugins
{
    /// <summary>A deep copy of a model, so a change can be tried on it while the original stays the "before".</summary>
    public static class ModelCopy
    {
        public static SyncModel Of(SyncModel model)
        {
            return new SyncModel
            {
                Teams = model.Teams.ToList(),
                Roles = model.Roles.ToList(),
                Configs = model.Configs.Select(c => new ConfigRecord
                {
                    Id = c.Id,
                    Parent = c.Parent,
                    Direction = c.Direction,
                    Active = c.Active,
                    Members = c.Members.Select(m => new MemberRecord { Id = m.Id, Child = m.Child, Order = m.Order, Active = m.Active, Role = m.Role }).ToList(),
                }).ToList(),
            };
        }
    }
}
