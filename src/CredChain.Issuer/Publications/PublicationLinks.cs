using CredChain.Issuer.Qr;

namespace CredChain.Issuer.Publications;

internal static class PublicationLinks
{
    /// <summary>The portal's /s page with the code in the fragment: browsers never send the fragment, so the portal never sees the key.</summary>
    public static Uri For(PortalLinkOptions portal, string code) => new(portal.BaseUrl.TrimEnd('/') + "/s#" + code, UriKind.Absolute);
}
