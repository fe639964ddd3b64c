using System.Globalization;
using System.Text;

namespace ContentReview.Checks.NumberFormat;

/// <summary>
/// Checks numbers, dates and document numbers against GB/T 15835-2011《出版物上数字用法》 and GB/T 9704-2012
/// 《党政机关公文格式》.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>number-format-year-zero</c>: a year in Chinese numerals writes zero as 〇, not 零, ○, O or 0
/// (二零一九年 → 二〇一九年): 〇 is the zero of numbering, 零 the zero of counting.</item>
/// <item><c>number-format-date-mixed</c>: one date, one form (二〇〇八年8月8日 → 2008年8月8日 or 二〇〇八年八月八日);
/// the all-Arabic form is suggested first because official documents date in Arabic numerals.</item>
/// <item><c>number-format-date-leading-zero</c>: months and days are not padded (2021年05月08日 → 2021年5月8日).
/// The ISO form 2021-05-08 is a different, permitted form and is not reported.</item>
/// <item><c>number-format-date-invalid</c> (error): a month or day that does not exist (2月30日, 13月).</item>
/// <item><c>number-format-year-abbreviated</c>: 08年8月 → 2008年8月 (years are written in full).</item>
/// <item><c>number-format-doc-number-*</c>: 发文字号 are written 机关代字〔2015〕36号: the year in 六角括号 〔〕
/// (<c>-bracket</c>: not [] () 【】), in full (<c>-year</c>: not 〔15〕), no 第 (<c>-di</c>: not 第36号), no padding
/// (<c>-zero</c>: not 01号). One finding per document number carries every problem and the fully corrected form.</item>
/// <item><c>number-format-anniversary</c>: anniversaries of ten and more are written in Arabic numerals, as in the
/// central documents (一百周年 → 100周年, 七十周年 → 70周年); 一周年 … 九周年 are left alone.</item>
/// <item><c>number-format-range-separator</c> / <c>number-format-range-unit</c>: a range of values takes the wave
/// dash ～ (GB/T 15834-2011) and keeps % or 万/亿 on both ends (GB/T 15835-2011): 10%-20% → 10%～20%, 10～20% →
/// 10%～20%, 3～5万 → 3万～5万. Ranges without such a unit (2021-2025, page 3-5) are not reported.</item>
/// <item><c>number-format-thousands-separator</c> (info): GB/T 15835-2011 permits grouping with a comma or a thin
/// space but says ordinary (non-technical) text need not group; government documents write 1000元, so a grouped
/// number in Chinese text is a hint with the ungrouped form as suggestion (1,000 元 → 1000元; the space before a
/// Chinese unit goes too). <c>number-format-thousands-grouping</c> (warning): groups of four (1,0000) are wrong
/// under any convention.</item>
/// </list>
/// </remarks>
public sealed class NumberFormatCheck : IReviewCheck
{
    internal const string RuleYearZero = "number-format-year-zero";
    internal const string RuleDateMixed = "number-format-date-mixed";
    internal const string RuleDateLeadingZero = "number-format-date-leading-zero";
    internal const string RuleDateInvalid = "number-format-date-invalid";
    internal const string RuleYearAbbreviated = "number-format-year-abbreviated";
    internal const string RuleDocBracket = "number-format-doc-number-bracket";
    internal const string RuleDocYear = "number-format-doc-number-year";
    internal const string RuleDocDi = "number-format-doc-number-di";
    internal const string RuleDocZero = "number-format-doc-number-zero";
    internal const string RuleAnniversary = "number-format-anniversary";
    internal const string RuleRangeSeparator = "number-format-range-separator";
    internal const string RuleRangeUnit = "number-format-range-unit";
    internal const string RuleThousands = "number-format-thousands-separator";
    internal const string RuleThousandsGrouping = "number-format-thousands-grouping";

    private const string Gb15835 = "GB/T 15835-2011《出版物上数字用法》";
    private const string Gb9704 = "GB/T 9704-2012《党政机关公文格式》";
    private const string SourceYearZero = Gb15835 + "（“0”用作编号时汉字书写形式为“〇”，如二〇一二年）";
    private const string SourceDate = Gb15835 + "（年月日的表达，同类别同形式）；" + Gb9704 + "（成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位，即1不编为01）";
    private const string SourceDocNumber = Gb9704 + "（发文字号：年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位，即1不编为01，在阿拉伯数字后加“号”字）";
    private const string SourceAnniversary = Gb15835 + "（用于计量和编号的数字使用阿拉伯数字）；中央文件和新华社用法（如中国共产党成立100周年）";
    private const string SourceRange = Gb15835 + "（数值范围）；GB/T 15834-2011《标点符号用法》（标示数值范围用浪纹线“～”）";
    private const string SourceThousands = Gb15835 + "（多位数分节：千分撇或千分空，非专业性出版物可不分节）";

