namespace ContentReview.Checks.Privacy;

/// <summary>
/// Finds personal information that must not be published: resident identity numbers (18-digit with the GB 11643
/// checksum, 15-digit legacy), mainland mobile numbers, bank card numbers (Luhn), passport and Hong Kong/Macau pass
/// numbers, and personal (free-mail) e-mail addresses. Identity and bank card numbers are errors, the rest warnings.
/// </summary>
/// <remarks>
/// <para>
/// Numbers are scanned as whole tokens: a maximal run of digits, optionally in groups joined by one space or hyphen
/// (<c>138 1234 5678</c>, <c>6222 0212 3456 7890</c>) and optionally behind <c>+86</c> or <c>0086</c>. A token that
/// touches a letter, an asterisk (masked forms such as <c>138****5678</c>), a decimal point, a slash or a percent sign
/// is never reported, and no number is ever matched inside a longer run of digits. When the grouped token as a whole
/// is not personal information each group is tried on its own, so <c>0591-87654321 13812345678</c> still finds the
/// mobile number.
/// </para>
/// <para>
/// Landlines (<c>0591-87654321</c>, <c>(010)12345678</c>) and hotlines (<c>12345</c>, <c>400-123-4567</c>,
/// <c>95588</c>) never have the length or the prefix of a mobile number, so they are not reported. Bank card and
/// legacy identity numbers are not reported right after labels of document serials (信用代码, 编号, 订单号, …).
/// </para>
/// <para>
/// Free-mail addresses (qq.com, 163.com, gmail.com, …) are reported; official domains (gov.cn and every other domain)
/// are not. A free-mail address in an organisation's contact line (after 联系邮箱, 电子邮箱, 投稿邮箱, … on a line that
/// holds no other personal number) is taken as the organisation's public mailbox and not reported.
/// </para>
/// </remarks>
public sealed class PrivacyCheck : IReviewCheck
{
    internal const string RuleIdCard = "privacy-id-card";
    internal const string RuleIdCardLegacy = "privacy-id-card-legacy";
    internal const string RuleMobile = "privacy-mobile";
    internal const string RuleBankCard = "privacy-bank-card";
    internal const string RulePassport = "privacy-passport";
    internal const string RuleHkMacauPass = "privacy-hk-macau-pass";
    internal const string RulePersonalEmail = "privacy-personal-email";

    private const string PipLaw = "《中华人民共和国个人信息保护法》第二十八条（敏感个人信息）；《中华人民共和国政府信息公开条例》第十五条";
    private const string SourceId = "GB 11643-1999《公民身份号码》；" + PipLaw;
    private const string SourceMobile = "工业和信息化部《电信网编号计划（2017年版）》移动号段；《中华人民共和国个人信息保护法》第四条、第二十五条";
    private const string SourceBank = "ISO/IEC 7812-1 发卡机构标识与 Luhn 校验；" + PipLaw + "（金融账户）";
    private const string SourcePassport = "《中华人民共和国护照法》《中国公民因私出入境管理办法》证件编号规则；《中华人民共和国个人信息保护法》第四条";
    private const string SourceEmail = "《中华人民共和国个人信息保护法》第四条、第二十五条";

    private static readonly string Privacy = global::ContentReview.Categories.Privacy;

    // Labels after which a long number is a document, organisation or order serial, not a card or identity number.
    private static readonly string[] SerialLabels =
    [
        "信用代码", "编号", "编码", "单号", "订单", "流水", "文号", "批号", "批准号", "证书号", "许可证", "税号",
        "识别号", "登记号", "注册号", "序列号", "序号", "条码", "合同号", "案号", "项目号", "快递", "运单", "发票",
    ];

    // Labels of an organisation's contact line: a free-mail address there is a public mailbox.
    private static readonly string[] ContactLabels =
    [
        "联系邮箱", "电子邮箱", "电子信箱", "投稿邮箱", "举报邮箱", "投诉邮箱", "来信邮箱", "反馈邮箱", "咨询邮箱", "报名邮箱",
        "邮箱地址", "电子邮件", "联系邮件",
    ];

