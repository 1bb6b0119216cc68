namespace CredChain.Issuer.Import;

/// <summary>Stable codes for row-level problems in a request or an upload.</summary>
internal static class RowErrorCodes
{
    public const string MalformedJson = "malformed_json";
    public const string MalformedCsv = "malformed_csv";
    public const string InvalidUtf8 = "invalid_utf8";
    public const string NotAnObject = "not_an_object";
    public const string UnknownField = "unknown_field";
    public const string MissingField = "missing_field";
    public const string InvalidField = "invalid_field";
    public const string InvalidDate = "invalid_date";
    public const string DuplicateId = "duplicate_id";
    public const string LineTooLong = "line_too_long";
    public const string InvalidHeader = "invalid_header";
    public const string EmptyUpload = "empty_upload";
    public const string TooManyRows = "too_many_rows";

    // Refusals of Core's document format, named so a registrar knows what to fix (the limits are CredentialLimits').
    public const string ValueTooLong = "value_too_long";
    public const string TooDeep = "too_deep";
    public const string InexactNumber = "inexact_number";
    public const string CredentialTooLarge = "credential_too_large";
}