    private static readonly string NumberFormat = global::ContentReview.Categories.NumberFormat;

    /// <inheritdoc/>
    public string Name => "number-format";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Categories { get; } = [NumberFormat];

    /// <inheritdoc/>
    public void Run(ReviewContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        if (!context.IsCategoryEnabled(NumberFormat))
        {
            return;
        }

        string text = context.Text;
        var found = new List<Finding>();
        FindYearZeros(text, found);
        FindDates(text, found);
        FindDocumentNumbers(text, found);
        FindAnniversaries(text, found);
        FindRanges(text, found);
        FindThousands(text, found);
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        foreach (var f in found)
        {
            findings.Add(f);
        }
    }

    // ---- years in Chinese numerals ------------------------------------------------------------------------------

    private static void FindYearZeros(string text, List<Finding> found)
    {
        int y = text.IndexOf('年');
        while (y >= 0)
        {
            int s = y;
            while (s > 0 && y - s < 5 && ChineseNumerals.IsYearChar(text[s - 1]))
            {
                s--;
            }

            if (y - s == 4 && (s == 0 || !IsNumberLike(text[s - 1])))
            {
                int chineseDigits = 0, wrongZeros = 0;
                for (int k = s; k < y; k++)
                {
                    if (ChineseNumerals.IsWrongYearZero(text[k]))
                    {
                        wrongZeros++;
                    }
                    else if (text[k] != '〇')
                    {
                        chineseDigits++;
                    }
                }

                if (chineseDigits > 0 && wrongZeros > 0)
                {
                    var fixedYear = new StringBuilder(4);
                    for (int k = s; k < y; k++)
                    {
                        fixedYear.Append(ChineseNumerals.IsWrongYearZero(text[k]) ? '〇' : text[k]);
                    }

                    found.Add(CheckText.Create(
                        text, s, y - s, RuleYearZero, NumberFormat, Severity.Warning,
                        $"年份“{text[s..y]}”中的零应写作“〇”：年份是编号，“0”用作编号时写“〇”，“零”用于计量，“○”“O”“0”是其他字符。",
                        SourceYearZero, [fixedYear.ToString()]));
                }
            }

            y = text.IndexOf('年', y + 1);
        }
    }

    private static bool IsNumberLike(char c) =>
        CheckText.IsDigit(c) || ChineseNumerals.IsYearChar(c) || ChineseNumerals.IsNumeralChar(c) || c is '万' or '亿';

    // ---- dates ---------------------------------------------------------------------------------------------------

    private enum Form
    {
        None,
        Arabic,
        Chinese,
    }

    private readonly record struct Part(int Start, int End, Form Form, int Value, bool LeadingZero);

    private static void FindDates(string text, List<Finding> found)
    {
        int m = text.IndexOf('月');
        while (m >= 0)
        {
            int next = m + 1;
            var month = NumberBefore(text, m, maxArabic: 2, maxChinese: 3);
            if (month.Form != Form.None && month.Value is >= 0 and < 100)
            {
                Part year = default;
                int start = month.Start;
                if (month.Start > 0 && text[month.Start - 1] == '年')
                {
                    year = YearBefore(text, month.Start - 1);
                    if (year.Form != Form.None)
                    {
                        start = year.Start;
                    }
                }

                bool monthOk = year.Form != Form.None || month.Start == 0 || !IsNumberLike(text[month.Start - 1]);
                Part day = default;
                int end = m + 1;
                if (m + 1 < text.Length)
                {
                    day = NumberAfter(text, m + 1);
                    if (day.Form != Form.None && day.End < text.Length && text[day.End] is '日' or '号')
                    {
                        end = day.End + 1;
                    }
                    else
                    {
                        day = default;
                    }
                }

                if (monthOk && (year.Form != Form.None || day.Form != Form.None))
                {
                    ReportDate(text, start, end, year, month, day, found);
                    next = end;
                }
            }

            m = next < text.Length ? text.IndexOf('月', next) : -1;
        }
    }

