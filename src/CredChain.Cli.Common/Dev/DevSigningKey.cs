using System.Security.Cryptography;

namespace CredChain.Cli.Dev;

/// <summary>
/// The dev bearer-token signing key (ES256, P-256) kept under the data folder: <c>dev-jwt.pem</c> (private, read only by
/// the CLI) and <c>dev-jwt.pub.pem</c> (the public half the issuing service trusts). Created on first use, never committed.
/// </summary>
internal static class DevSigningKey
{
    public const string PrivateKeyFile = "dev-jwt.pem";
    public const string PublicKeyFile = "dev-jwt.pub.pem";

    /// <summary>Loads the key from <paramref name="dataDirectory"/>, creating it when <paramref name="create"/> and it is absent.</summary>
    /// <exception cref="FileNotFoundException">No key and <paramref name="create"/> is false.</exception>
    public static ECDsa Load(string dataDirectory, bool create)
    {
        var privatePath = Path.Combine(dataDirectory, PrivateKeyFile);
        var publicPath = Path.Combine(dataDirectory, PublicKeyFile);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        try
        {
            if (File.Exists(privatePath))
            {
                key.ImportFromPem(File.ReadAllText(privatePath));
            }
            else if (create)
            {
                Directory.CreateDirectory(dataDirectory);
                WritePrivate(privatePath, key.ExportPkcs8PrivateKeyPem());
            }
            else
            {
                throw new FileNotFoundException(
                    $"No dev signing key at {privatePath}. `credchain up` creates it on its first run (with the same --data folder).", privatePath);
            }

            // Rewritten every time: the public half always matches the private key the tokens are signed with.
            var publicPem = key.ExportSubjectPublicKeyInfoPem();
            if (!File.Exists(publicPath) || File.ReadAllText(publicPath) != publicPem)
            {
                File.WriteAllText(publicPath, publicPem);
            }

            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    public static string PublicKeyPath(string dataDirectory) => Path.Combine(dataDirectory, PublicKeyFile);

    private static void WritePrivate(string path, string pem)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, options);
        writer.Write(pem);
    }
}