    private static readonly string[] FreeMailDomains =
    [
        "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "188.com", "netease.com", "sina.com", "sina.cn",
        "sohu.com", "139.com", "189.cn", "wo.cn", "wo.com.cn", "aliyun.com", "tom.com", "21cn.com", "263.net",
        "gmail.com", "googlemail.com", "hotmail.com", "outlook.com", "live.com", "live.cn", "msn.com", "yahoo.com",
        "yahoo.com.cn", "yahoo.cn", "icloud.com", "me.com", "mac.com", "aol.com", "protonmail.com", "proton.me",
    ];

    /// <inheritdoc/>
    public string Name => "privacy";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Categories { get; } = [Privacy];

    /// <inheritdoc/>
    public void Run(ReviewContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (!context.IsCategoryEnabled(Privacy))
        {
            return;
        }

        string text = context.Text;
        var found = new List<Finding>();
        ScanNumbers(text, found);
        ScanTravelDocuments(text, found);
        ScanEmails(text, found);
        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        foreach (var f in found)
        {
            findings.Add(f);
        }
    }

    private enum Kind
    {
        None,
        Id,
        IdLegacy,
        Mobile,
        BankCard,
    }

    private const int MaxGroups = 8;
    private const int MaxTokenDigits = 32;

    private static void ScanNumbers(string text, List<Finding> found)
    {
        int n = text.Length;
        Span<int> groupStart = stackalloc int[MaxGroups];
        Span<int> groupEnd = stackalloc int[MaxGroups];
        Span<char> digits = stackalloc char[MaxTokenDigits + 1];
        Span<int> lens = stackalloc int[MaxGroups];
        Span<int> one = stackalloc int[1];
        int i = 0;
        while (i < n)
        {
            if (!CheckText.IsDigit(text[i]))
            {
                i++;
                continue;
            }

            // A token: digit groups joined by single separators.
            int groups = 0;
            int p = i;
            while (true)
            {
                int e = p;
                while (e < n && CheckText.IsDigit(text[e]))
                {
                    e++;
                }

                groupStart[groups] = p;
                groupEnd[groups] = e;
                groups++;
                if (groups < MaxGroups && e + 1 < n && IsGroupSeparator(text[e]) && CheckText.IsDigit(text[e + 1]))
                {
                    p = e + 1;
                    continue;
                }

                break;
            }

            int runStart = i;
            int end = groupEnd[groups - 1];
            i = end;

            bool plus = runStart > 0 && text[runStart - 1] is '+' or '＋';
            int tokenStart = plus ? runStart - 1 : runStart;
            if (!LeftBoundaryOk(text, tokenStart))
            {
                continue;
            }

            bool trailingX = end < n && text[end] is 'X' or 'x' or 'Ｘ' or 'ｘ' && (end + 1 >= n || !CheckText.IsAlphanumeric(text[end + 1]));
            int tokenEnd = trailingX ? end + 1 : end;
            if (!RightBoundaryOk(text, tokenEnd))
            {
                continue;
            }

            int total = 0;
            for (int g = 0; g < groups; g++)
            {
                total += groupEnd[g] - groupStart[g];
            }

            bool wholeFound = false;
            if (total <= MaxTokenDigits)
            {
                int len = 0;
                for (int g = 0; g < groups; g++)
                {
                    lens[g] = groupEnd[g] - groupStart[g];
                    for (int k = groupStart[g]; k < groupEnd[g]; k++)
                    {
                        digits[len++] = (char)('0' + CheckText.DigitValue(text[k]));
                    }
                }

                var kind = Classify(digits[..len], trailingX, lens[..groups], plus, out int prefix);
                if (kind != Kind.None && Plausible(text, kind, tokenStart, tokenEnd))
                {
                    found.Add(Report(text, kind, tokenStart, tokenEnd, prefix, digits[prefix..len], trailingX));
                    wholeFound = true;
                }
            }

            if (wholeFound || groups == 1)
            {
                continue;
            }

            // The grouped token is not one number: try each group alone (each is still a whole run of digits).
            for (int g = 0; g < groups; g++)
            {
                int gs = groupStart[g], ge = groupEnd[g];
                int len = ge - gs;
                if (len > MaxTokenDigits)
                {
                    continue;
                }

                for (int k = 0; k < len; k++)
                {
                    digits[k] = (char)('0' + CheckText.DigitValue(text[gs + k]));
                }

                bool x = trailingX && g == groups - 1;
                bool gPlus = plus && g == 0;
                int s = gPlus ? gs - 1 : gs;
                int t = x ? ge + 1 : ge;
                one[0] = len;
                var kind = Classify(digits[..len], x, one, gPlus, out int prefix);
                if (kind != Kind.None && Plausible(text, kind, s, t))
                {
                    found.Add(Report(text, kind, s, t, prefix, digits[prefix..len], x));
                }
            }
        }
    }

