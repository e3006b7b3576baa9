namespace Hubs.Web.Features.Questionnaires;

/// <summary>
/// Where a measure sits in screening: asked first, asked after a positive brief screen, or added by the Hub.
/// </summary>
public enum ScreeningRole
{
    BriefScreen,
    FullMeasure,
    Optional,
}

/// <summary>
/// A brief screen total at or above <paramref name="At"/> goes on to the full <paramref name="Measure"/>.
/// </summary>
public sealed record FollowUp(MeasureId Measure, int At);

/// <summary>
/// One questionnaire as data: its items, how it is banded, caseness and what a positive screen leads to.
/// </summary>
public sealed record MeasureDefinition(
    MeasureId Id,
    string Name,
    string Instruction,
    ScreeningRole Role,
    IReadOnlyList<ItemDefinition> Items,
    Banding Banding,
    int? CasenessAt = null,
    FollowUp? FollowUp = null
)
{
    public int MaxTotal => Items.Sum(i => i.MaxValue);

    public bool HasItem(string itemId) => Items.Any(i => i.Id == itemId);

    /// <summary>The words for a stored band code (the code itself if the catalogue no longer has it).</summary>
    public string BandLabel(string code) => Banding.Bands.FirstOrDefault(b => b.Code == code)?.Label ?? code;
}
