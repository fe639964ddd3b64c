namespace ContentReview.Service.Api;

// The JSON shapes of the API: the proto's messages (proto/contentreview/v1) with camelCase field names and enums as
// short lowercase strings ("plain", "utf8", "error"). Serialized with JsonApiExtensions.JsonOptions.

/// <summary>A review request after parsing and validation.</summary>
internal sealed record ParsedReviewRequest(
    string Text,
    ContentType ContentType,
    IReadOnlyList<string>? Categories,
    Severity MinimumSeverity,
    Hosting.OffsetUnit OffsetUnit,
    string RequestId);

/// <summary>The response of <c>POST /api/review</c>.</summary>
internal sealed record ReviewResponseDto(
    string RequestId,
    IReadOnlyList<FindingDto> Findings,
    string LexiconVersion,
    long ReviewTimeMicros,
    double ReviewTimeMs,
    string OffsetUnit);

/// <summary>One finding, spans in the requested unit.</summary>
internal sealed record FindingDto(
    int Start,
    int Length,
    string Text,
    string RuleId,
    string Category,
    string Severity,
    string Message,
    IReadOnlyList<string> Suggestions,
    string Source);

/// <summary>The response of <c>GET /api/lexicon</c>.</summary>
internal sealed record LexiconInfoDto(
    string Version,
    int RuleCount,
    IReadOnlyDictionary<string, int> RuleCountsByCategory,
    IReadOnlyList<string> Categories,
    long Generation,
    DateTimeOffset LoadedAt);

/// <summary>One rule, as <c>GET /api/rules</c> lists it.</summary>
internal sealed record RuleDto(
    string Id,
    string Category,
    string Severity,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<string> Suggestions,
    string Message,
    string Source,
    string File);

/// <summary>A page of rules.</summary>
internal sealed record RulesPageDto(
    IReadOnlyList<RuleDto> Rules,
    int Page,
    int PageSize,
    int TotalSize,
    int TotalPages,
    string LexiconVersion);

/// <summary>The response of a successful <c>POST /api/admin/reload</c>.</summary>
internal sealed record ReloadResponseDto(string PreviousVersion, string LexiconVersion, long Generation, string Instance, string LocalAddress);

/// <summary>The response of <c>GET /healthz</c>.</summary>
internal sealed record HealthDto(
    string Status,
    string? LexiconVersion,
    long? LexiconGeneration,
    DateTimeOffset? LexiconLoadedAt,
    string? LastReloadError,
    DateTimeOffset? LastReloadErrorAt);
