using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins
{
    /// <summary>Reads a linked entity's column from a query row ("alias.column").</summary>
    public static class Aliased
    {
        public static T? Get<T>(Entity row, string alias, string column) where T : class
        {
            var value = row.GetAttributeValue<AliasedValue>(alias + "." + column);
            return value?.Value as T;
        }

        public static bool Has(Entity row, string alias, string column) => row.Contains(alias + "." + column);

        public static int GetChoice(Entity row, string alias, string column, int fallback)
        {
            var value = Get<OptionSetValue>(row, alias, column);
            return value?.Value ?? fallback;
        }

        public static bool GetBool(Entity row, string alias, string column)
        {
            var value = row.GetAttributeValue<AliasedValue>(alias + "." + column);
            return value?.Value is bool flag && flag;
        }
    }
}
