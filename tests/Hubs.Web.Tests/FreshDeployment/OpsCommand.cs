using System.Diagnostics;
using Hubs.Testing;

namespace Hubs.Web.Tests.FreshDeployment;

/// <summary>
/// <c>ops/hubs COMMAND</c> as an operator's shell runs it, with the given environment on top of ours; stdin
/// closed (not a terminal: a question fails instead of waiting), stdout and stderr for the caller to read.
/// </summary>
internal static class OpsCommand
{
    public static Process Start(Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryRoot.Combine("ops", "hubs"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start ops/hubs.");
        process.StandardInput.Close();
        return process;
    }
}
