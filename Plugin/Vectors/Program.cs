using System;

namespace TeamSync.Vectors
{
    /// <summary>dotnet run --project Plugin/Vectors -- file... : see <see cref="VectorConsole"/>; exit 2 only for a wrong command line.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0)
            {
                Console.Error.WriteLine("usage: TeamSync.Vectors <vector.json>...");
                return 2;
            }
            using var stdout = Console.OpenStandardOutput();
            VectorConsole.Run(args, stdout);
            return 0;
        }
    }
}
