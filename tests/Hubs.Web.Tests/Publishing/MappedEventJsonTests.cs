using Hubs.Web.Features.Publishing;

namespace Hubs.Web.Tests.Publishing;

/// <summary>
/// The rebuild's export reads its events' JSON generated at build time (<see cref="MappedEventJson"/>): every type it
/// reads must be listed there, or that type would fall back to reflection unnoticed. That each reads back exactly as
/// Marten's serializer reads it is checked on real events (the EndToEnd rebuild tests).
/// </summary>
public class MappedEventJsonTests
{
    [Fact]
    public void Every_event_the_export_reads_has_generated_json()
    {
        Assert.All(MappedEvents.All, type =>
            Assert.True(MappedEventJson.Default.GetTypeInfo(type) is not null, $"{type.Name} is not in MappedEventJson")
        );
    }
}
