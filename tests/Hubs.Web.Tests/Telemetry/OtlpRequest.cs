namespace Hubs.Web.Tests.Telemetry;

/// <summary>
/// One exported item: the service that sent it, the instrumentation scope, and the span or metric name.
/// </summary>
public sealed record Exported(string? Service, string? Scope, string? Name);

/// <summary>
/// Reads an OTLP export request. ExportTraceServiceRequest: resource_spans(1) → resource(1) and
/// scope_spans(2) → scope(1), spans(2); ExportMetricsServiceRequest has the same shape with metrics.
/// </summary>
public static class OtlpRequest
{
    public static IEnumerable<Exported> Read(ReadOnlyMemory<byte> request, int nameField)
    {
        foreach (var resource in Protobuf.Fields(request, 1))
        {
            var service = Protobuf
                .Fields(resource, 1)
                .SelectMany(r => Protobuf.Fields(r, 1))
                .Where(attribute => Protobuf.Text(attribute, 1) == "service.name")
                .Select(attribute =>
                    Protobuf.Fields(attribute, 2).Select(value => Protobuf.Text(value, 1)).FirstOrDefault()
                )
                .FirstOrDefault();
            foreach (var scoped in Protobuf.Fields(resource, 2))
            {
                var scope = Protobuf.Fields(scoped, 1).Select(s => Protobuf.Text(s, 1)).FirstOrDefault();
                foreach (var item in Protobuf.Fields(scoped, 2))
                {
                    yield return new Exported(service, scope, Protobuf.Text(item, nameField));
                }
            }
        }
    }
}
