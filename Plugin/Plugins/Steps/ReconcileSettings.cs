using System;
using System.Globalization;

namespace TeamSync.Plugins
{
    /// <summary>
    /// How much one nw_ReconcileTeamSync call does before it returns a page token, how long a step applies operations
    /// before it stops, and how many membership calls go between two checks of that budget. Read from the step's
    /// unsecure configuration ("pageSize=500;budgetSeconds=60;batchCalls=25"); the defaults stop well inside the
    /// 2-minute plugin limit.
    /// </summary>
    public sealed class ReconcileSettings
    {
        public int PageSize { get; private set; } = 500;

        public TimeSpan Budget { get; private set; } = TimeSpan.FromSeconds(60);

        public const int DefaultBatchCalls = 25;

        public int BatchCalls { get; private set; } = DefaultBatchCalls;

        public static ReconcileSettings Parse(string? configuration)
        {
            var settings = new ReconcileSettings();
            if (string.IsNullOrWhiteSpace(configuration))
            {
                return settings;
            }

            foreach (var part in configuration!.Split(';'))
            {
                var pair = part.Split('=');
                if (pair.Length != 2)
                {
                    continue;
                }

                var value = int.Parse(pair[1].Trim(), CultureInfo.InvariantCulture);
                switch (pair[0].Trim())
                {
                    case "pageSize":
                        settings.PageSize = Math.Max(1, value);
                        break;
                    case "batchCalls":
                        settings.BatchCalls = Math.Max(1, value);
                        break;
                    case "budgetSeconds":
                        settings.Budget = TimeSpan.FromSeconds(Math.Max(0, value));
                        break;
                }
            }
            return settings;
        }
    }
}
