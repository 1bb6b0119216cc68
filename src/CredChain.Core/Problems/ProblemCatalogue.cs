using System.Collections.Frozen;
using System.Reflection;

namespace CredChain.Core.Problems;

/// <summary>
/// Every <c>code</c> the issuing service, the portal and the relay answer with, in one place (<c>docs/problems.md</c>
/// lists them). The spellings differ by service because clients branched on them before this catalogue existed.
/// </summary>
public static class ProblemCatalogue
{
    /// <summary>Malformed request (issuing service).</summary>
    public static readonly ProblemCode BadRequest = new("bad_request", 400, "请求无效", "Bad request");

    /// <summary>A field or parameter is invalid.</summary>
    public static readonly ProblemCode ValidationFailed = new("validation_failed", 400, "请求内容无效", "Validation failed");

    /// <summary>An upload had rows that cannot be issued; nothing was stored.</summary>
    public static readonly ProblemCode ImportRejected = new("import_rejected", 400, "上传被拒绝", "Upload rejected");

    /// <summary>The body is not valid UTF-8.</summary>
    public static readonly ProblemCode InvalidUtf8 = new("invalid_utf8", 400, "不是有效的 UTF-8", "Invalid UTF-8");

    /// <summary>No bearer token, or an invalid one.</summary>
    public static readonly ProblemCode Unauthorized = new("unauthorized", 401, "未认证", "Unauthorized");

    /// <summary>The caller's role or issuer accounts do not allow this.</summary>
    public static readonly ProblemCode Forbidden = new("forbidden", 403, "无权操作", "Forbidden");

    /// <summary>No such resource (or not visible to the caller).</summary>
    public static readonly ProblemCode NotFound = new("not_found", 404, "未找到", "Not found");

    /// <summary>The path exists but not for this method.</summary>
    public static readonly ProblemCode MethodNotAllowed = new("method_not_allowed", 405, "不支持此方法", "Method not allowed");

    /// <summary>The resource is in a state that forbids this (issuing service, generic).</summary>
    public static readonly ProblemCode Conflict = new("conflict", 409, "冲突", "Conflict");

    /// <summary>The credential, batch or revocation is not in a state that allows this.</summary>
    public static readonly ProblemCode InvalidState = new("invalid_state", 409, "状态不允许此操作", "Invalid state");

    /// <summary>The credential or batch is not on chain yet.</summary>
    public static readonly ProblemCode NotAnchored = new("not_anchored", 409, "尚未上链", "Not anchored");

    /// <summary>The service holds no key for the issuer account (400 when requested, 409 when retrying).</summary>
    public static readonly ProblemCode UnknownIssuerAccount = new("unknown_issuer_account", 400, "未知的发证账户", "Unknown issuer account");

    /// <summary>The Idempotency-Key was used with a different request.</summary>
    public static readonly ProblemCode IdempotencyKeyReused = new("idempotency_key_reused", 422, "幂等键已被其他请求使用", "Idempotency-Key reused");

    /// <summary>The body exceeds the limit (issuing service).</summary>
    public static readonly ProblemCode PayloadTooLarge = new("payload_too_large", 413, "请求体过大", "Request body too large");

    /// <summary>Wrong Content-Type (issuing service).</summary>
    public static readonly ProblemCode UnsupportedMediaType = new("unsupported_media_type", 415, "不支持的媒体类型", "Unsupported media type");

    /// <summary>An unexpected failure; the trace id finds it in the log.</summary>
    public static readonly ProblemCode InternalError = new("internal_error", 500, "内部错误", "Internal error");

    /// <summary>The portal could not be told (withdrawal of a published copy); nothing was recorded.</summary>
    public static readonly ProblemCode PortalUnavailable = new("portal_unavailable", 502, "验证门户不可用", "Portal unavailable");

    /// <summary>This issuing service prints no certificates.</summary>
    public static readonly ProblemCode CertificatesDisabled = new("certificates_disabled", 503, "证书打印已停用", "Certificates disabled");

    /// <summary>Malformed request (portal).</summary>
    public static readonly ProblemCode RequestBad = new("request.bad", 400, "请求无效", "Bad request");

    /// <summary>The body is not JSON, or not a JSON object.</summary>
    public static readonly ProblemCode RequestInvalidJson = new("request.invalid_json", 400, "JSON 无效", "Invalid JSON");

    /// <summary>JSON, but not a credential of a known format.</summary>
    public static readonly ProblemCode RequestNotACredential = new("request.not_a_credential", 400, "不是凭证", "Not a credential");