    private static void ReportDate(string text, int start, int end, Part year, Part month, Part day, List<Finding> found)
    {
        int yearValue = year.Form == Form.None ? -1 : year.Value;
        bool abbreviated = year.Form == Form.Arabic && year.End - year.Start == 2;
        if (abbreviated)
        {
            int nowYy = DateTime.UtcNow.Year % 100;
            yearValue = (year.Value <= nowYy ? 2000 : 1900) + year.Value;
        }

        bool invalid = month.Value is < 1 or > 12 ||
                       (day.Form != Form.None && (day.Value < 1 ||
                        day.Value > DateTime.DaysInMonth(yearValue is >= 1 and <= 9999 ? yearValue : 2000, month.Value)));
        string span = text[start..end];
        if (invalid)
        {
            found.Add(CheckText.Create(
                text, start, end - start, RuleDateInvalid, NumberFormat, Severity.Error,
                $"日期“{span}”不存在（月份应为1～12，日应在该月天数之内），请核对。", SourceDate));
            return;
        }

        var forms = new HashSet<Form>();
        foreach (var p in new[] { year, month, day })
        {
            if (p.Form != Form.None)
            {
                forms.Add(p.Form);
            }
        }

        bool mixed = forms.Count > 1;
        bool leadingZero = month.LeadingZero || day.LeadingZero;
        if (!abbreviated && !mixed && !leadingZero)
        {
            return;
        }

        string hao = day.Form != Form.None ? text[end - 1].ToString() : "";
        string arabic = (yearValue >= 0 ? yearValue.ToString(CultureInfo.InvariantCulture) + "年" : "") +
                        month.Value.ToString(CultureInfo.InvariantCulture) + "月" +
                        (day.Form != Form.None ? day.Value.ToString(CultureInfo.InvariantCulture) + hao : "");
        if (abbreviated)
        {
            found.Add(CheckText.Create(
                text, start, end - start, RuleYearAbbreviated, NumberFormat, Severity.Warning,
                $"日期“{span}”中的年份不应简写，应写全称（如“{arabic}”；请核对世纪）。", SourceDate, [arabic]));
            return;
        }

        if (mixed)
        {
            string chinese = (yearValue >= 0 ? ChineseNumerals.Year(yearValue) + "年" : "") + ChineseNumerals.Small(month.Value) + "月" +
                             (day.Form != Form.None ? ChineseNumerals.Small(day.Value) + hao : "");
            found.Add(CheckText.Create(
                text, start, end - start, RuleDateMixed, NumberFormat, Severity.Warning,
                $"日期“{span}”混用了汉字数字和阿拉伯数字；同一日期应使用同一种形式，公文成文日期使用阿拉伯数字。",
                SourceDate, [arabic, chinese]));
            return;
        }

        found.Add(CheckText.Create(
            text, start, end - start, RuleDateLeadingZero, NumberFormat, Severity.Warning,
            $"日期“{span}”中的月、日不应编虚位（1不编为01），应写作“{arabic}”。", SourceDate, [arabic]));
    }

    /// <summary>The month number just before <paramref name="end"/>: 1–2 Arabic digits or a Chinese numeral.</summary>
    private static Part NumberBefore(string text, int end, int maxArabic, int maxChinese)
    {
        int s = end;
        while (s > 0 && end - s <= maxArabic && CheckText.IsDigit(text[s - 1]))
        {
            s--;
        }

        if (s < end)
        {
            if (end - s > maxArabic || (s > 0 && (CheckText.IsAlphanumeric(text[s - 1]) || text[s - 1] is '.' or '-' or '/')))
            {
                return default;
            }

            return Arabic(text, s, end);
        }

        while (s > 0 && end - s <= maxChinese && (ChineseNumerals.DigitValue(text[s - 1]) is >= 1 || text[s - 1] == '十'))
        {
            s--;
        }

        if (s == end || end - s > maxChinese)
        {
            return default;
        }

        int v = ChineseNumerals.Parse(text.AsSpan(s, end - s));
        return v > 0 ? new Part(s, end, Form.Chinese, v, false) : default;
    }

