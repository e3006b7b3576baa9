using System.Net.Http.Json;
using System.Text.Json;

namespace Hubs.Web.Tests.Journeys;

/// <summary>Adaptive screening through the questionnaire engine, step by step, as a keyworker answers it.</summary>
public class ScreeningAnswersTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly Dictionary<string, int> Chosen = new()
    {
        ["phq9.1"] = 2,
        ["phq9.2"] = 2,
        ["phq9.9"] = 2,
        ["gad7.1"] = 1,
        ["gad7.2"] = 1,
    };

    [Fact]
    public async Task A_self_harm_answer_tops_the_triage_queue_mid_screening_and_the_totals_are_recorded_at_the_end()
    {
        var clinician = Staff.Clinician();
        var journey = await JourneyClient.SubmitAsync(web.Client);
        var step = await journey.GetAsKeyworkerAsync("/screening");
        var measures = new List<string>();
        var riskSeenWhileAsking = false;
        while (step.GetProperty("next").GetString() == "ask")
        {
            var measure = step.GetProperty("measure").GetString()!;
            measures.Add(measure);
            var answers = step.GetProperty("items")
                .EnumerateArray()
                .ToDictionary(
                    i => i.GetProperty("id").GetString()!,
                    i =>
                        Chosen.GetValueOrDefault(
                            i.GetProperty("id").GetString()!,
                            i.GetProperty("options")[1].GetProperty("value").GetInt32()
                        )
                );
            step = await journey.OkAsync(
                null,
                "screening/answers",
                new
                {
                    source = "online",
                    measure,
                    answers,
                }
            );
            if (step.GetProperty("next").GetString() == "ask" && measures.Contains("phq9") && !riskSeenWhileAsking)
            {
                var queue = await web.Client.SendAsync(clinician.Request(HttpMethod.Get, "/api/triage?hubId=north"));
                var top = (await queue.Content.ReadFromJsonAsync<JsonElement>())[0];
                riskSeenWhileAsking =
                    top.GetProperty("journeyId").GetGuid() == journey.Id
                    && top.GetProperty("risk").GetString() == "urgent";
            }
        }

        Assert.True(riskSeenWhileAsking, "the urgent answer should top the triage queue while screening continues");
        Assert.Equal("phq2", measures[0]);
        Assert.DoesNotContain("gad7", measures.Skip(measures.IndexOf("gad2") + 1));
        var detail = await journey.GetAsync(clinician);
        Assert.Equal(
            ("screened", "urgent"),
            (detail.GetProperty("status").GetString(), detail.GetProperty("risk").GetString())
        );
        var screening = (await journey.GetAsync(clinician, "/measures"))[0];
        Assert.Equal(2 + 2 + 2 + 6, screening.GetProperty("phq9").GetProperty("score").GetInt32());
        Assert.Equal(JsonValueKind.Null, screening.GetProperty("gad7").ValueKind);
    }

    [Fact]
    public async Task An_answer_outside_the_scale_is_refused_and_nothing_is_saved()
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);

        var response = await journey.PostAsync(
            null,
            "screening/answers",
            new
            {
                source = "phone",
                measure = "phq2",
                answers = new Dictionary<string, int> { ["phq9.1"] = 7, ["phq9.2"] = 0 },
            }
        );

        await Problems.AssertRefusedAsync(response, "invalid-answers");
        Assert.Equal(1, journey.Version);
    }
}
