using System;
using System.Globalization;
using Xunit;
using Xunit.Abstractions;

namespace TeamSync.Plugins.Tests
{
    /// <summary>
    /// The model-based property test: TEAMSYNC_PROPERTY_SCHEDULES schedules (500 by default; set it higher
    /// for a longer run by hand), from TEAMSYNC_PROPERTY_SEED (a fresh seed by default, printed so a failure can be
    /// replayed).
    /// </summary>
    public sealed class PropagationPropertyTests
    {
        private readonly ITestOutputHelper _output;

        public PropagationPropertyTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void AnyScheduleEndsInTheSpecsMembershipsWithNoManualMembershipRemovedAndEveryChangeLogged()
        {
            var schedules = Setting("TEAMSYNC_PROPERTY_SCHEDULES") ?? 500;
            var seed = Setting("TEAMSYNC_PROPERTY_SEED") ?? Environment.TickCount & int.MaxValue;
            _output.WriteLine($"property test: seed {seed}, {schedules} schedules");
            var random = new Random(seed);
            for (var i = 0; i < schedules; i++)
            {
                var property = new PropagationProperty(random.Next());
                try
                {
                    property.Run();
                }
                catch (PropagationProperty.PropertyFailure failure)
                {
                    throw new Xunit.Sdk.XunitException($"schedule {i} of seed {seed} (TEAMSYNC_PROPERTY_SEED={seed}): {failure.Message}\nafter: {property.Trail}");
                }
            }
        }

        private static int? Setting(string name)
        {
            var text = Environment.GetEnvironmentVariable(name);
            return string.IsNullOrEmpty(text) ? (int?)null : int.Parse(text, CultureInfo.InvariantCulture);
        }
    }
}
