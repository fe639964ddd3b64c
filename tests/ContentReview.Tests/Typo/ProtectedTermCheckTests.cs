using ContentReview.Checks;
using ContentReview.Checks.Typo;
using ContentReview.Lexicons;

namespace ContentReview.Tests.Typo;

public sealed class ProtectedTermCheckTests
{
    private static readonly Lazy<ProtectedTermCheck> Check = new(() => new ProtectedTermCheck());

    private static List<Finding> Run(string text)
    {
        var findings = new List<Finding>();
        Check.Value.Run(new ReviewContext(text, ReviewOptions.Default), findings);
        return findings;
    }

    [Theory]
    [InlineData("pt-01", "深入学习习进平总书记重要讲话精神。", "习进平", "习近平")]                 // same pinyin
    [InlineData("pt-02", "中华人民共合国成立七十五周年。", "中华人民共合国", "中华人民共和国")]     // same pinyin
    [InlineData("pt-03", "坚持实是求是的思想路线。", "实是求是", "实事求是")]                     // same pinyin
    [InlineData("pt-04", "热爱中国共共产党。", "中国共共产党", "中国共产党")]                   // doubled
    [InlineData("pt-05", "召开全国人民代大会。", "全国人民代大会", "全国人民代表大会")]               // dropped
    [InlineData("pt-09", "全国人民代大会常务委员会", "全国人民代大会常务委员会", "全国人民代表大会常务委员会")] // the longest term wins
    [InlineData("pt-06", "培育和践行社会主义核心价直观。", "社会主义核心价直观", "社会主义核心价值观")] // same pinyin
    [InlineData("pt-07", "会见了习平近同志。", "习平近", "习近平")]                             // swapped
    [InlineData("pt-08", "国务院印发《通知》，国务员办公厅转发。", "国务员", "国务院")]            // same pinyin
    public void Run_TermTypo_ReportsErrorWithTerm(string id, string text, string written, string term)
    {
        var f = Assert.Single(Run(text));
        Assert.Equal(written, f.Text);
        Assert.Equal(text.IndexOf(written, StringComparison.Ordinal), f.Start);
        Assert.Equal(written.Length, f.Length);
        Assert.Equal(term, Assert.Single(f.Suggestions));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(Categories.Typo, f.Category);
        Assert.Equal(ProtectedTermCheck.RuleId, f.RuleId);
        Assert.False(string.IsNullOrWhiteSpace(f.Source), id);
    }

    [Theory]
    [InlineData("pt-ok-01", "深入学习习近平新时代中国特色社会主义思想。")]  // 学习习近平: not a doubled 习
    [InlineData("pt-ok-02", "他是一名中国共产党党员。")]                  // 中国共产党党员: not a doubled 党
    [InlineData("pt-ok-03", "这个人能力强，业务精。")]                    // 能力强: ordinary words
    [InlineData("pt-ok-04", "中華人民共和國成立。")]                      // traditional forms are not typos
    [InlineData("pt-ok-05", "国务院办公厅关于印发通知的通知")]
    [InlineData("pt-ok-06", "")]
    public void Run_CorrectText_ReportsNothing(string id, string text) => Assert.True(Run(text).Count == 0, id);

    [Fact]
    public void BuiltIn_HasSourcesForEveryTerm()
    {
        Assert.True(ProtectedTerm.BuiltIn.Count >= 80);
        Assert.All(ProtectedTerm.BuiltIn, t => Assert.False(string.IsNullOrWhiteSpace(t.Source)));
        Assert.Contains(ProtectedTerm.BuiltIn, t => t.Text == "习近平新时代中国特色社会主义思想");
        Assert.True(Check.Value.VariantCount > 1000);
    }

    [Theory]
    [InlineData("中华人民共和国\n", 1, "before any [source]")]
    [InlineData("[source] 宪法\n国务\n", 2, "at least 3")]
    [InlineData("[source] 宪法\n国务院\n国务院\n", 3, "twice")]
    [InlineData("[source]\n", 1, "needs a text")]
    public void Parse_BadList_ThrowsWithLine(string list, int line, string problem)
    {
        var e = Assert.Throws<LexiconFormatException>(() => ProtectedTerm.Parse(new StringReader(list), "terms.txt"));
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ShortTerm_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => new ProtectedTermCheck([new ProtectedTerm("李强", "x")]));
}
