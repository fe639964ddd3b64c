using System.Net;
using ContentReview.Service.Grpc.V1;
using Google.Protobuf;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContentReview.Service.Tests.Grpc;

using ContentType = ContentReview.Service.Grpc.V1.ContentType;
using Severity = ContentReview.Service.Grpc.V1.Severity;

/// <summary>
/// The gRPC transport through a real Kestrel host over real HTTP/2 (h2c): unary and streaming calls, trailers and
/// Trailers-Only replies, errors with google.rpc details, deadlines, compression, limits and routing.
/// </summary>
public sealed class GrpcTransportTests(GrpcHostFixture fixture) : IClassFixture<GrpcHostFixture>
{
    internal const string Review = "/contentreview.v1.ContentReviewService/Review";
    internal const string ReviewBatch = "/contentreview.v1.ContentReviewService/ReviewBatch";
    internal const string ReviewBatchServerStream = "/contentreview.v1.ContentReviewService/ReviewBatchServerStream";
    internal const string GetLexiconInfo = "/contentreview.v1.ContentReviewService/GetLexiconInfo";
    internal const string ListRules = "/contentreview.v1.ContentReviewService/ListRules";
    internal const string HealthCheck = "/grpc.health.v1.Health/Check";
    internal const string HealthWatch = "/grpc.health.v1.Health/Watch";

    private GrpcTestHost Host => fixture.Host;

    [Fact]
    public async Task Review_Unary_ReturnsFindingsStatusOkInTrailers()
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(Review, new ReviewRequest { Text = "请联系国土资源部办理。", RequestId = "r-1" });

