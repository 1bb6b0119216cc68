using System.Buffers;
using System.Globalization;
using System.Text;
using CredChain.Core.Hashing;

namespace CredChain.Core.Documents;

/// <summary>
/// The batch fast path of <see cref="AnchoredDocumentWriter"/>: an issued document in compact form ends with
/// <c>,"targetHash":"0x…"}}</c>, so its anchored form is its bytes up to that last <c>"</c>, then the proof members an
/// anchor adds, then the closing braces. Root and anchor are the same for every document of a batch, so their JSON is
/// made once here, from the format's member names and order; only each path is written per document. That the result
/// equals the plain path's bytes is checked over many random documents (<c>AnchoredDocumentWriterAgreementTests</c>).
/// </summary>
internal sealed class SplicedProofWriter
{
    private static readonly SearchValues<byte> LowercaseHexDigits = SearchValues.Create("0123456789abcdef"u8);

    private readonly byte[] _beforePath;
    private readonly byte[] _afterPath;

    /// <param name="merkleRoot">The batch's root.</param>
    /// <param name="anchor">Where it was anchored; checked by the caller (the registry is an address: ASCII hex, nothing to escape).</param>
    public SplicedProofWriter(Hash32 merkleRoot, AnchorRef anchor)
    {
        // ,"merkleRoot":"0x…","merklePath":[   and   ],"anchor":{"chainId":…,"registry":"0x…","transactionHash":"0x…","blockNumber":…}}}
        _beforePath = Encoding.UTF8.GetBytes(
            $",\"{ProofNames.MerkleRoot}\":\"{merkleRoot}\",\"{ProofNames.MerklePath}\":[");
        _afterPath = Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $"],\"{ProofNames.Anchor}\":{{\"{ProofNames.ChainId}\":{anchor.ChainId},\"{ProofNames.Registry}\":\"{anchor.Registry}\",\"{ProofNames.TransactionHash}\":\"{anchor.TransactionHash}\",\"{ProofNames.BlockNumber}\":{anchor.BlockNumber}}}}}}}"));
    }

    // How an issued, unanchored document ends: ,"targetHash":"0x<64 hex>"}}
    private static ReadOnlySpan<byte> TargetHashTail => ",\"targetHash\":\"0x"u8;

    private static int TailLength => TargetHashTail.Length + (2 * Hash32.Size) + 3;

    /// <summary>True when the document ends as an issued one does, with its lowercase targetHash.</summary>
    public static bool TryReadTargetHash(ReadOnlySpan<byte> stored, out Hash32 targetHash)
    {
        targetHash = default;
        if (stored.Length < TailLength + 2 || stored[0] != (byte)'{' || !stored.EndsWith("\"}}"u8))
        {
            return false;
        }

        var tail = stored[^TailLength..];
        if (!tail.StartsWith(TargetHashTail))
        {
            return false;
        }

        var hex = tail.Slice(TargetHashTail.Length, 2 * Hash32.Size);
        if (hex.ContainsAnyExcept(LowercaseHexDigits))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Hash32.Size];
        Convert.FromHexString(hex, bytes, out _, out _);
        targetHash = Hash32.FromBytes(bytes);
        return true;
    }

    /// <summary>Writes <paramref name="stored"/> (which <see cref="TryReadTargetHash"/> accepted) completed with <paramref name="path"/>.</summary>
    public void Write(ReadOnlySpan<byte> stored, ReadOnlySpan<Hash32> path, IBufferWriter<byte> output)
    {
        var kept = stored.Length - 2; // all but the closing "}}" of the proof and the document
        var length = kept + _beforePath.Length + (path.Length * (Hash32.HexLength + 3)) + _afterPath.Length;
        var span = output.GetSpan(length);
        stored[..kept].CopyTo(span);
        var at = kept;
        _beforePath.CopyTo(span[at..]);
        at += _beforePath.Length;
        for (var i = 0; i < path.Length; i++)
        {
            if (i > 0)
            {
                span[at++] = (byte)',';
            }

            span[at++] = (byte)'"';
            path[i].FormatUtf8(span.Slice(at, Hash32.HexLength));
            at += Hash32.HexLength;
            span[at++] = (byte)'"';
        }

        _afterPath.CopyTo(span[at..]);
        output.Advance(at + _afterPath.Length);
    }
}
