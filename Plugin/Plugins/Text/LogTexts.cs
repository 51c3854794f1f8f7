namespace TeamSync.Plugins
{
    /// <summary>The error texts the plugin writes into log rows; <see cref="Unconfirmed"/> is also how it recognises its own intents.</summary>
    public static class LogTexts
    {
        /// <summary>
        /// Written before a change is made and replaced once its outcome is known: a row still saying this belongs to an
        /// execution that was stopped in between, so the change may or may not have happened.
        /// </summary>
        public const string Unconfirmed = "Not confirmed: the execution stopped before it knew the outcome of this change.";

        public const string AlreadyMember = "Already a member.";

        public const string ManagedTeam = "The team's members are managed elsewhere (Entra ID group or business unit default team).";

        /// <summary>A continuation row: the rest of this join's or leave's propagation.</summary>
        public const string Continuation = "Stopped at the time budget before this change's propagation was finished; a follow-up job finishes it.";

        /// <summary>A continuation row: the rest of a reconcile of this user (after a role or configuration change).</summary>
        public const string ReconcileContinuation = "Stopped at the time budget before this user was reconciled; a follow-up job reconciles them.";
    }
}