    /// <summary>The day number starting at <paramref name="start"/>: 1–2 Arabic digits or a Chinese numeral.</summary>
    private static Part NumberAfter(string text, int start)
    {
        int e = start;
        while (e < text.Length && e - start <= 2 && CheckText.IsDigit(text[e]))
        {
            e++;
        }

        if (e > start)
        {
            return e - start > 2 ? default : Arabic(text, start, e);
        }

        while (e < text.Length && e - start <= 3 && (ChineseNumerals.DigitValue(text[e]) is >= 1 || text[e] == '十'))
        {
            e++;
        }

        if (e == start || e - start > 3)
        {
            return default;
        }

        int v = ChineseNumerals.Parse(text.AsSpan(start, e - start));
        return v > 0 ? new Part(start, e, Form.Chinese, v, false) : default;
    }

    private static Part Arabic(string text, int s, int e)
    {
        int v = 0;
        for (int k = s; k < e; k++)
        {
            v = v * 10 + CheckText.DigitValue(text[k]);
        }

        return new Part(s, e, Form.Arabic, v, e - s == 2 && CheckText.DigitValue(text[s]) == 0);
    }

    /// <summary>The year before 年 at <paramref name="nian"/>: 4 (or 2) Arabic digits, or 4 Chinese numeral digits.</summary>
    private static Part YearBefore(string text, int nian)
    {
        int s = nian;
        while (s > 0 && nian - s <= 4 && CheckText.IsDigit(text[s - 1]))
        {
            s--;
        }

        int len = nian - s;
        bool chineseBefore = s > 0 && ChineseNumerals.IsYearChar(text[s - 1]) && !CheckText.IsDigit(text[s - 1]);
        if (len > 0 && !chineseBefore)
        {
            // Arabic: 2008 (or the abbreviated 08).
            if (len is 4 or 2 && (s == 0 || !(CheckText.IsAlphanumeric(text[s - 1]) || text[s - 1] is '.' or '-' or '/')))
            {
                return Arabic(text, s, nian) with { LeadingZero = false };
            }

            return default;
        }

        s = nian;
        while (s > 0 && nian - s <= 4 && ChineseNumerals.IsYearChar(text[s - 1]))
        {
            s--;
        }

        if (nian - s != 4 || (s > 0 && IsNumberLike(text[s - 1])))
        {
            return default;
        }

        int v = 0;
        bool anyChinese = false;
        for (int k = s; k < nian; k++)
        {
            char c = text[k];
            int d = ChineseNumerals.IsWrongYearZero(c) ? 0 : ChineseNumerals.DigitValue(c);
            anyChinese |= !CheckText.IsDigit(c);
            v = v * 10 + d;
        }

        return anyChinese ? new Part(s, nian, Form.Chinese, v, false) : default;
    }

    // ---- document numbers ----------------------------------------------------------------------------------------

    private static void FindDocumentNumbers(string text, List<Finding> found)
    {
        foreach (var doc in DocumentNumber.FindAll(text))
        {
            bool bracket = text[doc.Open] != '〔' || text[doc.Close] != '〕';
            bool shortYear = doc.YearLength == 2;
            bool di = doc.Di >= 0;
            int serialEnd = doc.Hao;
            int firstNonZero = doc.SerialStart;
            while (firstNonZero < serialEnd - 1 && CheckText.DigitValue(text[firstNonZero]) == 0)
            {
                firstNonZero++;
            }

            bool zero = firstNonZero > doc.SerialStart;
            if (!bracket && !shortYear && !di && !zero)
            {
                continue;
            }

            int year = 0;
            for (int k = doc.YearStart; k < doc.Close; k++)
            {
                year = year * 10 + CheckText.DigitValue(text[k]);
            }

            if (shortYear)
            {
                year += year <= DateTime.UtcNow.Year % 100 ? 2000 : 1900;
            }

            var serial = new StringBuilder();
            for (int k = firstNonZero; k < serialEnd; k++)
            {
                serial.Append((char)('0' + CheckText.DigitValue(text[k])));
            }

            string fixedForm = $"〔{year.ToString(CultureInfo.InvariantCulture)}〕{serial}号";
            var problems = new List<string>();
            string rule;
            if (bracket)
            {
                problems.Add($"年份应使用六角括号“〔〕”（不用“{text[doc.Open]}{text[doc.Close]}”）");
            }

            if (shortYear)
            {
                problems.Add("年份应标全称（四位）");
            }

            if (di)
            {
                problems.Add("发文顺序号不加“第”字");
            }

            if (zero)
            {
                problems.Add("发文顺序号不编虚位（1不编为01）");
            }

            rule = bracket ? RuleDocBracket : shortYear ? RuleDocYear : di ? RuleDocDi : RuleDocZero;
            found.Add(CheckText.Create(
                text, doc.Open, doc.End - doc.Open, rule, NumberFormat, Severity.Warning,
                $"发文字号格式不规范：{string.Join("；", problems)}。应写作“{fixedForm}”。", SourceDocNumber, [fixedForm]));
        }
    }

