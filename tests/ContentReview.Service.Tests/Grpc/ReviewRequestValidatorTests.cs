using ContentReview.Service.Grpc;
using ContentReview.Service.Grpc.Validation;
using ContentReview.Service.Hosting;
using Microsoft.Extensions.Options;
using V1 = ContentReview.Service.Grpc.V1;

namespace ContentReview.Service.Tests.Grpc;

/// <summary>
/// The validator's direct check (<see cref="ReviewRequestValidator.IsPlainlyValid"/>, which lets valid requests skip
/// FluentValidation) must agree with the FluentValidation rules on every request: valid exactly when they find nothing.
/// </summary>
public sealed class ReviewRequestValidatorTests
{
    private const int MaxTextLength = 50;

    private static readonly ReviewerSnapshot Snapshot = new(
        ContentReviewer.CreateBuilder().UseBuiltInLexicon(false).Build(), "test");

    private static readonly Dictionary<string, V1.ReviewRequest> Requests = new()
    {
        ["plain"] = new V1.ReviewRequest { Text = "国土资源部" },
        ["all-fields"] = new V1.ReviewRequest
        {
            Text = "国土资源部", RequestId = "id-1", ContentType = V1.ContentType.Html, OffsetUnit = V1.OffsetUnit.Utf8,
            Options = new V1.ReviewOptions { MinimumSeverity = V1.Severity.Warning, Categories = { "typo", "agency-name" } },
        },
        ["options-empty"] = new V1.ReviewRequest { Text = "文本", Options = new V1.ReviewOptions() },
        ["text-at-limit"] = new V1.ReviewRequest { Text = new string('字', MaxTextLength) },
        ["request-id-at-limit"] = new V1.ReviewRequest { Text = "文本", RequestId = new string('a', ReviewRequestValidator.MaxRequestIdLength) },
        ["text-empty"] = new V1.ReviewRequest { Text = "" },
        ["text-whitespace"] = new V1.ReviewRequest { Text = " \t\n　" },
        ["text-too-long"] = new V1.ReviewRequest { Text = new string('字', MaxTextLength + 1) },
        ["content-type-unknown"] = new V1.ReviewRequest { Text = "文本", ContentType = (V1.ContentType)7 },
        ["offset-unit-unknown"] = new V1.ReviewRequest { Text = "文本", OffsetUnit = (V1.OffsetUnit)9 },
        ["request-id-too-long"] = new V1.ReviewRequest { Text = "文本", RequestId = new string('a', ReviewRequestValidator.MaxRequestIdLength + 1) },
        ["severity-unknown"] = new V1.ReviewRequest { Text = "文本", Options = new V1.ReviewOptions { MinimumSeverity = (V1.Severity)5 } },
        ["category-unknown"] = new V1.ReviewRequest { Text = "文本", Options = new V1.ReviewOptions { Categories = { "typo", "no-such" } } },
        ["category-empty"] = new V1.ReviewRequest { Text = "文本", Options = new V1.ReviewOptions { Categories = { "" } } },
    };

    public static TheoryData<string> Cases => new(Requests.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsPlainlyValid_AnyRequest_AgreesWithTheRules(string caseId)
    {
        var request = Requests[caseId];
        var validator = new ReviewRequestValidator(Options.Create(new GrpcTransportOptions { MaxTextLength = MaxTextLength }));
        var context = new FluentValidation.ValidationContext<V1.ReviewRequest>(request);
        context.RootContextData[ReviewRequestValidator.SnapshotKey] = Snapshot;
        bool rulesPass = validator.Validate(context).IsValid;

        Assert.True(rulesPass == validator.IsPlainlyValid(request, Snapshot), $"{caseId}: rules say valid={rulesPass}");
        Assert.Equal(rulesPass, validator.Check(request, Snapshot).Count == 0);
    }
}
