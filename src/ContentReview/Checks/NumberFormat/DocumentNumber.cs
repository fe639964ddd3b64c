namespace ContentReview.Checks.NumberFormat;

/// <summary>
/// A document number (发文字号) found in text: 发文机关代字 + bracketed year + serial + 号, such as 国发〔2019〕8号,
/// in any of the bracket forms editors type (〔〕, [], ［］, (), （）, 【】, {}).
/// </summary>
/// <param name="Open">Index of the opening bracket.</param>
/// <param name="Close">Index of the closing bracket.</param>
/// <param name="Di">Index of a 第 before the serial, or -1.</param>
/// <param name="SerialStart">Index of the first serial digit.</param>
/// <param name="End">Exclusive end: just after 号.</param>
internal readonly record struct DocumentNumber(int Open, int Close, int Di, int SerialStart, int End)
{
    /// <summary>Index of the first year digit.</summary>
    public int YearStart => Open + 1;

    /// <summary>Number of year digits (2 or 4).</summary>
    public int YearLength => Close - Open - 1;

    /// <summary>Index of 号.</summary>
    public int Hao => End - 1;

    /// <summary>Finds every document number in <paramref name="text"/>, left to right.</summary>
    public static List<DocumentNumber> FindAll(string text)
    {
        var list = new List<DocumentNumber>();
        int n = text.Length;
        for (int i = 1; i < n - 4; i++)
        {
            if (!IsOpen(text[i]) || !CheckText.IsHan(text[i - 1]))
            {
                continue;
            }

            int y = i + 1;
            int ye = y;
            while (ye < n && ye - y <= 4 && CheckText.IsDigit(text[ye]))
            {
                ye++;
            }

            int yearDigits = ye - y;
            if (yearDigits is not (2 or 4) || ye >= n || !IsClose(text[ye]))
            {
                continue;
            }

            int p = ye + 1;
            int di = -1;
            if (p < n && text[p] == '第')
            {
                di = p;
                p++;
            }

            int s = p;
            while (p < n && p - s <= 6 && CheckText.IsDigit(text[p]))
            {
                p++;
            }

            if (p == s || p - s > 6 || p >= n || text[p] != '号')
            {
                continue;
            }

            list.Add(new DocumentNumber(i, ye, di, s, p + 1));
            i = p;
        }

        return list;
    }

    /// <summary>Opening brackets accepted around the year.</summary>
    public static bool IsOpen(char c) => c is '〔' or '[' or '［' or '(' or '（' or '【' or '{' or '｛' or '〖' or '「';

    /// <summary>Closing brackets accepted around the year.</summary>
    public static bool IsClose(char c) => c is '〕' or ']' or '］' or ')' or '）' or '】' or '}' or '｝' or '〗' or '」';
}
