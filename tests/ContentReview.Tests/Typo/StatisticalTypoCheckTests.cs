using ContentReview.Checks;
using ContentReview.Checks.Typo;

namespace ContentReview.Tests.Typo;

public sealed class StatisticalTypoCheckTests
{
    private static readonly Lazy<StatisticalTypoCheck> Check = new(() => new StatisticalTypoCheck());

    private static List<Finding> Run(string text)
    {
        var findings = new List<Finding>();
        Check.Value.Run(new ReviewContext(text, ReviewOptions.Default), findings);
        return findings;
    }

    // Sentences written for this test (not from the evaluation sets).
    [Theory]
    [InlineData("st-01", "这是程序正档原则的要求。", 5, "当")]
    [InlineData("st-02", "由公安机关衣法将罪犯送交监狱。", 5, "依")]
    [InlineData("st-03", "下列关于国家的说法正雀的是哪一项", 10, "确")]
    public void Run_HomophoneTypo_ReportsWarningWithCorrection(string id, string text, int position, string suggestion)
    {
        var f = Assert.Single(Run(text));
        Assert.Equal(position, f.Start);
        Assert.Equal(1, f.Length);
        Assert.Equal(suggestion, Assert.Single(f.Suggestions));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(Categories.Typo, f.Category);
        Assert.Equal(StatisticalTypoCheck.RuleId, f.RuleId);
        Assert.False(string.IsNullOrEmpty(id));
    }

    [Theory]
    [InlineData("st-ok-01", "各地区各部门要坚持以人民为中心的发展思想，持续优化营商环境。")]
    [InlineData("st-ok-02", "国务院办公厅关于印发政务信息资源共享管理暂行办法的通知")]
    [InlineData("st-ok-03", "行政机关实施行政管理都应当公开，这是程序正当原则的要求。")]
    [InlineData("st-ok-04", "")]
    public void Run_CorrectText_ReportsNothing(string id, string text) => Assert.True(Run(text).Count == 0, id);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_BadThreshold_Throws(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatisticalTypoCheck(threshold));

    [Fact]
    public void Run_HigherThreshold_ReportsSubset()
    {
        const string text = "这是程序正档原则的要求，由公安机关衣法将罪犯送交监狱。";
        var strict = new List<Finding>();
        new StatisticalTypoCheck(50).Run(new ReviewContext(text, ReviewOptions.Default), strict);
        Assert.True(strict.Count <= Run(text).Count);
    }
}
