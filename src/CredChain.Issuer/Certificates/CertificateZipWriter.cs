using System.IO.Compression;

namespace CredChain.Issuer.Certificates;

/// <summary>
/// Writes certificates into a ZIP on a stream, in the order given, rendering up to one per core ahead of the writer:
/// rendering is CPU-bound (about 5 ms a page), writing is not, so a batch renders on every core while memory stays at a
/// few pages in flight.
/// </summary>
internal sealed class CertificateZipWriter(CertificateRenderer renderer)
{
    /// <summary>Writes one <c>{credentialId}.pdf</c> per content, then <c>delivery.csv</c> when a delivery list is given.</summary>
    public async Task<int> WriteAsync(IAsyncEnumerable<CertificateContent> contents, Stream destination, DeliveryList? delivery, CancellationToken cancellationToken)
    {
        var ahead = Math.Max(1, Environment.ProcessorCount);
        var inFlight = new Queue<(Guid Id, Task<byte[]> Pdf)>();
        var written = 0;
        using var buffer = new ZipOutputBuffer();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await foreach (var content in contents.WithCancellation(cancellationToken))
            {
                delivery?.Add(content);
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

            if (delivery is not null)
            {
                Write(zip, DeliveryList.EntryName, delivery.ToUtf8(), CompressionLevel.Optimal);
            }
        }

        await buffer.DrainToAsync(destination, cancellationToken);
        return written;
    }

    private static async Task WriteNextAsync(ZipArchive zip, ZipOutputBuffer buffer, Queue<(Guid Id, Task<byte[]> Pdf)> inFlight, Stream destination, CancellationToken cancellationToken)
    {
        var (id, pdf) = inFlight.Dequeue();
        Write(zip, $"{id}.pdf", await pdf, CompressionLevel.NoCompression);
        await buffer.DrainToAsync(destination, cancellationToken);
    }

    private static void Write(ZipArchive zip, string name, byte[] bytes, CompressionLevel level)
    {
        using var stream = zip.CreateEntry(name, level).Open();
        stream.Write(bytes);
    }
}
