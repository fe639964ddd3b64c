using System.Text;
using ContentReview.Service.Hosting;

namespace ContentReview.Service.Tests.Hosting;

public sealed class OffsetUnitsTests
{
    public static TheoryData<string, string, int, int, OffsetUnit, int, int> Cases => new()
    {
        // id, text, utf16 start, utf16 length, unit, expected start, expected length
        { "ascii-utf8", "abc def", 4, 3, OffsetUnit.Utf8, 4, 3 },
        { "cjk-utf8", "国土资源部", 2, 3, OffsetUnit.Utf8, 6, 9 },
        { "cjk-codepoint", "国土资源部", 2, 3, OffsetUnit.CodePoint, 2, 3 },
        { "astral-utf8", "𠮷国", 2, 1, OffsetUnit.Utf8, 4, 3 },
        { "astral-codepoint", "𠮷国", 2, 1, OffsetUnit.CodePoint, 1, 1 },
        { "astral-span-utf8", "a𠮷b", 1, 2, OffsetUnit.Utf8, 1, 4 },
        { "astral-span-codepoint", "a𠮷b", 1, 2, OffsetUnit.CodePoint, 1, 1 },
        { "latin1-utf8", "é国", 1, 1, OffsetUnit.Utf8, 2, 3 },
        { "utf16-unchanged", "𠮷国", 2, 1, OffsetUnit.Utf16, 2, 1 },
        { "empty-span-end", "国土", 2, 0, OffsetUnit.Utf8, 6, 0 },
        { "lone-surrogate-utf8", "\ud842国", 1, 1, OffsetUnit.Utf8, 3, 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Convert_Table(string caseId, string text, int start, int length, OffsetUnit unit, int expectedStart, int expectedLength)
    {
        var spans = OffsetUnits.Convert(text, [Finding(start, length)], unit);

        Assert.True((expectedStart, expectedLength) == spans[0], $"{caseId}: got {spans[0]}");
    }

    [Fact]
    public void Convert_RandomTexts_MatchesNaiveReference()
    {
        var random = new Random(20261122);
        string[] alphabet = ["a", "Z", "é", "国", "土", "。", "𠮷", "😀", " ", "\n"];
        for (int round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            int pieces = random.Next(0, 30);
            for (int i = 0; i < pieces; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            string s = text.ToString();
            // Spans on code-point boundaries, in any order and overlapping.
            var boundaries = Enumerable.Range(0, s.Length + 1).Where(i => i == s.Length || !char.IsLowSurrogate(s[i])).ToArray();
            var findings = Enumerable.Range(0, random.Next(0, 8)).Select(_ =>
            {
                int a = boundaries[random.Next(boundaries.Length)], b = boundaries[random.Next(boundaries.Length)];
                return Finding(Math.Min(a, b), Math.Abs(a - b));
            }).ToList();

            foreach (var unit in new[] { OffsetUnit.Utf8, OffsetUnit.CodePoint })
            {
                var spans = OffsetUnits.Convert(s, findings, unit);
                for (int i = 0; i < findings.Count; i++)
                {
                    int start = Naive(s, findings[i].Start, unit);
                    int end = Naive(s, findings[i].End, unit);
                    Assert.Equal((start, end - start), spans[i]);
                }
            }
        }
    }

    [Fact]
    public void Convert_SpanOutsideText_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OffsetUnits.Convert("abc", [Finding(2, 5)], OffsetUnit.Utf8));
    }

    private static int Naive(string text, int utf16, OffsetUnit unit) => unit == OffsetUnit.Utf8
        ? Encoding.UTF8.GetByteCount(text.AsSpan(0, utf16))
        : text[..utf16].EnumerateRunes().Count();

    private static Finding Finding(int start, int length) => new()
    {
        Start = start,
        Length = length,
        Text = "",
        RuleId = "r",
        Category = "typo",
        Severity = Severity.Error,
        Message = "m",
    };
}