    private static bool IsGroupSeparator(char c) => c is ' ' or '-' or '\u00A0' or '－';

    private static bool LeftBoundaryOk(string text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        char b = text[start - 1];
        if (CheckText.IsAlphanumeric(b) || b is '*' or '＊' or '_' or '/' or '\\' or '×' or '#' or '@' or '&' or '=')
        {
            return false;
        }

        // A decimal fraction or a group of a longer grouped number: 3.1415…, 1,234,567.
        return !(b is '.' or ',' or '-' && start >= 2 && CheckText.IsDigit(text[start - 2]));
    }

    private static bool RightBoundaryOk(string text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        char a = text[end];
        if (CheckText.IsAlphanumeric(a) || a is '*' or '＊' or '_' or '%' or '％' or '‰' or '×' or '@' or '&' or '=')
        {
            return false;
        }

        return !(a is '.' or ',' or '/' or '-' && end + 1 < text.Length && CheckText.IsDigit(text[end + 1]));
    }

    private static Kind Classify(ReadOnlySpan<char> d, bool trailingX, ReadOnlySpan<int> lens, bool plus, out int prefix)
    {
        prefix = 0;
        if (trailingX)
        {
            if (d.Length != 17 || !IdGroupsOk(lens, 17))
            {
                return Kind.None;
            }

            Span<char> id = stackalloc char[18];
            d.CopyTo(id);
            id[17] = 'X';
            return ResidentIdNumber.IsValid(id) ? Kind.Id : Kind.None;
        }

        int cc = plus && d.StartsWith("86") ? 2 : d.StartsWith("0086") ? 4 : 0;
        if (cc > 0)
        {
            if (MobileNumber.IsValid(d[cc..]) && MobileGroupsOk(lens, cc))
            {
                prefix = cc;
                return Kind.Mobile;
            }

            if (plus)
            {
                return Kind.None;
            }
        }

        switch (d.Length)
        {
            case 11:
                return MobileNumber.IsValid(d) && MobileGroupsOk(lens, 0) ? Kind.Mobile : Kind.None;
            case 15:
                return ResidentIdNumber.IsValidLegacy(d) && (lens.Length == 1 || lens.SequenceEqual([6, 6, 3]))
                    ? Kind.IdLegacy
                    : Kind.None;
            case 18:
                if (ResidentIdNumber.HasValidBody(d))
                {
                    // Identity-shaped: an identity number (possibly mistyped), never a bank card.
                    return ResidentIdNumber.IsValid(d) && IdGroupsOk(lens, 18) ? Kind.Id : Kind.None;
                }

                break;
        }

        if (d.Length is >= 16 and <= 19 && BankCardNumber.IsValid(d) && BankGroupsOk(lens))
        {
            return Kind.BankCard;
        }

        return Kind.None;
    }

    private static bool IdGroupsOk(ReadOnlySpan<int> lens, int digits) =>
        lens.Length == 1 || (lens.Length == 3 && lens[0] == 6 && lens[1] == 8 && lens[2] == digits - 14);

    private static bool MobileGroupsOk(ReadOnlySpan<int> lens, int prefix)
    {
        // Drop the country code from the groups.
        Span<int> rest = stackalloc int[lens.Length];
        lens.CopyTo(rest);
        int start = 0;
        if (prefix > 0)
        {
            if (rest[0] == prefix)
            {
                start = 1;
            }
            else if (rest[0] > prefix)
            {
                rest[0] -= prefix;
            }
            else
            {
                return false;
            }
        }

        var r = rest[start..];
        return r.Length switch
        {
            1 => r[0] == 11,
            2 => r[0] == 3 && r[1] == 8,
            3 => r[0] == 3 && r[1] == 4 && r[2] == 4,
            _ => false,
        };
    }

    private static bool BankGroupsOk(ReadOnlySpan<int> lens)
    {
        if (lens.Length == 1)
        {
            return true;
        }

        if (lens.Length < 4)
        {
            return false;
        }

        for (int g = 0; g < lens.Length - 1; g++)
        {
            if (lens[g] != 4)
            {
                return false;
            }
        }

        return lens[^1] is >= 1 and <= 4;
    }

