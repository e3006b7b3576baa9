using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording;

/// <summary>
/// The workshop pages' words, for keyworkers and staff alike (the sectors and modes as keyworkers read them).
/// </summary>
public static class WorkshopWords
{
    /// <summary>
    /// To a keyworker with a journey at the workshop's Hub, whose contact-safety preferences reminders follow.
    /// </summary>
    public const string ReminderPromised =
        "We remind you before the workshop in the way you told the Hub is safe to contact you.";

    /// <summary>To anyone else: no reminder is sent, so nothing is promised.</summary>
    public const string NoReminder =
        "The Hub has no way to remind you, as you have not referred yourself to it: note the date and time.";

    public static string Where(ContactMode mode, string venue) =>
        mode == ContactMode.InPerson ? $"In person at {venue}" : KeyworkerWords.Of(mode);

    public static string Sectors(IEnumerable<Sector> sectors) =>
        string.Join(", ", sectors.Select(s => KeyworkerWords.Of(s).ToLowerInvariant()));

    public static string Places(int free) =>
        free switch
        {
            0 => "Full",
            1 => "1 place left",
            _ => $"{free} places left",
        };

    public static string State(PlaceState state) =>
        state switch
        {
            PlaceState.Booked => "Booked",
            PlaceState.Attended => "Attended",
            PlaceState.NotAttended => "Did not attend",
            PlaceState.Cancelled => "Cancelled",
            _ => state.ToString(),
        };

    public static string Measure(MeasureId measure) => Catalogue.Get(measure).Name;

    /// <summary>A score on the roster; one answered and then erased is said as the record says it.</summary>
    public static string Score(MeasureId measure, int? total, string? band, bool erased) =>
        erased ? ClinicWords.Destroyed
        : total is null || band is null ? "Not answered"
        : $"{total} ({Catalogue.Get(measure).BandLabel(band)})";

    /// <summary>The measures a workshop may take, by their catalogue names.</summary>
    public static IReadOnlyList<Choice> Measures(IEnumerable<MeasureId> allowed) =>
        [.. allowed.Select(m => new Choice(m.ToString(), Catalogue.Get(m).Name))];

    public static readonly IReadOnlyList<Choice> SectorChoices = KeyworkerWords.Choices<Sector>();

    /// <summary>The sectors a workshop is open to, as choices in the usual order.</summary>
    public static IReadOnlyList<Choice> SectorsOf(IEnumerable<Sector> sectors) =>
        [.. SectorChoices.Where(c => sectors.Any(s => s.ToString() == c.Value))];
}
