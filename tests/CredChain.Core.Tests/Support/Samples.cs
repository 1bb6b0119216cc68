using System.Text.Json;
using CredChain.Core.Documents;
using CredChain.Core.Issuing;
using Microsoft.Extensions.Time.Testing;

namespace CredChain.Core.Tests.Support;

/// <summary>Sample issuers, subjects and a factory with a fixed clock and fixed salts.</summary>
internal static class Samples
{
    public const long ChainId = 31337;

    // anvil's well-known first dev account and its first contract address.
    public const string IssuerAddress = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    public const string Registry = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

    public static readonly DateTimeOffset IssuedAt = new(2026, 7, 1, 8, 30, 0, TimeSpan.Zero);

    public static IssuerRef Issuer { get; } = IssuerRef.ForAccount(ChainId, IssuerAddress, "清华大学 Tsinghua University");

    public const string SubjectJson = """
        {
          "id": "did:example:graduate-2022010123",
          "name": "张伟",
          "nameEn": "Zhang Wei",
          "studentNumber": "2022010123",
          "degree": {
            "type": "BachelorDegree",
            "name": "工学学士",
            "nameEn": "Bachelor of Engineering",
            "major": "计算机科学与技术",
            "majorEn": "Computer Science and Technology"
          },
          "graduationDate": "2026-06-30",
          "gpa": 3.78,
          "creditsEarned": 162,
          "honours": ["优秀毕业生", "Dean's List"],
          "courses": [
            { "code": "CS101", "title": "程序设计基础 / Programming Fundamentals", "grade": "A" },
            { "code": "MA201", "title": "线性代数 ~ Linear Algebra", "grade": "A-" }
          ],
          "thesisPublic": true,
          "minor": null
        }
        """;

    public static JsonElement Subject => JsonElement.Parse(SubjectJson);

    public static CredentialDraft Draft(JsonElement? subject = null) =>
        new(Issuer, ["UniversityDegreeCredential"], subject ?? Subject, IssuedAt, IssuedAt.AddYears(50));

    public static CredentialFactory Factory(ulong seed = 1) =>
        new(new FakeTimeProvider(IssuedAt), new DeterministicRandom(seed));

    public static CredentialDocument Credential(ulong seed = 1) => Factory(seed).Create(Draft());

    public static JsonElement Json(string json) => JsonElement.Parse(json);
}
