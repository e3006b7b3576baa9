namespace Hubs.Web.Features.Questionnaires.Measures;

/// <summary>
/// ITQ diagnostic rules (symptom present at 2 or more). PTSD: (P1 or P2) and (P3 or P4) and (P5 or P6) and any
/// of P7–P9. Complex PTSD: PTSD plus the same shape over C1–C9; it replaces PTSD, so it is listed first.
/// </summary>
internal static class ItqRules
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> PtsdClusters =
    [
        ["itq.p1", "itq.p2"],
        ["itq.p3", "itq.p4"],
        ["itq.p5", "itq.p6"],
        ["itq.p7", "itq.p8", "itq.p9"],
    ];

    private static readonly IReadOnlyList<IReadOnlyList<string>> SelfOrganisationClusters =
    [
        ["itq.c1", "itq.c2"],
        ["itq.c3", "itq.c4"],
        ["itq.c5", "itq.c6"],
        ["itq.c7", "itq.c8", "itq.c9"],
    ];

    public static readonly DiagnosticRules Banding = new(
        SymptomPresentAt: 2,
        MostSpecificFirst:
        [
            new(new("complex-ptsd", "Complex PTSD"), [.. PtsdClusters, .. SelfOrganisationClusters]),
            new(new("ptsd", "PTSD"), PtsdClusters),
        ],
        NoneMet: new("no-diagnosis", "Neither PTSD nor complex PTSD")
    );
}
