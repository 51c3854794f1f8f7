using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>
    /// IOrganizationService as a caller sees it: every write goes through the pipeline, each request is counted. A
    /// step's call may fail (<see cref="Pipeline.FailCall"/>) or be the last one the sandbox lets it make
    /// (<see cref="Pipeline.StopAfterCall"/>): the call's effect stands, then the execution is over.
    /// </summary>
    public sealed class PipelineService : IOrganizationService
    {
        private readonly Pipeline _pipeline;
        private readonly CallerScope _scope;

        public PipelineService(Pipeline pipeline, CallerScope scope)
        {
            _pipeline = pipeline;
            _scope = scope;
        }

        public Guid Create(Entity entity)
        {
            var request = new OrganizationRequest("Create");
            request["Target"] = entity;
            return (Guid)Execute(request)["id"];
        }

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
        {
            return Call(null, () =>
            {
                if (_scope.Record != null)
                {
                    _scope.Record.Queries++;
                }

                return _pipeline.Organization.Get(entityName, id);
            });
        }

        public EntityCollection RetrieveMultiple(QueryBase query)
        {
            return Call(null, () =>
            {
                if (_scope.Record != null)
                {
                    _scope.Record.Queries++;
                }

                return _pipeline.Organization.RetrieveMultiple(query);
            });
        }

        public OrganizationResponse Execute(OrganizationRequest request)
        {
            return Call(request, () =>
            {
                if (_scope.Record != null)
                {
                    _scope.Record.Calls.TryGetValue(request.RequestName, out var count);
                    _scope.Record.Calls[request.RequestName] = count + 1;
                }
                return _pipeline.Execute(request, _scope);
            });
        }

        private T Call<T>(OrganizationRequest? request, Func<T> call)
        {
            var record = _scope.Record;
            if (record == null)
            {
                return call();
            }

            if (record.Stopped)
            {
                throw new ExecutionStopped();
            }

            if (request != null && _pipeline.FailCall != null && _pipeline.FailCall(record, request))
            {
                throw Faults.Of(Faults.Generic, "Generic SQL error (injected by the test).");
            }
            var result = call();
            record.ServiceCalls++;
            if (_pipeline.StopAfterCall != null && _pipeline.StopAfterCall(record))
            {
                record.Stopped = true;
                throw new ExecutionStopped();
            }
            return result;
        }
    }
}
