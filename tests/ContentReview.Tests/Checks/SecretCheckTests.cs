using ContentReview.Checks.Secret;

namespace ContentReview.Tests.Checks;

public class SecretCheckTests
{
    private static readonly SecretCheck Check = new();

    public static TheoryData<string, string, string?, string?> Cases => new()
    {
        // Classification markings
        { "marking-secret-1y", "秘密★1年\n关于做好有关工作的通知", "secret-classification-marking", "秘密★1年" },
        { "marking-confidential-star", "机密★\n某某方案", "secret-classification-marking", "机密★" },
        { "marking-top-secret-before-use", "绝密★启用前\n2021年考试试卷", "secret-classification-marking", "绝密★启用前" },
        { "marking-space-star-long", "机密 ★ 长期", "secret-classification-marking", "机密 ★ 长期" },
        { "marking-months", "秘密★6个月", "secret-classification-marking", "秘密★6个月" },
        { "marking-chinese-years", "机密★十年", "secret-classification-marking", "机密★十年" },
        { "marking-label", "密级：秘密\n保密期限：1年", "secret-classification-marking", "密级：秘密" },
        { "marking-label-ascii-colon", "密级: 机密", "secret-classification-marking", "密级: 机密" },
        { "marking-label-with-star", "密级：秘密★1年", "secret-classification-marking", "密级：秘密★1年" },
        { "marking-label-internal", "密级：内部", "secret-classification-marking", "密级：内部" },
        { "marking-white-star", "秘密☆", "secret-classification-marking", "秘密☆" },

        // Classified document numbers
        { "docno-miden", "根据市委密电〔2021〕3号精神，现通知如下。", "secret-classified-document-number", "市委密电〔2021〕3号" },
        { "docno-mi-bracket", "转发闽委密[2020]15号文件", "secret-classified-document-number", "闽委密[2020]15号" },
        { "docno-mihan", "国办密函〔2019〕8号", "secret-classified-document-number", "国办密函〔2019〕8号" },

        // Internal notices
        { "notice-internal-material", "内部资料 注意保存", "secret-internal-notice", "内部资料 注意保存" },
        { "notice-do-not-spread", "本材料不得外传。", "secret-internal-notice", "不得外传" },
        { "notice-strictly", "严禁外传", "secret-internal-notice", "严禁外传" },
        { "notice-internal-file-alone", "内部文件\n关于某事项的请示", "secret-internal-notice", "内部文件" },
        { "notice-internal-file-bracket", "【内部文件】关于某事项的请示", "secret-internal-notice", "内部文件" },
        { "notice-keep-safe-alone", "注意保存\n正文", "secret-internal-notice", "注意保存" },

        // Near misses
        { "near-baomi-work", "做好保密工作，严守保密纪律。", null, null },
        { "near-business-secret", "依法保护商业秘密和个人隐私。", null, null },
        { "near-state-secret", "不得泄露国家秘密。", null, null },
        { "near-secret-prose", "这是一个公开的秘密。", null, null },
        { "near-top-secret-prose", "电影讲述了绝密行动的故事。", null, null },
        { "near-qiyongqian-prose", "在系统启用前完成测试。", null, null },
        { "near-miji-prose", "涉密人员应按密级管理。", null, null },
        { "near-baomi-bureau-docno", "根据省保密局〔2021〕3号文件", null, null },
        { "near-baomi-office-docno", "市保密办发〔2021〕3号", null, null },
        { "near-plain-docno", "根据国发〔2021〕3号文件", null, null },
        { "near-internal-file-prose", "加强内部文件管理，规范流转程序。", null, null },
        { "near-keep-receipt", "请注意保存好购物票据。", null, null },
        { "near-internal-material-management", "完善内部材料审核机制", null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Secret_TableCase(string id, string text, string? ruleId, string? span)
    {
        Assert.False(string.IsNullOrEmpty(id));
        CheckRunner.AssertCase(Check, text, ruleId, span, suggestion: null);
    }

    [Fact]
    public void Secret_AllFindingsAreErrors()
    {
        var findings = CheckRunner.Run(Check, "秘密★1年\n内部资料 注意保存\n市委密电〔2021〕3号");
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.All(findings, f => Assert.Equal(Categories.Secret, f.Category));
    }

    [Fact]
    public void Secret_SeparateNotices_ReportedSeparately()
    {
        var findings = CheckRunner.Run(Check, "内部资料\n正文……\n本材料不得外传。");
        Assert.Equal(["内部资料", "不得外传"], findings.Select(f => f.Text));
    }

    [Fact]
    public void Secret_LabelAndStar_ReportedOnce()
    {
        var finding = Assert.Single(CheckRunner.Run(Check, "密级：绝密★启用前"));
        Assert.Equal("密级：绝密★启用前", finding.Text);
    }

    [Fact]
    public void Secret_CategoryDisabled_ReportsNothing()
    {
        var options = new ReviewOptions { Categories = [Categories.Privacy] };
        Assert.Empty(CheckRunner.Run(Check, "秘密★1年", options));
    }
}
