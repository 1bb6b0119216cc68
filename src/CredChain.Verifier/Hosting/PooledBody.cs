using System.Buffers;

namespace CredChain.Verifier.Hosting;

/// <summary>
/// A request body read once into an array rented from the shared pool; dispose it to give the array back. The bytes
/// must not be used after disposal: keep only what was parsed out of them.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private byte[]? _array;

    private PooledBody(byte[] array, int length)
    {
        _array = array;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => new(_array ?? throw new ObjectDisposedException(nameof(PooledBody)), 0, Length);

    /// <summary>The body, or null when it exceeds <paramref name="limit"/> bytes (nothing more than limit + 1 bytes is ever held).</summary>
    public static async Task<PooledBody?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        // One byte more than the limit, so that a body without Content-Length that is too large is seen as such.
        var maxCapacity = (int)Math.Min(limit + 1, Array.MaxLength);
        var capacity = (int)Math.Min((request.ContentLength ?? 16 * 1024) + 1, maxCapacity);
        var array = ArrayPool<byte>.Shared.Rent(capacity);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == array.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(array.Length * 2L, maxCapacity));
                    array.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(array);
                    array = larger;
                }

                var read = await request.Body.ReadAsync(array.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    var body = new PooledBody(array, length);
                    array = null;
                    return body;
                }

                length += read;
                if (length > limit)
                {
                    return null;
                }
            }
        }
        finally
        {
            if (array is not null)
            {
                ArrayPool<byte>.Shared.Return(array);
            }
        }
    }

    public void Dispose()
    {
        if (_array is { } array)
        {
            _array = null;
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
