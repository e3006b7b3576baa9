using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hubs.Web.Tests.Telemetry;

/// <summary>One exported item: the service that sent it, the instrumentation scope, and the span or metric name.</summary>
public sealed record Exported(string? Service, string? Scope, string? Name);

/// <summary>
/// A tiny OTLP/HTTP (protobuf) collector on a free loopback port: it accepts <c>/v1/traces</c> and
/// <c>/v1/metrics</c> as the OpenTelemetry exporter posts them and keeps what they named.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Endpoint => new(_app.Urls.First());

    public ConcurrentQueue<Exported> Spans { get; } = new();

    public ConcurrentQueue<Exported> Metrics { get; } = new();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new OtlpReceiver(builder.Build());
        // ExportTraceServiceRequest: resource_spans(1) → scope_spans(2) → spans(2) → name(5);
        // ExportMetricsServiceRequest: resource_metrics(1) → scope_metrics(2) → metrics(2) → name(1).
        receiver._app.MapPost("/v1/traces", (HttpRequest request) => ReadAsync(request, receiver.Spans, nameField: 5));
        receiver._app.MapPost("/v1/metrics", (HttpRequest request) => ReadAsync(request, receiver.Metrics, nameField: 1));
        await receiver._app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task<IResult> ReadAsync(HttpRequest request, ConcurrentQueue<Exported> into, int nameField)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        foreach (var resource in Protobuf.Fields(body.ToArray(), 1))
        {
            var service = Protobuf.Fields(resource, 1).SelectMany(r => Protobuf.Fields(r, 1))
                .Where(attribute => Protobuf.Text(attribute, 1) == "service.name")
                .Select(attribute => Protobuf.Fields(attribute, 2).Select(value => Protobuf.Text(value, 1)).FirstOrDefault())
                .FirstOrDefault();
            foreach (var scoped in Protobuf.Fields(resource, 2))
            {
                var scope = Protobuf.Fields(scoped, 1).Select(s => Protobuf.Text(s, 1)).FirstOrDefault();
                foreach (var item in Protobuf.Fields(scoped, 2))
                {
                    into.Enqueue(new Exported(service, scope, Protobuf.Text(item, nameField)));
                }
            }
        }

        return Results.Bytes([], "application/x-protobuf");
    }
}