    // ---- anniversaries -------------------------------------------------------------------------------------------

    private static void FindAnniversaries(string text, List<Finding> found)
    {
        int z = text.IndexOf("周年", StringComparison.Ordinal);
        while (z >= 0)
        {
            int s = z;
            while (s > 0 && z - s < 8 && ChineseNumerals.IsNumeralChar(text[s - 1]))
            {
                s--;
            }

            if (s < z && (s == 0 || !(CheckText.IsDigit(text[s - 1]) || ChineseNumerals.IsNumeralChar(text[s - 1]))))
            {
                int value = ChineseNumerals.Parse(text.AsSpan(s, z - s));
                if (value >= 10)
                {
                    string arabic = value.ToString(CultureInfo.InvariantCulture);
                    found.Add(CheckText.Create(
                        text, s, z - s, RuleAnniversary, NumberFormat, Severity.Warning,
                        $"周年纪念的年数宜用阿拉伯数字：“{text[s..z]}周年”应写作“{arabic}周年”（如中国共产党成立100周年）。",
                        SourceAnniversary, [arabic]));
                }
            }

            z = text.IndexOf("周年", z + 2, StringComparison.Ordinal);
        }
    }

    // ---- ranges --------------------------------------------------------------------------------------------------

    private static bool IsRangeSeparator(char c) => c is '-' or '－' or '~' or '～' or '〜' or '—' or '–' or '―';

    private static bool IsRangeUnit(char c) => c is '%' or '％' or '万' or '亿' or '‰';

    private static void FindRanges(string text, List<Finding> found)
    {
        int n = text.Length;
        for (int k = 1; k < n - 1; k++)
        {
            char sep = text[k];
            if (!IsRangeSeparator(sep))
            {
                continue;
            }

            // Left value: digits [. digits] [unit]
            int p = k;
            char unitL = '\0';
            if (IsRangeUnit(text[p - 1]))
            {
                unitL = text[p - 1];
                p--;
            }

            int le = p;
            int ls = NumberStart(text, le);
            if (ls == le || (ls > 0 && (CheckText.IsAlphanumeric(text[ls - 1]) || IsRangeSeparator(text[ls - 1]) || text[ls - 1] is '.' or '/' or ':')))
            {
                continue;
            }

            // Right value
            int rs = k + 1;
            int re = NumberEnd(text, rs);
            if (re == rs || re >= n || !IsRangeUnit(text[re]))
            {
                continue;
            }

            char unitR = text[re];
            int end = re + 1;
            if (end < n && (CheckText.IsAlphanumeric(text[end]) || text[end] is '.' || IsRangeSeparator(text[end])))
            {
                continue;
            }

            if (unitL != '\0' && unitL != unitR)
            {
                continue; // 5000万～1亿: both ends carry their own unit
            }

            bool wrongSeparator = sep is not ('～' or '〜');
            bool missingUnit = unitL == '\0';
            if (!wrongSeparator && !missingUnit)
            {
                continue;
            }

            string fixedForm = text[ls..le] + unitR + "～" + text[rs..re] + unitR;
            string span = text[ls..end];
            if (wrongSeparator)
            {
                found.Add(CheckText.Create(
                    text, ls, end - ls, RuleRangeSeparator, NumberFormat, Severity.Warning,
                    $"数值范围“{span}”应使用浪纹线“～”连接" + (missingUnit ? "，且两端数值都应带上单位" : "") + $"，写作“{fixedForm}”。",
                    SourceRange, [fixedForm]));
            }
            else
            {
                found.Add(CheckText.Create(
                    text, ls, end - ls, RuleRangeUnit, NumberFormat, Severity.Warning,
                    $"数值范围“{span}”前一数值省略了“{unitR}”，容易产生歧义，应写作“{fixedForm}”。", SourceRange, [fixedForm]));
            }

            k = end - 1;
        }
    }

