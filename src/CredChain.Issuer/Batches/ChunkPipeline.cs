using CredChain.Issuer.Import;

namespace CredChain.Issuer.Batches;

/// <summary>
/// Overlaps reading with work: a chunk is parsed and hashed while the one before it is written and the next one is
/// read, with at most <c>chunksInFlight</c> chunks held (bounded memory). Each chunk's flush receives the task of the
/// chunk before it, and checks and writes only after it, so rows are checked and written in upload order.
/// </summary>
internal sealed class ChunkPipeline(Func<List<UploadRow>, Task, Task<int>> flush, int chunksInFlight)
{
    private readonly Queue<Task<int>> _inFlight = new(chunksInFlight);

    /// <summary>Credentials written by the chunks collected so far.</summary>
    public int Written { get; private set; }

    public async Task AddAsync(List<UploadRow> chunk, CancellationToken cancellationToken)
    {
        if (_inFlight.Count == chunksInFlight)
        {
            Written += await _inFlight.Dequeue();
        }

        var previous = _inFlight.Count > 0 ? _inFlight.Last() : Task.CompletedTask;
        _inFlight.Enqueue(Task.Run(() => flush(chunk, previous), cancellationToken));
    }

    /// <summary>Waits for every chunk in flight without throwing: never unwind (and dispose the sink) while one still writes.</summary>
    public Task SettleAsync() =>
        Task.WhenAll(_inFlight).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>Collects every chunk in flight (rethrowing its failure), then runs the last, partial chunk.</summary>
    public async Task<int> CompleteAsync(List<UploadRow> last)
    {
        while (_inFlight.Count > 0)
        {
            Written += await _inFlight.Dequeue();
        }

        Written += await flush(last, Task.CompletedTask);
        return Written;
    }
}
