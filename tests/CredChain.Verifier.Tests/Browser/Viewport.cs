namespace CredChain.Verifier.Tests.Browser;

public enum Viewport
{
    Phone,
    Desktop,
}
