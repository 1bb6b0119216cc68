namespace CredChain.Issuer.Import;

/// <summary>The JSON type a CSV cell becomes, from the header suffix (<c>:number</c>, <c>:boolean</c>); text by default.</summary>
internal enum CsvValueKind
{
    String = 0,
    Number = 1,
    Boolean = 2,
}