    private static bool Plausible(string text, Kind kind, int start, int end)
    {
        switch (kind)
        {
            case Kind.BankCard:
            case Kind.IdLegacy:
                return !HasLabelBefore(text, start, SerialLabels, 16);
            case Kind.Mobile:
                // 13000000000元 is an amount, ￥13812345678 too.
                if (start > 0 && text[start - 1] is '¥' or '￥' or '$' or '第')
                {
                    return false;
                }

                int a = end;
                while (a < text.Length && CheckText.IsInlineSpace(text[a]))
                {
                    a++;
                }

                return a >= text.Length || !IsUnitAfterNumber(text[a]);
            default:
                return true;
        }
    }

    private static bool IsUnitAfterNumber(char c) =>
        "元万亿千百人个件次吨户台辆米平克斤亩头只株册份项家所名位条篇张本年月日时分秒度倍".Contains(c, StringComparison.Ordinal);

    private static bool HasLabelBefore(string text, int start, string[] labels, int window)
    {
        int lineStart = CheckText.LineStart(text, start);
        int from = Math.Max(lineStart, start - window);
        foreach (string label in labels)
        {
            if (CheckText.ContainsIn(text, from, start, label))
            {
                return true;
            }
        }

        return false;
    }

    private static Finding Report(string text, Kind kind, int start, int end, int prefix, ReadOnlySpan<char> national, bool trailingX)
    {
        int count = national.Length + (trailingX ? 1 : 0);
        switch (kind)
        {
            case Kind.Id:
            {
                string birth = $"{national[6..10]}年{int.Parse(national[10..12])}月{int.Parse(national[12..14])}日";
                return CheckText.Create(
                    text, start, end - start, RuleIdCard, Privacy, Severity.Error,
                    $"疑似公民身份号码（出生日期{birth}，校验码正确）。身份证号码属于敏感个人信息，公开发布前应删除或隐去中间位（如只保留前6位和后4位）。",
                    SourceId, [Mask(text, start, end, prefix, count, 6, 4)]);
            }

            case Kind.IdLegacy:
            {
                string birth = $"19{national[6..8]}年{int.Parse(national[8..10])}月{int.Parse(national[10..12])}日";
                return CheckText.Create(
                    text, start, end - start, RuleIdCardLegacy, Privacy, Severity.Error,
                    $"疑似15位旧版公民身份号码（出生日期{birth}）。身份证号码属于敏感个人信息，公开发布前应删除或隐去中间位。",
                    SourceId, [Mask(text, start, end, prefix, count, 6, 3)]);
            }

            case Kind.Mobile:
                return CheckText.Create(
                    text, start, end - start, RuleMobile, Privacy, Severity.Warning,
                    "疑似个人手机号码。公开发布个人手机号码会泄露个人信息，应删除或隐去中间4位（如138****5678）；对外公布的联系方式宜使用办公电话或服务热线。",
                    SourceMobile, [Mask(text, start, end, prefix, count, 3, 4)]);
            default:
                return CheckText.Create(
                    text, start, end - start, RuleBankCard, Privacy, Severity.Error,
                    $"疑似银行卡号（{count}位，Luhn校验通过）。银行卡号属于金融账户信息（敏感个人信息），公开发布前应删除或只保留前4位和后4位。",
                    SourceBank, [Mask(text, start, end, prefix, count, 4, 4)]);
        }
    }

    /// <summary>
    /// The span's text with the middle digits replaced by asterisks, keeping separators and the country code:
    /// the first <paramref name="keepFirst"/> and last <paramref name="keepLast"/> of the <paramref name="count"/>
    /// national digits stay.
    /// </summary>
    private static string Mask(string text, int start, int end, int prefix, int count, int keepFirst, int keepLast)
    {
        var chars = text.ToCharArray(start, end - start);
        int index = -prefix; // digit index within the national number
        for (int k = 0; k < chars.Length; k++)
        {
            char c = chars[k];
            bool isDigit = CheckText.IsDigit(c) || (k == chars.Length - 1 && c is 'X' or 'x' or 'Ｘ' or 'ｘ');
            if (!isDigit)
            {
                continue;
            }

            if (index >= keepFirst && index < count - keepLast)
            {
                chars[k] = '*';
            }

            index++;
        }

        return new string(chars);
    }

