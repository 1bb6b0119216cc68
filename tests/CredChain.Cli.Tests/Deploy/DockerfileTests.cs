using System.Text.RegularExpressions;
using CredChain.Cli.Tests.Support;

namespace CredChain.Cli.Tests.Deploy;

/// <summary>The images docker-compose.yml builds, checked by reading their Dockerfiles.</summary>
public sealed partial class DockerfileTests
{
    public static TheoryData<string, string> Images => new()
    {
        { "issuer.Dockerfile", "CredChain.Issuer" },
        { "portal.Dockerfile", "CredChain.Verifier" },
        { "cli.Dockerfile", "CredChain.Cli" },
        { "relay.Dockerfile", "CredChain.Relay" },
    };

    public static TheoryData<string> Files => ["issuer.Dockerfile", "portal.Dockerfile", "cli.Dockerfile", "relay.Dockerfile"];

    [Theory]
    [MemberData(nameof(Images))]
    public void Dockerfile_IsMultiStageOnPinnedDotnetImages(string file, string project)
    {
        // A self-contained publish carries its framework and needs only runtime-deps; otherwise a project that needs
        // ASP.NET Core (itself or through a reference) runs on the aspnet image, others may use the smaller runtime image.
        var runtimeImage = Read(file).Contains("--self-contained true", StringComparison.Ordinal) ? "runtime-deps"
            : NeedsAspNetCore(RepositoryRoot.Combine("src", project, $"{project}.csproj")) ? "aspnet" : "(runtime|aspnet)";
        var froms = FromLine().Matches(Read(file)).Select(m => (Image: m.Groups["image"].Value, Stage: m.Groups["stage"].Value)).ToList();

        Assert.Equal(2, froms.Count);
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/sdk:10\.0\.\d+$", froms[0].Image);
        Assert.Equal("build", froms[0].Stage);
        Assert.Matches($@"^mcr\.microsoft\.com/dotnet/{runtimeImage}:10\.0\.\d+$", froms[1].Image);
        Assert.Contains($"dotnet publish src/{project}/{project}.csproj --configuration Release --output /app", Read(file), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Dockerfile_FinalStageRunsAsTheNonRootAppUser(string file)
    {
        var finalStage = Read(file)[FromLine().Matches(Read(file))[^1].Index..];
        var users = UserLine().Matches(finalStage).Select(m => m.Groups["user"].Value).ToList();

        Assert.Equal(["$APP_UID"], users);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Dockerfile_BakesInNoSecretAndCopiesOnlyWhatExists(string file)
    {
        var text = Read(file);

        Assert.DoesNotMatch(@"(?im)^\s*(ENV|ARG)\s+\S*(PASSWORD|SECRET|PRIVATE|TOKEN|KEY)", text);
        foreach (Match copy in CopyLine().Matches(text))
        {
            foreach (var source in copy.Groups["sources"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(Path.Exists(RepositoryRoot.Combine(source)), $"{file} copies {source}, which is not in the repository.");
                Assert.DoesNotMatch(@"^(\.env|secrets/|deploy/besu)", source);
            }
        }
    }

    [Fact]
    public void DockerIgnore_KeepsSecretsKeysAndBuildOutputOutOfTheContext()
    {
        var ignored = File.ReadAllLines(RepositoryRoot.Combine(".dockerignore")).Where(l => l.Length > 0 && l[0] != '#').ToHashSet();

        Assert.Superset(new HashSet<string> { ".env", "secrets/", "deploy/besu/", "**/bin/", "**/obj/", ".git/", "**/node_modules/" }, ignored);
    }

    [Theory]
    [InlineData("issuer", "issuer.Dockerfile", new[] { "dotnet", "/app/CredChain.Issuer.dll" })]
    [InlineData("portal", "portal.Dockerfile", new[] { "/app/CredChain.Verifier" })]
    [InlineData("relay", "relay.Dockerfile", new[] { "dotnet", "/app/CredChain.Relay.dll" })]
    public void Compose_ServiceEntrypoint_ExecsWhatItsImageRuns(string service, string file, string[] command)
    {
        var compose = ComposeFile.Load(RepositoryRoot.Combine("docker-compose.yml")).Services[service];

        Assert.Contains($"ENTRYPOINT [{string.Join(", ", command.Select(c => $"\"{c}\""))}]", Read(file), StringComparison.Ordinal);
        Assert.EndsWith($"exec {string.Join(' ', command)}\n", compose.Sequence("entrypoint")[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void PortalImage_PublishesSelfContainedCompositeReadyToRun_OnRuntimeDeps()
    {
        var text = Read("portal.Dockerfile");

        // Cold start (bench/README.md): the app and its framework precompiled together; the app host starts it.
        Assert.Contains("--self-contained true -p:PublishReadyToRun=true \\\n      -p:PublishReadyToRunComposite=true\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("UseAppHost=false", text, StringComparison.Ordinal);
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/runtime-deps:10\.0\.\d+$", FromLine().Matches(text)[^1].Groups["image"].Value);
    }

    [Fact]
    public void CliImage_PublishesTheCliWithoutTheDevHost_OnTheBareRuntime()
    {
        var text = Read("cli.Dockerfile");
        var froms = FromLine().Matches(text).Select(m => m.Groups["image"].Value).ToList();

        // The dev host embeds a test vector the build context leaves out (.dockerignore: tests/), and needs ASP.NET Core.
        Assert.Contains("dotnet publish src/CredChain.Cli/CredChain.Cli.csproj --configuration Release --output /app -p:UseAppHost=false -p:IncludeDevHost=false", text, StringComparison.Ordinal);
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/runtime:10\.0\.\d+$", froms[^1]);
    }

    private static bool NeedsAspNetCore(string projectFile)
    {
        var project = System.Xml.Linq.XDocument.Load(projectFile).Root!;
        if (project.Attribute("Sdk")?.Value == "Microsoft.NET.Sdk.Web"
            || project.Descendants("FrameworkReference").Any(f => f.Attribute("Include")?.Value == "Microsoft.AspNetCore.App"))
        {
            return true;
        }

        // A reference built for its side effect only (the CLI's dev host, left out of the image) adds nothing to run.
        return project.Descendants("ProjectReference")
            .Where(r => r.Attribute("ReferenceOutputAssembly")?.Value != "false")
            .Select(r => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(projectFile)!, r.Attribute("Include")!.Value.Replace('\\', '/'))))
            .Any(NeedsAspNetCore);
    }

    private static string Read(string file) => File.ReadAllText(RepositoryRoot.Combine("deploy", "docker", file));

    [GeneratedRegex(@"(?m)^FROM\s+(?<image>\S+)(\s+AS\s+(?<stage>\S+))?")]
    private static partial Regex FromLine();

    [GeneratedRegex(@"(?m)^USER\s+(?<user>\S+)")]
    private static partial Regex UserLine();

    [GeneratedRegex(@"(?m)^COPY\s+(?!--from)(?<sources>.+)\s+\S+$")]
    private static partial Regex CopyLine();
}
