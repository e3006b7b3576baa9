using System.Security.Cryptography;

namespace Hubs.Benchmarks.Scale;

/// <summary>
/// The benchmark's own secrets (data master key, pseudonymisation key), kept in a file so that a data set seeded by
/// one run can be timed by many later runs (`--database NAME --keys FILE`): a process that made new keys could not
/// open the data keys an earlier process wrapped. The file is made with random keys the first time (owner-only),
/// never holds a key known in advance, and lives outside the repository; production hosts never read it.
/// </summary>
internal sealed record BenchmarkKeys(string DataMasterKey, string Pseudonymisation)
{
    public static string DefaultFile => Path.Combine(Path.GetTempPath(), "hubs-scale-benchmark.keys");

    public static BenchmarkKeys Load(string file)
    {
        if (!File.Exists(file))
        {
            var made = new BenchmarkKeys(Random(), Random());
            File.WriteAllLines(file, [made.DataMasterKey, made.Pseudonymisation]);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            return made;
        }

        var lines = File.ReadAllLines(file);
        return lines.Length >= 2 && lines.Take(2).All(l => Convert.FromBase64String(l).Length == 32)
            ? new BenchmarkKeys(lines[0], lines[1])
            : throw new InvalidOperationException($"{file} must hold two base64 keys of 32 bytes, one a line.");
    }

    private static string Random() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
