using Hubs.Testing;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Telemetry;

/// <summary>
/// With OTEL_EXPORTER_OTLP_ENDPOINT set, a Web host sends its traces and metrics to that collector: the
/// HTTP request, Marten's connection and daemon spans, MassTransit's send of the milestone, HTTP and
/// Marten metrics, over OTLP/gRPC (the exporter's default, as deploy/ configures it) and OTLP/HTTP. (The collector's
/// own requests show up too: one process, one ASP.NET Core source.)
/// </summary>
public class TelemetryExportTests
{
    [Theory]
    [InlineData("http/protobuf")]
    [InlineData("grpc")]
    public async Task Http_Marten_and_MassTransit_spans_and_metrics_reach_the_configured_collector(string protocol)
    {
        await using var collector = await OtlpReceiver.StartAsync(protocol);
        var database = await TestDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        var settings = new Dictionary<string, string?>(
            HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("web-otel"))
        )
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = protocol,
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        };
        await using var web = new TestHost<WebEntryPoint>(settings);

        var client = web.CreateClient();
        await JourneyClient.SubmitAsync(client);

        // An exporter drops the batch whose first export fails while its channel is still connecting (seen
        // with gRPC), so each poll that has not seen a referral's request span yet sends another referral.
        await Poll.UntilAsync(
            async () =>
            {
                if (!collector.Spans.Any(s => s.Name == "POST /api/journeys"))
                {
                    await JourneyClient.SubmitAsync(client);
                    return false;
                }

                // The exact spans asserted below: activity listeners are process-wide, so other test hosts'
                // MassTransit spans can reach this collector first.
                return collector.Spans.Any(s =>
                        s.Scope == "MassTransit" && s.Name == "Hubs.Contracts.Journeys:ReferralSubmitted send"
                    )
                    && collector.Spans.Any(s =>
                        s.Scope == "Marten" && s.Name == "marten.milestone-publisher.all.page.loading"
                    )
                    && collector.Spans.Any(s => s.Scope == "Marten" && s.Name == "marten.connection")
                    && collector.Metrics.Any(m => m.Name == "marten.event.append")
                    && collector.Metrics.Any(m => m.Name == "http.server.request.duration");
            },
            "the collector has a referral's request span, the milestone's publish span and the appended-events counter",
            TimeSpan.FromSeconds(60)
        );
        Assert.All(collector.Spans.Concat(collector.Metrics), e => Assert.Equal("Hubs.Web", e.Service));
        Assert.Contains(collector.Spans, s => s.Scope == "Microsoft.AspNetCore" && s.Name == "POST /api/journeys");
        Assert.Contains(collector.Spans, s => s.Scope == "Marten" && s.Name == "marten.connection");
        Assert.Contains(collector.Spans, s =>
            s.Scope == "MassTransit" && s.Name == "Hubs.Contracts.Journeys:ReferralSubmitted send"
        );
        Assert.Contains(collector.Spans, s =>
            s.Scope == "Marten" && s.Name == "marten.milestone-publisher.all.page.loading"
        );
        Assert.Contains(collector.Metrics, m => m.Name == "http.server.request.duration");
    }
}
