namespace CredChain.Issuer.Tests.Import;

/// <summary>A body in memory that counts how much of it a reader has taken so far.</summary>
internal sealed class ReadCountingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Counted(base.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Counted(base.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await base.ReadAsync(buffer, cancellationToken));

    private int Counted(int read)
    {
        BytesRead += read;
        return read;
    }
}