    private static void ScanTravelDocuments(string text, List<Finding> found)
    {
        int n = text.Length;
        for (int i = 0; i + 8 < n; i++)
        {
            char c = text[i];
            if (c is not ('E' or 'G' or 'C' or 'H' or 'M') || (i > 0 && !TravelLeftOk(text[i - 1])))
            {
                continue;
            }

            int j = i + 1;
            bool letterSerial = false;
            if (c is 'E' or 'C' && text[j] is >= 'A' and <= 'Z' and not ('I' or 'O'))
            {
                letterSerial = true;
                j++;
            }

            int e = j;
            while (e < n && char.IsAsciiDigit(text[e]))
            {
                e++;
            }

            if (e < n && !TravelLeftOk(text[e]))
            {
                continue;
            }

            int digitCount = e - j;
            bool match = c switch
            {
                'E' or 'G' or 'C' when letterSerial => c != 'G' && digitCount == 7,
                'E' or 'G' or 'C' => digitCount == 8,
                _ => digitCount is 8 or 10, // H/M: 港澳居民来往内地通行证
            };
            if (!match)
            {
                continue;
            }

            bool passport = c is 'E' or 'G';
            string message = passport
                ? "疑似中国护照号码（E/G开头加8位数字，或E加字母加7位数字）。护照号码属于个人信息，公开发布前应删除或部分隐藏。"
                : c == 'C'
                    ? "疑似往来港澳通行证号码（C开头加8位数字，或C加字母加7位数字）。证件号码属于个人信息，公开发布前应删除或部分隐藏。"
                    : "疑似港澳居民来往内地通行证号码（H/M开头加8位或10位数字）。证件号码属于个人信息，公开发布前应删除或部分隐藏。";
            int len = e - i;
            string masked = text.Substring(i, 2) + new string('*', len - 5) + text.Substring(e - 3, 3);
            found.Add(CheckText.Create(
                text, i, len, passport ? RulePassport : RuleHkMacauPass, Privacy, Severity.Warning, message,
                SourcePassport, [masked]));
            i = e - 1;
        }
    }

    private static bool TravelLeftOk(char c) => !CheckText.IsAlphanumeric(c) && c is not ('*' or '＊' or '_' or '-' or '/' or '.' or '@');

    private static bool IsLocalPartChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';

    private static void ScanEmails(string text, List<Finding> found)
    {
        int at = text.IndexOf('@');
        while (at >= 0)
        {
            int s = at;
            while (s > 0 && IsLocalPartChar(text[s - 1]))
            {
                s--;
            }

            while (s < at && text[s] is '.' or '-' or '+')
            {
                s++; // a local part does not start with punctuation
            }

            int e = at + 1;
            while (e < text.Length && IsDomainChar(text[e]))
            {
                e++;
            }

            while (e > at + 1 && text[e - 1] is '.' or '-')
            {
                e--; // the sentence's full stop or a dash after the address
            }

            int next = text.IndexOf('@', Math.Max(e, at + 1));
            if (s < at && e > at + 1)
            {
                string domain = text.Substring(at + 1, e - at - 1).ToLowerInvariant();
                if (IsFreeMail(domain) && !IsContactLine(text, s, found))
                {
                    found.Add(CheckText.Create(
                        text, s, e - s, RulePersonalEmail, Privacy, Severity.Warning,
                        $"疑似个人电子邮箱（{domain}为免费个人邮箱服务）。公开个人邮箱会泄露个人信息；单位对外联系宜使用官方邮箱（如*.gov.cn）。",
                        SourceEmail));
                }
            }

            at = next;
        }
    }

    private static bool IsFreeMail(string domain)
    {
        foreach (string d in FreeMailDomains)
        {
            if (domain.Length == d.Length
                    ? domain == d
                    : domain.Length > d.Length && domain.EndsWith(d, StringComparison.Ordinal) && domain[^(d.Length + 1)] == '.')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsContactLine(string text, int start, List<Finding> found)
    {
        int lineStart = CheckText.LineStart(text, start);
        if (!HasLabelBefore(text, start, ContactLabels, 24))
        {
            return false;
        }

        // A line that also gives a personal number is a person's details, not an organisation's contact line.
        int lineEnd = CheckText.LineEnd(text, start);
        foreach (var f in found)
        {
            if (f.Start >= lineStart && f.Start < lineEnd)
            {
                return false;
            }
        }

        return true;
    }
}
