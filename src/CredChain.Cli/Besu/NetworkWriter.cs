using System.Text;

namespace CredChain.Cli.Besu;

/// <summary>Writes a <see cref="NetworkPlan"/> to a folder; never replaces existing keys unless told to.</summary>
internal static class NetworkWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Node key files already under <paramref name="outputDirectory"/>, relative to it.</summary>
    public static IReadOnlyList<string> ExistingKeyFiles(string outputDirectory)
    {
        var nodes = Path.Combine(outputDirectory, NetworkLayout.NodesDirectory);
        return Directory.Exists(nodes)
            ? [.. Directory.EnumerateFiles(nodes, NetworkLayout.NodeKeyFile, SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(outputDirectory, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>
    /// Writes every file of the network. With <paramref name="replaceExistingNodes"/>, the old <c>nodes/</c>
    /// folder is removed first so that no key of a node that no longer exists is left behind.
    /// </summary>
    public static IReadOnlyList<string> Write(NetworkPlan plan, string outputDirectory, bool replaceExistingNodes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var nodesRoot = Path.Combine(outputDirectory, NetworkLayout.NodesDirectory);
        if (ExistingKeyFiles(outputDirectory).Count > 0 && !replaceExistingNodes)
        {
            throw new InvalidOperationException("Refusing to overwrite existing node keys.");
        }

        if (Directory.Exists(nodesRoot))
        {
            Directory.Delete(nodesRoot, recursive: true);
        }

        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>();
        void Write(string relativePath, string content, bool secret = false)
        {
            var path = Path.Combine(outputDirectory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            WriteFile(path, content, secret);
            written.Add(relativePath.Replace('\\', '/'));
        }

        Write(NetworkLayout.GenesisFile, QbftGenesis.Create(plan));
        Write(NetworkLayout.StaticNodesFile, StaticNodesFile.Create(plan));
        Write(NetworkLayout.PermissionsFile, PermissionsConfigFile.Create(plan));
        Write(NetworkLayout.ManifestFile, NetworkManifest.From(plan).ToJson());
        Write(NetworkLayout.ReadmeFile, NetworkReadme.Create(plan));

        var marker = Path.Combine(outputDirectory, NetworkLayout.ExampleMarkerFile);
        if (plan.Spec.IsExample)
        {
            Write(NetworkLayout.ExampleMarkerFile, ExampleMarker);
        }
        else if (File.Exists(marker))
        {
            File.Delete(marker);
        }

        foreach (var node in plan.Nodes)
        {
            var folder = Path.Combine(NetworkLayout.NodesDirectory, node.Name);
            Write(Path.Combine(folder, NetworkLayout.NodeKeyFile), node.Key.ToBesuKeyFile(), secret: true);
            Write(Path.Combine(folder, NetworkLayout.NodePublicKeyFile), node.Key.ToBesuPublicKeyFile());
            Write(Path.Combine(folder, NetworkLayout.NodeAddressFile), node.Key.Address.Lowercase);
            Write(Path.Combine(folder, NetworkLayout.NodeConfigFile), NodeConfigFile.Create(node));
            if (plan.Spec.IsExample)
            {
                Write(Path.Combine(folder, NetworkLayout.ExampleMarkerFile), ExampleMarker);
            }
        }

        return written;
    }

    private const string ExampleMarker =
        "EXAMPLE KEYS ONLY. The keys in this network folder are committed to a public repository.\n" +
        "Never use them for a real network: regenerate with `credchain network init ... --force` (without --example).\n";

    private static void WriteFile(string path, string content, bool secret)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (secret && !OperatingSystem.IsWindows())
        {
            // A private key is readable by its owner only. (Mode applies when the file is created; the
            // nodes folder was cleared above, so every key file here is new.)
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream, Utf8NoBom);
        writer.Write(content);
    }
}
