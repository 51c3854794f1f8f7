namespace TeamSync.Engine
{
    public enum OperationKind
    {
        Add,
        Remove,
    }
}
