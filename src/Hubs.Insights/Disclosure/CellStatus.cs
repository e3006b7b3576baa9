using System.Text.Json.Serialization;

namespace Hubs.Insights.Disclosure;

/// <summary>What a published cell holds; feeds carry it by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CellStatus>))]
public enum CellStatus
{
    /// <summary>A value safe to show: a rounded count, a rate or a median.</summary>
    Value,

    /// <summary>Withheld by the small-number rule or by secondary suppression; shown as <c>*</c>.</summary>
    Suppressed,

    /// <summary>The base is zero people: there is nothing to compute (not 0%).</summary>
    NoData,
}
