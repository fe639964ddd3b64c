using ContentReview.Checks.Privacy;

namespace ContentReview.Tests.Checks;

public class PrivacyCheckTests
{
    private static readonly PrivacyCheck Check = new();

    // id, text, expected rule (null: no finding at all), expected span, expected first suggestion
    public static TheoryData<string, string, string?, string?, string?> Cases => new()
    {
        // Resident identity numbers
        { "id-18-plain", "申请人身份证号350102199003071234，现住福州。", "privacy-id-card", "350102199003071234", "350102********1234" },
        { "id-18-x", "身份证号码：11010519491231002X。", "privacy-id-card", "11010519491231002X", "110105********002X" },
        { "id-18-lower-x", "证件号11010519491231002x", "privacy-id-card", "11010519491231002x", "110105********002x" },
        { "id-18-leap-day", "号码350102200002294562。", "privacy-id-card", "350102200002294562", null },
        { "id-18-grouped", "身份证 350102 19900307 1234 已核验", "privacy-id-card", "350102 19900307 1234", "350102 ******** 1234" },
        { "id-18-fullwidth", "身份证号３５０１０２１９９００３０７１２３４。", "privacy-id-card", "３５０１０２１９９００３０７１２３４", null },
        { "id-15-legacy", "旧身份证号350102900307123。", "privacy-id-card-legacy", "350102900307123", "350102******123" },
        { "near-id-bad-checksum", "号码350102199003071235。", null, null, null },
        { "near-id-bad-date", "号码350102199002301234。", null, null, null },
        { "near-id-bad-province", "号码990102199003071234。", null, null, null },
        { "near-id-masked", "身份证号350102********1234。", null, null, null },
        { "near-id-masked-x", "身份证号110105********002X。", null, null, null },
        { "near-id-in-longer-run", "编号83501021990030712345。", null, null, null },
        { "near-id-after-letter", "代码A350102199003071234。", null, null, null },
        { "near-id-15-bad-date", "号码350102901307123。", null, null, null },
        { "near-id-15-serial-label", "登记编号350102900307123。", null, null, null },

        // Mobile numbers
        { "mobile-plain", "联系人张三，手机13812345678。", "privacy-mobile", "13812345678", "138****5678" },
        { "mobile-spaces", "手机：138 1234 5678", "privacy-mobile", "138 1234 5678", "138 **** 5678" },
        { "mobile-dashes", "手机：138-1234-5678。", "privacy-mobile", "138-1234-5678", "138-****-5678" },
        { "mobile-plus86", "电话+86 13812345678", "privacy-mobile", "+86 13812345678", "+86 138****5678" },
        { "mobile-plus86-joined", "电话+8613812345678", "privacy-mobile", "+8613812345678", "+86138****5678" },
        { "mobile-0086", "电话0086-138-1234-5678", "privacy-mobile", "0086-138-1234-5678", "0086-138-****-5678" },
        { "mobile-199", "电话19912345678", "privacy-mobile", "19912345678", null },
        { "mobile-166", "电话16612345678", "privacy-mobile", "16612345678", null },
        { "mobile-after-landline", "电话0591-87654321 13912345678", "privacy-mobile", "13912345678", null },
        { "near-mobile-masked", "手机138****5678。", null, null, null },
        { "near-mobile-prefix-154", "号码15412345678。", null, null, null },
        { "near-mobile-prefix-12", "号码12812345678。", null, null, null },
        { "near-mobile-iot-172", "号码17212345678。", null, null, null },
        { "near-mobile-in-longer-run", "流水号213812345678901。", null, null, null },
        { "near-mobile-12-digits", "号码138123456789。", null, null, null },
        { "near-mobile-amount", "投资13000000000元。", null, null, null },
        { "near-mobile-decimal", "π≈3.13812345678。", null, null, null },
        { "near-landline-dash", "联系电话：0591-87654321。", null, null, null },
        { "near-landline-paren", "联系电话：(010)12345678。", null, null, null },
        { "near-hotline-12345", "请拨打12345政务服务热线。", null, null, null },
        { "near-hotline-400", "客服电话400-123-4567。", null, null, null },
        { "near-hotline-95", "客服电话95588。", null, null, null },
        { "near-mobile-bad-grouping", "号码13 81234 5678。", null, null, null },

        // Bank cards
        { "bank-19", "工资卡号6222021234567890128。", "privacy-bank-card", "6222021234567890128", "6222***********0128" },
        { "bank-16", "卡号6228480012345671。", "privacy-bank-card", "6228480012345671", "6228********5671" },
        { "bank-grouped", "卡号 6228 4800 1234 5671 已冻结", "privacy-bank-card", "6228 4800 1234 5671", "6228 **** **** 5671" },
        { "bank-visa", "信用卡4359681234567895。", "privacy-bank-card", "4359681234567895", null },
        { "bank-9-prefix", "卡号95599800123456782。", "privacy-bank-card", "95599800123456782", null },
        { "near-bank-bad-luhn", "卡号6228480012345672。", null, null, null },
        { "near-bank-bin", "序列1228480012345674。", null, null, null },
        { "near-bank-credit-code", "统一社会信用代码6228480012345671。", null, null, null },
        { "near-bank-order-label", "订单号：6228480012345671。", null, null, null },
        { "near-bank-repeated", "卡号6666666666666666。", null, null, null },
        { "near-bank-masked", "卡号6228********5671。", null, null, null },
        { "near-bank-in-longer-run", "编号62284800123456710000000。", null, null, null },

        // Passports and passes
        { "passport-e", "护照号E12345678。", "privacy-passport", "E12345678", "E1****678" },
        { "passport-g", "护照号码G12345678，", "privacy-passport", "G12345678", null },
        { "passport-e-letter", "护照EA1234567。", "privacy-passport", "EA1234567", null },
        { "hk-macau-pass", "往来港澳通行证C12345678。", "privacy-hk-macau-pass", "C12345678", null },
        { "hk-macau-pass-letter", "通行证CA1234567。", "privacy-hk-macau-pass", "CA1234567", null },
        { "home-return-permit", "回乡证H1234567890。", "privacy-hk-macau-pass", "H1234567890", null },
        { "near-passport-7-digits", "编号E1234567。", null, null, null },
        { "near-passport-9-digits", "编号E123456789。", null, null, null },
        { "near-passport-in-word", "型号ABE12345678。", null, null, null },
        { "near-passport-train", "乘坐G1234次列车。", null, null, null },
        { "near-passport-masked", "护照E1****678。", null, null, null },

        // E-mail
        { "email-qq", "请联系张三（zhangsan@qq.com）。", "privacy-personal-email", "zhangsan@qq.com", null },
        { "email-163-sentence-end", "个人邮箱li.si@163.com.", "privacy-personal-email", "li.si@163.com", null },
        { "email-gmail", "邮箱wangwu2020@gmail.com", "privacy-personal-email", "wangwu2020@gmail.com", null },
        { "email-vip-subdomain", "邮箱abc@vip.163.com", "privacy-personal-email", "abc@vip.163.com", null },
        { "email-contact-line-with-mobile", "联系人：张三，手机13812345678，电子邮箱：zs@qq.com", "privacy-personal-email", "zs@qq.com", null },
        { "near-email-gov", "来信请寄bgs@fuzhou.gov.cn。", null, null, null },
        { "near-email-company", "邮箱service@example.com.cn", null, null, null },
        { "near-email-contact-line", "联系电话：0591-87654321，联系邮箱：fzsxxb@163.com。", null, null, null },
        { "near-email-submission-line", "意见建议请发送至电子邮箱fzzwgk@126.com。", null, null, null },
        { "near-email-lookalike-domain", "邮箱a@notqq.com", null, null, null },
        { "near-at-sign-only", "@各位同事 请注意", null, null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Privacy_TableCase(string id, string text, string? ruleId, string? span, string? suggestion)
    {
        Assert.False(string.IsNullOrEmpty(id));
        CheckRunner.AssertCase(Check, text, ruleId, span, suggestion);
    }

    [Theory]
    [InlineData("privacy-id-card", Severity.Error, "身份证号350102199003071234")]
    [InlineData("privacy-bank-card", Severity.Error, "卡号6228480012345671")]
    [InlineData("privacy-mobile", Severity.Warning, "手机13812345678")]
    [InlineData("privacy-passport", Severity.Warning, "护照E12345678")]
    [InlineData("privacy-personal-email", Severity.Warning, "邮箱a@qq.com")]
    public void Privacy_Severity_IdAndBankAreErrors_RestWarnings(string ruleId, Severity severity, string text)
    {
        var finding = Assert.Single(CheckRunner.Run(Check, text));
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(severity, finding.Severity);
        Assert.Equal(Categories.Privacy, finding.Category);
    }

    [Fact]
    public void Privacy_CategoryDisabled_ReportsNothing()
    {
        var options = new ReviewOptions { Categories = [Categories.Punctuation] };
        Assert.Empty(CheckRunner.Run(Check, "身份证号350102199003071234，手机13812345678", options));
    }

    [Fact]
    public void Privacy_SeveralItems_ReportedInOrderWithSpans()
    {
        const string text = "张三，身份证号350102199003071234，手机13812345678，邮箱zs@qq.com，卡号6228480012345671。";
        var findings = CheckRunner.Run(Check, text);
        Assert.Equal(
            ["privacy-id-card", "privacy-mobile", "privacy-personal-email", "privacy-bank-card"],
            findings.Select(f => f.RuleId));
        Assert.Equal(text.IndexOf("350102", StringComparison.Ordinal), findings[0].Start);
    }

    [Fact]
    public void Privacy_Id_MessageNamesBirthDate()
    {
        var finding = Assert.Single(CheckRunner.Run(Check, "身份证号350102199003071234"));
        Assert.Contains("1990年3月7日", finding.Message, StringComparison.Ordinal);
        Assert.Contains("GB 11643-1999", finding.Source, StringComparison.Ordinal);
    }
}
