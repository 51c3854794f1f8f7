using System.Collections.Generic;

namespace TeamSync.Plugins
{
    /// <summary>Every message with which TeamSync refuses a write or a request, worded once.</summary>
    public static class Refusals
    {
        private const string Prefix = "TeamSync refused this change: ";

        public static string ValidationErrors(IEnumerable<string> issues) => Prefix + string.Join("; ", issues) + ".";

        public static string CannotManage(IEnumerable<string> teams)
        {
            return Prefix + "you cannot manage the members of " + string.Join(", ", teams) + ", and this configuration would add users to it.";
        }

        public static string PropagationOff(IEnumerable<string> missing)
        {
            return Prefix + "joins and leaves are not propagated in this environment, so this link would not be enforced. Missing or turned off: "
                + string.Join(", ", missing) + ". Select Turn on propagation in the TeamSync control on the Team form (or register these steps as "
                + "the install guide says in section 3), then save again.";
        }

        public static string DeletingALink(IEnumerable<string> teams)
        {
            return Prefix + "the record links " + string.Join(", ", teams)
                + ". Deactivate it instead: TeamSync then removes the access it gave and keeps the record that explains that access.";
        }

        public static string UnknownMode(string mode) => "TeamSync: Mode must be 'report' or 'apply', not '" + mode + "'.";

        public static string EmptyId(string parameter) => "TeamSync: " + parameter + " is the empty id (00000000-0000-0000-0000-000000000000); give a record's id, or leave it out to reconcile everyone.";

        public static string NotAnId(string parameter) => "TeamSync: " + parameter + " is not a record id.";

        public static string UserAndTeam(string user, string team) => "TeamSync: give " + user + " or " + team + ", not both: a reconcile covers one user, or the users of one team's connected teams.";
    }
}
