using System.Diagnostics;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins
{
    /// <summary>
    /// PreOperation (synchronous) on Update of team, filtered to the unsaved-edits column: that column carries the
    /// control's count of unsaved sync edits to the form, so the form warns before it is left with them. Saving the
    /// form sends it too; it is dropped here so no team ever stores a count of edits that were never saved (nor shows
    /// it in the record's history).
    /// </summary>
    public sealed class UnsavedEditsColumnPlugin : TeamSyncPlugin
    {
        protected override void Run(PluginServices services, Stopwatch clock)
        {
            var trace = services.Trace;
            var input = services.Context.InputParameters;
            if (!input.TryGetValue(Schema.Parameters.Target, out var value) || !(value is Entity team) || team.LogicalName != Schema.Team.Entity)
            {
                trace.Trace("TeamSync: not an update of a team");
                return;
            }

            if (!team.Attributes.Remove(Schema.Team.UnsavedEdits))
            {
                trace.Trace("TeamSync: the update does not set the unsaved-edits column");
                return;
            }

            trace.Trace("TeamSync: the unsaved-edits column is the form's, not the team's: not stored");
        }
    }
}
