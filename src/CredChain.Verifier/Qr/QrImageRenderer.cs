using CredChain.Core.Qr;
using Microsoft.Extensions.Caching.Memory;

namespace CredChain.Verifier.Qr;

/// <summary>
/// Renders QR codes (<see cref="QrPolicy"/>) for URLs the server knows (never for secret-bearing share links, which the
/// browser draws), cached by content.
/// </summary>
internal sealed class QrImageRenderer(IMemoryCache cache)
{
    public byte[] Png(string text) =>
        cache.GetOrCreate(("qr-png", text), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return QrPolicy.Png(text);
        })!;

    public string Svg(string text) =>
        cache.GetOrCreate(("qr-svg", text), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return QrPolicy.Svg(text);
        })!;
}
