using System.Diagnostics;
using Hubs.Deploy.Tests.Support;

namespace Hubs.Deploy.Tests.Ops;

/// <summary>The result of a harness run: its stdout lines, exit code and the state dir's secrets after.</summary>
internal sealed record OpsRun(List<string> Output, int ExitCode, string Errors, string[] Secrets);

/// <summary>
/// Runs an ops/hubs command's functions in bash against a throwaway state dir, with whatever host
/// functions the script stubs out, so its own logic is tested without a running stack.
/// </summary>
internal static class OpsHarness
{
    public static OpsRun Run(string script, string extraSecrets = "", string input = "")
    {
        var state = Directory.CreateTempSubdirectory("hubs-ops-").FullName;
        var secretsFile = Path.Combine(state, "secrets.env");
        File.WriteAllText(
            secretsFile,
            "HUBS_CLINICAL_PASSWORD=c\nHUBS_INSIGHTS_PASSWORD=i\nHUBS_IDENTITY_PASSWORD=d\n"
                + "HUBS_PSEUDONYMISATION_KEY=p\n"
                + extraSecrets
        );
        var start = new ProcessStartInfo("bash", ["-c", "set -euo pipefail\nsource ops/lib/common.sh\n" + script])
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HUBS_STATE_DIR"] = state },
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new OpsRun(
            [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)],
            process.ExitCode,
            stderr,
            File.ReadAllLines(secretsFile)
        );
    }
}
