using System;

namespace Microsoft.Xrm.Sdk
{
    public interface IPlugin
    {
        void Execute(IServiceProvider serviceProvider);
    }

    public interface IExecutionContext
    {
        int Mode { get; }
        int Depth { get; }
        string MessageName { get; }
        string PrimaryEntityName { get; }
        ParameterCollection InputParameters { get; }
        ParameterCollection OutputParameters { get; }
        ParameterCollection SharedVariables { get; }
        EntityImageCollection PreEntityImages { get; }
        Guid UserId { get; }
        Guid InitiatingUserId { get; }
        Guid CorrelationId { get; }
    }

    public interface IPluginExecutionContext : IExecutionContext
    {
        int Stage { get; }
        IPluginExecutionContext ParentContext { get; }
    }

    public interface ITracingService
    {
        void Trace(string format, params object[] args);
    }

    public interface IOrganizationServiceFactory
    {
        IOrganizationService CreateOrganizationService(Guid? userId);
    }

    public interface IOrganizationService
    {
        Guid Create(Entity entity);
        Entity Retrieve(string entityName, Guid id, Query.ColumnSet columnSet);
        OrganizationResponse Execute(OrganizationRequest request);
        EntityCollection RetrieveMultiple(Query.QueryBase query);
    }

    public class InvalidPluginExecutionException : Exception
    {
        public InvalidPluginExecutionException(string message) : base(message)
        {
        }

        public InvalidPluginExecutionException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    public sealed class OrganizationServiceFault
    {
        public int ErrorCode { get; set; }
        public string Message { get; set; }
    }
}
