using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hubs.Contracts.TeamActivities;

namespace Hubs.Contracts.Rebuild;

/// <summary>
/// One line of the rebuild stream that Web writes and Insights reads (<c>web export-milestones | insights
/// import-milestones</c>): <c>sequence TAB message-id TAB contract-name TAB contract-json</c> for a milestone, or a
/// bare <c>sequence</c> marking how far the event log has been read. Only the milestone contracts of this assembly
/// travel, whichever side writes or reads, so the stream is as PII-free as the broker's messages.
/// </summary>
public sealed record MilestoneLine(long Sequence, Guid? MessageId, object? Contract)
{
    private static readonly Dictionary<string, Type> ByName = ContractsAssembly
        .Assembly.GetTypes()
        .Where(t =>
            t is { IsClass: true, IsAbstract: false }
            && (typeof(IJourneyMilestone).IsAssignableFrom(t) || typeof(ITeamActivityMilestone).IsAssignableFrom(t))
        )
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>A contract's name looked up as it stands in a line, with no string made of it.</summary>
    private static readonly Dictionary<string, Type>.AlternateLookup<ReadOnlySpan<char>> ByNameSpan =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every milestone contract by name: the journey and team-activity milestones, nothing else.</summary>
    public static IReadOnlyDictionary<string, Type> Contracts => ByName;

    public static string Position(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    public static string Milestone(long sequence, Guid messageId, object contract)
    {
        var line = new ArrayBufferWriter<byte>();
        WriteMilestone(line, sequence, messageId, contract);
        return Encoding.UTF8.GetString(line.WrittenSpan[..^1]);
    }

    /// <summary>A position line and its newline, as UTF-8 (<see cref="Position"/>).</summary>
    public static void WritePosition(IBufferWriter<byte> output, long sequence)
    {
        ArgumentNullException.ThrowIfNull(output);
        var span = output.GetSpan(21);
        sequence.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        span[written] = (byte)'\n';
        output.Advance(written + 1);
    }

    /// <summary>
    /// A milestone line and its newline, as UTF-8 straight into <paramref name="output"/> (the export writes millions;
    /// no string of the line or of its JSON is made). <see cref="Milestone"/> is this line as text.
    /// </summary>
    public static void WriteMilestone(IBufferWriter<byte> output, long sequence, Guid messageId, object contract)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(contract);
        var type = contract.GetType();
        if (!Contracts.TryGetValue(type.Name, out var known) || known != type)
        {
            throw new ArgumentException($"{type.Name} is not a milestone contract.", nameof(contract));
        }

        var span = output.GetSpan(21 + 1 + 36 + 1 + type.Name.Length + 1);
        sequence.TryFormat(span, out var at, default, CultureInfo.InvariantCulture);
        span[at++] = (byte)'\t';
        messageId.TryFormat(span[at..], out var guid, "D");
        at += guid;
        span[at++] = (byte)'\t';
        at += Encoding.UTF8.GetBytes(type.Name, span[at..]);
        span[at++] = (byte)'\t';
        output.Advance(at);
        var json = JsonWriter;
        json.Reset(output);
        JsonSerializer.Serialize(json, contract, MilestoneJson.Default.GetTypeInfo(type)!);
        json.Reset(Stream.Null);
        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }

    [ThreadStatic]
    private static Utf8JsonWriter? _jsonWriter;

    /// <summary>
    /// One JSON writer a thread, pointed at each line's output in turn, as the serializer sets one up.
    /// </summary>
    private static Utf8JsonWriter JsonWriter =>
        _jsonWriter ??= new Utf8JsonWriter(
            Stream.Null,
            new JsonWriterOptions { Encoder = MilestoneJson.Default.Options.Encoder, SkipValidation = true }
        );

    /// <exception cref="FormatException">The line is not a position or a milestone of a known contract.</exception>
    /// <remarks>
    /// Read in place (the rebuild reads millions of lines): the fields are cut out of the line as spans, and only the
    /// contract is made from them.
    /// </remarks>
    public static MilestoneLine Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var rest = line.AsSpan();
        var tab = rest.IndexOf('\t');
        if (
            !long.TryParse(
                tab < 0 ? rest : rest[..tab],
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var sequence
            )
        )
        {
            throw new FormatException("A rebuild line must start with the event's sequence number.");
        }

        if (tab < 0)
        {
            return new MilestoneLine(sequence, null, null);
        }

        rest = rest[(tab + 1)..];
        var idEnd = rest.IndexOf('\t');
        var nameEnd = idEnd < 0 ? -1 : rest[(idEnd + 1)..].IndexOf('\t');
        if (nameEnd < 0 || !Guid.TryParseExact(rest[..idEnd], "D", out var messageId))
        {
            throw new FormatException($"Rebuild line {sequence} is not sequence, message id, contract and body.");
        }

        var name = rest.Slice(idEnd + 1, nameEnd);
        if (!ByNameSpan.TryGetValue(name, out var type))
        {
            throw new FormatException($"Rebuild line {sequence} carries {name}, which is not a milestone contract.");
        }

        var contract = JsonSerializer.Deserialize(rest[(idEnd + nameEnd + 2)..], type, MilestoneJson.Default)
            ?? throw new FormatException($"Rebuild line {sequence} has an empty {name}.");
        return new MilestoneLine(sequence, messageId, contract);
    }
}