    private static int NumberStart(string text, int end)
    {
        int s = end;
        while (s > 0 && (CheckText.IsDigit(text[s - 1]) || (text[s - 1] == '.' && s - 1 > 0 && CheckText.IsDigit(text[s - 2]) && s < end)))
        {
            s--;
        }

        return s;
    }

    private static int NumberEnd(string text, int start)
    {
        int e = start;
        while (e < text.Length && (CheckText.IsDigit(text[e]) || (text[e] == '.' && e > start && e + 1 < text.Length && CheckText.IsDigit(text[e + 1]))))
        {
            e++;
        }

        return e;
    }

    // ---- thousands separators ------------------------------------------------------------------------------------

    private static void FindThousands(string text, List<Finding> found)
    {
        int n = text.Length;
        int i = text.IndexOf(',');
        while (i >= 0)
        {
            int next = i + 1;
            if (i > 0 && i + 1 < n && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                // The whole token: digits and commas between digits, then an optional decimal part.
                int s = i - 1;
                while (s > 0 && (char.IsAsciiDigit(text[s - 1]) || (text[s - 1] == ',' && s - 2 >= 0 && char.IsAsciiDigit(text[s - 2]))))
                {
                    s--;
                }

                int e = i + 1;
                while (e < n && (char.IsAsciiDigit(text[e]) || (text[e] == ',' && e + 1 < n && char.IsAsciiDigit(text[e + 1]))))
                {
                    e++;
                }

                int intEnd = e;
                if (e + 1 < n && text[e] == '.' && char.IsAsciiDigit(text[e + 1]))
                {
                    e++;
                    while (e < n && char.IsAsciiDigit(text[e]))
                    {
                        e++;
                    }
                }

                next = e;
                bool boundary = (s == 0 || !(CheckText.IsAlphanumeric(text[s - 1]) || text[s - 1] is '.' or '-' or '/')) &&
                                (e == n || !(CheckText.IsAlphanumeric(text[e]) || text[e] is '.' or ','));
                if (boundary && InChineseText(text, s, e))
                {
                    ReportThousands(text, s, intEnd, e, found);
                }
            }

            i = next < n ? text.IndexOf(',', next) : -1;
        }
    }

    private static void ReportThousands(string text, int s, int intEnd, int e, List<Finding> found)
    {
        var groups = text[s..intEnd].Split(',');
        bool threes = groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
        bool fours = groups[0].Length is >= 1 and <= 4 && groups.Skip(1).All(g => g.Length == 4);
        if (!threes && !fours)
        {
            return; // 1,2,3 or 12,34: a list, not one number
        }

        // Take the space before a Chinese unit along: 1,000 元 → 1000元.
        int end = e;
        while (end < text.Length && CheckText.IsInlineSpace(text[end]))
        {
            end++;
        }

        if (end == e || end >= text.Length || !CheckText.IsHan(text[end]))
        {
            end = e;
        }

        string plain = text[s..e].Replace(",", "", StringComparison.Ordinal);
        string span = text[s..end];
        if (threes)
        {
            found.Add(CheckText.Create(
                text, s, end - s, RuleThousands, NumberFormat, Severity.Info,
                $"中文行文中的多位数一般不分节，“{span.TrimEnd()}”宜写作“{plain}”；如需分节，全文应统一使用千分撇或千分空。",
                SourceThousands, [plain]));
        }
        else
        {
            found.Add(CheckText.Create(
                text, s, end - s, RuleThousandsGrouping, NumberFormat, Severity.Warning,
                $"“{span.TrimEnd()}”按四位分节，不符合三位分节规则，易误读；应写作“{plain}”。", SourceThousands, [plain]));
        }
    }

    private static bool InChineseText(string text, int s, int e)
    {
        int l = s - 1;
        while (l >= 0 && CheckText.IsInlineSpace(text[l]))
        {
            l--;
        }

        int r = e;
        while (r < text.Length && CheckText.IsInlineSpace(text[r]))
        {
            r++;
        }

        return (l >= 0 && IsChineseContext(text[l])) || (r < text.Length && IsChineseContext(text[r]));
    }

    private static bool IsChineseContext(char c) => CheckText.IsHan(c) || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFF0F') || c is '“' or '”' or '‘' or '’';
}
