using Hubs.Insights.Features.Tables;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hubs.Insights.Features.Feeds;

/// <summary>What the OpenAPI document says about a feed request beyond what the endpoint declares.</summary>
internal static class FeedOpenApi
{
    public static Task DescribeAsync(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Description = FeedQuery.Descriptions.GetValueOrDefault(parameter.Name ?? string.Empty);
        }

        // The CSV answer is text: a header of column names, then one line per row.
        if (
            operation.Responses is { } responses
            && responses.TryGetValue("200", out var ok)
            && ok.Content is { } content
            && content.TryGetValue(TableCsv.ContentType, out var csv)
        )
        {
            csv.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "RFC 4180 CSV: Group, then one column per table column; * is suppressed.",
            };
        }

        return Task.CompletedTask;
    }
}
