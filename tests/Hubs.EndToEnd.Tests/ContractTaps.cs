using Hubs.Contracts;
using Hubs.Contracts.TeamActivities;

namespace Hubs.EndToEnd.Tests;

/// <summary>
/// A <see cref="ContractTap"/> on every contract type of Hubs.Contracts, found by reflection so a new contract cannot
/// be missed.
/// </summary>
public sealed class ContractTaps : IAsyncDisposable
{
    private readonly Dictionary<Type, ContractTap> _taps;

    private ContractTaps(Dictionary<Type, ContractTap> taps) => _taps = taps;

    public static IReadOnlyList<Type> ContractTypes { get; } =
        ContractsAssembly
            .Assembly.GetTypes()
            .Where(t =>
                t is { IsClass: true, IsAbstract: false }
                && (typeof(IJourneyMilestone).IsAssignableFrom(t) || typeof(ITeamActivityMilestone).IsAssignableFrom(t))
            )
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    public static async Task<ContractTaps> OpenAsync(Uri vhost)
    {
        var taps = new Dictionary<Type, ContractTap>();
        foreach (var type in ContractTypes)
        {
            taps[type] = await ContractTap.OpenAsync(vhost, type);
        }

        return new ContractTaps(taps);
    }

    /// <summary>Every message waiting in every tap, by contract type.</summary>
    public async Task<Dictionary<Type, List<string>>> DrainAsync()
    {
        var drained = new Dictionary<Type, List<string>>();
        foreach (var (type, tap) in _taps)
        {
            drained[type] = await tap.DrainAsync();
        }

        return drained;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var tap in _taps.Values)
        {
            await tap.DisposeAsync();
        }
    }
}
