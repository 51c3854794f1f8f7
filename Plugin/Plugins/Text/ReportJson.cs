using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TeamSync.Plugins
{
    /// <summary>
    /// The Report output of nw_ReconcileTeamSync: a JSON list of operations with their `via` (team ids), names, outcome
    /// and error. Written by hand: System.Text.Json is not part of .NET Framework 4.6.2.
    /// </summary>
    public static class ReportJson
    {
        public static string Write(IEnumerable<LogEntry> entries, TeamDirectory teams, bool applied)
        {
            var json = new StringBuilder("[");
            var first = true;
            foreach (var entry in entries)
            {
                if (!first)
                {
                    json.Append(',');
                }

                first = false;
                json.Append("{\"op\":").Append(Quote(entry.Join ? "add" : "remove"));
                json.Append(",\"user\":").Append(Quote(entry.User));
                json.Append(",\"team\":").Append(Quote(entry.Team));
                json.Append(",\"teamName\":").Append(Quote(teams.NameOf(entry.Team)));
                json.Append(",\"via\":[");
                for (var i = 0; i < entry.Via.Count; i++)
                {
                    json.Append(i == 0 ? "" : ",").Append(Quote(entry.Via[i]));
                }

                json.Append("],\"path\":").Append(Quote(teams.PathOf(entry.Via)));
                json.Append(",\"outcome\":").Append(Quote(applied ? OutcomeName(entry.Outcome) : "planned"));
                if (entry.Error != null)
                {
                    json.Append(",\"error\":").Append(Quote(entry.Error));
                }

                json.Append('}');
            }
            return json.Append(']').ToString();
        }

        private static string OutcomeName(int outcome)
        {
            return outcome == Schema.Log.OutcomeDone ? "done" : outcome == Schema.Log.OutcomeSkipped ? "skipped" : "failed";
        }

        public static string Quote(string text)
        {
            var quoted = new StringBuilder("\"");
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': quoted.Append("\\\""); break;
                    case '\\': quoted.Append("\\\\"); break;
                    case '\n': quoted.Append("\\n"); break;
                    case '\r': quoted.Append("\\r"); break;
                    case '\t': quoted.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            quoted.Append(c);
                        }

                        break;
                }
            }
            return quoted.Append('"').ToString();
        }
    }
}
