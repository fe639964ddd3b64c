using System.Text;
using ContentReview.Checks;

namespace ContentReview.Tests.Checks;

public class StructuredChecksTests
{
    [Fact]
    public void CreateAll_ReturnsTheFourChecksInStableOrder()
    {
        var checks = StructuredChecks.CreateAll();
        Assert.Equal(["privacy", "secret", "number-format", "punctuation"], checks.Select(c => c.Name));
        Assert.Equal(
            [Categories.Privacy, Categories.Secret, Categories.NumberFormat, Categories.Punctuation],
            checks.Select(c => Assert.Single(c.Categories)));
    }

    [Fact]
    public void Run_NullArguments_ThrowArgumentNullException()
    {
        foreach (var check in StructuredChecks.CreateAll())
        {
            Assert.Equal("context", Assert.Throws<ArgumentNullException>(() => check.Run(null!, new List<Finding>())).ParamName);
            Assert.Equal("findings", Assert.Throws<ArgumentNullException>(
                () => check.Run(new ReviewContext("x", ReviewOptions.Default), null!)).ParamName);
        }
    }

    private const string FuzzAlphabet =
        "0123456789０１X xE GCH@.-+*＊,，。、；：？！?!;:…·—―-~～%％万年月日号第周零〇○O一二三四五六七八九十百〔〕[]()（）【】《》“”‘’「」★密级秘机绝内部资料外传保存政发国\n\t　abcqgmo";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_RandomInput_NeverThrowsAndKeepsSpansInsideText(int seed)
    {
        var random = new Random(seed);
        var checks = StructuredChecks.CreateAll();
        var sb = new StringBuilder();
        for (int iteration = 0; iteration < 1500; iteration++)
        {
            sb.Clear();
            int length = random.Next(0, 120);
            for (int k = 0; k < length; k++)
            {
                sb.Append(FuzzAlphabet[random.Next(FuzzAlphabet.Length)]);
            }

            string text = sb.ToString();
            foreach (var check in checks)
            {
                CheckRunner.Run(check, text); // asserts span, text, category, message, source and rule id invariants
            }
        }
    }

    [Theory]
    [InlineData('1')]
    [InlineData('.')]
    [InlineData('《')]
    [InlineData('，')]
    [InlineData('年')]
    [InlineData('—')]
    [InlineData('@')]
    public void Run_LongRunsOfOneCharacter_DoNotThrow(char c)
    {
        string text = new string(c, 100_000);
        foreach (var check in StructuredChecks.CreateAll())
        {
            var findings = CheckRunner.Run(check, text);
            Assert.True(findings.Count <= text.Length);
        }
    }

    [Fact]
    public void Reviewer_WithStructuredChecks_MapsSpansToHtmlInput()
    {
        var builder = ContentReviewer.CreateBuilder().UseBuiltInLexicon(false);
        foreach (var check in StructuredChecks.CreateAll())
        {
            builder.AddCheck(check);
        }

        var reviewer = builder.Build();
        const string html = "<p>申请人：张三，身份证号<b>350102199003071234</b>。</p><p>秘密★1年</p>";
        var result = reviewer.Review(html, new ReviewOptions { ContentType = ContentType.Html });
        var id = Assert.Single(result.Findings, f => f.RuleId == "privacy-id-card");
        Assert.Equal(html.IndexOf("350102", StringComparison.Ordinal), id.Start);
        Assert.Equal(18, id.Length);
        Assert.Contains(result.Findings, f => f.RuleId == "secret-classification-marking");
    }

    [Fact]
    public void Reviewer_WithStructuredChecks_RespectsCategoryFilter()
    {
        var builder = ContentReviewer.CreateBuilder().UseBuiltInLexicon(false);
        foreach (var check in StructuredChecks.CreateAll())
        {
            builder.AddCheck(check);
        }

        var result = builder.Build().Review(
            "身份证号350102199003071234，二零一九年，我们,你们。",
            new ReviewOptions { Categories = [Categories.NumberFormat] });
        Assert.Equal(["number-format-year-zero"], result.Findings.Select(f => f.RuleId));
    }
}
