using ContentReview.Service.Grpc.Services;
using ContentReview.Service.Grpc.V1;
using Google.Protobuf.Collections;

namespace ContentReview.Service.Tests.Grpc;

/// <summary>Span conversion to the unit a client asked for, against a naive reference (encode the prefix and count).</summary>
public sealed class SpanUnitConverterTests
{
    private static Finding At(string text, int start, int length) => new()
    {
        Start = start,
        Length = length,
        Text = text.Substring(start, length),
        RuleId = "r",
        Category = "typo",
        Severity = ContentReview.Severity.Warning,
        Message = "m",
    };

    /// <summary>The reference: the length in the unit of the UTF-16 prefix, computed by actually encoding it.</summary>
    private static int Reference(string text, int utf16Offset, OffsetUnit unit) => unit switch
    {
        OffsetUnit.Utf8 => System.Text.Encoding.UTF8.GetByteCount(text[..utf16Offset]),
        OffsetUnit.CodePoint => text[..utf16Offset].EnumerateRunes().Count(),
        _ => utf16Offset,
    };

    public static TheoryData<string, string, string, OffsetUnit, int, int> Cases => new()
    {
        // case id, text, span text (first occurrence), unit, expected start, expected length
        { "ascii-utf8", "abc def", "def", OffsetUnit.Utf8, 4, 3 },
        { "cjk-utf8", "我们的国土资源部", "国土资源部", OffsetUnit.Utf8, 9, 15 },
        { "cjk-cp", "我们的国土资源部", "国土资源部", OffsetUnit.CodePoint, 3, 5 },
        { "astral-before-utf8", "𠮷𠮷国土", "国土", OffsetUnit.Utf8, 8, 6 },
        { "astral-before-cp", "𠮷𠮷国土", "国土", OffsetUnit.CodePoint, 2, 2 },
        { "astral-before-utf16", "𠮷𠮷国土", "国土", OffsetUnit.Utf16, 4, 2 },
        { "astral-inside-utf8", "a𠮷野家b", "𠮷野家", OffsetUnit.Utf8, 1, 10 },
        { "astral-inside-cp", "a𠮷野家b", "𠮷野家", OffsetUnit.CodePoint, 1, 3 },
        { "latin1-utf8", "café 国", "国", OffsetUnit.Utf8, 6, 3 },
        { "emoji-cp", "👍🏻好", "好", OffsetUnit.CodePoint, 2, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AddFindings_ConvertsSpans(string caseId, string text, string span, OffsetUnit unit, int start, int length)
    {
        int utf16Start = text.IndexOf(span, StringComparison.Ordinal);
        var output = new RepeatedField<ContentReview.Service.Grpc.V1.Finding>();

        SpanUnitConverter.AddFindings(text, [At(text, utf16Start, span.Length)], unit, output);

        var converted = Assert.Single(output);
        Assert.True((start, length) == (converted.Start, converted.Length), $"{caseId}: got ({converted.Start}, {converted.Length})");
        Assert.Equal(Reference(text, utf16Start, unit), converted.Start);
        Assert.Equal(Reference(text, utf16Start + span.Length, unit) - converted.Start, converted.Length);
    }

    [Theory]
    [InlineData(OffsetUnit.Utf8)]
    [InlineData(OffsetUnit.CodePoint)]
    [InlineData(OffsetUnit.Utf16)]
    public void AddFindings_RandomTextsAndSpans_MatchTheReference(OffsetUnit unit)
    {
        var random = new Random(20261122);
        string[] alphabet = ["a", "é", "国", "𠮷", "👍", " ", "。"];
        for (int round = 0; round < 200; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]));

            // Spans on code-point boundaries, sorted by start (as the library returns them), overlapping at times.
            var boundaries = Enumerable.Range(0, text.Length + 1).Where(i => i == text.Length || !char.IsLowSurrogate(text[i])).ToArray();
            var findings = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ =>
                {
                    int a = boundaries[random.Next(boundaries.Length)], b = boundaries[random.Next(boundaries.Length)];
                    return At(text, Math.Min(a, b), Math.Abs(a - b));
                })
                .OrderBy(f => f.Start).ThenByDescending(f => f.Length)
                .ToList();
            var output = new RepeatedField<ContentReview.Service.Grpc.V1.Finding>();

            SpanUnitConverter.AddFindings(text, findings, unit, output);

            for (int i = 0; i < findings.Count; i++)
            {
                Assert.Equal(Reference(text, findings[i].Start, unit), output[i].Start);
                Assert.Equal(Reference(text, findings[i].End, unit) - output[i].Start, output[i].Length);
                Assert.Equal(findings[i].Text, output[i].Text);
            }
        }
    }

    [Fact]
    public void AddFindings_CopiesEveryField()
    {
        var finding = new Finding
        {
            Start = 0,
            Length = 2,
            Text = "农业",
            RuleId = "rule-1",
            Category = "agency-name",
            Severity = ContentReview.Severity.Error,
            Message = "消息",
            Suggestions = ["甲", "乙"],
            Source = "来源",
        };
        var output = new RepeatedField<ContentReview.Service.Grpc.V1.Finding>();

        SpanUnitConverter.AddFindings("农业部", [finding], OffsetUnit.Unspecified, output);

        var f = Assert.Single(output);
        Assert.Equal(("农业", "rule-1", "agency-name", ContentReview.Service.Grpc.V1.Severity.Error, "消息", "来源"), (f.Text, f.RuleId, f.Category, f.Severity, f.Message, f.Source));
        Assert.Equal(["甲", "乙"], f.Suggestions);
    }
}
