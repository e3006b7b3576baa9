namespace Hubs.Insights.Consumers;

/// <summary>
/// Each milestone contract's effect, as its live consumer defines it (<see cref="IMilestoneEffect{TContract}"/>),
/// found once from <see cref="MilestoneConsumers.All"/>: the rebuild cannot apply a contract differently.
/// </summary>
public static class MilestoneEffects
{
    private static readonly Dictionary<Type, Func<object, Statement[]>> ByContract = MilestoneConsumers
        .All.Select(consumer =>
            consumer
                .GetInterfaces()
                .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IMilestoneEffect<>))
        )
        .ToDictionary(
            effect => effect.GetGenericArguments()[0],
            effect =>
                (Func<object, Statement[]>)
                    typeof(MilestoneEffects)
                        .GetMethod(
                            nameof(Bind),
                            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static
                        )!
                        .MakeGenericMethod(
                            MilestoneConsumers.All.Single(c => effect.IsAssignableFrom(c)),
                            effect.GetGenericArguments()[0]
                        )
                        .Invoke(null, null)!
        );

    public static IReadOnlyCollection<Type> Contracts => ByContract.Keys;

    /// <exception cref="ArgumentException">The message is not a contract any consumer applies.</exception>
    public static Statement[] Of(object contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return ByContract.TryGetValue(contract.GetType(), out var effect)
            ? effect(contract)
            : throw new ArgumentException($"No consumer applies {contract.GetType().Name}.", nameof(contract));
    }

    private static Func<object, Statement[]> Bind<TConsumer, TContract>()
        where TConsumer : IMilestoneEffect<TContract> => message => TConsumer.Effect((TContract)message);
}
