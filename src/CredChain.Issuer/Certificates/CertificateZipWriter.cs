using System.IO.Compression;

namespace CredChain.Issuer.Certificates;

/// <summary>
/// Writes certificates into a ZIP on a stream, in the order given, rendering up to one per core ahead of the writer:
/// rendering is CPU-bound (about 5 ms a page), writing is not, so a batch renders on every core while memory stays at a
/// few pages in flight.
/// </summary>
internal sealed class CertificateZipWriter(CertificateRenderer renderer)
{
    public async Task<int> WriteAsync(IAsyncEnumerable<CertificateContent> contents, Stream destination, CancellationToken cancellationToken)
    {
        var ahead = Math.Max(1, Environment.ProcessorCount);
        var inFlight = new Queue<(Guid Id, Task<byte[]> Pdf)>();
        var written = 0;
        using var buffer = new ZipOutputBuffer();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await foreach (var content in contents.WithCancellation(cancellationToken))
            {
                inFlight.Enqueue((content.CredentialId, Task.Run(() => renderer.Render(content), cancellationToken)));
                if (inFlight.Count > ahead)
                {
                    await WriteNextAsync(zip, buffer, inFlight, destination, cancellationToken);
                    written++;
                }
            }

            while (inFlight.Count > 0)
            {
                await WriteNextAsync(zip, buffer, inFlight, destination, cancellationToken);
                written++;
            }
        }

        await buffer.DrainToAsync(destination, cancellationToken);
        return written;
    }

    private static async Task WriteNextAsync(ZipArchive zip, ZipOutputBuffer buffer, Queue<(Guid Id, Task<byte[]> Pdf)> inFlight, Stream destination, CancellationToken cancellationToken)
    {
        var (id, pdf) = inFlight.Dequeue();
        var bytes = await pdf;
        var entry = zip.CreateEntry($"{id}.pdf", CompressionLevel.NoCompression);
        using (var stream = entry.Open())
        {
            stream.Write(bytes);
        }

        await buffer.DrainToAsync(destination, cancellationToken);
    }
}
