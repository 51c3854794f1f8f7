using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk
{
    public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
    {
        private readonly Dictionary<TKey, TValue> _items = new Dictionary<TKey, TValue>();

        public TValue this[TKey key]
        {
            get { return _items[key]; }
            set { _items[key] = value; }
        }

        public bool Contains(TKey key)
        {
            return _items.ContainsKey(key);
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            return _items.TryGetValue(key, out value);
        }

        public bool Remove(TKey key)
        {
            return _items.Remove(key);
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
        {
            return _items.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }
    }

    public class DataCollection<T> : Collection<T>
    {
        public void AddRange(params T[] items)
        {
            foreach (var item in items)
            {
                Add(item);
            }
        }
    }

    public sealed class AttributeCollection : DataCollection<string, object>
    {
    }

    public sealed class ParameterCollection : DataCollection<string, object>
    {
    }

    public class EntityReferenceCollection : DataCollection<EntityReference>
    {
    }

    public class EntityImageCollection : DataCollection<string, Entity>
    {
    }
}
