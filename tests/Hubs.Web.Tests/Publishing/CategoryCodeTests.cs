using System.Text.Json;
using Hubs.ServiceDefaults;
using Hubs.Web.Features.Codes;
using Hubs.Web.Features.Publishing;

namespace Hubs.Web.Tests.Publishing;

/// <summary>
/// A category's code is the one the API writes for it, whichever values of whichever categories were coded before
/// (the codes are kept once made).
/// </summary>
public class CategoryCodeTests
{
    private static readonly JsonSerializerOptions Api = new() { Converters = { HubsJson.EnumConverter() } };

    [Fact]
    public void Every_value_of_a_category_keeps_its_own_code_however_often_and_in_whatever_order_it_is_asked()
    {
        var outcomes = Enum.GetValues<TriageOutcome>();
        var reasons = Enum.GetValues<DischargeReason>();
        var asked = outcomes.Concat(outcomes.Reverse()).ToList();

        Assert.Equal(
            asked.Select(o => JsonSerializer.Serialize(o, Api).Trim('"')),
            asked.Select(o => CategoryCodes.Code(o))
        );
        Assert.Equal(
            reasons.Select(r => JsonSerializer.Serialize(r, Api).Trim('"')),
            reasons.Select(r => CategoryCodes.Code(r))
        );
        Assert.Equal(outcomes.Length, outcomes.Select(o => CategoryCodes.Code(o)).Distinct().Count());
    }
}
