using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Hubs.Web.Tests.Telemetry;

/// <summary>
/// A tiny OTLP collector on a free loopback port, speaking either OTLP/HTTP (protobuf bodies on
/// <c>/v1/traces</c>, <c>/v1/metrics</c>) or OTLP/gRPC (the same protobuf, length-prefixed, over
/// cleartext HTTP/2), and keeping what the exporter sent.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private const string GrpcTraces = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";
    private const string GrpcMetrics = "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export";
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Endpoint => new(_app.Urls.First());

    public ConcurrentQueue<Exported> Spans { get; } = new();

    public ConcurrentQueue<Exported> Metrics { get; } = new();

    /// <param name="protocol">As OTEL_EXPORTER_OTLP_PROTOCOL names it: <c>grpc</c> or <c>http/protobuf</c>.</param>
    public static async Task<OtlpReceiver> StartAsync(string protocol)
    {
        var grpc = protocol == "grpc";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
                listen.Protocols = grpc ? HttpProtocols.Http2 : HttpProtocols.Http1
            )
        );
        var receiver = new OtlpReceiver(builder.Build());
        // The span's name is field 5 of Span; the metric's, field 1 of Metric.
        receiver._app.MapPost(grpc ? GrpcTraces : "/v1/traces", context =>
            ReceiveAsync(context, grpc, receiver.Spans, nameField: 5)
        );
        receiver._app.MapPost(grpc ? GrpcMetrics : "/v1/metrics", context =>
            ReceiveAsync(context, grpc, receiver.Metrics, nameField: 1)
        );
        await receiver._app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task ReceiveAsync(
        HttpContext context,
        bool grpc,
        ConcurrentQueue<Exported> into,
        int nameField
    )
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        // gRPC frames each message: a compression flag byte and a 4-byte length before the protobuf.
        foreach (var exported in OtlpRequest.Read(body.ToArray().AsMemory(grpc ? 5 : 0), nameField))
        {
            into.Enqueue(exported);
        }

        context.Response.ContentType = grpc ? "application/grpc" : "application/x-protobuf";
        if (grpc)
        {
            await context.Response.Body.WriteAsync(new byte[5]);
            context.Response.AppendTrailer("grpc-status", "0");
        }
    }
}
