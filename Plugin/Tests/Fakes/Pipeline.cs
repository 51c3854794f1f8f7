using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>
    /// The event pipeline as the platform runs it: PreOperation (20) synchronous steps, the core operation (or a
    /// Custom API's main operation, 30), PostOperation (40) synchronous steps, then asynchronous steps queued and
    /// run after the outermost request returns. Steps' own requests go through it again (re-entrant), one deeper;
    /// beyond Depth 8 the platform stops a loop. CorrelationId and InitiatingUserId flow down; the request's optional
    /// `tag` parameter reaches the steps it triggers in SharedVariables. A step registered with a pre-image gets the
    /// record as it was before the core operation; a Create's PostOperation steps get the new id in OutputParameters.
    /// SetState and SetStateDynamicEntity are distinct messages; CreateMultiple and UpdateMultiple run the per-item
    /// Create and Update steps. With <see cref="HoldAsync"/> the asynchronous jobs wait in <see cref="Pending"/> until
    /// a test runs them, in any order, between other requests. Each outermost request is a transaction whose written
    /// rows stay locked until it ends and which rolls back, with the jobs it queued, when anything in it fails;
    /// <see cref="Interleave"/> runs another transaction in the middle of one.
    /// </summary>
    public sealed class Pipeline
    {
        public static readonly Guid SystemUser = new Guid("00000000-0000-0000-0000-00000000beef");
        public const int MaxDepth = 8;

        private readonly List<Step> _steps = new List<Step>();
        private readonly Queue<PendingJob> _async = new Queue<PendingJob>();
        private readonly Dictionary<(string, Guid), Transaction> _locks = new Dictionary<(string, Guid), Transaction>();
        private readonly List<(Transaction Holder, Action Waiter)> _waiting = new List<(Transaction, Action)>();
        private int _nesting;
        private bool _draining;

        public Pipeline(InMemoryOrganization organization)
        {
            Organization = organization;
        }

        public InMemoryOrganization Organization { get; }

        public List<ExecutionRecord> Executions { get; } = new List<ExecutionRecord>();

        /// <summary>Asynchronous jobs are not run when the request returns but held in <see cref="Pending"/>.</summary>
        public bool HoldAsync { get; set; }

        public List<PendingJob> Pending { get; } = new List<PendingJob>();

        /// <summary>Asked after each service call a step makes: true ends the execution there (the sandbox's 2-minute limit).</summary>
        public Func<ExecutionRecord, bool>? StopAfterCall { get; set; }

        /// <summary>Asked before each request a step sends: true fails it with a platform fault, changing nothing.</summary>
        public Func<ExecutionRecord, OrganizationRequest, bool>? FailCall { get; set; }

        /// <summary>Runs one held job (its own new jobs are held too).</summary>
        public void RunPending(int index)
        {
            var job = Pending[index];
            Pending.RemoveAt(index);
            // An asynchronous job's failure fails the job, not the request that queued it.
            RunStep(job.Step, job.Context, rethrow: false);
        }

        /// <summary>Runs held jobs in an order the random source picks until none is left.</summary>
        public void DrainPending(Random random)
        {
            while (Pending.Count > 0)
            {
                RunPending(random.Next(Pending.Count));
            }
        }

        /// <summary>
        /// Runs another transaction now, in the middle of the current one. If it needs a row the current one holds, it
        /// waits, as on the platform: it runs again from its start once the holder ends (which is what waiting is, when
        /// the lock is its first write; the fake refuses a wait after other writes rather than replay them).
        /// </summary>
        public void Interleave(Action other)
        {
            try
            {
                other();
            }
            catch (LockWait)
            {
                var holder = _blockedBy ?? throw new InvalidOperationException("no holder");
                _waiting.Add((holder, other));
            }
        }

        private Transaction? _blockedBy;

        /// <summary>Errors of interleaved transactions that ran after a wait (a refusal, say), for the test to read.</summary>
        public List<Exception> InterleavedErrors { get; } = new List<Exception>();

        /// <summary>Takes the write lock on a row for a transaction, or says it must wait.</summary>
        public void Lock(Transaction? transaction, string entity, Guid id)
        {
            if (transaction == null)
            {
                return;
            }

            if (_locks.TryGetValue((entity, id), out var holder) && holder != transaction)
            {
                if (transaction.HasWritten)
                {
                    throw new NotSupportedException("transaction " + transaction.Number + " waits after writing; the fake cannot replay it");
                }

                _blockedBy = holder;
                throw new LockWait(entity, id);
            }
            _locks[(entity, id)] = transaction;
            transaction.Locks.Add((entity, id));
            transaction.HasWritten = true;
        }

        private void End(Transaction transaction)
        {
            foreach (var key in transaction.Locks)
            {
                _locks.Remove(key);
            }

            var ready = _waiting.Where(w => w.Holder == transaction).ToList();
            foreach (var waiter in ready)
            {
                _waiting.Remove(waiter);
                try
                {
                    Interleave(waiter.Waiter);
                }
                catch (Exception error) when (!(error is LockWait))
                {
                    InterleavedErrors.Add(error);
                }
            }
        }

        /// <summary>Registers a step as the platform records it: an enabled sdkmessageprocessingstep row naming its plug-in type and message.</summary>
        public void Register(Step step)
        {
            step.Id = Organization.Insert(new Entity("sdkmessageprocessingstep")
            {
                ["plugintypeid"] = new EntityReference("plugintype", RowNamed("plugintype", "typename", step.Plugin.GetType().FullName!)),
                ["sdkmessageid"] = new EntityReference("sdkmessage", RowNamed("sdkmessage", "name", step.Message)),
                ["mode"] = new OptionSetValue(step.Asynchronous ? 1 : 0),
                ["statecode"] = new OptionSetValue(0),
            });
            _steps.Add(step);
        }

        /// <summary>Turns the steps of a plug-in type on a message off, as an admin can in the Plugin Registration Tool.</summary>
        public void Disable(Type pluginType, string message)
        {
            foreach (var step in _steps.Where(s => s.Plugin.GetType() == pluginType && s.Message == message))
            {
                Organization.Update(new Entity("sdkmessageprocessingstep", step.Id) { ["statecode"] = new OptionSetValue(1) });
            }
        }

        private Guid RowNamed(string entity, string column, string name)
        {
            var row = Organization.Rows(entity).FirstOrDefault(r => r.GetAttributeValue<string>(column) == name);
            return row?.Id ?? Organization.Insert(new Entity(entity) { [column] = name });
        }

        /// <summary>A top-level caller: a user working in the app or through the API.</summary>
        public IOrganizationService ServiceFor(Guid user) => new PipelineService(this, new CallerScope(user, user, Guid.NewGuid(), 0, null, null));

        public OrganizationResponse Execute(OrganizationRequest request, CallerScope scope)
        {
            var depth = scope.Depth + 1;
            if (depth > MaxDepth)
            {
                throw Faults.Of(Faults.InfiniteLoop, "This workflow job was canceled because the workflow that started it included an infinite loop.");
            }

            var transaction = scope.Transaction;
            var outermost = transaction == null;
            if (outermost)
            {
                transaction = new Transaction();
                scope = new CallerScope(scope.UserId, scope.InitiatingUserId, scope.CorrelationId, scope.Depth, scope.Parent, scope.Record, transaction);
            }
            var context = NewContext(request, scope, depth);
            context.Transaction = transaction;
            var before = RecordBefore(context);
            _nesting++;
            try
            {
                Run(context, 20, before);
                var response = Core(request, context, scope);
                Run(context, 40, before);
                foreach (var step in Matching(context, 40, true))
                {
                    Queue(new PendingJob(step, ContextFor(step, context, 40, 1, before), transaction));
                }

                return response;
            }
            catch when (outermost)
            {
                // Any failure in the transaction (the core operation or a synchronous step, a sandbox stop included)
                // rolls back every write it made, its steps' and their requests' too, and the jobs it queued.
                transaction!.RollBack();
                var kept = _async.Where(job => job.QueuedBy != transaction).ToList();
                _async.Clear();
                kept.ForEach(_async.Enqueue);
                Pending.RemoveAll(job => job.QueuedBy == transaction);
                throw;
            }
            finally
            {
                _nesting--;
                if (outermost)
                {
                    End(transaction!);
                }

                if (_nesting == 0)
                {
                    DrainAsync();
                }
            }
        }

        private void Queue(PendingJob job)
        {
            if (HoldAsync)
            {
                Pending.Add(job);
            }
            else
            {
                _async.Enqueue(job);
            }
        }

        /// <summary>
        /// Runs the PostOperation steps of a change the platform made itself (e.g. Entra ID group sync putting a user
        /// in a group team, which no caller may do by hand), as if the core operation had just happened.
        /// </summary>
        public void Replay(OrganizationRequest request, Guid user)
        {
            var context = NewContext(request, new CallerScope(user, user, Guid.NewGuid(), 0, null, null), 1);
            _nesting++;
            try
            {
                Run(context, 40, null);
                foreach (var step in Matching(context, 40, true))
                {
                    Queue(new PendingJob(step, ContextFor(step, context, 40, 1, null)));
                }
            }
            finally
            {
                _nesting--;
                if (_nesting == 0)
                {
                    DrainAsync();
                }
            }
        }

        private void DrainAsync()
        {
            if (_draining)
            {
                return;
            }

            _draining = true;
            try
            {
                while (_async.Count > 0)
                {
                    var job = _async.Dequeue();
                    // An asynchronous job's failure fails the job, not the request that queued it.
                    RunStep(job.Step, job.Context, rethrow: false);
                }
            }
            finally
            {
                _draining = false;
            }
        }

        private PluginContext NewContext(OrganizationRequest request, CallerScope scope, int depth)
        {
            var input = new ParameterCollection();
            var shared = new ParameterCollection();
            foreach (var parameter in request.Parameters)
            {
                if (parameter.Key == "tag")
                {
                    shared["tag"] = parameter.Value;
                }
                else
                {
                    input[parameter.Key] = parameter.Value;
                }
            }
            return new PluginContext
            {
                Depth = depth,
                MessageName = MessageOf(request.RequestName),
                PrimaryEntityName = PrimaryEntity(request),
                InputParameters = input,
                SharedVariables = shared,
                UserId = scope.UserId,
                InitiatingUserId = scope.InitiatingUserId,
                CorrelationId = scope.CorrelationId,
                ParentContext = scope.Parent,
            };
        }

        /// <summary>
        /// The message steps see for a request: the sdkmessage name, which for a few requests is not the request name
        /// (SdkMessage.Name "AddMembers" for SdkMessageRequest.Name "AddMembersTeam").
        /// </summary>
        private static string MessageOf(string requestName)
        {
            switch (requestName)
            {
                case "AddMembersTeam": return "AddMembers";
                case "RemoveMembersTeam": return "RemoveMembers";
                default: return requestName;
            }
        }

        private static string PrimaryEntity(OrganizationRequest request)
        {
            var p = request.Parameters;
            if (p.TryGetValue("Target", out var target))
            {
                if (target is Entity entity)
                {
                    return entity.LogicalName;
                }

                if (target is EntityReference reference)
                {
                    return reference.LogicalName;
                }
            }
            if (p.TryGetValue("EntityMoniker", out var moniker) && moniker is EntityReference record)
            {
                return record.LogicalName;
            }

            if (request.RequestName == "AddMembersTeam" || request.RequestName == "RemoveMembersTeam")
            {
                return "team";
            }

            if (p.TryGetValue("Targets", out var targets) && targets is EntityCollection collection)
            {
                return collection.EntityName ?? "none";
            }

            return "none";
        }

        private IEnumerable<Step> Matching(PluginContext context, int stage, bool asynchronous)
        {
            return _steps.Where(s => s.Stage == stage && s.Asynchronous == asynchronous && s.Message == context.MessageName
                && (s.Entity == null || s.Entity == context.PrimaryEntityName) && Filtered(s, context) && Enabled(s)).ToList();
        }

        /// <summary>An Update runs a step with filtering attributes only when it sets one of them.</summary>
        private static bool Filtered(Step step, PluginContext context)
        {
            if (step.FilteringAttributes == null || context.MessageName != "Update")
            {
                return true;
            }

            var target = (Entity)context.InputParameters["Target"];
            return step.FilteringAttributes.Any(target.Contains);
        }

        private bool Enabled(Step step) => Organization.Get("sdkmessageprocessingstep", step.Id).GetAttributeValue<OptionSetValue>("statecode").Value == 0;

        private void Run(PluginContext context, int stage, Entity? before)
        {
            foreach (var step in Matching(context, stage, false))
            {
                RunStep(step, ContextFor(step, context, stage, 0, before), rethrow: true);
            }
        }

        /// <summary>
        /// The record an Update or SetState is about, as it was before the core operation: what a step's pre-image is
        /// taken from. Create has none, as on the platform.
        /// </summary>
        private Entity? RecordBefore(PluginContext context)
        {
            EntityReference? record = null;
            var p = context.InputParameters;
            if (context.MessageName == "Update" && p["Target"] is Entity target)
            {
                record = new EntityReference(target.LogicalName, target.Id);
            }

            if (context.MessageName == "SetState" || context.MessageName == "SetStateDynamicEntity")
            {
                record = p["EntityMoniker"] as EntityReference;
            }

            return record != null && Organization.Exists(record.LogicalName, record.Id) ? Organization.Get(record.LogicalName, record.Id) : null;
        }

        /// <summary>The context one step gets, with its pre-image: the registered columns that had a value (an image leaves empty ones out).</summary>
        private static PluginContext ContextFor(Step step, PluginContext context, int stage, int mode, Entity? before)
        {
            var stepContext = context.WithStage(stage, mode);
            if (step.PreImage == null || before == null)
            {
                return stepContext;
            }

            var image = new Entity(before.LogicalName, before.Id);
            foreach (var attribute in before.Attributes)
            {
                if (attribute.Value != null && (step.PreImageColumns == null || step.PreImageColumns.Contains(attribute.Key)))
                {
                    image[attribute.Key] = attribute.Value;
                }
            }
            stepContext.PreEntityImages[step.PreImage] = image;
            return stepContext;
        }

        private void RunStep(Step step, PluginContext context, bool rethrow)
        {
            var record = new ExecutionRecord(step.Plugin.GetType().Name, context);
            Executions.Add(record);
            try
            {
                step.Plugin.Execute(new StepServices(this, context, record));
            }
            catch (Exception error)
            {
                record.Error = error;
                if (rethrow)
                {
                    throw;
                }
            }
        }

        /// <summary>One item of a CreateMultiple/UpdateMultiple as its own request, with the caller's optional parameters.</summary>
        private static OrganizationRequest Item(string message, Entity target, OrganizationRequest batch)
        {
            var item = new OrganizationRequest(message) { ["Target"] = target };
            if (batch.Parameters.TryGetValue("tag", out var tag))
            {
                item["tag"] = tag;
            }

            return item;
        }

        /// <summary>The core operation, its writes journaled in its transaction so that a later failure rolls them back.</summary>
        private OrganizationResponse Core(OrganizationRequest request, PluginContext context, CallerScope scope)
        {
            var previous = Organization.Journal;
            Organization.Journal = scope.Transaction?.Undo;
            try
            {
                return CoreOperation(request, context, scope);
            }
            finally
            {
                Organization.Journal = previous;
            }
        }

        private OrganizationResponse CoreOperation(OrganizationRequest request, PluginContext context, CallerScope scope)
        {
            var org = Organization;
            var p = context.InputParameters;
            var response = new OrganizationResponse { ResponseName = request.RequestName };
            var transaction = scope.Transaction;
            org.Actor = scope.UserId;
            switch (request.RequestName)
            {
                case "Create":
                    if (transaction != null)
                    {
                        transaction.HasWritten = true;
                    }
                    // PostOperation steps find the new record's id in OutputParameters, as on the platform.
                    context.OutputParameters["id"] = response["id"] = org.Create((Entity)p["Target"]);
                    break;
                case "Update":
                    var updated = (Entity)p["Target"];
                    Lock(transaction, updated.LogicalName, updated.Id);
                    org.Update(updated);
                    break;
                case "Delete":
                    var deleted = (EntityReference)p["Target"];
                    Lock(transaction, deleted.LogicalName, deleted.Id);
                    // The parental relationship cascades: each member is deleted through the pipeline, its steps included.
                    if (deleted.LogicalName == "nw_teamsyncgroup")
                    {
                        var members = org.Rows("nw_teamsyncmember").Where(m => m.GetAttributeValue<EntityReference>("nw_teamsyncgroupid")?.Id == deleted.Id).ToList();
                        foreach (var member in members)
                        {
                            Execute(Requests.Delete("nw_teamsyncmember", member.Id), scope);
                        }
                    }
                    org.Delete(deleted);
                    break;
                case "SetState":
                case "SetStateDynamicEntity":
                    var moniker = (EntityReference)p["EntityMoniker"];
                    Lock(transaction, moniker.LogicalName, moniker.Id);
                    org.SetState(moniker, (OptionSetValue)p["State"], (OptionSetValue)p["Status"]);
                    break;
                case "Associate":
                    org.Associate((EntityReference)p["Target"], (Relationship)p["Relationship"], (EntityReferenceCollection)p["RelatedEntities"]);
                    break;
                case "Disassociate":
                    org.Disassociate((EntityReference)p["Target"], (Relationship)p["Relationship"], (EntityReferenceCollection)p["RelatedEntities"]);
                    break;
                case "AddMembersTeam":
                    org.AddMembersTeam((Guid)p["TeamId"], (Guid[])p["MemberIds"]);
                    break;
                case "RemoveMembersTeam":
                    org.RemoveMembersTeam((Guid)p["TeamId"], (Guid[])p["MemberIds"]);
                    break;
                case "CreateMultiple":
                    // Each item goes through the Create steps, as the platform runs them for CreateMultiple.
                    response["Ids"] = ((EntityCollection)p["Targets"]).Entities.Select(e => (Guid)Execute(Item("Create", e, request), scope)["id"]).ToArray();
                    break;
                case "UpdateMultiple":
                    foreach (var item in ((EntityCollection)p["Targets"]).Entities)
                    {
                        Execute(Item("Update", item, request), scope);
                    }

                    break;
                case "WhoAmI":
                    response["UserId"] = scope.UserId;
                    break;
                case "RetrievePrincipalAccess":
                    response["AccessRights"] = org.AccessRights(((EntityReference)p["Principal"]).Id, ((EntityReference)p["Target"]).Id);
                    break;
                default:
                    // A Custom API: its main operation is the plug-in registered at stage 30.
                    var main = Matching(context, 30, false).ToList();
                    if (main.Count == 0)
                    {
                        throw Faults.Of(-2147220970, "Unrecognized request name: " + request.RequestName);
                    }

                    Run(context, 30, null);
                    foreach (var output in context.OutputParameters)
                    {
                        response[output.Key] = output.Value;
                    }

                    break;
            }
            if (transaction != null && request.RequestName != "RetrievePrincipalAccess" && request.RequestName != "WhoAmI")
            {
                transaction.HasWritten = true;
            }

            return response;
        }
    }
}
