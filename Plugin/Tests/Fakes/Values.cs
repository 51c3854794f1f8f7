using System;
using Microsoft.Xrm.Sdk;

namespace TeamSync.Plugins.Tests.Fakes
{
    /// <summary>Compares attribute values as Dataverse does in a query: a lookup by its id, a choice by its number.</summary>
    public static class Values
    {
        public static object? Normalize(object? value)
        {
            switch (value)
            {
                case EntityReference reference: return reference.Id;
                case OptionSetValue option: return option.Value;
                case Enum e: return Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture);
                default: return value;
            }
        }

        public static bool Same(object? a, object? b) => Equals(Normalize(a), Normalize(b));

        public static int Compare(object? a, object? b)
        {
            var x = Normalize(a);
            var y = Normalize(b);
            if (x == null)
            {
                return y == null ? 0 : -1;
            }

            if (y == null)
            {
                return 1;
            }

            return ((IComparable)x).CompareTo(y);
        }
    }
}
