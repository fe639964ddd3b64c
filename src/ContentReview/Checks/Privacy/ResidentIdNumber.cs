namespace ContentReview.Checks.Privacy;

/// <summary>
/// Validation of mainland China resident identity numbers (公民身份号码) as defined by GB 11643-1999: 6-digit address
/// code, 8-digit birth date, 3-digit sequence and an ISO 7064 MOD 11-2 check character (0–9 or X); and the legacy
/// 15-digit form (6-digit address code, 6-digit birth date 19YYMMDD without the century, 3-digit sequence, no check).
/// </summary>
/// <remarks>
/// The address code is checked at province level only (codes 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81–83):
/// county codes change with every administrative reform, and a number that passes the checksum with a real province
/// and birth date is a personal number whatever county it names. Birth dates must be real calendar dates from 1900 on
/// and not in the future.
/// </remarks>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Whether <paramref name="number"/> is a valid 18-character resident identity number.</summary>
    /// <param name="number">The number: 17 ASCII digits followed by a digit or <c>X</c> (or <c>x</c>).</param>
    /// <returns><c>true</c> when the length, province, birth date and check character are all valid.</returns>
    public static bool IsValid(ReadOnlySpan<char> number) =>
        number.Length == 18 && HasValidBody(number) && ComputeCheckCharacter(number[..17]) == char.ToUpperInvariant(number[17]);

    /// <summary>Whether <paramref name="number"/> is a valid legacy 15-digit resident identity number.</summary>
    /// <param name="number">Fifteen ASCII digits.</param>
    /// <returns><c>true</c> when the province and the 19YY birth date are valid.</returns>
    public static bool IsValidLegacy(ReadOnlySpan<char> number)
    {
        if (number.Length != 15 || !AllDigits(number))
        {
            return false;
        }

        return IsValidProvince(number) &&
               IsRealBirthDate(1900 + Two(number, 6), Two(number, 8), Two(number, 10));
    }

    /// <summary>
    /// Whether the first 17 characters of <paramref name="number"/> look like a resident identity number (digits,
    /// province, birth date) regardless of the check character; used to keep such numbers from being reported as
    /// something else.
    /// </summary>
    /// <param name="number">At least 17 characters.</param>
    /// <returns><c>true</c> when the body is plausible.</returns>
    public static bool HasValidBody(ReadOnlySpan<char> number)
    {
        if (number.Length < 17 || !AllDigits(number[..17]))
        {
            return false;
        }

        return IsValidProvince(number) &&
               IsRealBirthDate(Two(number, 6) * 100 + Two(number, 8), Two(number, 10), Two(number, 12));
    }

    /// <summary>Computes the GB 11643-1999 check character (ISO 7064 MOD 11-2) of a 17-digit body.</summary>
    /// <param name="body">Exactly 17 ASCII digits.</param>
    /// <returns>'0'–'9' or 'X'.</returns>
    /// <exception cref="ArgumentException"><paramref name="body"/> is not 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != 17 || !AllDigits(body))
        {
            throw new ArgumentException("The body of a resident identity number is exactly 17 ASCII digits.", nameof(body));
        }

        int sum = 0;
        for (int i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>Whether the first two digits are a province-level code in use (or used by residence permits).</summary>
    /// <param name="number">At least two ASCII digits.</param>
    /// <returns><c>true</c> for 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82 and 83.</returns>
    public static bool IsValidProvince(ReadOnlySpan<char> number)
    {
        if (number.Length < 2 || !char.IsAsciiDigit(number[0]) || !char.IsAsciiDigit(number[1]))
        {
            return false;
        }

        int p = Two(number, 0);
        return p is (>= 11 and <= 15) or (>= 21 and <= 23) or (>= 31 and <= 37) or (>= 41 and <= 46) or
            (>= 50 and <= 54) or (>= 61 and <= 65) or 71 or 81 or 82 or 83;
    }

    private static bool IsRealBirthDate(int year, int month, int day)
    {
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year > 9999 ? 2000 : year, month))
        {
            return false;
        }

        // Not in the future: compare as a number so no DateTime is built for impossible dates.
        var today = DateTime.UtcNow.Date;
        return year * 10000 + month * 100 + day <= today.Year * 10000 + today.Month * 100 + today.Day;
    }

    private static int Two(ReadOnlySpan<char> s, int at) => (s[at] - '0') * 10 + (s[at + 1] - '0');

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
