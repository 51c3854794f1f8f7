using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>IOrganizationService as a caller sees it: every write goes through the pipeline, each request is counted.</summary>
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
            if (_scope.Record != null) _scope.Record.Queries++;
            return _pipeline.Organization.Get(entityName, id);
        }

        public EntityCollection RetrieveMultiple(QueryBase query)
        {
            if (_scope.Record != null) _scope.Record.Queries++;
            return _pipeline.Organization.RetrieveMultiple(query);
        }

        public OrganizationResponse Execute(OrganizationRequest request)
        {
            if (_scope.Record != null)
            {
                _scope.Record.Calls.TryGetValue(request.RequestName, out var count);
                _scope.Record.Calls[request.RequestName] = count + 1;
            }
            return _pipeline.Execute(request, _scope);
        }
    }
}
