using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.HubSettings;

public sealed class ChangeHubSettingsValidatorTests
{
    private static readonly ChangeHubSettingsValidator Validator = new();

    [Theory]
    [InlineData(31, 1)]
    [InlineData(33, 365)]
    public void Cut_offs_31_to_33_and_1_to_365_days_are_accepted(int cutOff, int days) =>
        Assert.True(Validator.Validate(new ChangeHubSettings([MeasureId.Pcl5, MeasureId.Isi], cutOff, days)).IsValid);

    [Theory]
    [InlineData(30, 21, "Pcl5CutOff")]
    [InlineData(34, 21, "Pcl5CutOff")]
    [InlineData(null, 21, "Pcl5CutOff")]
    [InlineData(33, 0, "NoContactDays")]
    [InlineData(33, 366, "NoContactDays")]
    [InlineData(33, null, "NoContactDays")]
    public void Out_of_range_thresholds_are_refused_on_their_own_field(int? cutOff, int? days, string field) =>
        Assert.Equal(
            [field],
            Validator.Validate(new ChangeHubSettings([], cutOff, days)).Errors.Select(e => e.PropertyName).Distinct()
        );

    [Theory]
    [InlineData(0, 2, "ContactWithinWorkingDays")]
    [InlineData(21, 2, "ContactWithinWorkingDays")]
    [InlineData(5, -1, "ReplyWithinWorkingDays")]
    [InlineData(5, 21, "ReplyWithinWorkingDays")]
    public void Timescales_told_to_keyworkers_are_1_to_20_working_days(int contact, int reply, string field)
    {
        Assert.True(Validator.Validate(new ChangeHubSettings([], 33, 21, 50, 1, 20)).IsValid);
        Assert.Equal(
            [field],
            Validator.Validate(new ChangeHubSettings([], 33, 21, 50, contact, reply)).Errors.Select(e => e.PropertyName)
        );
    }

    [Fact]
    public void Core_measures_and_repeats_cannot_be_added()
    {
        Assert.Contains(
            "Choose only",
            Validator.Validate(new ChangeHubSettings([MeasureId.Phq9], 33, 21)).Errors.Single().ErrorMessage,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "once",
            Validator
                .Validate(new ChangeHubSettings([MeasureId.Wsas, MeasureId.Wsas], 33, 21))
                .Errors.Single()
                .ErrorMessage,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Saved_settings_make_the_screening_a_hub_asks_for()
    {
        var settings = new Features.Hubs.ChangingSettings.HubSettings
        {
            Id = "north",
            OptionalMeasures = [MeasureId.Pcl5],
            Pcl5CutOff = 31,
        };

        Assert.Equal([MeasureId.Pcl5], settings.Screening.OptionalMeasures);
        Assert.Equal(31, settings.Screening.Scoring.Pcl5CutOff);
        Assert.Empty(settings.Screening.Check());
    }
}
