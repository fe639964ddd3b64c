namespace ContentReview.Checks.Privacy;

/// <summary>
/// Mainland China mobile numbers: 11 digits whose first three digits are a mobile segment allocated by the numbering
/// plan of the Ministry of Industry and Information Technology (《电信网编号计划（2017年版）》 and later allocations).
/// </summary>
/// <remarks>
/// Segments accepted: 130–139; 145–149; 150–153, 155–159; 162, 165–167; 170, 171, 173–178; 180–189;
/// 190–193, 195–199. Left out on purpose: 140–144 and 172 (13-digit IoT numbers), 154, 160–161, 163–164, 168–169,
/// 179 and 194 (not allocated).
/// </remarks>
public static class MobileNumber
{
    /// <summary>Whether <paramref name="number"/> is an 11-digit mainland mobile number with an allocated segment.</summary>
    /// <param name="number">ASCII digits only, without country code.</param>
    /// <returns><c>true</c> for an allocated mobile segment.</returns>
    public static bool IsValid(ReadOnlySpan<char> number)
    {
        if (number.Length != 11 || number[0] != '1' || number.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        int third = number[2] - '0';
        return number[1] switch
        {
            '3' or '8' => true,
            '4' => third >= 5,
            '5' => third != 4,
            '6' => third is 2 or 5 or 6 or 7,
            '7' => third is not (2 or 9),
            '9' => third != 4,
            _ => false,
        };
    }
}
