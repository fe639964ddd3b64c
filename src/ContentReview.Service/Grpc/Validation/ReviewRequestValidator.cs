using ContentReview.Service.Grpc.Transport;
using ContentReview.Service.Hosting;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;
using V1 = ContentReview.Service.Grpc.V1;

namespace ContentReview.Service.Grpc.Validation;

/// <summary>
/// Validates review requests. Failures name the field by its proto path (<c>text</c>, <c>options.categories[1]</c>)
/// and become INVALID_ARGUMENT with a google.rpc.BadRequest. The categories a request may name are those of the
/// reviewer serving the call (the well-known ones plus any a custom lexicon or check adds), passed in per call.
/// </summary>
internal sealed class ReviewRequestValidator : AbstractValidator<V1.ReviewRequest>
{
    public const int MaxRequestIdLength = 128;
    internal const string SnapshotKey = "reviewer";

    private readonly int _maxTextLength;

    public ReviewRequestValidator(IOptions<GrpcTransportOptions> options)
    {
        int maxLength = options.Value.MaxTextLength;
        _maxTextLength = maxLength;

        RuleFor(r => r.Text)
            .Cascade(CascadeMode.Stop)
            .Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("must not be empty")
            .Must(text => text.Length <= maxLength)
            .WithMessage(r => $"is {r.Text.Length} UTF-16 code units long; the limit is {maxLength}")
            .OverridePropertyName("text");

        RuleFor(r => r.ContentType)
            .Must(v => Enum.IsDefined(v))
            .WithMessage(r => $"unknown value {(int)r.ContentType}; expected CONTENT_TYPE_PLAIN_TEXT (1) or CONTENT_TYPE_HTML (2)")
            .OverridePropertyName("content_type");

        RuleFor(r => r.OffsetUnit)
            .Must(v => Enum.IsDefined(v))
            .WithMessage(r => $"unknown value {(int)r.OffsetUnit}; expected OFFSET_UNIT_UTF16 (1), OFFSET_UNIT_UTF8 (2) or OFFSET_UNIT_CODE_POINT (3)")
            .OverridePropertyName("offset_unit");

        RuleFor(r => r.RequestId)
            .Must(id => id.Length <= MaxRequestIdLength)
            .WithMessage(r => $"is {r.RequestId.Length} characters long; the limit is {MaxRequestIdLength}")
            .OverridePropertyName("request_id");

        When(r => r.Options is not null, () =>
        {
            RuleFor(r => r.Options.MinimumSeverity)
                .Must(v => Enum.IsDefined(v))
                .WithMessage(r => $"unknown value {(int)r.Options.MinimumSeverity}; expected SEVERITY_INFO (1), SEVERITY_WARNING (2) or SEVERITY_ERROR (3)")
                .OverridePropertyName("options.minimum_severity");

            RuleForEach(r => r.Options.Categories)
                .Must((_, category, context) => Snapshot(context)?.IsKnownCategory(category) ?? Categories.All.Contains(category))
                .WithMessage((_, category) => $"unknown category '{category}'; GetLexiconInfo lists the known ones")
                .OverridePropertyName("options.categories");
        });
    }

    /// <summary>Validates <paramref name="request"/> against the reviewer that will serve it; returns the violations.</summary>
    public IReadOnlyList<(string Field, string Description)> Check(V1.ReviewRequest request, ReviewerSnapshot reviewer)
    {
        if (IsPlainlyValid(request, reviewer))
        {
            return [];
        }

        var context = new ValidationContext<V1.ReviewRequest>(request);
        context.RootContextData[SnapshotKey] = reviewer;
        return ToViolations(Validate(context));
    }

    /// <summary>Throws INVALID_ARGUMENT (with BadRequest details) unless <paramref name="request"/> is valid.</summary>
    public void ValidateOrThrow(V1.ReviewRequest request, ReviewerSnapshot reviewer)
    {
        var violations = Check(request, reviewer);
        if (violations.Count > 0)
        {
            throw GrpcErrors.InvalidArgument(violations);
        }
    }

    /// <summary>
    /// The rules above, checked directly: true only when none of them can fail. Every review call goes through here,
    /// and FluentValidation costs more than the checks themselves (an async rule pipeline per property, and the
    /// <c>When</c> condition cache hashes the whole message, text included); so a valid request skips it, and only an
    /// invalid one builds the messages. Keep in step with the rules (a test checks both agree).
    /// </summary>
    internal bool IsPlainlyValid(V1.ReviewRequest request, ReviewerSnapshot reviewer)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > _maxTextLength
            || !Enum.IsDefined(request.ContentType) || !Enum.IsDefined(request.OffsetUnit)
            || request.RequestId.Length > MaxRequestIdLength)
        {
            return false;
        }

        if (request.Options is not { } options)
        {
            return true;
        }

        if (!Enum.IsDefined(options.MinimumSeverity))
        {
            return false;
        }

        foreach (string category in options.Categories)
        {
            if (!reviewer.IsKnownCategory(category))
            {
                return false;
            }
        }

        return true;
    }

    internal static IReadOnlyList<(string Field, string Description)> ToViolations(ValidationResult result) =>
        result.IsValid ? [] : result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToArray();

    internal static ReviewerSnapshot? Snapshot(IValidationContext context) =>
        context.RootContextData.TryGetValue(SnapshotKey, out var value) ? value as ReviewerSnapshot : null;
}

/// <summary>Validates ListRules requests (the page token is checked by the service, which can decode it).</summary>
internal sealed class ListRulesRequestValidator : AbstractValidator<V1.ListRulesRequest>
{
    public ListRulesRequestValidator()
    {
        RuleFor(r => r.PageSize)
            .GreaterThanOrEqualTo(0)
            .WithMessage(r => $"must not be negative (got {r.PageSize}); 0 means the default of 100")
            .OverridePropertyName("page_size");

        RuleFor(r => r.Category)
            .Must((_, category, context) => category.Length == 0
                || (ReviewRequestValidator.Snapshot(context)?.IsKnownCategory(category) ?? Categories.All.Contains(category)))
            .WithMessage((_, category) => $"unknown category '{category}'; GetLexiconInfo lists the known ones")
            .OverridePropertyName("category");
    }

    public void ValidateOrThrow(V1.ListRulesRequest request, ReviewerSnapshot reviewer)
    {
        var context = new ValidationContext<V1.ListRulesRequest>(request);
        context.RootContextData[ReviewRequestValidator.SnapshotKey] = reviewer;
        var violations = ReviewRequestValidator.ToViolations(Validate(context));
        if (violations.Count > 0)
        {
            throw GrpcErrors.InvalidArgument(violations);
        }
    }
}