        Assert.Equal(HttpStatusCode.OK, result.HttpStatus);
        Assert.Equal("application/grpc", result.ContentHeaders.ContentType?.MediaType);
        Assert.False(result.TrailersOnly);
        Assert.Equal("0", result.Trailers.GetValues("grpc-status").Single());
        var response = result.Message(ReviewResponse.Parser);
        Assert.Equal("r-1", response.RequestId);
        Assert.Equal(OffsetUnit.Utf16, response.OffsetUnit);
        Assert.False(string.IsNullOrEmpty(response.LexiconVersion));
        Assert.True(response.ReviewTimeMicros >= 0);
        var finding = Assert.Single(response.Findings);
        Assert.Equal((3, 5), (finding.Start, finding.Length));
        Assert.Equal("国土资源部", finding.Text);
        Assert.Equal("agency-2018-guotuziyuanbu", finding.RuleId);
        Assert.Equal("agency-name", finding.Category);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["自然资源部"], finding.Suggestions);
        Assert.Contains("自然资源部", finding.Message, StringComparison.Ordinal);
        Assert.Contains("机构改革方案", finding.Source, StringComparison.Ordinal);
    }

    public static TheoryData<string, OffsetUnit, int[]> OffsetCases => new()
    {
        // 𠮷 (U+20BB7) is a surrogate pair: 2 UTF-16 units, 1 code point, 4 UTF-8 bytes; 野家和 are 1 / 1 / 3 each.
        // Findings: 𠮷野家 then 国土资源部. Expected: start1, len1, start2, len2.
        { "off-utf16", OffsetUnit.Utf16, [0, 4, 5, 5] },
        { "off-unspecified", OffsetUnit.Unspecified, [0, 4, 5, 5] },
        { "off-utf8", OffsetUnit.Utf8, [0, 10, 13, 15] },
        { "off-codepoint", OffsetUnit.CodePoint, [0, 3, 4, 5] },
    };

    [Theory]
    [MemberData(nameof(OffsetCases))]
    public async Task Review_OffsetUnit_ConvertsSpansIncludingSurrogatePairs(string caseId, OffsetUnit unit, int[] expected)
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(Review, new ReviewRequest { Text = "𠮷野家和国土资源部", OffsetUnit = unit });

        Assert.True(result.StatusCode == 0, $"{caseId}: {result}");
        var response = result.Message(ReviewResponse.Parser);
        Assert.Equal(unit == OffsetUnit.Unspecified ? OffsetUnit.Utf16 : unit, response.OffsetUnit);
        Assert.Equal(2, response.Findings.Count);
        Assert.Equal(expected, new[] { response.Findings[0].Start, response.Findings[0].Length, response.Findings[1].Start, response.Findings[1].Length });
        Assert.Equal("𠮷野家", response.Findings[0].Text);
    }

    [Fact]
    public async Task Review_Html_SpansPointIntoTheHtmlSource()
    {
        using var client = Host.CreateClient();
        const string html = "<p>请联系<b>农业部</b>。</p>";
        var result = await client.CallAsync(Review, new ReviewRequest { Text = html, ContentType = ContentType.Html });

        var finding = Assert.Single(result.Message(ReviewResponse.Parser).Findings);
        Assert.Equal("农业部", html.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public async Task Review_OptionsFilterByCategoryAndSeverity()
    {
        using var client = Host.CreateClient();
        const string text = "国土资源部要再接再励。";
        var all = (await client.CallAsync(Review, new ReviewRequest { Text = text })).Message(ReviewResponse.Parser);
        var typoOnly = (await client.CallAsync(Review, new ReviewRequest { Text = text, Options = new() { Categories = { "typo" } } }))
            .Message(ReviewResponse.Parser);
        var errorsOnly = (await client.CallAsync(Review, new ReviewRequest { Text = text, Options = new() { MinimumSeverity = Severity.Error } }))
            .Message(ReviewResponse.Parser);

        Assert.Equal(["agency-2018-guotuziyuanbu", "typo-test-info"], all.Findings.Select(f => f.RuleId));
        Assert.Equal(["typo-test-info"], typoOnly.Findings.Select(f => f.RuleId));
        Assert.Equal(["agency-2018-guotuziyuanbu"], errorsOnly.Findings.Select(f => f.RuleId));
    }

    public static TheoryData<string, ReviewRequest, string> InvalidRequests => new()
    {
        { "inv-empty", new ReviewRequest { Text = "" }, "text" },
        { "inv-blank", new ReviewRequest { Text = " \n\t" }, "text" },
        { "inv-too-long", new ReviewRequest { Text = new string('字', 20_001) }, "text" },
        { "inv-category", new ReviewRequest { Text = "正文", Options = new() { Categories = { "typo", "no-such-category" } } }, "options.categories[1]" },
        { "inv-content-type", new ReviewRequest { Text = "正文", ContentType = (ContentType)7 }, "content_type" },
        { "inv-offset-unit", new ReviewRequest { Text = "正文", OffsetUnit = (OffsetUnit)9 }, "offset_unit" },
        { "inv-severity", new ReviewRequest { Text = "正文", Options = new() { MinimumSeverity = (Severity)42 } }, "options.minimum_severity" },
        { "inv-request-id", new ReviewRequest { Text = "正文", RequestId = new string('x', 129) }, "request_id" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Review_InvalidRequest_InvalidArgumentWithFieldViolation(string caseId, ReviewRequest request, string field)
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(Review, request);

        Assert.True(result.StatusCode == 3, $"{caseId}: {result}");
        Assert.True(result.TrailersOnly, $"{caseId}: an early error is a Trailers-Only reply");
        Assert.Empty(result.Messages);
        Assert.Contains(field, result.StatusMessage, StringComparison.Ordinal);
        var details = result.StatusDetails!;
        Assert.Equal(3, details.Code);
        Assert.Equal(result.StatusMessage, details.Message);
        var violation = Assert.Single(result.BadRequest!.FieldViolations);
        Assert.Equal(field, violation.Field);
        Assert.False(string.IsNullOrEmpty(violation.Description));
    }

    [Fact]
    public async Task Review_SeveralViolations_AllReported()
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(Review, new ReviewRequest { Text = "", OffsetUnit = (OffsetUnit)5, Options = new() { Categories = { "x" } } });

        Assert.Equal(3, result.StatusCode);
        Assert.Equal(["offset_unit", "options.categories[0]", "text"], result.BadRequest!.FieldViolations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GrpcMessage_NonAscii_IsPercentEncodedOnTheWire()
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(Review, new ReviewRequest { Text = "正文", Options = new() { Categories = { "类别" } } });

        Assert.Equal(3, result.StatusCode);
        Assert.Contains("%E7%B1%BB%E5%88%AB", result.RawStatusMessage, StringComparison.Ordinal);
        Assert.All(result.RawStatusMessage!, c => Assert.InRange(c, ' ', '~'));
        Assert.Contains("'类别'", result.StatusMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/contentreview.v1.ContentReviewService/NoSuchMethod")]
    [InlineData("/no.such.Service/Review")]
    [InlineData("/contentreview.v1.ContentReviewService")]
    public async Task UnknownMethod_Unimplemented(string path)
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(path, new ReviewRequest { Text = "x" });

        Assert.Equal(HttpStatusCode.OK, result.HttpStatus);
        Assert.Equal(12, result.StatusCode);
        Assert.True(result.TrailersOnly);
        Assert.Contains(path, result.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonGrpcContentType_415()
    {
        using var client = Host.CreateClient();
        var result = await client.SendAsync(Review, GrpcTestClient.Frame(new ReviewRequest { Text = "x" }), new Dictionary<string, string> { ["content-type"] = "application/json" });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, result.HttpStatus);
    }

    [Fact]
    public async Task GrpcJsonCodec_Unimplemented()
    {
        using var client = Host.CreateClient();
        var result = await client.SendAsync(Review, GrpcTestClient.Frame(new ReviewRequest { Text = "x" }), new Dictionary<string, string> { ["content-type"] = "application/grpc+json" });

        Assert.Equal(12, result.StatusCode);
    }

    [Fact]
    public async Task GrpcPlusProtoContentType_Accepted()
    {
        using var client = Host.CreateClient();
        var result = await client.SendAsync(Review, GrpcTestClient.Frame(new ReviewRequest { Text = "国土资源部" }), new Dictionary<string, string> { ["content-type"] = "application/grpc+proto" });

        Assert.Equal(0, result.StatusCode);
        Assert.Single(result.Message(ReviewResponse.Parser).Findings);
    }

    [Fact]
    public async Task GrpcRoutes_AreNotServedOnTheHttpPort()
    {
        // The HTTP port speaks HTTP/1.1 (and HTTP/2 only after negotiation), so ask it over HTTP/1.1.
        using var http = new HttpClient();
        using var content = new ByteArrayContent(GrpcTestClient.Frame(new ReviewRequest { Text = "国土资源部" }));
        content.Headers.TryAddWithoutValidation("content-type", "application/grpc");
        using var response = await http.PostAsync(new Uri(Host.HttpAddress, Review), content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("grpc-status"));
    }

    [Fact]
    public async Task UnaryRequest_WithTwoMessages_Internal()
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(Review, [new ReviewRequest { Text = "a" }, new ReviewRequest { Text = "b" }]);

        Assert.Equal(13, result.StatusCode);
        Assert.Contains("more than one message", result.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnaryRequest_Truncated_Internal()
    {
        using var client = Host.CreateClient();
        var framed = GrpcTestClient.Frame(new ReviewRequest { Text = "国土资源部" });
        var result = await client.SendAsync(Review, framed[..^3]);

        Assert.Equal(13, result.StatusCode);
        Assert.Contains("incomplete message", result.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnaryRequest_NotProtobuf_Internal()
    {
        using var client = Host.CreateClient();
        var result = await client.SendAsync(Review, GrpcTestClient.Frame([0xFF, 0xFF, 0xFF, 0xFF]));

        Assert.Equal(13, result.StatusCode);
        Assert.Contains("could not parse", result.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_SplitIntoOneByteWrites_IsReassembled()
    {
        using var client = Host.CreateClient();
        var framed = GrpcTestClient.Frame(new ReviewRequest { Text = "请联系国土资源部。", RequestId = "split" });
        using var call = await client.StartDuplexAsync(Review, beforeHeaders: async c =>
        {
            foreach (byte b in framed)
            {
                await c.WriteRawAsync([b]);
            }

            c.CompleteRequest();
        });
        var result = await call.FinishAsync();

        Assert.Equal(0, result.StatusCode);
        Assert.Equal("split", result.Message(ReviewResponse.Parser).RequestId);
    }

    [Fact]
    public async Task Batch_SeveralMessagesInOneWrite_OneResponseEachInOrder()
    {
        using var client = Host.CreateClient();
        var requests = Enumerable.Range(0, 20).Select(i => new ReviewRequest { Text = i % 2 == 0 ? "国土资源部" : "干净的句子", RequestId = $"b-{i}" });
        var result = await client.CallAsync(ReviewBatch, requests);

        Assert.Equal(0, result.StatusCode);
        var responses = result.AllMessages(ReviewResponse.Parser).ToList();
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"b-{i}"), responses.Select(r => r.RequestId));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 1 : 0), responses.Select(r => r.Findings.Count));
    }

    [Fact]
    public async Task Batch_Bidirectional_ResponsesArriveWhileTheClientIsStillSending()
    {
        using var client = Host.CreateClient();
        using var call = await client.StartDuplexAsync(ReviewBatch, beforeHeaders: c => c.WriteAsync(new ReviewRequest { Text = "国土资源部", RequestId = "1" }).AsTask());

        var first = await call.ReadAsync(ReviewResponse.Parser);
        Assert.Equal("1", first!.RequestId);

        // The server answered before the request stream ended: now send an invalid one and a valid one.
        await call.WriteAsync(new ReviewRequest { Text = "", RequestId = "2" });
        var second = await call.ReadAsync(ReviewResponse.Parser);
        Assert.Equal("2", second!.RequestId);
        Assert.Equal(3, second.Error.Code);
        Assert.Empty(second.Findings);
        var badRequest = second.Error.Details.Single().Unpack<Google.Rpc.BadRequest>();
        Assert.Equal("text", badRequest.FieldViolations.Single().Field);

        await call.WriteAsync(new ReviewRequest { Text = "农业部", RequestId = "3" });
        call.CompleteRequest();
        var rest = await call.FinishAsync();
        Assert.Equal(0, rest.StatusCode);
        Assert.Equal("农业部", rest.Message(ReviewResponse.Parser).Findings.Single().Text);
    }

    [Fact]
    public async Task Batch_EmptyStream_OkWithoutMessages()
    {
        using var client = Host.CreateClient();
        var result = await client.SendAsync(ReviewBatch, []);

        Assert.Equal(0, result.StatusCode);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public async Task BatchServerStream_StreamsOneResponsePerRequest()
    {
        using var client = Host.CreateClient();
        var batch = new ReviewBatchRequest();
        batch.Requests.Add(new ReviewRequest { Text = "国土资源部", RequestId = "a", OffsetUnit = OffsetUnit.Utf8 });
        batch.Requests.Add(new ReviewRequest { Text = "x", RequestId = "b", Options = new() { Categories = { "nope" } } });
        batch.Requests.Add(new ReviewRequest { Text = "农业部门", RequestId = "c" });
        var result = await client.CallAsync(ReviewBatchServerStream, batch);

        Assert.Equal(0, result.StatusCode);
        var responses = result.AllMessages(ReviewResponse.Parser).ToList();
        Assert.Equal(["a", "b", "c"], responses.Select(r => r.RequestId));
        Assert.Equal(15, responses[0].Findings.Single().Length);
        Assert.Equal("options.categories[0]", responses[1].Error.Details.Single().Unpack<Google.Rpc.BadRequest>().FieldViolations.Single().Field);
        Assert.Empty(responses[2].Findings);
    }

    [Fact]
    public async Task BatchServerStream_NoRequests_InvalidArgument()
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(ReviewBatchServerStream, new ReviewBatchRequest());

        Assert.Equal(3, result.StatusCode);
        Assert.Equal("requests", result.BadRequest!.FieldViolations.Single().Field);
    }

    [Fact]
    public async Task Deadline_AlreadyExpired_DeadlineExceeded()
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(Review, new ReviewRequest { Text = "国土资源部" }, new Dictionary<string, string> { ["grpc-timeout"] = "1n" });

        Assert.Equal(4, result.StatusCode);
        Assert.Empty(result.Messages);
    }

    [Fact]
    public async Task Deadline_GenerousTimeout_Succeeds()
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(Review, new ReviewRequest { Text = "国土资源部" }, new Dictionary<string, string> { ["grpc-timeout"] = "30S" });

        Assert.Equal(0, result.StatusCode);
    }

    [Fact]
    public async Task Deadline_PassesWhileStreamIsOpen_DeadlineExceededInTrailers()
    {
        using var client = Host.CreateClient();
        using var call = await client.StartDuplexAsync(
            ReviewBatch,
            new Dictionary<string, string> { ["grpc-timeout"] = "300m" },
            c => c.WriteAsync(new ReviewRequest { Text = "国土资源部", RequestId = "1" }).AsTask());

        // The request stream stays open past the deadline: the server ends the call itself.
        var result = await call.FinishAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(4, result.StatusCode);
        Assert.False(result.TrailersOnly);
        Assert.Equal("1", result.Message(ReviewResponse.Parser).RequestId);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("10")]
    [InlineData("123456789S")]
    [InlineData("5X")]
    public async Task Deadline_MalformedTimeout_InvalidArgument(string timeout)
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(Review, new ReviewRequest { Text = "国土资源部" }, new Dictionary<string, string> { ["grpc-timeout"] = timeout });

        Assert.Equal(3, result.StatusCode);
        Assert.Contains("grpc-timeout", result.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gzip_CompressedRequest_CompressedResponse()
    {
        using var client = Host.CreateClient();
        var text = string.Concat(Enumerable.Repeat("国土资源部和农业部的工作。", 40));
        var result = await client.CallAsync(Review, new ReviewRequest { Text = text }, compress: "gzip");

        Assert.Equal(0, result.StatusCode);
        Assert.Equal("gzip", result.Header("grpc-encoding"));
        Assert.Contains("gzip", result.Header("grpc-accept-encoding"), StringComparison.Ordinal);
        Assert.True(result.Messages[0].Compressed);
        Assert.Equal(80, result.Message(ReviewResponse.Parser).Findings.Count);
    }

    [Fact]
    public async Task Gzip_SmallResponse_SentUncompressedWithFlagZero()
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(Review, new ReviewRequest { Text = "干净" }, compress: "gzip");

        Assert.Equal(0, result.StatusCode);
        Assert.False(result.Messages[0].Compressed);
    }

    [Fact]
    public async Task Deflate_CompressedRequest_Accepted()
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(Review, new ReviewRequest { Text = "国土资源部" }, compress: "deflate");

        Assert.Equal(0, result.StatusCode);
        Assert.Single(result.Message(ReviewResponse.Parser).Findings);
    }

    [Fact]
    public async Task Compression_UnsupportedEncoding_UnimplementedListingSupported()
    {
        using var client = Host.CreateClient();
        var result = await client.SendAsync(
            Review,
            GrpcTestClient.Frame(new ReviewRequest { Text = "x" }),
            new Dictionary<string, string> { ["grpc-encoding"] = "snappy" });

        Assert.Equal(12, result.StatusCode);
        Assert.Equal("identity,gzip,deflate", result.Header("grpc-accept-encoding"));
    }

    [Fact]
    public async Task Compression_FlagSetWithoutEncoding_Internal()
    {
        using var client = Host.CreateClient();
        var framed = GrpcTestClient.Frame(new ReviewRequest { Text = "x" }, "gzip");
        var result = await client.SendAsync(Review, framed);

        Assert.Equal(13, result.StatusCode);
    }

    [Fact]
    public async Task MaxMessageSize_LargerRequest_ResourceExhausted()
    {
        using var client = Host.CreateClient();

        // 70,000 bytes > the fixture's 65,536-byte limit (the text limit of 20,000 characters is not reached first).
        var result = await client.CallAsync(Review, new ReviewRequest { Text = new string('a', 70_000) });

        Assert.Equal(8, result.StatusCode);
        Assert.Contains("larger than max", result.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaxMessageSize_GzipBomb_ResourceExhaustedAfterDecompression()
    {
        using var client = Host.CreateClient();

        // Compresses to well under the limit but expands past it.
        var result = await client.CallAsync(Review, new ReviewRequest { Text = new string('a', 500_000) }, compress: "gzip");

        Assert.Equal(8, result.StatusCode);
        Assert.Contains("decompression", result.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_Check_ServingForServerAndService_NotFoundForOthers()
    {
        using var client = Host.CreateClient();
        var server = await client.CallAsync(HealthCheck, new HealthCheckRequest());
        var service = await client.CallAsync(HealthCheck, new HealthCheckRequest { Service = "contentreview.v1.ContentReviewService" });
        var unknown = await client.CallAsync(HealthCheck, new HealthCheckRequest { Service = "no.Such" });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, server.Message(HealthCheckResponse.Parser).Status);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, service.Message(HealthCheckResponse.Parser).Status);
        Assert.Equal(5, unknown.StatusCode);
    }

    [Fact]
    public async Task Health_Watch_SendsCurrentStatusAndStaysOpen()
    {
        using var client = Host.CreateClient();
        using var call = await client.StartDuplexAsync(HealthWatch, beforeHeaders: async c =>
        {
            await c.WriteAsync(new HealthCheckRequest());
            c.CompleteRequest();
        });

        var first = await call.ReadAsync(HealthCheckResponse.Parser);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, first!.Status);
        var next = call.ReadAsync(HealthCheckResponse.Parser);
        Assert.NotSame(next, await Task.WhenAny(next, Task.Delay(300)));
    }

    [Fact]
    public async Task GetLexiconInfo_VersionCountsAndCategories()
    {
        using var client = Host.CreateClient();
        var info = (await client.CallAsync(GetLexiconInfo, new GetLexiconInfoRequest())).Message(GetLexiconInfoResponse.Parser);

        Assert.Equal(4, info.RuleCount);
        Assert.Equal(2, info.RuleCountsByCategory["agency-name"]);
        Assert.Equal(2, info.RuleCountsByCategory["typo"]);
        Assert.Contains("privacy", info.Categories);
        Assert.False(string.IsNullOrEmpty(info.Version));
    }

    [Fact]
    public async Task ListRules_PagesThroughEveryRuleWithTokens()
    {
        using var client = Host.CreateClient();
        var ids = new List<string>();
        string token = "";
        int pages = 0;
        do
        {
            var page = (await client.CallAsync(ListRules, new ListRulesRequest { PageSize = 3, PageToken = token })).Message(ListRulesResponse.Parser);
            Assert.Equal(4, page.TotalSize);
            ids.AddRange(page.Rules.Select(r => r.Id));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0);

        Assert.Equal(2, pages);
        Assert.Equal(["agency-2018-guotuziyuanbu", "agency-2018-nongyebu", "typo-test-info", "typo-test-jiyejia"], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListRules_FilterByCategory()
    {
        using var client = Host.CreateClient();
        var page = (await client.CallAsync(ListRules, new ListRulesRequest { Category = "typo" })).Message(ListRulesResponse.Parser);

        Assert.Equal(2, page.TotalSize);
        Assert.All(page.Rules, r => Assert.Equal("typo", r.Category));
        Assert.Equal("", page.NextPageToken);
        Assert.Contains(page.Rules, r => r.Id == "typo-test-info" && r.Severity == Severity.Info && r.Patterns.Single() == "再接再励");
    }

    public static TheoryData<string, ListRulesRequest, string> InvalidListRules => new()
    {
        { "lr-negative", new ListRulesRequest { PageSize = -1 }, "page_size" },
        { "lr-category", new ListRulesRequest { Category = "nope" }, "category" },
        { "lr-garbage-token", new ListRulesRequest { PageToken = "%%%" }, "page_token" },
        { "lr-foreign-token", new ListRulesRequest { PageToken = "dGVzdA" }, "page_token" },
    };

    [Theory]
    [MemberData(nameof(InvalidListRules))]
    public async Task ListRules_InvalidRequest_InvalidArgument(string caseId, ListRulesRequest request, string field)
    {
        using var client = Host.CreateClient();
        var result = await client.CallAsync(ListRules, request);

        Assert.True(result.StatusCode == 3, $"{caseId}: {result}");
        Assert.Equal(field, result.BadRequest!.FieldViolations.Single().Field);
    }

    [Fact]
    public async Task ListRules_TokenOfAnotherCategory_InvalidArgument()
    {
        using var client = Host.CreateClient();
        var first = (await client.CallAsync(ListRules, new ListRulesRequest { PageSize = 1 })).Message(ListRulesResponse.Parser);
        var result = await client.CallAsync(ListRules, new ListRulesRequest { PageSize = 1, PageToken = first.NextPageToken, Category = "typo" });

        Assert.Equal(3, result.StatusCode);
        Assert.Equal("page_token", result.BadRequest!.FieldViolations.Single().Field);
    }

    [Fact]
    public async Task ManyConcurrentCalls_OnOneConnection_AllSucceed()
    {
        using var client = Host.CreateClient();
        var calls = Enumerable.Range(0, 300).Select(i => client.CallAsync(Review, new ReviewRequest { Text = "国土资源部", RequestId = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var results = await Task.WhenAll(calls);

        Assert.All(results, r => Assert.Equal(0, r.StatusCode));
    }

    [Fact]
    public void Kestrel_Http2Limits_Raised()
    {
        var kestrel = Host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.Equal(1000, kestrel.Limits.Http2.MaxStreamsPerConnection);
        Assert.Equal(16 * 1024 * 1024, kestrel.Limits.Http2.InitialConnectionWindowSize);
        Assert.Equal(4 * 1024 * 1024, kestrel.Limits.Http2.InitialStreamWindowSize);
    }

    [Fact]
    public async Task ClientCancels_MidStream_ServerKeepsServing()
    {
        using var client = Host.CreateClient();
        using (var call = await client.StartDuplexAsync(ReviewBatch, beforeHeaders: c => c.WriteAsync(new ReviewRequest { Text = "国土资源部" }).AsTask()))
        {
            Assert.NotNull(await call.ReadAsync(ReviewResponse.Parser));

            // Disposing the response without finishing resets the stream (RST_STREAM CANCEL).
        }

        var after = await client.CallAsync(Review, new ReviewRequest { Text = "国土资源部" });
        Assert.Equal(0, after.StatusCode);
    }
}
