using JasperFx.Events;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Projections;
using Marten;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// The inline read models of new streams, built in memory by the store's own registered projections (the same
/// screening by event type and the same aggregation, metadata and version as Marten applies inline on a normal
/// append), so the documents are those a normal write would have stored. Every inline projection must be a
/// single-stream aggregation: one of any other kind would be left unbuilt, so the seeding refuses to start.
/// </summary>
internal sealed class ScaleReadModels
{
    private readonly IReadOnlyList<IInlineModel> models;

    public ScaleReadModels(DocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        models =
        [
            .. store
                .Options.Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Inline)
                .Select(p => Model(p)),
        ];
    }

    /// <summary>Each built document with the version of the stream it came from.</summary>
    public async Task<List<(object Document, long Version)>> BuildAsync(
        IQuerySession session,
        IReadOnlyList<StreamAction> streams,
        CancellationToken cancellationToken
    )
    {
        var documents = new List<(object, long)>(streams.Count * models.Count);
        foreach (var stream in streams)
        {
            var types = stream.Events.Select(e => e.EventType).ToArray();
            foreach (var model in models)
            {
                if (await model.BuildAsync(session, stream, types, cancellationToken) is { } document)
                {
                    documents.Add((document, stream.Version));
                }
            }
        }

        return documents;
    }

    private static IInlineModel Model(object projection)
    {
        var document = projection is IAggregatorSource<IQuerySession> source
            ? source.AggregateType
            : throw Unsupported(projection);
        var model = (IInlineModel)Activator.CreateInstance(typeof(InlineModel<>).MakeGenericType(document))!;
        return model.Accepts(projection) ? model : throw Unsupported(projection);
    }

    private static InvalidOperationException Unsupported(object projection) =>
        new(
            $"seed-scale builds only single-stream inline projections; {projection.GetType().Name} is another kind: "
                + "extend ScaleReadModels before seeding."
        );

    private interface IInlineModel
    {
        bool Accepts(object projection);

        ValueTask<object?> BuildAsync(
            IQuerySession session,
            StreamAction stream,
            Type[] eventTypes,
            CancellationToken cancellationToken
        );
    }

    private sealed class InlineModel<TDoc> : IInlineModel
        where TDoc : class
    {
        private JasperFxSingleStreamProjectionBase<TDoc, Guid, IDocumentOperations, IQuerySession>? projection;

        public bool Accepts(object registered)
        {
            projection =
                registered as JasperFxSingleStreamProjectionBase<TDoc, Guid, IDocumentOperations, IQuerySession>;
            return projection is not null;
        }

        public async ValueTask<object?> BuildAsync(
            IQuerySession session,
            StreamAction stream,
            Type[] eventTypes,
            CancellationToken cancellationToken
        )
        {
            if (!projection!.AppliesTo(eventTypes))
            {
                return null;
            }

            IAggregator<TDoc, IQuerySession> aggregator = projection;
            return await aggregator.BuildAsync(stream.Events, session, null, cancellationToken);
        }
    }
}
