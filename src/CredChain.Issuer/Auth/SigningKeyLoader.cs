using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CredChain.Issuer.Auth;

/// <summary>Turns configured PEM public keys into security keys; private keys are refused so none is ever configured here.</summary>
internal static class SigningKeyLoader
{
    public static IReadOnlyList<SecurityKey> Load(AuthOptions options)
    {
        var pems = options.SigningKeys.Where(AuthOptions.IsSet).Concat(options.SigningKeyFiles.Where(AuthOptions.IsSet).Select(File.ReadAllText));
        return [.. pems.Select(FromPem)];
    }

    public static SecurityKey FromPem(string pem)
    {
        if (pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Auth signing keys must be public keys; a private key was configured.");
        }

        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
            return new ECDsaSecurityKey(ecdsa) { KeyId = KeyId(ecdsa.ExportSubjectPublicKeyInfo()) };
        }
        catch (CryptographicException)
        {
            ecdsa.Dispose();
        }
        catch (ArgumentException)
        {
            ecdsa.Dispose();
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new RsaSecurityKey(rsa) { KeyId = KeyId(rsa.ExportSubjectPublicKeyInfo()) };
    }

    private static string KeyId(byte[] spki) => Convert.ToHexStringLower(SHA256.HashData(spki))[..16];
}
