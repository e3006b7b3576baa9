using System.Diagnostics;

namespace Hubs.Benchmarks.Scale;

/// <summary>
/// A host process's console, read as it comes (a full pipe would stall the host) and kept to its last lines, to say
/// why a host did not start.
/// </summary>
internal sealed class HostOutput
{
    private const int Kept = 30;
    private readonly Queue<string> lines = new();

    public static HostOutput Drain(Process process)
    {
        var output = new HostOutput();
        process.OutputDataReceived += (_, line) => output.Add(line.Data);
        process.ErrorDataReceived += (_, line) => output.Add(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return output;
    }

    public string Tail()
    {
        lock (lines)
        {
            return string.Join(Environment.NewLine, lines);
        }
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Enqueue(line);
            if (lines.Count > Kept)
            {
                lines.Dequeue();
            }
        }
    }
}
