using CredChain.Cli.Dev;

namespace CredChain.DevHost;

/// <summary>
/// The "it is running" text: URLs, the dev token, and commands to paste. Plain text, never wrapped, so that every
/// command line can be copied as printed.
/// </summary>
internal static class UpBanner
{
    public static void Write(TextWriter output, UpInfo info)
    {
        var issuer = info.IssuerUrl.ToString().TrimEnd('/');
        var portal = info.PortalUrl.ToString().TrimEnd('/');
        output.WriteLine($$$"""

            CredChain is running.
              Issuing service  {{{issuer}}}   (OpenAPI: {{{issuer}}}/openapi/v1.json)
              Portal           {{{portal}}}
              Dev chain        {{{info.RpcUrl.ToString().TrimEnd('/')}}}   (chain id {{{info.ChainId}}})
              Registries       IssuerRegistry {{{info.IssuerRegistry}}}, CredentialRegistry {{{info.CredentialRegistry}}}
              Demo issuer      {{{info.Issuer}}}   {{{DemoIssuer.NameZh}}} / {{{DemoIssuer.NameEn}}}
              Data             {{{info.DataDirectory}}}{{{Hub(info)}}}

            Dev bearer token ({{{string.Join(", ", DevTokens.Roles)}}}; expires {{{info.TokenExpires:yyyy-MM-dd HH:mm}}} UTC):
              export CREDCHAIN_TOKEN={{{info.Token}}}

            Issue one credential over HTTP, then fetch it with its proof once anchored (about 2 s later):
              curl -s -X POST {{{issuer}}}/api/v1/credentials -H "Authorization: Bearer $CREDCHAIN_TOKEN" -H "Content-Type: application/json" -d '{"type":["BachelorDegreeCredential"],"credentialSubject":{"name":{"zh":"张三","en":"Zhang San"},"degree":"Bachelor of Engineering"}}'
              curl -s -H "Authorization: Bearer $CREDCHAIN_TOKEN" {{{issuer}}}/api/v1/credentials/<id>

            Issue a small class from CSV, verify one, and open its verification page:
              dotnet run --project src/CredChain.Cli -- issue {{{info.ExampleCsv}}} --service {{{issuer}}} --token $CREDCHAIN_TOKEN --out ./credentials
              dotnet run --project src/CredChain.Cli -- verify ./credentials/<id>.json --portal {{{portal}}}
              {{{portal}}}/v/<id>   (open it and drop ./credentials/<id>.json on the page)

            Verify an OpenAttestation v2 (OpenCerts) document, issued in the dev DocumentStore {{{DevDocumentStore.Address}}}:
              dotnet run --project src/CredChain.Cli -- verify {{{info.DataDirectory}}}/openattestation-demo.json --portal {{{portal}}}
              {{{portal}}}   (drop {{{info.DataDirectory}}}/openattestation-demo.json on the page)

            Press Ctrl+C to stop. Run `up` again to resume with the same chain and credentials.
            """);
        output.Flush();
    }

    private static string Hub(UpInfo info) => info.HubRpcUrl is null ? string.Empty : $$$"""

              Hub chain        {{{info.HubRpcUrl.ToString().TrimEnd('/')}}}   (chain id {{{DevHub.HubChainId}}}, CheckpointRegistry {{{info.HubRegistry}}})
              Relay            {{{info.RelayUrl}}}api/v1/checkpoints/members/{{{info.ChainId}}}/{{{info.CredentialRegistry}}}
            """.TrimEnd();
}
