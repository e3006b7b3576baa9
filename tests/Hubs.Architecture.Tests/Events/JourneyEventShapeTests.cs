using System.Reflection;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Architecture.Tests.Events;

/// <summary>
/// What the event store holds about a person is one directory listing: every journey event lives in
/// Features/Journeys/Events, and every piece of text in an event is sealed (<see cref="Personal{T}"/>, encrypted
/// with the journey's key and destroyed by shredding) unless it is named below as text that is never personal.
/// A new free-text field in clear fails here before it reaches a stream.
/// </summary>
public sealed class JourneyEventShapeTests
{
    /// <summary>Text kept in clear: codes, not anyone's words (and one field only older events carry).</summary>
    private static readonly HashSet<string> ClearText = new(StringComparer.Ordinal)
    {
        "SelfReferralSubmitted.HubId", // the Hub's code, needed in clear for routing and the anonymised statistics
        "MeasureCompleted.Band", // a band code from the questionnaire catalogue, never typed by anyone
        // Found by this test: the service signposted to is typed by the clinician and was stored in clear. It is
        // sealed now (ReferralTriaged.Signposted); this field is read only from events written before, never written.
        "ReferralTriaged.SignpostedTo",
    };

    private static readonly Type[] Events = typeof(IJourneyEvent)
        .Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IJourneyEvent).IsAssignableFrom(t))
        .ToArray();

    [Fact]
    public void Every_journey_event_is_in_the_events_folder()
    {
        Assert.NotEmpty(Events);
        Assert.Empty(Events.Where(t => t.Namespace != typeof(IJourneyEvent).Namespace).Select(t => t.FullName));
    }

    [Fact]
    public void Every_text_an_event_holds_is_sealed_or_declared_clear()
    {
        var clear = Events.SelectMany(e => ClearTextIn(e, e.Name, [])).ToList();
        Assert.Empty(clear.Except(ClearText));
        Assert.Empty(ClearText.Except(clear)); // a stale entry would hide the next field of that name
    }

    private static IEnumerable<string> ClearTextIn(Type type, string path, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            yield break;
        }

        foreach (
            var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetMethod?.GetParameters().Length == 0)
        )
        {
            foreach (var found in ClearTextOf(property.PropertyType, $"{path}.{property.Name}", seen))
            {
                yield return found;
            }
        }
    }

    private static IEnumerable<string> ClearTextOf(Type type, string path, HashSet<Type> seen)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(Personal<>))
        {
            return []; // sealed: whatever it holds is the person's, encrypted
        }

        if (plain == typeof(string) || plain == typeof(char))
        {
            return [path.Split('.') is [var head, .. var rest] ? $"{head}.{rest[^1]}" : path];
        }

        if (plain.IsArray)
        {
            return ClearTextOf(plain.GetElementType()!, path, seen);
        }

        if (plain.IsGenericType)
        {
            return plain.GetGenericArguments().SelectMany(a => ClearTextOf(a, path, seen)).ToList();
        }

        return plain.Assembly == typeof(IJourneyEvent).Assembly && !plain.IsEnum
            ? ClearTextIn(plain, path, seen).ToList()
            : [];
    }
}
