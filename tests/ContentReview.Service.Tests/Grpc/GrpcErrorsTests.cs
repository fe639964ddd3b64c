using ContentReview.Service.Grpc.Services;
using ContentReview.Service.Grpc.Transport;
using Microsoft.AspNetCore.Connections;

namespace ContentReview.Service.Tests.Grpc;

/// <summary>Status details, error classification and page tokens as units.</summary>
public sealed class GrpcErrorsTests
{
    [Fact]
    public void InvalidArgument_CarriesBadRequestWithEveryViolation()
    {
        var error = GrpcErrors.InvalidArgument([("text", "must not be empty"), ("options.categories[0]", "unknown category 'x'")]);

        Assert.Equal(GrpcStatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("invalid request: text: must not be empty; options.categories[0]: unknown category 'x'", error.Detail);
        var status = error.ToRpcStatus()!;
        Assert.Equal((3, error.Detail), (status.Code, status.Message));
        var badRequest = status.Details.Single().Unpack<Google.Rpc.BadRequest>();
        Assert.Equal(["text", "options.categories[0]"], badRequest.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public void RateLimited_CarriesErrorInfoAndRetryInfo()
    {
        var status = GrpcErrors.RateLimited(TimeSpan.FromMilliseconds(1500)).ToRpcStatus()!;

        Assert.Equal(8, status.Code);
        Assert.Equal("RATE_LIMITED", status.Details[0].Unpack<Google.Rpc.ErrorInfo>().Reason);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), status.Details[1].Unpack<Google.Rpc.RetryInfo>().RetryDelay.ToTimeSpan());
    }

    [Fact]
    public void StatusWithoutDetails_HasNoDetailsHeader() =>
        Assert.Null(new GrpcStatusException(GrpcStatusCode.NotFound, "x").ToRpcStatus());

    [Theory]
    [InlineData("aborted-io", true)]
    [InlineData("connection-aborted", true)]
    [InlineData("connection-reset", true)]
    [InlineData("other-io", false)]
    [InlineData("invalid-operation", false)]
    public void IsConnectionGone_ClassifiesClientDisconnects(string caseId, bool expected)
    {
        Exception exception = caseId switch
        {
            "aborted-io" => new IOException("The request stream was aborted.", new ConnectionAbortedException("faulted")),
            "connection-aborted" => new ConnectionAbortedException(),
            "connection-reset" => new ConnectionResetException("reset"),
            "other-io" => new IOException("disk full"),
            _ => new InvalidOperationException("bug"),
        };

        Assert.Equal(expected, GrpcMethodHandler.IsConnectionGone(exception));
    }

    [Theory]
    [InlineData("2026.11.22-abc", "", 0)]
    [InlineData("v", "agency-name", 300)]
    public void PageToken_RoundTrips(string version, string category, int offset)
    {
        var token = new ContentReviewGrpcService.PageToken(version, category, offset);

        var encoded = token.Encode();

        Assert.DoesNotContain('=', encoded);
        Assert.Equal(token, ContentReviewGrpcService.PageToken.Decode(encoded));
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("dGVzdA")]
    public void PageToken_Garbage_Null(string token) => Assert.Null(ContentReviewGrpcService.PageToken.Decode(token));
}
