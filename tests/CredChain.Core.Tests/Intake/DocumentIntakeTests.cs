using System.Text;
using CredChain.Core.Documents;
using CredChain.Core.Intake;
using CredChain.Core.Tests.Support;

namespace CredChain.Core.Tests.Intake;

public sealed class DocumentIntakeTests
{
    private static readonly string Deep = "{\"credentialSubject\": " + new string('[', 40) + new string(']', 40) + "}";

    private static readonly string LongValue = "{\"credentialSubject\": {\"name\": \"" + new string('x', CredentialLimits.MaxStringBytes + 1) + "\"}}";

    private static readonly string LongName = "{\"credentialSubject\": {\"" + new string('k', CredentialLimits.MaxStringBytes + 1) + "\": 1}}";

    private const string NotACredential = "The body must be a JSON object with the members of a W3C verifiable credential.";

    private const string TooLong = "No string, name or number in a credential is longer than 16384 bytes of UTF-8.";

    /// <summary>The portal's 400 table (<c>VerifyApiInputTests</c>): what the first pass alone refuses, and why.</summary>
    public static TheoryData<string, MalformedReason, string> RefusedBeforeReading => new()
    {
        { "", MalformedReason.InvalidJson, "Malformed JSON near line 1, byte 1." },
        { "not json", MalformedReason.InvalidJson, "Malformed JSON near line 1, byte 2." },
        { "{\"@context\": [", MalformedReason.InvalidJson, "Malformed JSON near line 1, byte 15." },
        { "[1, 2, 3]", MalformedReason.NotACredential, NotACredential },
        { "\"a string\"", MalformedReason.NotACredential, NotACredential },
        { "{}", MalformedReason.NotACredential, NotACredential },
        { "{\"name\": \"张三\", \"degree\": \"BSc\"}", MalformedReason.NotACredential, NotACredential },
        { Deep, MalformedReason.TooDeep, "A credential is nested at most 16 levels deep." },
        { LongValue, MalformedReason.StringTooLong, TooLong },
        { LongName, MalformedReason.StringTooLong, TooLong },
    };

    [Theory]
    [MemberData(nameof(RefusedBeforeReading))]
    public void Screen_InputThatIsNotADocument_IsRefusedWithItsReason(string input, MalformedReason reason, string detail) =>
        Assert.Equal(new MalformedInput(reason, detail), DocumentIntake.Screen(Encoding.UTF8.GetBytes(input), DocumentFormat.CredChain));

    [Fact]
    public void Screen_InvalidUtf8_IsRefusedAsInvalidJson() =>
        Assert.Equal(
            new MalformedInput(MalformedReason.InvalidJson, "The body is not valid UTF-8."),
            DocumentIntake.Screen([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}'], DocumentFormat.CredChain));

    [Theory]
    [InlineData("{\"type\": [\"VerifiableCredential\"], \"type\": [\"VerifiableCredential\"]}")]
    [InlineData("{\"@context\": 5, \"type\": null, \"proof\": []}")]
    [InlineData("{\"credentialSubject\": {\"n\": 1e400}}")]
    public void Screen_CredentialShapedInput_GoesOnToTheVerifier(string input) =>
        Assert.Null(DocumentIntake.Screen(Encoding.UTF8.GetBytes(input), DocumentFormat.CredChain));

    [Fact]
    public void Screen_OpenAttestationDocument_NeedsNoCredentialMembers()
    {
        var wrapped = "{\"version\":\"https://schema.openattestation.com/2.0/schema.json\",\"data\":{},\"signature\":{}}"u8;

        Assert.Equal(
            (DocumentFormat.OpenAttestation, (MalformedInput?)null),
            (DocumentIntake.FormatOf(wrapped), DocumentIntake.Screen(wrapped, DocumentFormat.OpenAttestation)));
    }

    [Fact]
    public void Screen_AnIssuedDocument_GoesOnToTheVerifier_AfterItsByteOrderMarkIsDropped()
    {
        var issued = Samples.Credential().ToUtf8Bytes();
        var withMark = DocumentIntake.WithoutByteOrderMark((byte[])[0xEF, 0xBB, 0xBF, .. issued]);

        Assert.Equal(issued, withMark.ToArray());
        Assert.Equal(DocumentFormat.CredChain, DocumentIntake.FormatOf(withMark.Span));
        Assert.Null(DocumentIntake.Screen(withMark.Span, DocumentFormat.CredChain));
    }

    [Fact]
    public void Screen_FormatErrorOfAReadDocument_RefusesOnlyWhatIsNotADocumentAtAll()
    {
        var refused = Enum.GetValues<CredentialFormatError>()
            .Select(error => (error, DocumentIntake.Screen(error)?.Reason))
            .Where(pair => pair.Reason is not null)
            .ToList();

        Assert.Equal(
            [
                (CredentialFormatError.InvalidJson, MalformedReason.InvalidJson),
                (CredentialFormatError.RootNotObject, MalformedReason.NotACredential),
                (CredentialFormatError.DuplicateKey, MalformedReason.DuplicateKey),
                (CredentialFormatError.TooDeep, MalformedReason.TooDeep),
                (CredentialFormatError.TooLarge, MalformedReason.TooLarge),
                (CredentialFormatError.StringTooLong, MalformedReason.StringTooLong),
            ],
            refused);
        Assert.Null(DocumentIntake.Screen((CredentialFormatError?)null));
    }
}
