using ContentReview.Checks.NumberFormat;

namespace ContentReview.Tests.Checks;

public class NumberFormatCheckTests
{
    private static readonly NumberFormatCheck Check = new();

    public static TheoryData<string, string, string?, string?, string?> Cases => new()
    {
        // Years in Chinese numerals
        { "year-zero-ling", "二零一九年工作总结", "number-format-year-zero", "二零一九", "二〇一九" },
        { "year-zero-circle", "二○二一年计划", "number-format-year-zero", "二○二一", "二〇二一" },
        { "year-zero-latin-o", "二O二O年", "number-format-year-zero", "二O二O", "二〇二〇" },
        { "year-zero-ascii", "二0一0年", "number-format-year-zero", "二0一0", "二〇一〇" },
        { "near-year-zero-correct", "二〇一九年工作总结", null, null, null },
        { "near-year-arabic", "2019年工作总结", null, null, null },
        { "near-counting-ling", "共计二千零一年", null, null, null },
        { "near-year-zero-2-digits", "零八年", null, null, null },

        // Dates
        { "date-mixed-chinese-year", "二〇〇八年8月8日开幕", "number-format-date-mixed", "二〇〇八年8月8日", "2008年8月8日" },
        { "date-mixed-arabic-year", "2008年八月八日开幕", "number-format-date-mixed", "2008年八月八日", "2008年8月8日" },
        { "date-mixed-day", "2008年8月八日", "number-format-date-mixed", "2008年8月八日", "2008年8月8日" },
        { "date-leading-zero", "于2021年05月08日印发", "number-format-date-leading-zero", "2021年05月08日", "2021年5月8日" },
        { "date-leading-zero-month-only", "2021年05月", "number-format-date-leading-zero", "2021年05月", "2021年5月" },
        { "date-leading-zero-no-year", "定于05月08日召开", "number-format-date-leading-zero", "05月08日", "5月8日" },
        { "date-leading-zero-hao", "2021年5月08号", "number-format-date-leading-zero", "2021年5月08号", "2021年5月8号" },
        { "date-invalid-feb-30", "2021年2月30日", "number-format-date-invalid", "2021年2月30日", null },
        { "date-invalid-feb-29", "2021年2月29日", "number-format-date-invalid", "2021年2月29日", null },
        { "date-invalid-month", "2021年13月1日", "number-format-date-invalid", "2021年13月1日", null },
        { "date-year-abbreviated", "08年8月8日", "number-format-year-abbreviated", "08年8月8日", "2008年8月8日" },
        { "near-date-leap-day", "2020年2月29日", null, null, null },
        { "near-date-correct", "2021年5月8日", null, null, null },
        { "near-date-chinese", "二〇〇八年八月八日", null, null, null },
        { "near-date-chinese-tens", "二〇二一年十二月三十一日", null, null, null },
        { "near-date-iso", "日期：2021-05-08", null, null, null },
        { "near-months-count", "用3个月时间，十二个月", null, null, null },
        { "near-last-year", "去年5月", null, null, null },
        { "near-month-only", "每年8月", null, null, null },
        { "near-lunar", "农历正月初一", null, null, null },

        // Document numbers
        { "docno-square-brackets", "榕政综[2019]8号", "number-format-doc-number-bracket", "[2019]8号", "〔2019〕8号" },
        { "docno-parentheses", "闽政(2019)12号", "number-format-doc-number-bracket", "(2019)12号", "〔2019〕12号" },
        { "docno-fullwidth-parentheses", "国办发（2019）3号", "number-format-doc-number-bracket", "（2019）3号", "〔2019〕3号" },
        { "docno-lenticular", "国发【2020】5号", "number-format-doc-number-bracket", "【2020】5号", "〔2020〕5号" },
        { "docno-short-year", "国发〔15〕36号", "number-format-doc-number-year", "〔15〕36号", "〔2015〕36号" },
        { "docno-di", "国发〔2015〕第36号", "number-format-doc-number-di", "〔2015〕第36号", "〔2015〕36号" },
        { "docno-zero", "国发〔2015〕01号", "number-format-doc-number-zero", "〔2015〕01号", "〔2015〕1号" },
        { "docno-all-problems", "榕政[15]第008号", "number-format-doc-number-bracket", "[15]第008号", "〔2015〕8号" },
        { "near-docno-correct", "国发〔2015〕36号", null, null, null },
        { "near-docno-court-case", "（2019）闽01民初123号", null, null, null },
        { "near-plan-years", "《规划（2021—2025年）》", null, null, null },
        { "near-docno-no-hao", "附表（2019）", null, null, null },

        // Anniversaries
        { "anniversary-hundred", "庆祝中国共产党成立一百周年", "number-format-anniversary", "一百", "100" },
        { "anniversary-seventy", "新中国成立七十周年", "number-format-anniversary", "七十", "70" },
        { "anniversary-ten", "建馆十周年", "number-format-anniversary", "十", "10" },
        { "anniversary-105", "建校一百零五周年", "number-format-anniversary", "一百零五", "105" },
        { "near-anniversary-arabic", "庆祝中国共产党成立100周年", null, null, null },
        { "near-anniversary-small", "公司成立三周年", null, null, null },

        // Ranges
        { "range-hyphen-percent", "增长10%-20%", "number-format-range-separator", "10%-20%", "10%～20%" },
        { "range-hyphen-missing-unit", "增长10-20%", "number-format-range-separator", "10-20%", "10%～20%" },
        { "range-ascii-tilde", "增长10%~20%", "number-format-range-separator", "10%~20%", "10%～20%" },
        { "range-missing-percent", "增长10～20%", "number-format-range-unit", "10～20%", "10%～20%" },
        { "range-missing-wan", "补助3～5万元", "number-format-range-unit", "3～5万", "3万～5万" },
        { "range-decimal", "下降1.5%-2.5%", "number-format-range-separator", "1.5%-2.5%", "1.5%～2.5%" },
        { "near-range-correct", "增长10%～20%", null, null, null },
        { "near-range-correct-wan", "补助3万～5万元", null, null, null },
        { "near-range-years", "2021-2025年规划", null, null, null },
        { "near-range-dash-years", "2021—2025年", null, null, null },
        { "near-range-phone", "电话0591-87654321", null, null, null },
        { "near-range-mixed-units", "投资5000万～1亿元", null, null, null },
        { "near-range-negative", "温差-5%", null, null, null },

        // Thousands separators
        { "thousands-comma", "补助1,000元", "number-format-thousands-separator", "1,000", "1000" },
        { "thousands-comma-space", "补助1,000 元", "number-format-thousands-separator", "1,000 ", "1000" },
        { "thousands-millions-decimal", "总额12,345,678.90元", "number-format-thousands-separator", "12,345,678.90", "12345678.90" },
        { "thousands-four-digit-groups", "共1,0000人", "number-format-thousands-grouping", "1,0000", "10000" },
        { "near-thousands-plain", "补助1000元", null, null, null },
        { "near-thousands-list", "第1,2,3条", null, null, null },
        { "near-thousands-english", "USD 1,000 only", null, null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void NumberFormat_TableCase(string id, string text, string? ruleId, string? span, string? suggestion)
    {
        Assert.False(string.IsNullOrEmpty(id));
        CheckRunner.AssertCase(Check, text, ruleId, span, suggestion);
    }

    [Fact]
    public void NumberFormat_MixedDate_SuggestsArabicThenChinese()
    {
        var finding = Assert.Single(CheckRunner.Run(Check, "二〇〇八年8月8日"));
        Assert.Equal(["2008年8月8日", "二〇〇八年八月八日"], finding.Suggestions);
    }

    [Fact]
    public void NumberFormat_DocNumberWithSeveralProblems_MessageListsEach()
    {
        var finding = Assert.Single(CheckRunner.Run(Check, "榕政[15]第008号"));
        Assert.Contains("六角括号", finding.Message, StringComparison.Ordinal);
        Assert.Contains("全称", finding.Message, StringComparison.Ordinal);
        Assert.Contains("第", finding.Message, StringComparison.Ordinal);
        Assert.Contains("虚位", finding.Message, StringComparison.Ordinal);
        Assert.Contains("GB/T 9704-2012", finding.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberFormat_ThousandsSeparator_IsOnlyAHint()
    {
        var finding = Assert.Single(CheckRunner.Run(Check, "补助1,000元"));
        Assert.Equal(Severity.Info, finding.Severity);
    }

    [Fact]
    public void NumberFormat_CategoryDisabled_ReportsNothing()
    {
        var options = new ReviewOptions { Categories = [Categories.Privacy] };
        Assert.Empty(CheckRunner.Run(Check, "二零一九年05月08日", options));
    }

    [Theory]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("三十一", 31)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("两千", 2000)]
    [InlineData("一〇〇", 100)]
    [InlineData("十十", -1)]
    [InlineData("零十", -1)]
    [InlineData("一〇五", 105)]
    [InlineData("", -1)]
    public void ChineseNumerals_Parse(string text, int expected)
    {
        Assert.Equal(expected, ChineseNumerals.Parse(text));
    }
}
