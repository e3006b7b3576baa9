using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// The booked appointments read model, inline, with the indexes its queries use: the diary and free slots ask by
/// Hub and clinician (the Hub column, then a GIN index on the document for "holds an appointment with"), the
/// booking rules also by Hub and keyworker, the keyworker's pages by id.
/// </summary>
public static class JourneyAppointmentsSetup
{
    public static void Configure(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add<JourneyAppointmentsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<JourneyAppointments>().Index(j => j.HubId).Index(j => j.KeyworkerId).GinIndexJsonData();
    }
}
