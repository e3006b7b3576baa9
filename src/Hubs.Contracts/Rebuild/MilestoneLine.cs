using System.Globalization;
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
        ArgumentNullException.ThrowIfNull(contract);
        var type = contract.GetType();
        if (!Contracts.TryGetValue(type.Name, out var known) || known != type)
        {
            throw new ArgumentException($"{type.Name} is not a milestone contract.", nameof(contract));
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{sequence}\t{messageId:D}\t{type.Name}\t{JsonSerializer.Serialize(contract, type, MilestoneJson.Default)}"
        );
    }

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
