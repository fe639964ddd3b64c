namespace ContentReview.Checks.Privacy;

/// <summary>
/// Validation of payment card numbers: 16–19 digits, an issuer identification number starting with a digit that
/// bank cards in China use (3 JCB, 4 Visa, 5 Mastercard, 6 UnionPay and Discover, 9 domestic debit cards), and the
/// Luhn (ISO/IEC 7812-1, mod 10) check digit.
/// </summary>
public static class BankCardNumber
{
    /// <summary>Whether <paramref name="number"/> looks like a bank card number.</summary>
    /// <param name="number">ASCII digits only.</param>
    /// <returns><c>true</c> for 16–19 digits with a card first digit, not all the same digit, and a valid Luhn digit.</returns>
    public static bool IsValid(ReadOnlySpan<char> number)
    {
        if (number.Length is < 16 or > 19 || number[0] is not ('3' or '4' or '5' or '6' or '9'))
        {
            return false;
        }

        // 6666666666666666 and the like are placeholders, not card numbers.
        return number.IndexOfAnyExcept(number[0]) >= 0 && IsLuhnValid(number);
    }

    /// <summary>Whether the last digit of <paramref name="digits"/> is the Luhn check digit of the others.</summary>
    /// <param name="digits">At least two ASCII digits.</param>
    /// <returns><c>true</c> when the Luhn sum is a multiple of 10; <c>false</c> for anything but two or more digits.</returns>
    public static bool IsLuhnValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2)
        {
            return false;
        }

        int sum = 0;
        bool doubleIt = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>Computes the Luhn check digit to append to <paramref name="payload"/>.</summary>
    /// <param name="payload">One or more ASCII digits (the number without its check digit).</param>
    /// <returns>'0'–'9'.</returns>
    /// <exception cref="ArgumentException"><paramref name="payload"/> is empty or not all ASCII digits.</exception>
    public static char ComputeLuhnCheckDigit(ReadOnlySpan<char> payload)
    {
        if (payload.IsEmpty || payload.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            throw new ArgumentException("The payload must be one or more ASCII digits.", nameof(payload));
        }

        int sum = 0;
        bool doubleIt = true; // the check digit will take the rightmost, undoubled position
        for (int i = payload.Length - 1; i >= 0; i--)
        {
            int d = payload[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return (char)('0' + (10 - sum % 10) % 10);
    }
}
