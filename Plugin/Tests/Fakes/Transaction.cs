using System;
using System.Collections.Generic;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>
    /// One database transaction: an outermost request with its synchronous steps (an asynchronous step's calls are
    /// each their own). Rows it wrote stay locked until it ends, as SQL Server holds write locks to commit.
    /// </summary>
    public sealed class Transaction
    {
        private static int _next;

        public int Number { get; } = ++_next;

        /// <summary>It wrote something: a transaction that blocks after writing cannot be replayed from its start.</summary>
        public bool HasWritten { get; set; }

        public HashSet<(string Entity, Guid Id)> Locks { get; } = new HashSet<(string, Guid)>();

        /// <summary>How to take back each write it made, in order: a failure anywhere in it rolls them all back.</summary>
        public List<Action> Undo { get; } = new List<Action>();

        /// <summary>Takes back every write, the last first, as the database does when the transaction fails.</summary>
        public void RollBack()
        {
            for (var i = Undo.Count - 1; i >= 0; i--)
            {
                Undo[i]();
            }

            Undo.Clear();
        }
    }

    /// <summary>Thrown inside a transaction that must wait for a row another transaction holds.</summary>
    public sealed class LockWait : Exception
    {
        public LockWait(string entity, Guid id) : base("waits for the lock on " + entity + " " + id)
        {
        }
    }

    /// <summary>The sandbox ended the execution (the 2-minute limit): nothing after this call runs.</summary>
    public sealed class ExecutionStopped : Exception
    {
        public ExecutionStopped() : base("The plug-in execution failed because the operation has timed-out at the Sandbox Host.")
        {
        }
    }
}
