using Hubs.ServiceDefaults.Demo;
using Marten;

namespace Hubs.Web.Features.Clinicians;

/// <summary>
/// A small synthetic directory per Hub for demos and tests: invented names, a spread of modes, out-of-hours
/// availability, genders and languages. Ids are derived from the Hub and position, so every run agrees.
/// Runs once per Hub: a Hub that already has clinicians is left alone.
/// </summary>
public static class ClinicianSeed
{
    private static readonly (
        string Name,
        string Gender,
        string[] Modes,
        string[] OutOfHours,
        string[] Languages,
        string? Culture
    )[] People =
    [
        (
            "Alex Morgan",
            "Woman",
            ["in-person", "phone", "video"],
            ["late", "weekend"],
            ["English", "Welsh"],
            "White British"
        ),
        (
            "Priya Shah",
            "Woman",
            ["phone", "video"],
            ["early", "nights"],
            ["English", "Gujarati", "Hindi"],
            "British Indian"
        ),
        ("Daniel Okafor", "Man", ["in-person", "video"], ["late"], ["English", "Igbo"], "Black British (Nigerian)"),
        ("Sam Taylor", "Non-binary", ["phone", "video"], ["weekend", "nights"], ["English"], null),
        ("Marta Kowalska", "Woman", ["in-person", "phone"], [], ["English", "Polish"], "Polish"),
    ];

    public static IReadOnlyList<ClinicianProfile> For(string hubId) =>
        People
            .Select(
                (p, i) =>
                    new ClinicianProfile(IdFor(hubId, i), hubId, p.Name)
                    {
                        Gender = p.Gender,
                        Modes = p.Modes,
                        OutOfHours = p.OutOfHours,
                        Languages = p.Languages,
                        CulturalBackground = p.Culture,
                        // Invented people: the demo treats each background as agreed by its clinician.
                        CulturalBackgroundAgreedAt = p.Culture is null ? null : DateTimeOffset.UnixEpoch,
                        OutOfHoursSlots = Slots(p.OutOfHours),
                    }
            )
            .ToList();

    public static Guid IdFor(string hubId, int index) => DemoClinicianIds.For(hubId, index);

    public static async Task SeedAsync(
        IDocumentSession session,
        IEnumerable<string> hubIds,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(hubIds);
        foreach (var hubId in hubIds)
        {
            if (!await session.Query<ClinicianProfile>().AnyAsync(c => c.HubIds.Contains(hubId), cancellationToken))
            {
                session.Store(For(hubId).ToArray());
            }
        }

        await session.SaveChangesAsync(cancellationToken);
    }

    private static List<DiarySlot> Slots(string[] outOfHours) =>
        outOfHours
            .SelectMany(code =>
                code switch
                {
                    "early" => new[] { new DiarySlot(DayOfWeek.Tuesday, 7), new DiarySlot(DayOfWeek.Thursday, 7) },
                    "late" => [new DiarySlot(DayOfWeek.Monday, 18), new DiarySlot(DayOfWeek.Wednesday, 19)],
                    "weekend" => [new DiarySlot(DayOfWeek.Saturday, 10), new DiarySlot(DayOfWeek.Sunday, 11)],
                    "nights" => [new DiarySlot(DayOfWeek.Friday, 13)],
                    _ => [],
                }
            )
            .ToList();
}
