namespace TeamSync.Engine
{
    /// <summary>Errors refuse a save; warnings never do. Declared in report order (errors first).</summary>
    public enum Severity
    {
        Error,
        Warning,
    }
}
