using ContentReview.Checks.Privacy;
using FsCheck;
using FsCheck.Fluent;

namespace ContentReview.Tests.Checks;

/// <summary>Property tests of the checksum validators: generated valid numbers pass, every single-character change fails.</summary>
public class ChecksumPropertyTests
{
    private static readonly int[] Provinces =
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83];

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(2000);

    private static Gen<string> ValidIds() =>
        from province in Gen.Elements(Provinces)
        from county in Gen.Choose(0, 9999)
        from dayNumber in Gen.Choose(0, (new DateTime(2020, 12, 31) - new DateTime(1900, 1, 1)).Days)
        from sequence in Gen.Choose(0, 999)
        let body = $"{province:00}{county:0000}{new DateTime(1900, 1, 1).AddDays(dayNumber):yyyyMMdd}{sequence:000}"
        select body + ResidentIdNumber.ComputeCheckCharacter(body);

    private static Gen<string> ValidCards() =>
        from length in Gen.Choose(16, 19)
        from first in Gen.Elements('3', '4', '5', '6', '9')
        from rest in Gen.ArrayOf(Gen.Choose(0, 9), length - 2)
        let payload = first + string.Concat(rest)
        where payload.Any(c => c != first)
        select payload + BankCardNumber.ComputeLuhnCheckDigit(payload);

    [Fact]
    public void ResidentId_GeneratedValidNumbers_Pass()
    {
        Prop.ForAll(ValidIds().ToArbitrary(), id => ResidentIdNumber.IsValid(id)).Check(Config);
    }

    [Fact]
    public void ResidentId_AnySingleCharacterChange_Fails()
    {
        var gen =
            from id in ValidIds()
            from position in Gen.Choose(0, 17)
            from replacement in Gen.Elements("0123456789X".ToCharArray())
            where replacement != id[position] && (position == 17 || replacement != 'X')
            select (id, position, replacement);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var changed = t.id.ToCharArray();
            changed[t.position] = t.replacement;
            return !ResidentIdNumber.IsValid(changed);
        }).Check(Config);
    }

    [Fact]
    public void ResidentId_EverySingleDigitChange_FailsExhaustively()
    {
        // Deterministic complement to the random property: every position, every other character, on a fixed sample.
        foreach (string id in new[] { "350102199003071234", "11010519491231002X", "440304198511158011" })
        {
            Assert.True(ResidentIdNumber.IsValid(id), id);
            for (int position = 0; position < 18; position++)
            {
                foreach (char c in position == 17 ? "0123456789X" : "0123456789")
                {
                    if (c == id[position])
                    {
                        continue;
                    }

                    var changed = id.ToCharArray();
                    changed[position] = c;
                    Assert.False(ResidentIdNumber.IsValid(changed), new string(changed));
                }
            }
        }
    }

    [Fact]
    public void BankCard_GeneratedValidNumbers_Pass()
    {
        Prop.ForAll(ValidCards().ToArbitrary(), card => BankCardNumber.IsValid(card)).Check(Config);
    }

    [Fact]
    public void BankCard_AnySingleDigitChange_Fails()
    {
        var gen =
            from card in ValidCards()
            from position in Gen.Choose(0, card.Length - 1)
            from digit in Gen.Choose(0, 9)
            where (char)('0' + digit) != card[position]
            select (card, position, digit);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var changed = t.card.ToCharArray();
            changed[t.position] = (char)('0' + t.digit);
            return !BankCardNumber.IsLuhnValid(changed);
        }).Check(Config);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234567890123456")]
    [InlineData("12345678901234567X")]
    public void ResidentId_ComputeCheckCharacter_RejectsBadBody(string body)
    {
        var ex = Assert.Throws<ArgumentException>(() => ResidentIdNumber.ComputeCheckCharacter(body));
        Assert.Equal("body", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12a4")]
    public void BankCard_ComputeLuhnCheckDigit_RejectsBadPayload(string payload)
    {
        var ex = Assert.Throws<ArgumentException>(() => BankCardNumber.ComputeLuhnCheckDigit(payload));
        Assert.Equal("payload", ex.ParamName);
    }

    [Theory]
    [InlineData("35010219900307123", '4')]
    [InlineData("11010519491231002", 'X')]
    public void ResidentId_ComputeCheckCharacter_KnownValues(string body, char expected)
    {
        Assert.Equal(expected, ResidentIdNumber.ComputeCheckCharacter(body));
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("14512345678", true)]
    [InlineData("14112345678", false)]
    [InlineData("15412345678", false)]
    [InlineData("16212345678", true)]
    [InlineData("16812345678", false)]
    [InlineData("17912345678", false)]
    [InlineData("19412345678", false)]
    [InlineData("19812345678", true)]
    [InlineData("1381234567", false)]
    [InlineData("23812345678", false)]
    public void Mobile_IsValid_FollowsAllocatedSegments(string number, bool expected)
    {
        Assert.Equal(expected, MobileNumber.IsValid(number));
    }
}
