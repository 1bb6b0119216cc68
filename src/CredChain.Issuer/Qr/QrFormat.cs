namespace CredChain.Issuer.Qr;

internal enum QrFormat
{
    Png = 0,
    Svg = 1,
}
