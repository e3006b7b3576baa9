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
    /// <summary>Every milestone contract by name: the journey and team-activity milestones, nothing else.</summary>
    public static IReadOnlyDictionary<string, Type> Contracts { get; } =
        ContractsAssembly
            .Assembly.GetTypes()
            .Where(t =>
                t is { IsClass: true, IsAbstract: false }
                && (typeof(IJourneyMilestone).IsAssignableFrom(t) || typeof(ITeamActivityMilestone).IsAssignableFrom(t))
            )
            .ToDictionary(t => t.Name, StringComparer.Ordinal);

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
    public static MilestoneLine Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Split('\t', 4);
        if (!long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            throw new FormatException("A rebuild line must start with the event's sequence number.");
        }

        if (parts.Length == 1)
        {
            return new MilestoneLine(sequence, null, null);
        }

        if (parts.Length != 4 || !Guid.TryParseExact(parts[1], "D", out var messageId))
        {
            throw new FormatException($"Rebuild line {sequence} is not sequence, message id, contract and body.");
        }

        if (!Contracts.TryGetValue(parts[2], out var type))
        {
            throw new FormatException(
                $"Rebuild line {sequence} carries {parts[2]}, which is not a milestone contract."
            );
        }

        var contract = JsonSerializer.Deserialize(parts[3], type, MilestoneJson.Default)
            ?? throw new FormatException($"Rebuild line {sequence} has an empty {parts[2]}.");
        return new MilestoneLine(sequence, messageId, contract);
    }
}
