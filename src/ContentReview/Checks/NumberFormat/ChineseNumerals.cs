namespace ContentReview.Checks.NumberFormat;

/// <summary>Chinese numerals: parsing small counted numbers (十一, 二十五, 一百零五) and writing dates in Chinese.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>The digit value of 〇/零 and 一…九 (两 counts as 2), or -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>A character of a counted Chinese number: a digit, 零/〇, 两, or 十/百/千.</summary>
    public static bool IsNumeralChar(char c) => DigitValue(c) >= 0 || c is '十' or '百' or '千';

    /// <summary>A character that may stand for a digit in a year written in Chinese, including wrong zeros (零 ○ O 0).</summary>
    public static bool IsYearChar(char c) => IsWrongYearZero(c) || (DigitValue(c) >= 0 && c != '两');

    /// <summary>A zero that is wrong inside a Chinese-numeral year: 零, ○ (white circle), O/Ｏ, 0/０ (GB/T 15835-2011 wants 〇).</summary>
    public static bool IsWrongYearZero(char c) => c is '零' or '○' or 'O' or 'Ｏ' or '0' or '０' or '◯';

    /// <summary>
    /// Parses a counted number below 10,000 written with 十/百/千 (十一, 二十, 一百零五, 两千) or digit by digit
    /// (一〇〇); returns -1 when the text is not a well-formed numeral.
    /// </summary>
    public static int Parse(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return -1;
        }

        if (s.IndexOfAny('十', '百', '千') < 0)
        {
            // Digit by digit: 一〇〇.
            int v = 0;
            foreach (char c in s)
            {
                int d = DigitValue(c);
                if (d < 0)
                {
                    return -1;
                }

                v = v * 10 + d;
            }

            return v;
        }

        int total = 0;
        int pending = -1; // a digit waiting for its unit
        int lastUnit = 10000;
        foreach (char c in s)
        {
            int unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                int d = DigitValue(c);
                if (d == 0 && pending < 0 && total > 0)
                {
                    continue; // 一百零五: 零 marks a skipped place
                }

                if (d <= 0 || pending >= 0)
                {
                    return -1;
                }

                pending = d;
                continue;
            }

            if (unit >= lastUnit)
            {
                return -1;
            }

            total += (pending < 0 ? 1 : pending) * unit;
            pending = -1;
            lastUnit = unit;
        }

        return pending >= 0 ? total + pending : total;
    }

    /// <summary>Writes 1–99 as a counted Chinese number (八, 十, 十二, 二十, 三十一).</summary>
    public static string Small(int value)
    {
        System.Diagnostics.Debug.Assert(value is > 0 and < 100, "1-99");
        if (value < 10)
        {
            return Digits[value].ToString();
        }

        int tens = value / 10, ones = value % 10;
        string t = tens == 1 ? "十" : Digits[tens] + "十";
        return ones == 0 ? t : t + Digits[ones];
    }

    /// <summary>Writes a year digit by digit with 〇 (二〇〇八).</summary>
    public static string Year(int year)
    {
        var s = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                span[i] = Digits[src[i] - '0'];
            }
        });
    }
}
