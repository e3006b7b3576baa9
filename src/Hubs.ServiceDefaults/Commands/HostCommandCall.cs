namespace Hubs.ServiceDefaults.Commands;

/// <summary>
/// One run of a command: the arguments after its name, and where it writes. Options are read one way in
/// every host: <c>--name value</c>, and flags by their presence.
/// </summary>
public sealed record HostCommandCall(IReadOnlyList<string> Arguments, TextWriter Output, TextWriter Error)
{
    public const int BadArguments = 2;

    public string? Option(string name)
    {
        var list = Arguments.ToList();
        var at = list.IndexOf(name);
        return at >= 0 && at + 1 < list.Count ? list[at + 1] : null;
    }

    public bool Flag(string name) => Arguments.Contains(name);

    /// <summary>The first argument when it is not an option, e.g. an id.</summary>
    public string? Positional => Arguments is [var first, ..] && !first.StartsWith('-') ? first : null;

    /// <summary>Says how the command is called, on the error stream, and returns the bad-arguments exit code.</summary>
    public async Task<int> UsageAsync(string usage)
    {
        await Error.WriteLineAsync($"Usage: {usage}");
        return BadArguments;
    }
}