    /// <summary>JSON nested deeper than a credential may be.</summary>
    public static readonly ProblemCode RequestTooDeep = new("request.too_deep", 400, "JSON 嵌套过深", "JSON nested too deeply");

    /// <summary>A string longer than a credential's values may be.</summary>
    public static readonly ProblemCode RequestStringTooLong = new("request.string_too_long", 400, "值过长", "Value too long");

    /// <summary>An object names a key twice.</summary>
    public static readonly ProblemCode RequestDuplicateKey = new("request.duplicate_key", 400, "重复的键", "Duplicate key");

    /// <summary>The body or document exceeds the limit (portal).</summary>
    public static readonly ProblemCode RequestTooLarge = new("request.too_large", 413, "请求体过大", "Request body too large");

    /// <summary>Wrong Content-Type (portal).</summary>
    public static readonly ProblemCode RequestUnsupportedMediaType = new("request.unsupported_media_type", 415, "不支持的媒体类型", "Unsupported media type");

    /// <summary>Too many requests from this client; Retry-After says when to retry.</summary>
    public static readonly ProblemCode RequestRateLimited = new("request.rate_limited", 429, "请求过于频繁", "Too many requests");

    /// <summary>The portal cannot answer now (e.g. a chain is unreachable).</summary>
    public static readonly ProblemCode ServiceUnavailable = new("service_unavailable", 503, "服务暂不可用", "Service unavailable");

    /// <summary>A share or publication request is malformed.</summary>
    public static readonly ProblemCode ShareInvalid = new("share.invalid", 400, "分享请求无效", "Invalid share");

    /// <summary>No share has this id.</summary>
    public static readonly ProblemCode ShareNotFound = new("share.not_found", 404, "分享不存在", "Share not found");

    /// <summary>The share's link has expired.</summary>
    public static readonly ProblemCode ShareExpired = new("share.expired", 410, "分享已过期", "Share expired");

    /// <summary>The share was withdrawn (<c>withdrawnBy</c>: issuer or graduate).</summary>
    public static readonly ProblemCode ShareWithdrawn = new("share.withdrawn", 410, "分享已撤回", "Share withdrawn");

    /// <summary>A share with this id exists already.</summary>
    public static readonly ProblemCode ShareExists = new("share.exists", 409, "分享已存在", "Share already exists");

    /// <summary>The delete token does not match the share.</summary>
    public static readonly ProblemCode ShareBadDeleteToken = new("share.bad_delete_token", 403, "删除令牌错误", "Wrong delete token");

    /// <summary>The holder's withdrawal code does not match the share.</summary>
    public static readonly ProblemCode ShareBadWithdrawalCode = new("share.bad_withdrawal_code", 403, "撤回码错误", "Wrong withdrawal code");

    /// <summary>The portal holds as many shares as it is configured to.</summary>
    public static readonly ProblemCode ShareStoreFull = new("share.store_full", 507, "分享存储已满", "Share store full");

    /// <summary>No or unknown publisher token.</summary>
    public static readonly ProblemCode PublicationUnauthorized = new("publication.unauthorized", 401, "需要发布方令牌", "Publisher token required");

    /// <summary>The share belongs to another publisher.</summary>
    public static readonly ProblemCode PublicationForbidden = new("publication.forbidden", 403, "不是该发布方的分享", "Not this publisher's share");

    /// <summary>The relay follows no member network with this chain id and registry.</summary>
    public static readonly ProblemCode UnknownMember = new("unknown-member", 404, "未知的成员网络", "Unknown member network");

    /// <summary>The member has no checkpoint on the hub yet.</summary>
    public static readonly ProblemCode NoCheckpoint = new("no-checkpoint", 404, "尚无检查点", "No checkpoint yet");

    /// <summary>An address, root or hash in the path is not well-formed hex.</summary>
    public static readonly ProblemCode InvalidParameter = new("invalid-parameter", 400, "参数无效", "Invalid parameter");

    /// <summary>Every code above, in declaration order.</summary>
    public static IReadOnlyList<ProblemCode> All { get; } = typeof(ProblemCatalogue)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(ProblemCode))
        .Select(f => (ProblemCode)f.GetValue(null)!)
        .ToArray();

    private static readonly FrozenDictionary<string, ProblemCode> ByCode = All.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The catalogue's entry for <paramref name="code"/>, or null for a code it does not hold.</summary>
    public static ProblemCode? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var found) ? found : null;
}
